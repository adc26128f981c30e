// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReaderTheme.h"

#include <QString>
#include <QStringList>

#include <memory>

class QPalette;
class QTextDocument;

namespace annalist {

// Syntax highlighting of file text and the colour themes of the reader, behind one
// interface. Where the build has KDE Syntax-Highlighting (Debian 13), files are
// highlighted with its definitions and its themes are on offer; elsewhere text stays
// plain and the reader keeps the built-in light and dark colours.
class SyntaxHighlighting
{
public:
    virtual ~SyntaxHighlighting();

    // The implementation this build has.
    static std::unique_ptr<SyntaxHighlighting> create();

    // The library and its version ("KDE Syntax-Highlighting 6.13.0"), empty where the
    // build has none.
    virtual QString libraryName() const = 0;
    bool isAvailable() const { return !libraryName().isEmpty(); }

    // The themes on offer by name, in display order; empty without the library.
    virtual QStringList themeNames() const = 0;
    // A theme's name in the interface language.
    virtual QString displayName(const QString &themeName) const = 0;
    // The named theme's colours; for an empty or unknown name, those of the theme that
    // suits the palette (light or dark), or the built-in colours without the library.
    virtual ReaderTheme theme(const QString &themeName, const QPalette &palette) const = 0;

    // Highlights the document as the text of a file of that name ("chronology.json",
    // "page.html") in the theme's colours; the syntax is chosen by the name, then by the
    // text itself. Called again, it updates the document's highlighter. The highlighter
    // belongs to the document. Returns the name of the syntax, or an empty string when
    // the text stays plain.
    virtual QString highlight(QTextDocument *document, const QString &fileName, const ReaderTheme &theme) const = 0;

protected:
    SyntaxHighlighting() = default;
    Q_DISABLE_COPY_MOVE(SyntaxHighlighting)
};

} // namespace annalist
