// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace annalist {

// Gathers the text of a page into paragraphs separated by a blank line. Whitespace
// inside a paragraph collapses to one space, except in preformatted text, which
// keeps its lines; list items become consecutive lines. Soft hyphens and
// zero-width characters are dropped, as they would split words for search.
class ParagraphBuilder final
{
public:
    void append(const QString &text);
    // Ends the current paragraph, if it has any text.
    void endParagraph();
    // Entering an element adds 1, leaving it subtracts 1.
    void changeListItemDepth(int delta);
    void changePreformattedDepth(int delta);
    // Ends the current paragraph and returns all of them.
    QString finish();

private:
    enum class Kind { Paragraph, ListItem };
    struct Paragraph
    {
        QString text;
        Kind kind;
    };

    QList<Paragraph> m_paragraphs;
    QString m_current;
    bool m_currentIsPreformatted = false;
    int m_listItemDepth = 0;
    int m_preformattedDepth = 0;
};

} // namespace annalist
