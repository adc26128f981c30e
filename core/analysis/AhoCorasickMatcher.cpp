// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AhoCorasickMatcher.h"

#include <QChar>
#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <bit>

namespace annalist {

namespace {

constexpr char16_t separatorUnit = 0;
constexpr char16_t droppedUnit = 0xFFFF;
constexpr quint32 hashSeed = 2166136261u;
constexpr quint32 hashPrime = 16777619u;

// Every UTF-16 code unit folded: a letter, digit or mark to its case-folded form, a
// period or invisible formatting character to droppedUnit, anything else (apostrophes
// too, so that "Mexico's" ends a word) to separatorUnit. Surrogates stay as they are.
const std::vector<char16_t> &foldTable()
{
    static const std::vector<char16_t> table = [] {
        std::vector<char16_t> units(0x10000, separatorUnit);
        for (char32_t code = 1; code < 0xFFFF; ++code) {
            const QChar c(static_cast<char16_t>(code));
            if (c.isSurrogate()) {
                units[code] = static_cast<char16_t>(code);
            } else if (code == u'.' || code == 0x00AD || c.category() == QChar::Other_Format) {
                units[code] = droppedUnit;
            } else if (c.isLetterOrNumber() || c.isMark()) {
                const char16_t folded = c.toCaseFolded().unicode();
                units[code] = (folded == separatorUnit || folded == droppedUnit) ? static_cast<char16_t>(code) : folded;
            }
        }
        return units;
    }();
    return table;
}

inline quint32 hashStep(quint32 hash, char16_t unit)
{
    return (hash ^ unit) * hashPrime;
}

inline quint32 slotOf(quint32 hash)
{
    // The low bits of FNV mix poorly; fold the high ones in.
    return hash ^ (hash >> 15);
}

struct Candidate
{
    qsizetype start;
    qsizetype end;
    quint32 value;
};

} // namespace

AhoCorasickMatcher::AhoCorasickMatcher() = default;

QString AhoCorasickMatcher::normalised(QStringView text)
{
    const std::vector<char16_t> &fold = foldTable();
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const char16_t unit = fold[c.unicode()];
        if (unit == droppedUnit)
            continue;
        if (unit == separatorUnit) {
            if (!result.isEmpty() && !result.endsWith(u' '))
                result.append(u' ');
            continue;
        }
        result.append(QChar(unit));
    }
    if (result.endsWith(u' '))
        result.chop(1);
    return result;
}

bool AhoCorasickMatcher::add(QStringView pattern, quint32 value)
{
    if (m_built)
        return false;
    QString key = normalised(pattern);
    if (key.isEmpty() || m_seen.contains(key))
        return false;
    m_seen.insert(key);
    m_patternValues.push_back(value);
    m_patterns.push_back(std::move(key));
    return true;
}

