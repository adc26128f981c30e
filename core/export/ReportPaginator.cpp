// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportPaginator.h"

#include "ReportStyle.h"

#include <QFontMetricsF>
#include <QTextOption>

#include <algorithm>

namespace annalist {

namespace {

constexpr double tolerance = 0.01;
// A footnote taller than this share of the text block is set in the text instead.
constexpr double longestFootnote = 0.4;

// Breaks the layout's text into lines of the width, each on the paragraph's baseline grid.
void breakLines(QTextLayout &layout, const ParagraphStyle &style, Qt::Alignment alignment, double width,
                double baseline)
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    option.setAlignment(alignment);
    layout.setTextOption(option);
    layout.beginLayout();
    for (int i = 0;; ++i) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const double indent = i == 0 ? 0 : style.hangingIndent;
        line.setLineWidth(std::max(ReportStyle::point(20), width - indent));
        line.setPosition(QPointF(indent, i * style.leading + baseline - line.ascent()));
    }
    layout.endLayout();
}

// Whether justifying would widen some space (all but the last line) by more than
// half the font's size.
bool stretchesTooFar(const QTextLayout &layout, const QString &text, int fontSize)
{
    for (int i = 0; i + 1 < layout.lineCount(); ++i) {
        const QTextLine line = layout.lineAt(i);
        int spaces = 0;
        for (int c = line.textStart(); c < line.textStart() + line.textLength() - 1; ++c)
            spaces += text.at(c) == u' ' ? 1 : 0;
        const double slack = line.width() - line.naturalTextWidth();
        if (spaces == 0 ? slack > fontSize * 2.0 : slack / spaces > fontSize * 0.5)
            return true;
    }
    return false;
}

} // namespace

ReportPaginator::ReportPaginator(const ReportStyle &style, bool titlePage)
    : m_style(style)
{
    m_pages.firstPageNumber = titlePage ? 2 : 1;
}

double ReportPaginator::contentsNumberWidth()
{
    return ReportStyle::point(40);
}

double ReportPaginator::columnWidth(int columns) const
{
    const double width = m_style.textRect().width();
    return columns <= 1 ? width : (width - (columns - 1) * m_style.columnGap()) / columns;
}

double ReportPaginator::columnLeft() const
{
    return m_style.textRect().left() + m_column * (columnWidth(m_columns) + m_style.columnGap());
}

double ReportPaginator::footArea() const
{
    return m_footHeight > 0 ? m_footHeight + m_style.footnoteSeparatorSpace() : 0;
}

double ReportPaginator::room() const
{
    return m_style.textRect().height() - m_y - footArea();
}

int ReportPaginator::pageNumber() const
{
    return static_cast<int>(m_pages.pages.size()) - 1 + m_pages.firstPageNumber;
}

int ReportPaginator::layOut(const ReportParagraph &paragraph, double width)
{
    auto laidOut = std::make_unique<LaidOutParagraph>();
    laidOut->paragraph = paragraph;
    const ParagraphStyle &style = m_style.paragraph(paragraph.kind);
    laidOut->style = &style;
    const QFontMetricsF metrics(style.font);
    laidOut->baseline = (style.leading - metrics.ascent() - metrics.descent()) / 2 + metrics.ascent();

    double lineWidth = width - style.indent;
    if (!paragraph.contentsTarget.isEmpty())
        lineWidth -= contentsNumberWidth();
    auto layout = std::make_unique<QTextLayout>(paragraph.text, style.font);
    layout->setFormats(paragraph.formats);
    layout->setCacheEnabled(true);
    breakLines(*layout, style, style.alignment, lineWidth, laidOut->baseline);
    // Justified lines whose spaces would have to stretch far (a short paragraph, a
    // long word) read badly: such a paragraph is set ragged right instead.
    if (style.alignment == Qt::AlignJustify && stretchesTooFar(*layout, paragraph.text, style.font.pixelSize()))
        breakLines(*layout, style, Qt::AlignLeft, lineWidth, laidOut->baseline);
    laidOut->layout = std::move(layout);
    laidOut->footnotesOnLine.resize(laidOut->lineCount());
    for (const auto &[footnote, position] : paragraph.footnoteMarks) {
        const QTextLine line = laidOut->layout->lineForTextPosition(position);
        if (line.isValid())
            laidOut->footnotesOnLine[line.lineNumber()].append(footnote);
    }
    m_pages.paragraphs.push_back(std::move(laidOut));
    return static_cast<int>(m_pages.paragraphs.size()) - 1;
}

