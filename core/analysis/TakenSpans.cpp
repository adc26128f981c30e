// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TakenSpans.h"

#include <algorithm>
#include <iterator>

namespace annalist {

void TakenSpans::add(int start, int end)
{
    if (start >= end)
        return;
    // The first span that could touch [start, end): the last one starting at or before start.
    auto it = m_spans.upper_bound(start);
    if (it != m_spans.begin()) {
        auto before = std::prev(it);
        if (before->second >= start)
            it = before;
    }
    while (it != m_spans.end() && it->first <= end) {
        start = std::min(start, it->first);
        end = std::max(end, it->second);
        it = m_spans.erase(it);
    }
    m_spans.emplace(start, end);
}

bool TakenSpans::overlaps(int start, int end) const
{
    if (start >= end)
        return false;
    // Spans are disjoint and sorted, so their ends rise with their starts: the last span
    // starting before `end` reaches furthest.
    auto it = m_spans.lower_bound(end);
    if (it == m_spans.begin())
        return false;
    return std::prev(it)->second > start;
}

} // namespace annalist
