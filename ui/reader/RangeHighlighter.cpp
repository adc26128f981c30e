// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RangeHighlighter.h"

#include <algorithm>

namespace annalist {

void RangeHighlighter::setSpans(QList<HighlightSpan> spans)
{
    spans.removeIf([](const HighlightSpan &span) { return span.end <= span.start; });
    std::stable_sort(spans.begin(), spans.end(), [](const HighlightSpan &a, const HighlightSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    m_spans = std::move(spans);
    m_reach.resize(std::size_t(m_spans.size()));
    int reach = 0;
    for (qsizetype i = 0; i < m_spans.size(); ++i) {
        reach = std::max(reach, m_spans.at(i).end);
        m_reach[std::size_t(i)] = reach;
    }
}

void RangeHighlighter::clear()
{
    m_spans.clear();
    m_reach.clear();
}

QList<HighlightSpan> RangeHighlighter::spans(int from, int to) const
{
    QList<HighlightSpan> result;
    if (from >= to)
        return result;
    const auto first = std::upper_bound(m_reach.cbegin(), m_reach.cend(), from) - m_reach.cbegin();
    for (qsizetype i = first; i < m_spans.size(); ++i) {
        const HighlightSpan &span = m_spans.at(i);
        if (span.start >= to)
            break;
        if (span.end > from)
            result.append(span);
    }
    return result;
}

QList<HighlightSpan> RangeHighlighter::spansAt(int position) const
{
    return spans(position, position + 1);
}

} // namespace annalist