int ReportPaginator::footnoteParagraph(int footnote)
{
    if (const auto it = m_pages.footnoteParagraphs.constFind(footnote); it != m_pages.footnoteParagraphs.cend())
        return *it;
    const int index = layOut(m_flow->footnotes.at(footnote), m_style.textRect().width());
    m_pages.footnoteParagraphs.insert(footnote, index);
    return index;
}

void ReportPaginator::newPage(int columns)
{
    ReportPage page;
    page.runningHead = m_runningHead;
    m_pages.pages.append(page);
    m_columns = std::max(1, columns);
    m_column = 0;
    m_y = 0;
    m_columnTop = 0;
    m_footHeight = 0;
    m_columnEmpty = true;
    m_footOverflow = false;
    if (!m_pendingFootnoteLines.isEmpty()) {
        m_pages.pages.last().footnoteContinues = true;
        fillFootnotes();
    }
}

void ReportPaginator::newColumn()
{
    if (m_column + 1 < m_columns && m_pendingFootnoteLines.isEmpty()) {
        ++m_column;
        m_y = m_columnTop;
        m_columnEmpty = true;
        return;
    }
    newPage(m_columns);
}

void ReportPaginator::fillFootnotes()
{
    ReportPage &page = m_pages.pages.last();
    const double height = m_style.textRect().height();
    while (!m_pendingFootnoteLines.isEmpty()) {
        const PlacedLine next = m_pendingFootnoteLines.first();
        const LaidOutParagraph &laidOut = *m_pages.paragraphs.at(next.paragraph);
        const double separator = m_footHeight > 0 ? 0 : m_style.footnoteSeparatorSpace();
        if (m_y + footArea() + separator + laidOut.style->leading > height + tolerance) {
            m_footOverflow = true;
            return;
        }
        m_footHeight += laidOut.style->leading;
        page.footnoteLines.append(next);
        record(laidOut, next.line, true);
        m_pendingFootnoteLines.removeFirst();
    }
}

void ReportPaginator::record(const LaidOutParagraph &laidOut, int line, bool inFootnote)
{
    const ReportParagraph &paragraph = laidOut.paragraph;
    const int page = pageNumber();
    if (line == 0 && !paragraph.anchor.isEmpty() && !m_pages.anchorPage.contains(paragraph.anchor))
        m_pages.anchorPage.insert(paragraph.anchor, page);
    for (qint64 entity : paragraph.entities) {
        QList<int> &pages = m_pages.entityPages[entity];
        if (pages.isEmpty() || pages.last() != page)
            pages.append(page);
    }
    if (!inFootnote && line == 0 && !paragraph.runningHead.isEmpty()) {
        m_runningHead = paragraph.runningHead;
        ReportPage &current = m_pages.pages.last();
        if (current.lines.size() <= 1 && current.figures.isEmpty())
            current.runningHead = m_runningHead;
    }
}

