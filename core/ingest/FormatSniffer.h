// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DocumentFormat.h"

#include <QByteArray>
#include <QString>

namespace annalist {

// Decides a file's format from its first bytes, using the name only to tell Markdown
// from plain text: a web page saved as ".txt" is still read as HTML, and a picture
// renamed ".txt" is refused as binary.
class FormatSniffer final
{
public:
    static DocumentFormat detect(const QByteArray &bytes, const QString &fileName);
    // Extensions that a folder import picks up; other files in folders are skipped.
    static bool hasImportableExtension(const QString &fileName);
};

} // namespace annalist
