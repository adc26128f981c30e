// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ReportFlow.h"
#include "ReportStructure.h"
#include "TimelineFigureLayout.h"

#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace annalist {

struct ExportContent;
struct ExportOptions;
class ReportStyle;

// Turns an export's content into the report's flow: contents, the timeline figure,
// the chronology grouped by year with each entry's time in words, title, place and
// people, description, assessment, credibility, corroboration, conflicts and the
// passages as numbered footnotes, and the source appendix. The entity index, which
// needs the pages, is composed after pagination (indexParagraphs).
class ReportComposer final
{
public:
    ReportComposer(const ExportContent &content, const ExportOptions &options, const ReportStyle &style);
    ~ReportComposer();

    ReportFlow compose();

    // The timeline figure of the flow's ReportFigure, or null when there is none.
    const TimelineFigureLayout *figure() const { return m_figure.get(); }
    static constexpr int timelineFigureId = 1;
    static constexpr int linkChartFigureId = 2;
    // Geometry of the figure inside its box, in report units.
    double figureLaneLabelWidth() const;
    double figureRowHeight() const { return m_figureRowHeight; }
    double figureAxisHeight() const;

    // Index lines for entities found on the given pages: "A" letter headings and
    // "Name (Type)  3, 5–7".
    QList<ReportParagraph> indexParagraphs(const QHash<qint64, QList<int>> &pagesByEntity) const;
    // "3, 5–7, 12".
    static QString pageList(QList<int> pages);

    // Anchors of the sections.
    static QString contentsAnchor() { return QStringLiteral("contents"); }
    static QString timelineAnchor() { return QStringLiteral("timeline"); }
    static QString linkChartAnchor() { return QStringLiteral("link-chart"); }
    static QString chronologyAnchor() { return QStringLiteral("chronology"); }
    static QString sourcesAnchor() { return QStringLiteral("sources"); }
    static QString indexAnchor() { return QStringLiteral("index"); }

private:
    static QString groupAnchor(int group) { return QStringLiteral("group-%1").arg(group + 1); }
    void addContents(ReportFlow &flow, const QList<ReportStructure::Group> &groups) const;
    void addTimeline(ReportFlow &flow);
    void addLinkChart(ReportFlow &flow) const;
    void addChronology(ReportFlow &flow, const QList<ReportStructure::Group> &groups) const;
    void addEntry(ReportFlow &flow, int number, int entryIndex, int *footnoteNumber) const;
    // The footnote of a quoted passage: the quote, where it is from, its stance.
    ReportParagraph footnote(const EvidenceItem &item, int number) const;
    void addSources(ReportFlow &flow) const;
    ReportParagraph heading(const QString &title, const QString &anchor) const;

    const ExportContent &m_content;
    const ExportOptions &m_options;
    const ReportStyle &m_style;
    std::unique_ptr<TimelineFigureLayout> m_figure;
    double m_figureRowHeight = 0;
};

} // namespace annalist
