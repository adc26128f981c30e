// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportParagraphBuilder.h"

namespace annalist {

ReportParagraphBuilder::ReportParagraphBuilder(ReportStyle::Kind kind)
{
    m_paragraph.kind = kind;
}

ReportParagraphBuilder &ReportParagraphBuilder::text(const QString &text)
{
    m_paragraph.text += text;
    return *this;
}

ReportParagraphBuilder &ReportParagraphBuilder::formatted(const QString &text, const QTextCharFormat &format)
{
    if (text.isEmpty())
        return *this;
    QTextLayout::FormatRange range;
    range.start = static_cast<int>(m_paragraph.text.size());
    range.length = static_cast<int>(text.size());
    range.format = format;
    m_paragraph.formats.append(range);
    m_paragraph.text += text;
    return *this;
}

ReportParagraphBuilder &ReportParagraphBuilder::bold(const QString &text)
{
    QTextCharFormat format;
    format.setFontWeight(QFont::Bold);
    return formatted(text, format);
}

ReportParagraphBuilder &ReportParagraphBuilder::italic(const QString &text)
{
    QTextCharFormat format;
    format.setFontItalic(true);
    return formatted(text, format);
}

ReportParagraphBuilder &ReportParagraphBuilder::colored(const QString &text, const QColor &color, bool bold)
{
    QTextCharFormat format;
    format.setForeground(color);
    if (bold)
        format.setFontWeight(QFont::Bold);
    return formatted(text, format);
}

ReportParagraphBuilder &ReportParagraphBuilder::superscript(const QString &text)
{
    QTextCharFormat format;
    format.setVerticalAlignment(QTextCharFormat::AlignSuperScript);
    return formatted(text, format);
}

ReportParagraphBuilder &ReportParagraphBuilder::footnoteMark(int index, int number)
{
    const int position = static_cast<int>(m_paragraph.text.size());
    superscript(QString::number(number));
    m_paragraph.footnoteMarks.append({ index, position });
    return *this;
}

} // namespace annalist
