// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimelineFigureLayout.h"

#include "chronology/ChronologyEntry.h"

#include <QHash>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace annalist {

namespace {

constexpr int titleCharacters = 34;

QString shortTitle(const QString &title)
{
    const QString flat = title.simplified();
    if (flat.size() <= titleCharacters)
        return flat;
    QString cut = flat.left(titleCharacters - 1);
    if (const qsizetype space = cut.lastIndexOf(u' '); space > titleCharacters / 2)
        cut.truncate(space);
    return cut + QStringLiteral("…");
}

bool isFuzzy(const TimeValue &time)
{
    return time.qualifier() != TimeValue::Qualifier::Exact;
}

} // namespace

bool TimelineFigureLayout::namesLanes(const QList<ChronologyEntry> &entries)
{
    return std::any_of(entries.cbegin(), entries.cend(), [](const ChronologyEntry &entry) {
        return entry.event.time.isKnown() && !entry.event.lane.isEmpty();
    });
}

TimelineFigureLayout::TimelineFigureLayout(const QList<ChronologyEntry> &entries, double plotWidth,
                                           const Measure &labelWidth, double pointWidth)
    : m_plotWidth(plotWidth)
{
    // Room between marks that share a row, and beside a label.
    const double markGap = plotWidth / 150;
    const double labelGap = pointWidth / 3;
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    int dated = 0;
    for (const ChronologyEntry &entry : entries) {
        const TimeValue &time = entry.event.time;
        if (!time.isKnown()) {
            ++m_undated;
            continue;
        }
        ++dated;
        for (const QDateTime &bound : { time.earliest(), time.latest() }) {
            if (bound.isValid()) {
                from = std::min(from, bound.toMSecsSinceEpoch());
                to = std::max(to, bound.toMSecsSinceEpoch());
            }
        }
    }
    if (dated == 0 || plotWidth <= 0)
        return;
    // A margin on both sides, and at least a day in all, so that a single date sits
    // in the middle of a readable axis.
    constexpr qint64 day = qint64(24) * 3600 * 1000;
    qint64 span = std::max<qint64>(to - from, day);
    const qint64 middle = from / 2 + to / 2;
    if (to - from < day) {
        from = middle - span / 2;
        to = middle + span / 2;
    }
    span = to - from;
    m_from = from - span / 25;
    m_to = to + span / 25;
    m_labels = dated <= titledMarksAtMost ? Labels::TitlesAndNumbers
        : dated <= numberedMarksAtMost    ? Labels::Numbers
                                          : Labels::None;

    // Lanes in the order they first appear; events without a lane share one.
    QStringList laneNames;
    QHash<QString, int> laneOf;
    for (const ChronologyEntry &entry : entries) {
        if (!entry.event.time.isKnown() || laneOf.contains(entry.event.lane))
            continue;
        laneOf.insert(entry.event.lane, static_cast<int>(laneNames.size()));
        laneNames << entry.event.lane;
    }
    // The unnamed lane last, named only when others have names.
    if (const auto unnamed = laneOf.constFind(QString()); unnamed != laneOf.cend() && laneNames.size() > 1) {
        laneNames.removeAt(*unnamed);
        laneNames << QString();
        for (int i = 0; i < laneNames.size(); ++i)
            laneOf[laneNames.at(i)] = i;
    }

    struct Placed
    {
        int lane = 0;
        Mark mark;
        double left = 0; // the extent of mark and label
        double right = 0;
    };
    QList<QList<Placed>> byLane(laneNames.size());
    int number = 0;
    for (const ChronologyEntry &entry : entries) {
        ++number;
        const TimeValue &time = entry.event.time;
        if (!time.isKnown())
            continue;
        Mark mark;
        mark.number = number;
        mark.conflict = entry.hasConflict();
        const bool openStart = !time.earliest().isValid();
        const bool openEnd = !time.latest().isValid();
        // An open side reaches a tenth of the axis into the unknown, fading.
        const double reach = plotWidth / 10;
        mark.x0 = openStart ? std::max(0.0, xOf(time.latest()) - reach) : xOf(time.earliest());
        mark.x1 = openEnd ? std::min(plotWidth, xOf(time.earliest()) + reach) : xOf(time.latest());
        // A known day (or less) is a point, as is any span too short to see as a bar.
        const bool withinADay = !openStart && !openEnd && time.earliest().msecsTo(time.latest()) < day;
        mark.point = withinADay || (!openStart && !openEnd && mark.x1 - mark.x0 < pointWidth);
        mark.fadeStart = openStart || (isFuzzy(time) && !mark.point);
        mark.fadeEnd = openEnd || (isFuzzy(time) && !mark.point);
        mark.softEnds = !mark.point;
        if (m_labels == Labels::TitlesAndNumbers)
            mark.label = QStringLiteral("%1  %2").arg(number).arg(shortTitle(entry.event.title));
        else if (m_labels == Labels::Numbers)
            mark.label = QString::number(number);
        const double centre = (mark.x0 + mark.x1) / 2;
        double left = mark.point ? centre - pointWidth / 2 : mark.x0;
        double right = mark.point ? centre + pointWidth / 2 : mark.x1;
        if (!mark.label.isEmpty()) {
            const double width = labelGap + labelWidth(mark.label);
            mark.labelOnLeft = right + width > plotWidth && left - width >= 0;
            if (mark.labelOnLeft)
                left -= width;
            else
                right += width;
        }
        byLane[laneOf.value(entry.event.lane)].append(Placed { laneOf.value(entry.event.lane), mark, left, right });
    }

    int row = 0;
    for (int lane = 0; lane < laneNames.size(); ++lane) {
        QList<Placed> &placed = byLane[lane];
        std::stable_sort(placed.begin(), placed.end(),
                         [](const Placed &a, const Placed &b) { return a.left < b.left; });
        // Greedy packing: each mark into the first row it fits; when the lane has all
        // the rows it may have, into the row that frees up first.
        QList<double> rowEnds;
        for (Placed &item : placed) {
            int chosen = -1;
            for (int r = 0; r < rowEnds.size(); ++r) {
                if (rowEnds.at(r) + markGap <= item.left) {
                    chosen = r;
                    break;
                }
            }
            if (chosen < 0 && rowEnds.size() < maximumRowsPerLane) {
                rowEnds.append(-plotWidth);
                chosen = static_cast<int>(rowEnds.size()) - 1;
            }
            if (chosen < 0)
                chosen = static_cast<int>(std::min_element(rowEnds.cbegin(), rowEnds.cend()) - rowEnds.cbegin());
            rowEnds[chosen] = std::max(rowEnds.at(chosen), item.right);
            item.mark.row = row + chosen;
            m_marks.append(item.mark);
        }
        const int rows = std::max<int>(1, static_cast<int>(rowEnds.size()));
        m_lanes.append(Lane { laneNames.at(lane), row, rows });
        row += rows;
    }
    m_rows = row;
    std::sort(m_marks.begin(), m_marks.end(), [](const Mark &a, const Mark &b) { return a.number < b.number; });

    // Ticks at least a label's width apart.
    const double days = double(m_to - m_from) / double(day);
    const double minimumSpacing = labelWidth(QStringLiteral("2024")) * 1.8;
    const TimeAxisTicks::Unit unit = TimeAxisTicks::unitFor(plotWidth / days, minimumSpacing);
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(m_from, QTimeZone::utc());
    const QDateTime end = QDateTime::fromMSecsSinceEpoch(m_to, QTimeZone::utc());
    for (const AxisTick &tick : TimeAxisTicks::ticks(start, end, unit, 400)) {
        const double x = xOf(tick.time);
        if (x >= 0 && x <= plotWidth)
            m_ticks.append(Tick { x, tick.label, tick.contextLabel });
    }
    // The first tick says which year (or month) the axis starts in.
    if (!m_ticks.isEmpty() && m_ticks.first().contextLabel.isEmpty()) {
        const QDateTime first = QDateTime::fromMSecsSinceEpoch(
            m_from + qint64(m_ticks.first().x / plotWidth * double(m_to - m_from)), QTimeZone::utc());
        QString format;
        if (unit == TimeAxisTicks::Unit::Quarter || unit == TimeAxisTicks::Unit::Month
            || unit == TimeAxisTicks::Unit::Week)
            format = QStringLiteral("yyyy");
        else if (unit == TimeAxisTicks::Unit::Day)
            format = QStringLiteral("MMM yyyy");
        else if (unit == TimeAxisTicks::Unit::SixHours || unit == TimeAxisTicks::Unit::Hour)
            format = QStringLiteral("d MMM yyyy");
        if (!format.isEmpty())
            m_ticks.first().contextLabel = QLocale::c().toString(first.date(), format);
    }
}

double TimelineFigureLayout::xOf(const QDateTime &moment) const
{
    if (m_to <= m_from)
        return 0;
    return double(moment.toMSecsSinceEpoch() - m_from) / double(m_to - m_from) * m_plotWidth;
}

} // namespace annalist
