// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TimeValue.h"

namespace annalist {

// Orders uncertain times: by earliest bound, then by latest, unknown times last.
// Two times whose spans overlap have no certain order; callers mark such neighbours
// "order uncertain" rather than rank them silently.
class TimeOrdering final
{
public:
    // Negative, zero or positive, as a comes before, with or after b in the list.
    static int compare(const TimeValue &a, const TimeValue &b);
    static bool lessThan(const TimeValue &a, const TimeValue &b) { return compare(a, b) < 0; }
    // True when a could have happened before or after b: their spans overlap, or
    // either is unknown.
    static bool isOrderUncertain(const TimeValue &a, const TimeValue &b);
};

} // namespace annalist
