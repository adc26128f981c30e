#include "ChronologyOrder.h"

#include "TimeOrdering.h"

#include <algorithm>

namespace annalist {

namespace {

bool overlap(const TimeValue &a, const TimeValue &b)
{
    return a.isKnown() && b.isKnown() && TimeOrdering::isOrderUncertain(a, b);
}

} // namespace

bool ChronologyOrder::lessThan(const ChronologyEntry &a, const ChronologyEntry &b)
{
    if (const int byTime = TimeOrdering::compare(a.event.time, b.event.time); byTime != 0)
        return byTime < 0;
    if (const int byTitle = a.event.title.compare(b.event.title, Qt::CaseInsensitive); byTitle != 0)
        return byTitle < 0;
    return a.event.id < b.event.id;
}

void ChronologyOrder::sort(QList<ChronologyEntry> &entries)
{
    if (!std::is_sorted(entries.cbegin(), entries.cend(), &ChronologyOrder::lessThan))
        std::sort(entries.begin(), entries.end(), &ChronologyOrder::lessThan);
    markOrderUncertain(entries);
}

void ChronologyOrder::markOrderUncertain(QList<ChronologyEntry> &entries)
{
    for (qsizetype i = 0; i < entries.size(); ++i)
        entries[i].orderUncertain = isOrderUncertainAt(entries, i);
}

bool ChronologyOrder::isOrderUncertainAt(const QList<ChronologyEntry> &entries, qsizetype index)
{
    if (index < 0 || index >= entries.size())
        return false;
    const TimeValue &time = entries.at(index).event.time;
    return (index > 0 && overlap(entries.at(index - 1).event.time, time))
        || (index + 1 < entries.size() && overlap(time, entries.at(index + 1).event.time));
}

} // namespace annalist
