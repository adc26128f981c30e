// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReportFlow.h"

#include <QTextCharFormat>

namespace annalist {

// Builds a ReportParagraph run by run: plain text in the paragraph's style, or text
// with its own format (bold, italic, colour, another font, a superscript mark).
class ReportParagraphBuilder final
{
public:
    explicit ReportParagraphBuilder(ReportStyle::Kind kind);

    ReportParagraphBuilder &text(const QString &text);
    ReportParagraphBuilder &formatted(const QString &text, const QTextCharFormat &format);
    ReportParagraphBuilder &bold(const QString &text);
    ReportParagraphBuilder &italic(const QString &text);
    ReportParagraphBuilder &colored(const QString &text, const QColor &color, bool bold = false);
    ReportParagraphBuilder &superscript(const QString &text);
    // A superscript footnote number after the text so far, for footnote `index`.
    ReportParagraphBuilder &footnoteMark(int index, int number);

    bool isEmpty() const { return m_paragraph.text.isEmpty(); }
    ReportParagraph &paragraph() { return m_paragraph; }
    ReportParagraph take() { return std::move(m_paragraph); }

private:
    ReportParagraph m_paragraph;
};

} // namespace annalist
