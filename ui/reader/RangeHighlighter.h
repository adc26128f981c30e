// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TextHighlighter.h"

#include <QList>

#include <vector>

namespace annalist {

// A fixed set of spans (search hits, compared passages) answered by binary search.
class RangeHighlighter final : public TextHighlighter
{
public:
    RangeHighlighter() = default;

    // Empty spans are dropped; the rest are kept in text order.
    void setSpans(QList<HighlightSpan> spans);
    void clear();
    bool isEmpty() const { return m_spans.isEmpty(); }
    qsizetype size() const { return m_spans.size(); }
    // All spans in text order (by start, then end).
    const QList<HighlightSpan> &allSpans() const { return m_spans; }

    QList<HighlightSpan> spans(int from, int to) const override;
    // The spans that cover the character at position.
    QList<HighlightSpan> spansAt(int position) const;

private:
    QList<HighlightSpan> m_spans;
    // Largest end among spans [0, i]: rises monotonically, so the first span that can
    // reach a position is found by binary search even when long spans hide short ones.
    std::vector<int> m_reach;
};

} // namespace annalist
