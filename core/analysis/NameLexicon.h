// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace annalist {

// The word lists behind NameRecognizer, read from the resources under
// :/analysis/names (one lower-case entry per line, '#' starts a comment).
// Phrases are kept with single spaces between their words.
class NameLexicon final
{
public:
    enum class List {
        Titles,
        Honorifics,
        OrganisationHeads,
        PlaceHeads,
        Places,
        Stopwords,
        PersonVerbs,
        PlacePrepositions,
        Connectors,
        GivenNames,
        Abbreviations,
        Demonyms,
        PlacePrefixes,
        OrganisationCuesAfter,
        OrganisationCuesBefore,
        TitleModifiers,
        Organisations,
    };

    // The lists bundled with the library, loaded once.
    static const NameLexicon &bundled();

    NameLexicon() = default;
    void add(List list, const QString &entry);
    // `entry` must already be lower case.
    bool contains(List list, const QString &entry) const { return m_lists[int(list)].contains(entry); }
    // Longest phrase in `list` made of the words in `lowerWords` from `from` on; 0 if none.
    int longestPhrase(List list, const QStringList &lowerWords, int from, int to) const;

    static QString resourcePath(List list);

private:
    static constexpr int ListCount = int(List::Organisations) + 1;
    QSet<QString> m_lists[ListCount];
    QSet<QString> m_firstWords[ListCount];
    int m_longest[ListCount] = {};
};

} // namespace annalist
