// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReportFlow.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <QTextLayout>

#include <memory>

namespace annalist {

// A paragraph broken into lines for its column, kept until it is painted.
struct LaidOutParagraph
{
    ReportParagraph paragraph;
    const ParagraphStyle *style = nullptr;
    std::unique_ptr<QTextLayout> layout;
    // Footnotes whose marks stand on each line (indexes into ReportFlow::footnotes).
    QList<QList<int>> footnotesOnLine;
    // Where the first baseline lies below the top of the first line's box.
    double baseline = 0;

    int lineCount() const { return layout ? layout->lineCount() : 0; }
    double height() const { return lineCount() * style->leading; }
};

// A line of a laid-out paragraph at its place on a page: `top` is the top of the line's
// box, in report units from the page's corner.
struct PlacedLine
{
    int paragraph = 0;
    int line = 0;
    QPointF top;
};

struct PlacedFigure
{
    int id = 0;
    QRectF rect;
};

struct ReportPage
{
    QList<PlacedLine> lines;
    // The footnote lines at the foot of the page, in order, and where they start.
    QList<PlacedLine> footnoteLines;
    double footnoteTop = 0;
    // The first footnote line continues a footnote begun on an earlier page.
    bool footnoteContinues = false;
    QList<PlacedFigure> figures;
    QString runningHead;
};

// The paginated report: pages after the title page, the paragraphs they show, and
// what the contents and index need to know of them.
struct ReportPages
{
    QList<ReportPage> pages;
    std::vector<std::unique_ptr<LaidOutParagraph>> paragraphs;
    // 1-based page numbers (the title page counts as page 1 when there is one).
    QHash<QString, int> anchorPage;
    QHash<qint64, QList<int>> entityPages;
    // The laid-out paragraph of each footnote (index into ReportFlow::footnotes).
    QHash<int, int> footnoteParagraphs;
    // Footnotes set in the text after their paragraph, being too long for a page's foot.
    QList<int> inlineFootnotes;
    int firstPageNumber = 1;

    int pageCount() const { return static_cast<int>(pages.size()) + firstPageNumber - 1; }
};

} // namespace annalist
