// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist {

// Why an export or import did not complete: cancelled on request, or failed for a
// reason said in words a user can act on ("report.pdf: No space left on device").
struct ExportError
{
    enum class Kind { Cancelled, Failed };

    Kind kind = Kind::Failed;
    QString message;

    static ExportError cancelled() { return { Kind::Cancelled, QStringLiteral("cancelled") }; }
    static ExportError failed(const QString &message) { return { Kind::Failed, message }; }
    bool isCancelled() const { return kind == Kind::Cancelled; }
};

} // namespace annalist
