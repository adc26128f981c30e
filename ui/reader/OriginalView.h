// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ui/theming/ReaderTheme.h"

#include <QByteArray>
#include <QPlainTextEdit>
#include <QString>

namespace annalist {

class SyntaxHighlighting;

// An imported file as it was, before the importer took its text out: the markup,
// metadata and boilerplate of a web page, the front matter of a Markdown file.
// Read-only, in a fixed-width font, highlighted by the file's syntax where the build
// can. A file that is not text (a PDF) is described instead of shown.
class OriginalView final : public QPlainTextEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OriginalView)

public:
    explicit OriginalView(QWidget *parent = nullptr);
    ~OriginalView() override;

    // The file's bytes and name; the media type names the kind when the name does not
    // ("text/html" for a file without one).
    void setOriginal(const QByteArray &bytes, const QString &fileName, const QString &mediaType);
    void clearOriginal();

    // Not owned; null for plain text. Highlights the shown text again.
    void setHighlighting(const SyntaxHighlighting *highlighting, const ReaderTheme &theme);

    // The syntax the text is highlighted as ("HTML"), empty for plain text.
    QString syntaxName() const { return m_syntax; }
    // The name the syntax was chosen by: the file's, or one made from its media type.
    QString fileName() const { return m_fileName; }
    // False when the file is not text and a note stands in for it.
    bool isText() const { return m_isText; }
    // The text of the file as shown (empty for a file that is not text).
    QString originalText() const { return m_isText ? toPlainText() : QString(); }

private:
    void highlight();

    const SyntaxHighlighting *m_highlighting = nullptr;
    ReaderTheme m_theme;
    QString m_fileName;
    QString m_syntax;
    bool m_isText = false;
};

} // namespace annalist
