// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QRectF>

class QPainter;

namespace annalist {

class ReportStyle;
class TimelineFigureLayout;

// Draws the timeline figure in vectors: lanes in light bands with their names at the
// left, a time axis with a grid, diamonds for known days and bars with faded ends for
// uncertain spans, in the accent colour or, where the sources conflict, in red.
class TimelineFigurePainter final
{
public:
    struct Geometry
    {
        double laneLabelWidth = 0;
        double rowHeight = 0;
        double axisHeight = 0;
    };

    // The width of a point's diamond, for TimelineFigureLayout.
    static double pointWidth();

    static void paint(QPainter &painter, const QRectF &rect, const TimelineFigureLayout &figure,
                      const ReportStyle &style, const Geometry &geometry);
};

} // namespace annalist
