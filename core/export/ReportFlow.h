// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReportStyle.h"

#include <QList>
#include <QString>
#include <QTextLayout>

#include <variant>

namespace annalist {

// A paragraph of the report as text with formatted ranges, before it is broken into
// lines.
struct ReportParagraph
{
    ReportStyle::Kind kind = ReportStyle::Kind::Body;
    QString text;
    QList<QTextLayout::FormatRange> formats;
    // Footnotes whose marks stand in this paragraph: index into ReportFlow::footnotes,
    // and the text position of the mark.
    QList<std::pair<int, int>> footnoteMarks;
    // Entities named here, for the index.
    QList<qint64> entities;
    // Set in the hanging indent of the first line (entry and footnote numbers), or
    // left of the text when the style has no indent.
    QString label;
    // A key the contents and cross references find this paragraph's page by.
    QString anchor;
    // The running head from this paragraph on.
    QString runningHead;
    // A line of the contents: the page of this anchor is set at its right.
    QString contentsTarget;
};

// A picture the report draws itself (the timeline figure), of a fixed height.
struct ReportFigure
{
    int id = 0;
    double height = 0;
};

// A new page, and from it on this many columns (the index is set in two).
struct ReportPageBreak
{
    int columns = 1;
};

using ReportFlowItem = std::variant<ReportParagraph, ReportFigure, ReportPageBreak>;

// The whole report as a sequence of paragraphs, figures and page breaks, with the
// footnotes apart: the paginator sets each at the foot of the page of its mark.
struct ReportFlow
{
    QList<ReportFlowItem> items;
    QList<ReportParagraph> footnotes;
    // Pages before the flow begins that the painter fills itself (the title page).
    bool titlePage = false;
};

} // namespace annalist
