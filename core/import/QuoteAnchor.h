// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace annalist {

// Finds the exact passage of a source that a quote kept elsewhere stands for, though
// the copy may differ in white space (line breaks, doubled or missing spaces next to
// punctuation) and in the shapes of quote marks, apostrophes and dashes.
class QuoteAnchor final
{
public:
    // [start, end) of the first passage in `text` that matches `quote`; nothing when
    // there is none or the quote is blank.
    static std::optional<std::pair<int, int>> find(const QString &text, const QString &quote);
    // The text as the comparison sees it: without white space, with one shape of each
    // mark, in lower case. Two titles typed apart compare equal this way.
    static QString comparable(const QString &text);
};

} // namespace annalist
