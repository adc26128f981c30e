// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeOrdering.h"

#include <limits>

namespace annalist {

namespace {

// An open bound reaches as far as time goes.
qint64 lowerBound(const TimeValue &value)
{
    return value.earliest().isValid() ? value.earliest().toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

qint64 upperBound(const TimeValue &value)
{
    return value.latest().isValid() ? value.latest().toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

} // namespace

qint64 TimeOrdering::placeOf(const TimeValue &value)
{
    // An open start is placed at its end, the one time it gives: "until 30 Sep 2024" among
    // the events of September 2024, not before every dated event.
    if (value.earliest().isValid())
        return value.earliest().toMSecsSinceEpoch();
    return upperBound(value);
}

int TimeOrdering::compare(const TimeValue &a, const TimeValue &b)
{
    if (a.isKnown() != b.isKnown())
        return a.isKnown() ? -1 : 1;
    if (!a.isKnown())
        return 0;
    if (placeOf(a) != placeOf(b))
        return placeOf(a) < placeOf(b) ? -1 : 1;
    if (upperBound(a) != upperBound(b))
        return upperBound(a) < upperBound(b) ? -1 : 1;
    return 0;
}

bool TimeOrdering::isOrderUncertain(const TimeValue &a, const TimeValue &b)
{
    if (!a.isKnown() || !b.isKnown())
        return true;
    return lowerBound(a) <= upperBound(b) && lowerBound(b) <= upperBound(a);
}

} // namespace annalist
