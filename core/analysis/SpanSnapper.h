// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <utility>

namespace annalist {

// Turns a rough selection into the span an analyst meant: whole words, without the
// white space, quotes and punctuation around them, and without a possessive "'s".
class SpanSnapper final
{
public:
    // Returns {start, end} with end exclusive. A selection that starts or ends inside a
    // word grows to the whole word; surrounding white space, quotes, commas, brackets
    // and sentence-final periods are trimmed (the period of an abbreviation such as
    // "U.S." stays). An empty selection, or one of only spaces and punctuation, returns
    // {start, start}. start and end are clamped to the text and may come in either order.
    static std::pair<int, int> snapToWords(const QString &text, int start, int end);
};

} // namespace annalist