void ReportPaginator::placeLine(int paragraphIndex, int line, double spaceBefore)
{
    LaidOutParagraph &laidOut = *m_pages.paragraphs.at(paragraphIndex);
    const double leading = laidOut.style->leading;
    const QList<int> &marks = laidOut.footnotesOnLine.at(line);
    double notes = 0;
    for (int footnote : marks)
        notes += m_pages.paragraphs.at(footnoteParagraph(footnote))->height();
    for (;;) {
        const double separator = marks.isEmpty() || m_footHeight > 0 ? 0 : m_style.footnoteSeparatorSpace();
        const bool fits = !m_footOverflow
            && m_y + spaceBefore + leading + footArea() + separator + notes <= m_style.textRect().height() + tolerance;
        if (fits)
            break;
        if (!m_columnEmpty) {
            newColumn();
            spaceBefore = 0;
        } else if (m_footOverflow || !m_pendingFootnoteLines.isEmpty()) {
            // A page filled by notes running on from the one before.
            newPage(m_columns);
        } else {
            // Its notes would not fit even an empty page: they run on.
            break;
        }
    }
    if (m_columnEmpty)
        spaceBefore = 0;
    m_y += spaceBefore;
    const double indent = laidOut.style->indent;
    m_pages.pages.last().lines.append(
        PlacedLine { paragraphIndex, line, QPointF(columnLeft() + indent, m_style.textRect().top() + m_y) });
    m_y += leading;
    m_columnEmpty = false;
    record(laidOut, line, false);
    if (marks.isEmpty())
        return;
    for (int footnote : marks) {
        const int notesParagraph = footnoteParagraph(footnote);
        for (int i = 0; i < m_pages.paragraphs.at(notesParagraph)->lineCount(); ++i)
            m_pendingFootnoteLines.append(PlacedLine { notesParagraph, i, {} });
    }
    fillFootnotes();
}

double ReportPaginator::nextRequirement(const QList<Slot> &plan, qsizetype index, int depth) const
{
    if (index >= plan.size() || depth > 3)
        return 0;
    const Slot &slot = plan.at(index);
    if (slot.figure)
        return slot.figure->height;
    if (slot.paragraph < 0)
        return 0;
    const LaidOutParagraph &next = *m_pages.paragraphs.at(slot.paragraph);
    const ParagraphStyle &style = *next.style;
    if (style.keepWithNext)
        return style.spaceBefore + next.height() + style.spaceAfter + nextRequirement(plan, index + 1, depth + 1);
    return style.spaceBefore + std::min(2, next.lineCount()) * style.leading;
}

void ReportPaginator::placeParagraph(int paragraphIndex, const QList<Slot> *plan, qsizetype index)
{
    LaidOutParagraph &laidOut = *m_pages.paragraphs.at(paragraphIndex);
    const ParagraphStyle &style = *laidOut.style;
    const int lines = laidOut.lineCount();
    double spaceBefore = m_columnEmpty ? 0 : style.spaceBefore;

    // Notes too long for a page's foot follow their paragraph in the text.
    QList<int> inlineNotes;
    for (QList<int> &marks : laidOut.footnotesOnLine) {
        for (qsizetype i = 0; i < marks.size();) {
            const int notes = footnoteParagraph(marks.at(i));
            if (m_pages.paragraphs.at(notes)->height() > longestFootnote * m_style.textRect().height()) {
                inlineNotes.append(marks.at(i));
                m_pages.inlineFootnotes.append(marks.at(i));
                marks.removeAt(i);
            } else {
                ++i;
            }
        }
    }

    if (!m_columnEmpty) {
        double needed = 0;
        if (style.keepWithNext && plan)
            needed = spaceBefore + laidOut.height() + style.spaceAfter + nextRequirement(*plan, index + 1, 0);
        else if (lines >= 2)
            needed = spaceBefore + 2 * style.leading; // no orphan
        else
            needed = spaceBefore + style.leading;
        if (needed > room() + tolerance && needed <= m_style.textRect().height()) {
            newColumn();
            spaceBefore = 0;
        }
    }
    for (int line = 0; line < lines; ++line) {
        // No widow: when the last line alone would go over, the one before goes with it.
        if (lines >= 4 && line == lines - 2 && !m_columnEmpty && room() + tolerance < 2 * style.leading
            && room() + tolerance >= style.leading && laidOut.footnotesOnLine.at(line).isEmpty()
            && laidOut.footnotesOnLine.at(line + 1).isEmpty()) {
            newColumn();
        }
        placeLine(paragraphIndex, line, line == 0 ? spaceBefore : 0);
    }
    m_y += style.spaceAfter;

    for (int footnote : inlineNotes) {
        const int notes = footnoteParagraph(footnote);
        m_y += ReportStyle::point(2);
        placeParagraph(notes, nullptr, 0);
    }
}

