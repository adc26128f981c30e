// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <map>

namespace annalist {

// The parts of a text already claimed by a mention or a time expression, as disjoint
// half-open spans [start, end): asking whether a new span overlaps any of them and
// adding one each cost O(log n), so that a long source costs no more per character
// than a short one.
class TakenSpans final
{
public:
    // Adds [start, end), merged with the spans it overlaps or touches.
    void add(int start, int end);
    // Whether [start, end) shares at least one character with a span added before.
    bool overlaps(int start, int end) const;
    bool isEmpty() const { return m_spans.empty(); }

private:
    std::map<int, int> m_spans; // start -> end, disjoint and not touching
};

} // namespace annalist
