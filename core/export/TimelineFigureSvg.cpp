// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimelineFigureSvg.h"

#include "TimelineFigureLayout.h"

#include "chronology/ChronologyEntry.h"

#include <algorithm>
#include <utility>

namespace annalist {

namespace {

constexpr double laneNamesWidth = 110;
constexpr double rowHeight = 16;
constexpr double axisHeight = 34;
constexpr double labelSize = 9;

QString number(double value)
{
    return QString::number(value, 'f', 1);
}

double textWidth(const QString &text, double size)
{
    return text.size() * size * 0.6;
}

} // namespace

QString TimelineFigureSvg::svg(const QList<ChronologyEntry> &entries, double width)
{
    // No column for lane names where no lane has one: it would stand empty.
    const double laneLabelWidth = TimelineFigureLayout::namesLanes(entries) ? laneNamesWidth : 0;
    const double plotWidth = width - laneLabelWidth;
    const double diamond = rowHeight * 0.6;
    const TimelineFigureLayout figure(
        entries, plotWidth, [](const QString &label) { return textWidth(label, labelSize); }, diamond);
    if (figure.isEmpty())
        return {};
    const double plotBottom = figure.rowCount() * rowHeight;
    const double height = plotBottom + axisHeight;
    QString svg = QStringLiteral(
                      "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\" viewBox=\"0 0 %1 %2\" role=\"img\" "
                      "aria-label=\"Timeline of the chronology\">\n")
                      .arg(number(width), number(height));
    // The ends of bars: one gradient per pair of ends and colour (stop colours do not
    // follow the element that uses the gradient). An end fades out ("0") or is soft ("s"),
    // as the window's timeline draws them.
    svg += QStringLiteral("<defs>\n");
    for (const auto &[suffix, color] : { std::pair { QStringLiteral(""), QStringLiteral("#1f3a5f") },
                                         std::pair { QStringLiteral("-conflict"), QStringLiteral("#a11d1d") } }) {
        const QString stop
            = QStringLiteral("<stop offset=\"%1\" stop-color=\"") + color + QStringLiteral("\" stop-opacity=\"%2\"/>");
        for (const QChar first : { u'0', u's' }) {
            for (const QChar last : { u'0', u's' }) {
                const auto opacity = [](QChar end) {
                    return end == u'0' ? QStringLiteral("0") : QStringLiteral("0.35");
                };
                svg += QStringLiteral("<linearGradient id=\"ends-%1%2%3\">").arg(first).arg(last).arg(suffix)
                    + stop.arg(QStringLiteral("0"), opacity(first))
                    + stop.arg(QStringLiteral("0.3"), QStringLiteral("1"))
                    + stop.arg(QStringLiteral("0.7"), QStringLiteral("1"))
                    + stop.arg(QStringLiteral("1"), opacity(last)) + QStringLiteral("</linearGradient>\n");
            }
        }
    }
    svg += QStringLiteral("</defs>\n");
    int band = 0;
    for (const TimelineFigureLayout::Lane &lane : figure.lanes()) {
        const double top = lane.firstRow * rowHeight;
        if (band++ % 2 == 0) {
            svg += QStringLiteral("<rect class=\"lane\" x=\"0\" y=\"%1\" width=\"%2\" height=\"%3\"/>\n")
                       .arg(number(top), number(width), number(lane.rows * rowHeight));
        }
        const QString name
            = lane.name.isEmpty() ? (figure.lanes().size() > 1 ? QStringLiteral("Other") : QString()) : lane.name;
        if (!name.isEmpty()) {
            svg += QStringLiteral("<text class=\"lane-name\" x=\"4\" y=\"%1\">%2</text>\n")
                       .arg(number(top + rowHeight / 2 + 3), name.toHtmlEscaped());
        }
    }
    double lastLabelRight = -1e9;
    double lastContextRight = -1e9;
    for (const TimelineFigureLayout::Tick &tick : figure.ticks()) {
        const double x = laneLabelWidth + tick.x;
        svg += QStringLiteral("<line class=\"grid\" x1=\"%1\" y1=\"0\" x2=\"%1\" y2=\"%2\"/>\n")
                   .arg(number(x), number(plotBottom + 3));
        const double labelWidth = textWidth(tick.label, labelSize);
        if (x - labelWidth / 2 > lastLabelRight + 3 && x + labelWidth / 2 <= width) {
            svg += QStringLiteral("<text class=\"tick\" x=\"%1\" y=\"%2\" text-anchor=\"middle\">%3</text>\n")
                       .arg(number(x), number(plotBottom + 14), tick.label.toHtmlEscaped());
            lastLabelRight = x + labelWidth / 2;
        }
        if (!tick.contextLabel.isEmpty() && x > lastContextRight + 4
            && x + textWidth(tick.contextLabel, labelSize) <= width) {
            svg += QStringLiteral("<text class=\"context\" x=\"%1\" y=\"%2\">%3</text>\n")
                       .arg(number(x), number(plotBottom + 28), tick.contextLabel.toHtmlEscaped());
            lastContextRight = x + textWidth(tick.contextLabel, labelSize);
        }
    }
    svg += QStringLiteral("<line class=\"axis\" x1=\"%1\" y1=\"%2\" x2=\"%3\" y2=\"%2\"/>\n")
               .arg(number(laneLabelWidth), number(plotBottom), number(width));
    const double barHeight = rowHeight * 0.45;
    for (const TimelineFigureLayout::Mark &mark : figure.marks()) {
        const double y = mark.row * rowHeight + rowHeight / 2;
        const QString kind = mark.conflict ? QStringLiteral("mark conflict") : QStringLiteral("mark");
        double left = 0;
        double right = 0;
        if (mark.point) {
            const double x = laneLabelWidth + (mark.x0 + mark.x1) / 2;
            svg += QStringLiteral(
                       "<a href=\"#entry-%1\"><polygon class=\"%2\" points=\"%3,%4 %5,%6 %3,%7 %8,%6\"/></a>\n")
                       .arg(mark.number)
                       .arg(kind, number(x), number(y - diamond / 2), number(x + diamond / 2), number(y),
                            number(y + diamond / 2), number(x - diamond / 2));
            left = x - diamond / 2;
            right = x + diamond / 2;
        } else {
            const double x = laneLabelWidth + mark.x0;
            const double barWidth = std::max(mark.x1 - mark.x0, 1.0);
            QString fill;
            const QString suffix = mark.conflict ? QStringLiteral("-conflict") : QString();
            if (mark.fadeStart || mark.fadeEnd || mark.softEnds) {
                // Every bar has soft ends (softEnds), so an end not faded out is soft.
                const auto end = [](bool fades) {
                    return fades ? u'0' : u's';
                };
                fill = QStringLiteral(" fill=\"url(#ends-%1%2%3)\"")
                           .arg(QChar(end(mark.fadeStart)))
                           .arg(QChar(end(mark.fadeEnd)))
                           .arg(suffix);
            }
            svg += QStringLiteral("<a href=\"#entry-%1\"><rect class=\"%2\" x=\"%3\" y=\"%4\" width=\"%5\" "
                                  "height=\"%6\"%7/></a>\n")
                       .arg(mark.number)
                       .arg(kind, number(x), number(y - barHeight / 2), number(barWidth), number(barHeight), fill);
            left = x;
            right = x + barWidth;
        }
        if (!mark.label.isEmpty()) {
            if (mark.labelOnLeft) {
                svg += QStringLiteral("<text class=\"label\" x=\"%1\" y=\"%2\" text-anchor=\"end\">%3</text>\n")
                           .arg(number(left - 3), number(y + 3), mark.label.toHtmlEscaped());
            } else {
                svg += QStringLiteral("<text class=\"label\" x=\"%1\" y=\"%2\">%3</text>\n")
                           .arg(number(right + 3), number(y + 3), mark.label.toHtmlEscaped());
            }
        }
    }
    svg += QStringLiteral("</svg>");
    return svg;
}

} // namespace annalist