void AhoCorasickMatcher::build()
{
    if (m_built)
        return;

    // The patterns' distinct words, numbered from 1, into the open-addressing table.
    QHash<QStringView, quint32> numbers;
    std::vector<std::vector<quint32>> sequences(m_patterns.size());
    std::vector<QStringView> words;
    for (size_t i = 0; i < m_patterns.size(); ++i) {
        for (const QStringView word : QStringView(m_patterns[i]).split(u' ')) {
            auto found = numbers.constFind(word);
            if (found == numbers.constEnd()) {
                words.push_back(word);
                found = numbers.insert(word, quint32(words.size()));
            }
            sequences[i].push_back(*found);
        }
        m_patternWords.push_back(quint32(sequences[i].size()));
        m_maxWords = std::max(m_maxWords, quint32(sequences[i].size()));
    }
    m_wordCount = quint32(words.size());
    m_wordSlots.assign(std::bit_ceil(std::max<size_t>(16, words.size() * 2)), WordSlot {});
    const quint32 slotMask = quint32(m_wordSlots.size() - 1);
    m_wordCharacters.clear();
    for (size_t i = 0; i < words.size(); ++i) {
        quint32 hash = hashSeed;
        for (const QChar c : words[i])
            hash = hashStep(hash, c.unicode());
        quint32 slot = slotOf(hash) & slotMask;
        while (m_wordSlots[slot].word != 0)
            slot = (slot + 1) & slotMask;
        m_wordSlots[slot]
            = WordSlot { hash, quint32(i + 1), quint32(m_wordCharacters.size()), quint32(words[i].size()) };
        for (const QChar c : words[i])
            m_wordCharacters.push_back(c.unicode());
    }

    // A trie over the word sequences, built in lexicographic order so that a new
    // pattern only ever extends the last child of a state.
    std::vector<quint32> order(m_patterns.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = quint32(i);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return sequences[a] < sequences[b]; });
    std::vector<quint32> firstChild(1, NoState), nextSibling(1, NoState), lastChild(1, NoState), patternOf(1, NoState);
    std::vector<quint32> label(1, 0);
    for (const quint32 index : order) {
        quint32 state = 0;
        for (const quint32 word : sequences[index]) {
            const quint32 last = lastChild[state];
            if (last != NoState && label[last] == word) {
                state = last;
                continue;
            }
            const quint32 created = quint32(label.size());
            label.push_back(word);
            firstChild.push_back(NoState);
            nextSibling.push_back(NoState);
            lastChild.push_back(NoState);
            patternOf.push_back(NoState);
            if (last == NoState)
                firstChild[state] = created;
            else
                nextSibling[last] = created;
            lastChild[state] = created;
            state = created;
        }
        patternOf[state] = index;
    }

    // Renumbered breadth-first, so that the children of every state are consecutive.
    const size_t stateTotal = label.size();
    std::vector<quint32> bfs;
    bfs.reserve(stateTotal);
    bfs.push_back(0);
    m_edgeBegin.assign(stateTotal + 1, 0);
    m_edgeLabels.clear();
    m_edgeTargets.clear();
    m_patternOf.assign(stateTotal, NoState);
    for (size_t position = 0; position < bfs.size(); ++position) {
        const quint32 old = bfs[position];
        m_edgeBegin[position] = quint32(m_edgeLabels.size());
        m_patternOf[position] = patternOf[old];
        for (quint32 c = firstChild[old]; c != NoState; c = nextSibling[c]) {
            m_edgeLabels.push_back(label[c]);
            m_edgeTargets.push_back(quint32(bfs.size()));
            bfs.push_back(c);
        }
    }
    m_edgeBegin[stateTotal] = quint32(m_edgeLabels.size());
    m_rootNext.assign(m_wordCount + 1, NoState);
    for (quint32 e = m_edgeBegin[0]; e < m_edgeBegin[1]; ++e)
        m_rootNext[m_edgeLabels[e]] = m_edgeTargets[e];

    // Failure and output links, breadth-first.
    m_fail.assign(stateTotal, 0);
    m_outputLink.assign(stateTotal, 0);
    for (quint32 state = 0; state < stateTotal; ++state) {
        for (quint32 e = m_edgeBegin[state]; e < m_edgeBegin[state + 1]; ++e) {
            const quint32 target = m_edgeTargets[e];
            quint32 fail = 0;
            if (state != 0) {
                for (quint32 f = m_fail[state];; f = m_fail[f]) {
                    const quint32 next = child(f, m_edgeLabels[e]);
                    if (next != NoState) {
                        fail = next;
                        break;
                    }
                    if (f == 0)
                        break;
                }
            }
            m_fail[target] = fail;
            m_outputLink[target] = m_patternOf[fail] != NoState ? fail : m_outputLink[fail];
        }
    }

    m_patterns.clear();
    m_patterns.shrink_to_fit();
    m_seen.clear();
    m_built = true;
}

inline quint32 AhoCorasickMatcher::child(quint32 state, quint32 word) const
{
    if (state == 0)
        return m_rootNext[word];
    const quint32 begin = m_edgeBegin[state];
    const quint32 end = m_edgeBegin[state + 1];
    if (end - begin <= 8) {
        for (quint32 e = begin; e < end; ++e) {
            if (m_edgeLabels[e] == word)
                return m_edgeTargets[e];
        }
        return NoState;
    }
    const quint32 *first = m_edgeLabels.data() + begin;
    const quint32 *last = m_edgeLabels.data() + end;
    const quint32 *found = std::lower_bound(first, last, word);
    return (found != last && *found == word) ? m_edgeTargets[begin + quint32(found - first)] : NoState;
}

