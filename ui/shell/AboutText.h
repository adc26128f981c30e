// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace annalist {

class SyntaxHighlighting;

// What Help ▸ About says: the version, the Qt it was built with and runs on, which
// optional features this build has, and the credits for bundled data.
class AboutText final
{
    Q_DECLARE_TR_FUNCTIONS(AboutText)

public:
    static QString html(const SyntaxHighlighting &highlighting);
    // One line per optional feature: its name and whether this build has it.
    static QStringList optionalFeatures(const SyntaxHighlighting &highlighting);
};

} // namespace annalist
