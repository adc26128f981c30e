// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringView>

#include <vector>

namespace annalist {

// A span of text one pattern matched: [start, end) in UTF-16 offsets of the text, and
// the value the pattern was added with.
struct GazetteerHit
{
    qsizetype start = 0;
    qsizetype end = 0;
    quint32 value = 0;

    friend bool operator==(const GazetteerHit &, const GazetteerHit &) = default;
};

// One Aho–Corasick automaton over many patterns, matched tolerantly: case is folded,
// periods are ignored ("U.S." = "US" = "u.s."), and every run of spaces, hyphens,
// apostrophes and other punctuation counts as one separator ("President-elect" =
// "president elect", "Mexico's" ends a word). Matches are whole words only,
// leftmost-longest and non-overlapping, with exact offsets into the original text.
//
// As matches begin and end at word boundaries, the automaton runs over words rather
// than characters: the scan folds each character through one table and hashes the
// word as it goes; at the end of a word one probe into an open-addressing table of the
// patterns' words gives its number, and the automaton (a dense root row, sorted
// transition arrays, failure and output links, all flat arrays) takes one step. The
// scan allocates nothing but the result list.
class AhoCorasickMatcher final
{
public:
    AhoCorasickMatcher();

    // Adds a pattern before build(). Returns false when nothing of it is left after
    // normalisation, or when an equal pattern (after normalisation) was added before:
    // that one keeps its value.
    bool add(QStringView pattern, quint32 value);
    // Builds the automaton; add() is refused afterwards, find() finds nothing before.
    void build();
    bool isBuilt() const { return m_built; }
    qsizetype patternCount() const { return qsizetype(m_patternValues.size()); }
    // States of the automaton and distinct words of the patterns.
    qsizetype stateCount() const { return qsizetype(m_fail.size()); }
    qsizetype wordCount() const { return qsizetype(m_wordCount); }
    // Approximate size of the tables in bytes.
    qsizetype memoryBytes() const;

    QList<GazetteerHit> find(QStringView text) const;

    // The form patterns and text are compared in: case-folded, periods dropped,
    // separators as single spaces, trimmed.
    static QString normalised(QStringView text);

private:
    static constexpr quint32 NoState = 0xFFFFFFFF;

    struct WordSlot
    {
        quint32 hash = 0;
        // 0: empty slot.
        quint32 word = 0;
        quint32 offset = 0;
        quint32 length = 0;
    };

    quint32 wordNumber(quint32 hash, quint32 length, const char16_t *units, qsizetype start, qsizetype end) const;
    quint32 child(quint32 state, quint32 word) const;

    bool m_built = false;
    // Until build(): the normalised patterns.
    std::vector<QString> m_patterns;
    QSet<QString> m_seen;
    std::vector<quint32> m_patternValues;
    // Length of each pattern in words.
    std::vector<quint32> m_patternWords;
    quint32 m_maxWords = 0;

    // The patterns' words: open addressing over their hashes, their folded characters.
    std::vector<WordSlot> m_wordSlots;
    std::vector<char16_t> m_wordCharacters;
    quint32 m_wordCount = 0;

    // The automaton over word numbers, states breadth-first. Transitions of state s:
    // m_edgeLabels/m_edgeTargets[m_edgeBegin[s] .. m_edgeBegin[s + 1]), the root's also
    // in m_rootNext by word number.
    std::vector<quint32> m_rootNext;
    std::vector<quint32> m_edgeBegin;
    std::vector<quint32> m_edgeLabels;
    std::vector<quint32> m_edgeTargets;
    std::vector<quint32> m_fail;
    // Pattern ending in the state, or NoState; and the nearest state along the failure
    // links that ends a pattern, or 0.
    std::vector<quint32> m_patternOf;
    std::vector<quint32> m_outputLink;
};

} // namespace annalist
