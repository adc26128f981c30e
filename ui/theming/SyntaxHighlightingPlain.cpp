// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The SyntaxHighlighting of builds without KDE Syntax-Highlighting: plain text and the
// built-in colours, which follow the desktop's light or dark palette.

#include "SyntaxHighlighting.h"

#include <QPalette>

namespace annalist {

namespace {

class PlainHighlighting final : public SyntaxHighlighting
{
public:
    QString libraryName() const override { return {}; }
    QStringList themeNames() const override { return {}; }
    QString displayName(const QString &themeName) const override { return themeName; }
    ReaderTheme theme(const QString &, const QPalette &palette) const override { return ReaderTheme::builtIn(palette); }
    QString highlight(QTextDocument *, const QString &, const ReaderTheme &) const override { return {}; }
};

} // namespace

std::unique_ptr<SyntaxHighlighting> SyntaxHighlighting::create()
{
    return std::make_unique<PlainHighlighting>();
}

} // namespace annalist
