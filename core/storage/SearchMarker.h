// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace annalist {

// Words of a search query that a hit shows marked: one word, or the words of a phrase in a
// row. Words are folded (SearchMarker::foldedWords); with `prefix`, the last word may be the
// start of a longer one.
struct SearchPattern
{
    QStringList words;
    bool prefix = false;

    bool operator==(const SearchPattern &) const = default;
};

// Marks where a query's words occur in a text, the same way for a project file and for a
// server: words are runs of letters and digits, compared without case and accents, as
// both full-text indexes compare them. Which sources match is the index's decision; this
// only finds the words to show in them.
class SearchMarker final
{
public:
    struct Span
    {
        int offset = 0;
        int length = 0;

        bool operator==(const Span &) const = default;
    };

    // The words of `text`, lower case and without accents: "Café-Bar" → café → "cafe", "bar".
    static QStringList foldedWords(QStringView text);

    // Every occurrence of a pattern in `text`, in text order; overlapping ones are joined.
    static QList<Span> spans(QStringView text, const QList<SearchPattern> &patterns);
};

} // namespace annalist