// The number of the word text[start, end) (folded `length` units hashing to `hash`),
// or 0 when no pattern has it.
inline quint32 AhoCorasickMatcher::wordNumber(quint32 hash, quint32 length, const char16_t *units, qsizetype start,
                                              qsizetype end) const
{
    const quint32 mask = quint32(m_wordSlots.size() - 1);
    for (quint32 slot = slotOf(hash) & mask;; slot = (slot + 1) & mask) {
        const WordSlot &candidate = m_wordSlots[slot];
        if (candidate.word == 0)
            return 0;
        if (candidate.hash != hash || candidate.length != length)
            continue;
        const std::vector<char16_t> &fold = foldTable();
        const char16_t *expected = m_wordCharacters.data() + candidate.offset;
        bool same = true;
        for (qsizetype i = start; i < end && same; ++i) {
            const char16_t unit = fold[units[i]];
            if (unit != droppedUnit)
                same = unit == *expected++;
        }
        if (same)
            return candidate.word;
    }
}

qsizetype AhoCorasickMatcher::memoryBytes() const
{
    return qsizetype(m_wordSlots.size() * sizeof(WordSlot) + m_wordCharacters.size() * sizeof(char16_t)
                     + (m_rootNext.size() + m_edgeBegin.size() + m_edgeLabels.size() + m_edgeTargets.size()
                        + m_fail.size() + m_patternOf.size() + m_outputLink.size() + m_patternValues.size()
                        + m_patternWords.size())
                         * sizeof(quint32));
}

QList<GazetteerHit> AhoCorasickMatcher::find(QStringView text) const
{
    QList<GazetteerHit> hits;
    if (!m_built || text.isEmpty() || m_patternValues.empty())
        return hits;

    // Where the last words started, enough to go back from the last word of the
    // longest pattern to its first.
    const quint32 ringSize = std::bit_ceil(m_maxWords + 1);
    const quint32 mask = ringSize - 1;
    QVarLengthArray<qsizetype, 64> wordStarts(ringSize);
    QVarLengthArray<Candidate, 32> candidates;

    const char16_t *units = reinterpret_cast<const char16_t *>(text.data());
    const qsizetype length = text.size();
    const char16_t *fold = foldTable().data();
    quint64 wordIndex = 0;
    quint32 state = 0;
    quint32 hash = hashSeed;
    quint32 wordLength = 0;
    qsizetype wordStart = 0;
    qsizetype lastLetter = 0;

    // The word's own values come as arguments, so that the scan keeps them in registers.
    const auto endOfWord = [&](quint32 wordHash, quint32 folded, qsizetype first, qsizetype last) {
        const quint32 word = wordNumber(wordHash, folded, units, first, last + 1);
        wordStarts[wordIndex & mask] = first;
        if (word == 0) {
            state = 0;
        } else {
            for (;;) {
                const quint32 next = child(state, word);
                if (next != NoState) {
                    state = next;
                    break;
                }
                if (state == 0)
                    break;
                state = m_fail[state];
            }
            const quint32 output = m_patternOf[state] != NoState ? state : m_outputLink[state];
            for (quint32 s = output; s != 0; s = m_outputLink[s]) {
                const quint32 pattern = m_patternOf[s];
                const qsizetype start = wordStarts[(wordIndex + 1 - m_patternWords[pattern]) & mask];
                qsizetype stop = last + 1;
                // "U.S." ends after its last period, as an abbreviation does.
                if (stop < length && units[stop] == u'.' && QStringView(units + start, stop - start).contains(u'.'))
                    ++stop;
                candidates.append(Candidate { start, stop, m_patternValues[pattern] });
            }
        }
        ++wordIndex;
    };

    for (qsizetype i = 0; i < length; ++i) {
        const char16_t unit = fold[units[i]];
        if (unit == droppedUnit)
            continue;
        if (unit == separatorUnit) {
            if (wordLength != 0) {
                endOfWord(hash, wordLength, wordStart, lastLetter);
                hash = hashSeed;
                wordLength = 0;
            }
            continue;
        }
        if (wordLength == 0)
            wordStart = i;
        hash = hashStep(hash, unit);
        ++wordLength;
        lastLetter = i;
    }
    if (wordLength != 0)
        endOfWord(hash, wordLength, wordStart, lastLetter);

    if (candidates.isEmpty())
        return hits;
    // Leftmost first, longest first among those that start together; then greedily
    // the ones that do not overlap an earlier choice.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    qsizetype taken = 0;
    for (const Candidate &candidate : candidates) {
        if (candidate.start < taken)
            continue;
        hits.append(GazetteerHit { candidate.start, candidate.end, candidate.value });
        taken = candidate.end;
    }
    return hits;
}

} // namespace annalist
