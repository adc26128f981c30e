// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyOrder.h"

#include "TimeOrdering.h"

#include <algorithm>
#include <limits>

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
    // The order of lessThan, on keys worked out once: comparing QDateTimes and moving
    // whole entries at every step of the sort took longer than the rest of a load.
    struct Key
    {
        bool unknown = false;
        qint64 earliest = 0;
        qint64 latest = 0;
        qsizetype index = 0;
    };
    QList<Key> keys;
    keys.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const TimeValue &time = entries.at(i).event.time;
        keys.append(Key {
            !time.isKnown(), time.isKnown() ? TimeOrdering::placeOf(time) : std::numeric_limits<qint64>::min(),
            time.latest().isValid() ? time.latest().toMSecsSinceEpoch() : std::numeric_limits<qint64>::max(), i });
    }
    const auto before = [&entries](const Key &a, const Key &b) {
        if (a.unknown != b.unknown)
            return b.unknown;
        if (!a.unknown && (a.earliest != b.earliest || a.latest != b.latest))
            return a.earliest != b.earliest ? a.earliest < b.earliest : a.latest < b.latest;
        const Event &x = entries.at(a.index).event;
        const Event &y = entries.at(b.index).event;
        if (const int byTitle = x.title.compare(y.title, Qt::CaseInsensitive); byTitle != 0)
            return byTitle < 0;
        return x.id < y.id;
    };
    std::sort(keys.begin(), keys.end(), before);

    bool inOrder = true;
    for (qsizetype i = 0; i < keys.size() && inOrder; ++i)
        inOrder = keys.at(i).index == i;
    if (!inOrder) {
        QList<ChronologyEntry> sorted;
        sorted.reserve(entries.size());
        for (const Key &key : std::as_const(keys))
            sorted.append(std::move(entries[key.index]));
        entries = std::move(sorted);
    }
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
