// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chronology/TimeAxisTicks.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <functional>

namespace annalist {

struct ChronologyEntry;

// Where the report's timeline figure puts each dated entry: lanes (the events' lanes
// or themes) stacked top to bottom, each in as many rows as its overlapping marks
// need, time from left to right. A known day or moment is a point, a span a bar whose
// ends fade when the time is uncertain, approximate or open on that side. Coordinates
// are in the plot's own units: x from 0 to plotWidth, y in rows. The PDF report paints
// it (TimelineFigurePainter) and the HTML report writes it as SVG (TimelineFigureSvg).
class TimelineFigureLayout final
{
public:
    struct Mark
    {
        int number = 0; // the entry's number in the report (1-based)
        int row = 0; // over all lanes
        double x0 = 0;
        double x1 = 0;
        bool point = false;
        // The label stands left of the mark, where the right would run off the plot.
        bool labelOnLeft = false;
        // An end fades out where the time is approximate, uncertain or open there; the
        // other ends of a bar are soft, as the window's timeline draws every bar.
        bool fadeStart = false;
        bool fadeEnd = false;
        bool softEnds = false;
        bool conflict = false;
        // Beside the mark: the entry's number and short title while there is room for
        // them, then the number alone, then nothing.
        QString label;
    };
    struct Lane
    {
        QString name;
        int firstRow = 0;
        int rows = 1;
    };
    struct Tick
    {
        double x = 0;
        QString label;
        QString contextLabel;
    };

    // Measures a label's width in plot units.
    using Measure = std::function<double(const QString &)>;

    // entries in report order; their numbers are their positions + 1. Titles in
    // labels are cut at a fixed number of characters, so that the figure does not
    // depend on fonts beyond labelWidth.
    // pointWidth: how wide a point's mark (a diamond) is drawn.
    TimelineFigureLayout(const QList<ChronologyEntry> &entries, double plotWidth, const Measure &labelWidth,
                         double pointWidth);

    // Whether the figure of these entries names its lanes: some dated entry has a lane.
    // Without, the figure needs no column for lane names.
    static bool namesLanes(const QList<ChronologyEntry> &entries);

    bool isEmpty() const { return m_marks.isEmpty(); }
    const QList<Mark> &marks() const { return m_marks; }
    const QList<Lane> &lanes() const { return m_lanes; }
    const QList<Tick> &ticks() const { return m_ticks; }
    int rowCount() const { return m_rows; }
    double plotWidth() const { return m_plotWidth; }
    // Entries the figure cannot place: undated ones.
    int undatedCount() const { return m_undated; }
    enum class Labels { TitlesAndNumbers, Numbers, None };
    Labels labels() const { return m_labels; }

    static constexpr int maximumRowsPerLane = 14;
    static constexpr int titledMarksAtMost = 24;
    static constexpr int numberedMarksAtMost = 80;

private:
    double xOf(const QDateTime &moment) const;

    double m_plotWidth = 0;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QList<Mark> m_marks;
    QList<Lane> m_lanes;
    QList<Tick> m_ticks;
    int m_rows = 0;
    int m_undated = 0;
    Labels m_labels = Labels::TitlesAndNumbers;
};

} // namespace annalist
