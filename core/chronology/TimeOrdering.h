// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TimeValue.h"

namespace annalist {

// Orders uncertain times: by earliest bound (the latest for an open start), then by
// latest, unknown times last.
// Two times whose spans overlap have no certain order; callers mark such neighbours
// "order uncertain" rather than rank them silently.
class TimeOrdering final
{
public:
    // Negative, zero or positive, as a comes before, with or after b in the list.
    static int compare(const TimeValue &a, const TimeValue &b);
    static bool lessThan(const TimeValue &a, const TimeValue &b) { return compare(a, b) < 0; }
    // Where a known time stands in the list, in milliseconds since the epoch: its
    // earliest bound, or its latest where it has no earliest.
    static qint64 placeOf(const TimeValue &value);
    // True when a could have happened before or after b: their spans overlap, or
    // either is unknown.
    static bool isOrderUncertain(const TimeValue &a, const TimeValue &b);
};

} // namespace annalist
