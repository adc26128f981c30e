// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReportPages.h"

#include <functional>

namespace annalist {

class ReportStyle;

// Breaks the report's paragraphs into lines and sets them on pages as a careful
// typesetter would: headings and entry headers stay with the first two lines of what
// follows, no paragraph leaves a single line at the foot or the head of a page,
// footnotes are set at the foot of the page of their mark (a note too long for a
// foot, such as a quote of pages, is set right after its paragraph instead, and notes
// that do not fit the page's foot run on at the next), and the index is set in two
// columns. Records the page of every anchor and of every entity named.
class ReportPaginator final
{
public:
    // Called now and then with the number of flow items done; false cancels.
    using Step = std::function<bool(int done)>;

    ReportPaginator(const ReportStyle &style, bool titlePage);

    // Lays out and places the flow; false when cancelled.
    bool place(const ReportFlow &flow, const Step &step = {});
    // Places more paragraphs after the flow (the index), starting on a new page in
    // `columns` columns.
    void placeAppendix(const QList<ReportParagraph> &paragraphs, int columns);
    // Pages of the entities named so far.
    const QHash<qint64, QList<int>> &entityPages() const { return m_pages.entityPages; }
    ReportPages finish();

    // The width numbers of the contents take at the right of their lines.
    static double contentsNumberWidth();

private:
    struct Slot
    {
        int paragraph = -1; // laid-out paragraph, or -1
        const ReportFigure *figure = nullptr;
        const ReportPageBreak *pageBreak = nullptr;
    };

    int layOut(const ReportParagraph &paragraph, double columnWidth);
    int footnoteParagraph(int footnote);
    double columnWidth(int columns) const;
    double columnLeft() const;
    double room() const;
    double footArea() const;
    double nextRequirement(const QList<Slot> &plan, qsizetype index, int depth) const;

    void newPage(int columns);
    void newColumn();
    void placeParagraph(int paragraph, const QList<Slot> *plan, qsizetype index);
    void placeLine(int paragraph, int line, double spaceBefore);
    void placeFigure(const ReportFigure &figure);
    void fillFootnotes();
    void record(const LaidOutParagraph &laidOut, int line, bool inFootnote);
    int pageNumber() const;

    const ReportStyle &m_style;
    ReportPages m_pages;
    const ReportFlow *m_flow = nullptr;
    QList<PlacedLine> m_pendingFootnoteLines;
    QString m_runningHead;
    int m_columns = 1;
    int m_column = 0;
    double m_y = 0;
    // Where columns begin on this page: below a heading that spans them.
    double m_columnTop = 0;
    double m_footHeight = 0;
    bool m_columnEmpty = true;
    bool m_footOverflow = false;
};

} // namespace annalist
