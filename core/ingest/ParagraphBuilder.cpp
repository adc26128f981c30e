// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ParagraphBuilder.h"

#include "TextLines.h"

namespace annalist {

namespace {

bool isInvisible(QChar c)
{
    return c == QChar(0x00AD) || c == QChar(0x200B) || c == QChar(0xFEFF);
}

} // namespace

void ParagraphBuilder::append(const QString &text)
{
    if (m_preformattedDepth > 0) {
        for (const QChar c : text) {
            if (c != QLatin1Char('\r') && !isInvisible(c))
                m_current += c;
        }
        m_currentIsPreformatted = true;
        return;
    }
    for (const QChar c : text) {
        if (c.isSpace()) {
            if (!m_current.isEmpty() && !m_current.back().isSpace())
                m_current += QLatin1Char(' ');
        } else if (!isInvisible(c)) {
            m_current += c;
        }
    }
}

void ParagraphBuilder::endParagraph()
{
    const QString text = m_currentIsPreformatted ? TextLines::trimmed(m_current) : m_current.trimmed();
    m_current.clear();
    m_currentIsPreformatted = false;
    if (!text.isEmpty())
        m_paragraphs.append({ text, m_listItemDepth > 0 ? Kind::ListItem : Kind::Paragraph });
}

void ParagraphBuilder::changeListItemDepth(int delta)
{
    m_listItemDepth += delta;
}

void ParagraphBuilder::changePreformattedDepth(int delta)
{
    m_preformattedDepth += delta;
}

QString ParagraphBuilder::finish()
{
    endParagraph();
    QString result;
    for (qsizetype i = 0; i < m_paragraphs.size(); ++i) {
        if (i > 0) {
            const bool sameList
                = m_paragraphs.at(i - 1).kind == Kind::ListItem && m_paragraphs.at(i).kind == Kind::ListItem;
            result += sameList ? QStringLiteral("\n") : QStringLiteral("\n\n");
        }
        result += m_paragraphs.at(i).text;
    }
    return result;
}

} // namespace annalist
