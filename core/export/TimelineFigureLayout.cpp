#include "TimelineFigureLayout.h"

#include "chronology/ChronologyEntry.h"

#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <limits>

namespace annalist {

namespace {

constexpr double pointWidth = 6;   // a span narrower than this is drawn as a point
constexpr double markGap = 4;      // between marks sharing a row
constexpr int labelledMarksAtMost = 80;

bool isFuzzy(const TimeValue &time)
{
    return time.qualifier() != TimeValue::Qualifier::Exact;
}

} // namespace

TimelineFigureLayout::TimelineFigureLayout(const QList<ChronologyEntry> &entries, double plotWidth, const Measure &labelWidth)
    : m_plotWidth(plotWidth)
{
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
        for (const QDateTime &bound : {time.earliest(), time.latest()}) {
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
    m_labels = dated <= labelledMarksAtMost;

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
        double extent = 0; // right end including the label
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
        mark.point = !openStart && !openEnd && mark.x1 - mark.x0 < pointWidth;
        mark.fadeStart = openStart || (isFuzzy(time) && !mark.point);
        mark.fadeEnd = openEnd || (isFuzzy(time) && !mark.point);
        mark.labelled = m_labels;
        double right = mark.point ? (mark.x0 + mark.x1) / 2 + pointWidth / 2 : mark.x1;
        if (mark.labelled)
            right += 2 + labelWidth(QString::number(number));
        byLane[laneOf.value(entry.event.lane)].append(Placed{laneOf.value(entry.event.lane), mark, right});
    }

    int row = 0;
    for (int lane = 0; lane < laneNames.size(); ++lane) {
        QList<Placed> &placed = byLane[lane];
        std::stable_sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) { return a.mark.x0 < b.mark.x0; });
        // Greedy packing: each mark into the first row it fits; when the lane has all
        // the rows it may have, into the row that frees up first.
        QList<double> rowEnds;
        for (Placed &item : placed) {
            const double left = item.mark.point ? (item.mark.x0 + item.mark.x1) / 2 - pointWidth / 2 : item.mark.x0;
            int chosen = -1;
            for (int r = 0; r < rowEnds.size(); ++r) {
                if (rowEnds.at(r) + markGap <= left) {
                    chosen = r;
                    break;
                }
            }
            if (chosen < 0 && rowEnds.size() < maximumRowsPerLane) {
                rowEnds.append(-1);
                chosen = static_cast<int>(rowEnds.size()) - 1;
            }
            if (chosen < 0)
                chosen = static_cast<int>(std::min_element(rowEnds.cbegin(), rowEnds.cend()) - rowEnds.cbegin());
            rowEnds[chosen] = std::max(rowEnds.at(chosen), item.extent);
            item.mark.row = row + chosen;
            m_marks.append(item.mark);
        }
        const int rows = std::max<int>(1, static_cast<int>(rowEnds.size()));
        m_lanes.append(Lane{laneNames.at(lane), row, rows});
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
            m_ticks.append(Tick{x, tick.label, tick.contextLabel});
    }
}

double TimelineFigureLayout::xOf(const QDateTime &moment) const
{
    if (m_to <= m_from)
        return 0;
    return double(moment.toMSecsSinceEpoch() - m_from) / double(m_to - m_from) * m_plotWidth;
}

} // namespace annalist
