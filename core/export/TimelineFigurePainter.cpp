// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimelineFigurePainter.h"

#include "ReportStyle.h"
#include "TimelineFigureLayout.h"

#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace annalist {

namespace {

// What a fading end fades to: nearly white, rather than transparent, because PDF
// readers do not all draw gradients of transparency.
QColor faded(const QColor &color)
{
    const auto mix = [](int channel) {
        return channel + (255 - channel) * 9 / 10;
    };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

// A soft end: the bar's colour at about a third, as the window draws the ends of a bar.
QColor softened(const QColor &color)
{
    const auto mix = [](int channel) {
        return channel + (255 - channel) * 6 / 10;
    };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

} // namespace

double TimelineFigurePainter::pointWidth()
{
    return ReportStyle::point(8);
}

void TimelineFigurePainter::paint(QPainter &painter, const QRectF &rect, const TimelineFigureLayout &figure,
                                  const ReportStyle &style, const Geometry &geometry)
{
    painter.save();
    painter.setClipRect(
        rect.adjusted(-ReportStyle::point(2), -ReportStyle::point(2), ReportStyle::point(2), ReportStyle::point(2)));
    const double plotLeft = rect.left() + geometry.laneLabelWidth;
    const double plotBottom = rect.bottom() - geometry.axisHeight;
    const double rowHeight = geometry.rowHeight;
    const int visibleRows = std::max(0, static_cast<int>((plotBottom - rect.top()) / rowHeight + 0.001));

    // Lanes: light bands, every other one, with their names.
    const QFont laneFont = style.sans(6.5, true);
    const QFontMetricsF laneMetrics(laneFont);
    painter.setFont(laneFont);
    int band = 0;
    for (const TimelineFigureLayout::Lane &lane : figure.lanes()) {
        if (lane.firstRow >= visibleRows)
            break;
        const int rows = std::min(lane.rows, visibleRows - lane.firstRow);
        const QRectF laneRect(rect.left(), rect.top() + lane.firstRow * rowHeight, rect.width(), rows * rowHeight);
        if (band++ % 2 == 0)
            painter.fillRect(laneRect, QColor(0xf1, 0xf3, 0xf6));
        painter.setPen(style.accentColor());
        const QString name
            = lane.name.isEmpty() ? (figure.lanes().size() > 1 ? QStringLiteral("Other") : QString()) : lane.name;
        const QString shown
            = laneMetrics.elidedText(name, Qt::ElideRight, geometry.laneLabelWidth - ReportStyle::point(8));
        painter.drawText(QPointF(rect.left() + ReportStyle::point(4),
                                 laneRect.top() + std::min(laneRect.height(), ReportStyle::point(14)) / 2
                                     + laneMetrics.ascent() / 2 - laneMetrics.descent() / 2),
                         shown);
    }

    // Axis: grid lines, ticks and their labels, the larger unit under the first tick
    // it changes at.
    const QFont tickFont = style.sans(6.5);
    const QFontMetricsF tickMetrics(tickFont);
    painter.setFont(tickFont);
    QPen grid(style.ruleColor());
    grid.setWidthF(ReportStyle::point(0.4));
    QPen axis(style.mutedColor());
    axis.setWidthF(ReportStyle::point(0.6));
    const double top = rect.top();
    double lastLabelRight = -1e9;
    double lastContextRight = -1e9;
    for (const TimelineFigureLayout::Tick &tick : figure.ticks()) {
        const double x = plotLeft + tick.x;
        painter.setPen(grid);
        painter.drawLine(QPointF(x, top), QPointF(x, plotBottom));
        painter.setPen(axis);
        painter.drawLine(QPointF(x, plotBottom), QPointF(x, plotBottom + ReportStyle::point(3)));
        painter.setPen(style.mutedColor());
        const double labelWidth = tickMetrics.horizontalAdvance(tick.label);
        if (x - labelWidth / 2 > lastLabelRight + ReportStyle::point(3)
            && x + labelWidth / 2 <= rect.right() + ReportStyle::point(2)) {
            painter.drawText(QPointF(x - labelWidth / 2, plotBottom + ReportStyle::point(4) + tickMetrics.ascent()),
                             tick.label);
            lastLabelRight = x + labelWidth / 2;
        }
        if (!tick.contextLabel.isEmpty()) {
            const double contextWidth = tickMetrics.horizontalAdvance(tick.contextLabel);
            if (x > lastContextRight + ReportStyle::point(4)
                && x + contextWidth <= rect.right() + ReportStyle::point(2)) {
                painter.setPen(style.textColor());
                painter.drawText(QPointF(x, plotBottom + ReportStyle::point(6) + 2 * tickMetrics.height()),
                                 tick.contextLabel);
                lastContextRight = x + contextWidth;
            }
        }
    }
    painter.setPen(axis);
    painter.drawLine(QPointF(plotLeft, plotBottom), QPointF(rect.right(), plotBottom));

    // Marks.
    const QFont labelFont = style.sans(6.5);
    const QFontMetricsF labelMetrics(labelFont);
    painter.setFont(labelFont);
    const double barHeight = std::min(rowHeight * 0.45, ReportStyle::point(6));
    const double diamond = std::min(rowHeight * 0.62, pointWidth());
    for (const TimelineFigureLayout::Mark &mark : figure.marks()) {
        if (mark.row >= visibleRows)
            continue;
        const QColor color = mark.conflict ? style.conflictColor() : style.accentColor();
        const double y = top + mark.row * rowHeight + rowHeight / 2;
        double left = 0;
        double right = 0;
        if (mark.point) {
            const double x = plotLeft + (mark.x0 + mark.x1) / 2;
            QPainterPath path;
            path.moveTo(x, y - diamond / 2);
            path.lineTo(x + diamond / 2, y);
            path.lineTo(x, y + diamond / 2);
            path.lineTo(x - diamond / 2, y);
            path.closeSubpath();
            painter.fillPath(path, color);
            left = x - diamond / 2;
            right = x + diamond / 2;
        } else {
            const QRectF bar(plotLeft + mark.x0, y - barHeight / 2, std::max(mark.x1 - mark.x0, ReportStyle::point(1)),
                             barHeight);
            if (mark.fadeStart || mark.fadeEnd || mark.softEnds) {
                const auto end = [&](bool fades) {
                    return fades ? faded(color) : mark.softEnds ? softened(color) : color;
                };
                QLinearGradient gradient(bar.left(), 0, bar.right(), 0);
                const double fade = std::clamp(ReportStyle::point(14) / bar.width(), 0.15, 0.45);
                gradient.setColorAt(0, end(mark.fadeStart));
                gradient.setColorAt(fade, color);
                gradient.setColorAt(1 - fade, color);
                gradient.setColorAt(1, end(mark.fadeEnd));
                painter.fillRect(bar, gradient);
            } else {
                painter.fillRect(bar, color);
            }
            left = bar.left();
            right = bar.right();
        }
        if (!mark.label.isEmpty()) {
            painter.setPen(style.textColor());
            const double gap = ReportStyle::point(2.5);
            const double x = mark.labelOnLeft ? left - gap - labelMetrics.horizontalAdvance(mark.label) : right + gap;
            painter.drawText(QPointF(x, y + labelMetrics.ascent() / 2 - labelMetrics.descent() / 2), mark.label);
        }
    }
    painter.restore();
}

} // namespace annalist