void ReportPaginator::placeFigure(const ReportFigure &figure)
{
    if (!m_columnEmpty && figure.height > room() + tolerance)
        newColumn();
    const QRectF rect(columnLeft(), m_style.textRect().top() + m_y, columnWidth(m_columns), figure.height);
    m_pages.pages.last().figures.append(PlacedFigure { figure.id, rect });
    m_y += figure.height;
    m_columnEmpty = false;
}

bool ReportPaginator::place(const ReportFlow &flow, const Step &step)
{
    m_flow = &flow;
    // First every paragraph in the width of its column, so that a heading can see
    // how tall what follows it is.
    QList<Slot> plan;
    plan.reserve(flow.items.size());
    int columns = 1;
    int done = 0;
    for (const ReportFlowItem &item : flow.items) {
        Slot slot;
        if (const auto *paragraph = std::get_if<ReportParagraph>(&item)) {
            slot.paragraph = layOut(*paragraph, columnWidth(columns));
        } else if (const auto *figure = std::get_if<ReportFigure>(&item)) {
            slot.figure = figure;
        } else if (const auto *pageBreak = std::get_if<ReportPageBreak>(&item)) {
            slot.pageBreak = pageBreak;
            columns = pageBreak->columns;
        }
        plan.append(slot);
        if (step && ++done % 256 == 0 && !step(done))
            return false;
    }
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const Slot &slot = plan.at(i);
        if (slot.pageBreak) {
            // A page that holds nothing yet takes the new section.
            if (m_pages.pages.isEmpty() || !m_columnEmpty || m_column > 0
                || !m_pages.pages.last().footnoteLines.isEmpty())
                newPage(slot.pageBreak->columns);
            else
                m_columns = slot.pageBreak->columns;
            continue;
        }
        if (m_pages.pages.isEmpty())
            newPage(1);
        if (slot.figure)
            placeFigure(*slot.figure);
        else if (slot.paragraph >= 0)
            placeParagraph(slot.paragraph, &plan, i);
        if (step && (i + 1) % 256 == 0 && !step(static_cast<int>(plan.size() + i + 1) / 2))
            return false;
    }
    // Notes that ran over go on before anything else.
    while (!m_pendingFootnoteLines.isEmpty())
        newPage(1);
    return true;
}

void ReportPaginator::placeAppendix(const QList<ReportParagraph> &paragraphs, int columns)
{
    newPage(1);
    qsizetype first = 0;
    // The heading spans the page; the rest is set in columns below it.
    if (!paragraphs.isEmpty() && paragraphs.first().kind == ReportStyle::Kind::SectionHeading) {
        placeParagraph(layOut(paragraphs.first(), columnWidth(1)), nullptr, 0);
        first = 1;
    }
    QList<Slot> plan;
    for (qsizetype i = first; i < paragraphs.size(); ++i)
        plan.append(Slot { layOut(paragraphs.at(i), columnWidth(columns)), nullptr, nullptr });
    m_columnTop = m_y;
    m_columns = columns;
    m_column = 0;
    m_columnEmpty = true;
    for (qsizetype i = 0; i < plan.size(); ++i)
        placeParagraph(plan.at(i).paragraph, &plan, i);
}

ReportPages ReportPaginator::finish()
{
    const double bottom = m_style.textRect().bottom();
    for (ReportPage &page : m_pages.pages) {
        double height = 0;
        for (const PlacedLine &line : page.footnoteLines)
            height += m_pages.paragraphs.at(line.paragraph)->style->leading;
        page.footnoteTop = bottom - height;
        double y = page.footnoteTop;
        for (PlacedLine &line : page.footnoteLines) {
            const LaidOutParagraph &laidOut = *m_pages.paragraphs.at(line.paragraph);
            line.top = QPointF(m_style.textRect().left() + laidOut.style->indent, y);
            y += laidOut.style->leading;
        }
    }
    return std::move(m_pages);
}

} // namespace annalist
