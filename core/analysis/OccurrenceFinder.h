// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace annalist {

// Where names occur in a text as whole words, ignoring case: "Rubio" matches in
// "Rubio's" and "(Rubio)", not in "Rubiov" or "O'Rubio".
class OccurrenceFinder final
{
public:
    using Span = std::pair<int, int>;

    // Half-open spans [start, end) in text order. Where occurrences overlap, the longer
    // one wins, then the earlier one; spans overlapping any of `taken` are left out.
    static QList<Span> find(const QString &text, const QStringList &names, const QList<Span> &taken = {});

    // True when the character at `index` (a code point starting there, or ending there
    // when `before` is true) belongs to a word: a letter, digit, mark or underscore.
    static bool isWordCharacterAt(const QString &text, int index, bool before);
};

} // namespace annalist
