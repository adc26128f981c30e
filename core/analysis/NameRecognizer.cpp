// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NameRecognizer.h"

#include "EnglishWords.h"
#include "NameLexicon.h"
#include "NameTokenizer.h"

#include <QHash>
#include <QSet>
#include <QStringList>

#include <algorithm>

namespace annalist {

namespace {

using List = NameLexicon::List;

const QString person = QStringLiteral("Person");
const QString organisation = QStringLiteral("Organisation");
const QString place = QStringLiteral("Place");
const QString title = QStringLiteral("Title");

struct Found
{
    NameCandidate candidate;
    int firstToken = 0;
    int lastToken = 0; // exclusive
};

struct Known
{
    QString type;
    QString canonical;
    bool ambiguous = false;
};

// A single capitalised word, or a span that only counts if the document names it
// elsewhere; decided once the whole body has been read.
struct Deferred
{
    int first = 0;
    int last = 0; // exclusive
    bool mustBeKnown = false;
};

class Recognition
{
public:
    Recognition(const NameLexicon &lexicon, const QString &text)
        : m_lexicon(lexicon)
        , m_text(text)
        , m_lowerText(text.toLower())
        , m_tokens(NameTokenizer(lexicon).tokenize(text, m_lowerText))
    {
        m_lowers.reserve(m_tokens.size());
        for (const NameToken &token : std::as_const(m_tokens)) {
            m_lowers.append(token.lower);
            if (token.capitalised && !token.sentenceStart)
                m_midSentence.insert(token.lower);
        }
    }

    QList<NameCandidate> run();

private:
    int count() const { return int(m_tokens.size()); }
    bool isWord(int index) const { return index >= 0 && index < count() && m_tokens.at(index).word; }
    bool isPunctuation(int index, QChar c) const
    {
        return index >= 0 && index < count() && !m_tokens.at(index).word && m_tokens.at(index).punctuation == c;
    }
    bool nameish(int index) const
    {
        if (!isWord(index))
            return false;
        const NameToken &token = m_tokens.at(index);
        return token.capitalised && !m_text.at(token.start).isDigit();
    }
    bool isConnector(int index) const
    {
        return isWord(index) && !m_tokens.at(index).capitalised
            && m_lexicon.contains(List::Connectors, m_lowers.at(index));
    }
    bool isStopword(int index) const
    {
        return m_tokens.at(index).capitalised && !m_tokens.at(index).allCaps
            && m_lexicon.contains(List::Stopwords, m_lowers.at(index));
    }
    // "Mexican" in "Mexican President" or "Mexican officials", not in "Mexican Army".
    bool isLooseDemonym(int index, int sequenceEnd) const
    {
        if (!m_tokens.at(index).capitalised || !m_lexicon.contains(List::Demonyms, m_lowers.at(index)))
            return false;
        const int next = index + 1;
        return next >= sequenceEnd || m_lexicon.longestPhrase(List::Titles, m_lowers, next, sequenceEnd) > 0
            || m_lexicon.contains(List::Demonyms, m_lowers.at(next));
    }
    bool isAcronym(int index) const
    {
        const NameToken &token = m_tokens.at(index);
        if (!token.allCaps)
            return false;
        int letters = 0;
        for (int at = token.start; at < token.end; ++at) {
            const QChar c = m_text.at(at);
            if (c.isLetter())
                ++letters;
            else if (c != QLatin1Char('.'))
                return false;
        }
        return letters >= 2 && letters <= 6;
    }
    bool sameLine(int a, int b) const { return m_tokens.at(a).line == m_tokens.at(b).line; }
    // An ordinary English word that the document never writes with a capital inside a
    // sentence: "Officials", "Meanwhile", "Prices".
    bool isCommonWord(int index) const
    {
        const QString &lower = m_lowers.at(index);
        return !m_tokens.at(index).allCaps && m_english.isCommon(lower) && !m_lexicon.contains(List::GivenNames, lower)
            && !m_lexicon.contains(List::Places, lower);
    }
    bool allCommonWords(int first, int last) const
    {
        for (int index = first; index < last; ++index) {
            if (!isCommonWord(index) && !isConnector(index))
                return false;
        }
        return true;
    }
    // Words either side that make a name an organisation: "Norvex's chief executive",
    // "shares of Norvex".
    bool hasOrganisationCue(int first, int last) const
    {
        const int limit = std::min(count(), last + 4);
        if (isWord(last) && m_lexicon.longestPhrase(List::OrganisationCuesAfter, m_lowers, last, limit) > 0
            && !m_tokens.at(last).capitalised)
            return true;
        // The cues before a name are two words long.
        const int from = first - 2;
        return from >= 0 && isWord(from) && isWord(first - 1) && !m_tokens.at(from).capitalised
            && m_lexicon.longestPhrase(List::OrganisationCuesBefore, m_lowers, from, first) == 2;
    }
    QString phrase(int first, int last) const
    {
        QString joined = m_lowers.at(first);
        for (int index = first + 1; index < last; ++index)
            joined += QLatin1Char(' ') + m_lowers.at(index);
        return joined;
    }
    QString spanText(int first, int last) const
    {
        return m_text.mid(m_tokens.at(first).start, m_tokens.at(last - 1).end - m_tokens.at(first).start);
    }

    int sequenceEnd(int first) const;
    bool isHeadline(int first, int last) const;
    void body(int first, int last);
    void segment(int first, int last);
    bool splitPlaces(int index);
    void addName(int first, int last, const QString &type, double confidence, const QString &role = {});
    void defer(int first, int last, bool mustBeKnown) { m_deferred.append({ first, last, mustBeKnown }); }
    void learn();
    void learnKey(const QString &key, const QString &type, const QString &canonical);
    const Known *known(const QString &key) const
    {
        const auto found = m_known.constFind(key);
        return found == m_known.cend() || found->ambiguous ? nullptr : &*found;
    }
    void resolveDeferred();
    void headline(int first, int last);

    const NameLexicon &m_lexicon;
    const EnglishWords &m_english = EnglishWords::bundled();
    const QString &m_text;
    const QString m_lowerText;
    QList<NameToken> m_tokens;
    QStringList m_lowers;
    QList<Found> m_found;
    QList<Deferred> m_deferred;
    QList<std::pair<int, int>> m_headlines;
    QHash<QString, Known> m_known;
    QSet<QString> m_midSentence; // words written with a capital inside a sentence
    QString m_pendingRole;
    int m_pendingAt = -1;
};

int Recognition::sequenceEnd(int first) const
{
    int end = first + 1;
    while (end < count() && !m_tokens.at(end - 1).possessive && sameLine(first, end)) {
        if (nameish(end)) {
            ++end;
            continue;
        }
        int after = end;
        while (isConnector(after))
            ++after;
        if (after > end && nameish(after) && sameLine(first, after)) {
            end = after + 1;
            continue;
        }
        break;
    }
    return end;
}

bool Recognition::isHeadline(int first, int last) const
{
    const NameToken &final = m_tokens.at(last - 1);
    if (!final.word
        && (final.punctuation == QLatin1Char('.') || final.punctuation == QLatin1Char('!')
            || final.punctuation == QLatin1Char('?') || final.punctuation == QLatin1Char(',')
            || final.punctuation == QLatin1Char(';')))
        return false;
    int content = 0;
    for (int index = first; index < last; ++index) {
        if (!isWord(index) || m_text.at(m_tokens.at(index).start).isDigit())
            continue;
        const NameToken &token = m_tokens.at(index);
        if (!token.capitalised) {
            if (m_lexicon.contains(List::Stopwords, token.lower) || m_lexicon.contains(List::Connectors, token.lower))
                continue;
            return false;
        }
        ++content;
    }
    return content >= 2;
}

void Recognition::addName(int first, int last, const QString &type, double confidence, const QString &role)
{
    Found found;
    found.firstToken = first;
    found.lastToken = last;
    found.candidate.start = m_tokens.at(first).start;
    found.candidate.end = m_tokens.at(last - 1).end;
    found.candidate.type = type;
    found.candidate.canonical = spanText(first, last);
    found.candidate.role = role;
    found.candidate.confidence = confidence;
    m_found.append(found);
}

bool Recognition::splitPlaces(int index)
{
    // "U.S.-Mexico", "US-Canada": places joined by a hyphen.
    const NameToken &token = m_tokens.at(index);
    const QStringList parts = token.lower.split(QLatin1Char('-'));
    if (parts.size() < 2)
        return false;
    for (const QString &part : parts) {
        if (!m_lexicon.contains(List::Places, part))
            return false;
    }
    int start = token.start;
    for (const QString &part : parts) {
        NameCandidate candidate;
        candidate.start = start;
        candidate.end = start + int(part.size());
        candidate.type = place;
        candidate.canonical = m_text.mid(candidate.start, candidate.end - candidate.start);
        candidate.confidence = 0.8;
        m_found.append({ candidate, index, index + 1 });
        start = candidate.end + 1;
    }
    return true;
}

void Recognition::segment(int first, int last)
{
    if (first >= last)
        return;
    const int size = last - first;
    const NameToken &head = m_tokens.at(first);

    if (m_lexicon.contains(List::Honorifics, head.lower)) {
        if (size > 1)
            addName(first + 1, last, person, 0.9);
        return;
    }
    if (m_lexicon.contains(List::Organisations, phrase(first, last))) {
        addName(first, last, organisation, 0.85); // "White House", "Kremlin"
        return;
    }
    // "Boris Yeltsin of Russia", "Presidents Leonid Kuchma of Ukraine": a person of a
    // place is two names.
    for (int at = first + 1; at + 1 < last; ++at) {
        if (m_lowers.at(at) != QStringLiteral("of") || !m_lexicon.contains(List::Places, phrase(at + 1, last)))
            continue;
        bool organisationOrPlace = false;
        for (int index = first; index < at; ++index)
            organisationOrPlace = organisationOrPlace || m_lexicon.contains(List::OrganisationHeads, m_lowers.at(index))
                || m_lexicon.contains(List::PlacePrefixes, m_lowers.at(index))
                || m_lexicon.contains(List::PlaceHeads, m_lowers.at(index));
        if (organisationOrPlace)
            break;
        segment(first, at);
        segment(at + 1, last);
        return;
    }
    // "Port of Sorrel", "Gulf of Mexico", "Lake Chad": a place prefix opens a place.
    if (m_lexicon.contains(List::PlacePrefixes, head.lower) && !head.allCaps
        && ((size > 2 && m_lowers.at(first + 1) == QStringLiteral("of")) || (size == 2 && !isConnector(first + 1)))
        && m_lexicon.longestPhrase(List::Titles, m_lowers, first, last) == 0) {
        const bool headed = size > 2 || m_lexicon.contains(List::PlaceHeads, head.lower)
            || head.lower == QStringLiteral("lake") || head.lower == QStringLiteral("mount")
            || head.lower == QStringLiteral("cape") || head.lower == QStringLiteral("fort");
        if (headed) {
            addName(first, last, place, 0.8);
            return;
        }
    }
    if (size > 2 && m_lexicon.contains(List::OrganisationHeads, head.lower) && isConnector(first + 1)) {
        addName(first, last, organisation, 0.85);
        return;
    }

    for (int at = first; at < last; ++at) {
        const int length = m_tokens.at(at).capitalised ? m_lexicon.longestPhrase(List::Titles, m_lowers, at, last) : 0;
        if (length == 0)
            continue;
        const int rest = at + length;
        if (at > first && rest == last)
            break; // "Department of Justice": a title word closing a longer name
        // "Deputy Transport Minister", "Trade Minister": the department or area before a
        // title belongs to it, unless it is a place, an organisation or a person.
        int titleStart = at;
        while (titleStart > first && at - titleStart < 3) {
            const int before = titleStart - 1;
            const NameToken &token = m_tokens.at(before);
            if (!token.capitalised || token.allCaps || token.possessive || isConnector(before)
                || m_lexicon.contains(List::Places, m_lowers.at(before))
                || m_lexicon.contains(List::OrganisationHeads, m_lowers.at(before))
                || m_lexicon.contains(List::GivenNames, m_lowers.at(before))
                || m_lexicon.contains(List::Demonyms, m_lowers.at(before)))
                break;
            titleStart = before;
        }
        if (titleStart < at) {
            // Only where the words are a department ("Transport") or a modifier
            // ("Deputy"), not the end of someone's name.
            bool department = true;
            for (int index = titleStart; index < at; ++index)
                department = department
                    && (m_lexicon.contains(List::TitleModifiers, m_lowers.at(index))
                        || m_english.contains(m_lowers.at(index)));
            if (!department)
                titleStart = at;
        }
        segment(first, titleStart);
        const QString titleText = spanText(titleStart, rest);
        addName(titleStart, rest, title, 0.9);
        if (rest < last && isConnector(rest)) {
            int after = rest;
            while (isConnector(after))
                ++after;
            segment(after, last);
        } else if (rest < last) {
            bool organisationHead = false;
            for (int index = rest; index < last; ++index)
                organisationHead = organisationHead || m_lexicon.contains(List::OrganisationHeads, m_lowers.at(index));
            addName(rest, last, organisationHead ? organisation : person, organisationHead ? 0.7 : 0.9,
                    organisationHead ? QString() : titleText);
            return;
        }
        // "Claudia Sheinbaum, the President-elect": the title describes the name before it.
        int before = first - 1;
        if (isWord(before) && m_lowers.at(before) == QStringLiteral("the"))
            --before;
        if (isPunctuation(before, QLatin1Char(','))) {
            for (qsizetype index = m_found.size() - 2; index >= 0; --index) {
                Found &previous = m_found[index];
                if (previous.lastToken == before && previous.candidate.type == person) {
                    if (previous.candidate.role.isEmpty())
                        previous.candidate.role = titleText;
                    break;
                }
                if (previous.lastToken < before)
                    break;
            }
        }
        // "President-elect, Claudia Sheinbaum": the name after it.
        if (rest == last && isPunctuation(last, QLatin1Char(',')) && nameish(last + 1)) {
            m_pendingRole = titleText;
            m_pendingAt = last + 1;
        }
        return;
    }

    if (head.sentenceStart && size > 1 && !m_midSentence.contains(head.lower)
        && !m_lexicon.contains(List::GivenNames, head.lower) && !m_lexicon.contains(List::OrganisationHeads, head.lower)
        && !isAcronym(first) && !m_lexicon.contains(List::Places, head.lower)) {
        // "Later Claudia Sheinbaum", "Shares of Vantor Inc.": an ordinary word opening the
        // sentence, never capitalised inside one, is not part of the name after it.
        int rest = first + 1;
        while (rest < last && isConnector(rest))
            ++rest;
        if (rest > first + 1 || last - rest >= 2) {
            segment(rest, last);
            return;
        }
    }

    const QString lowerPhrase = phrase(first, last);
    const QString previousWord = isWord(first - 1) ? m_lowers.at(first - 1) : QString();
    const QString nextWord = isWord(last) ? m_lowers.at(last) : QString();
    const QString role = m_pendingAt == first ? m_pendingRole : QString();

    const bool lineStart = first == 0 || !sameLine(first - 1, first);
    if (lineStart) {
        // Dateline: "Mexico City, March 3 (Reuters) -" or "BRENHAVEN - ".
        bool capitals = true;
        for (int index = first; index < last; ++index)
            capitals = capitals && m_tokens.at(index).allCaps;
        if (capitals
            && (isPunctuation(last, QLatin1Char('-')) || isPunctuation(last, QChar(0x2014))
                || isPunctuation(last, QChar(0x2013))))
            return addName(first, last, place, 0.7);
        if (isPunctuation(last, QLatin1Char(','))) {
            for (int index = last + 1; index < std::min(count(), last + 4) && sameLine(index, first); ++index) {
                if ((isWord(index) && m_text.at(m_tokens.at(index).start).isDigit())
                    || isPunctuation(index, QLatin1Char('(')))
                    return addName(first, last, place, 0.7);
            }
        }
    }
    if (size == 1 && !isAcronym(first) && !m_lexicon.contains(List::Places, lowerPhrase) && m_pendingAt != first
        && !m_tokens.at(first).lower.contains(QLatin1Char('-'))) {
        // One word: decided once the whole document is known.
        defer(first, last, false);
        return;
    }
    if (size == 1 && isAcronym(first)) {
        if (m_lexicon.contains(List::Places, lowerPhrase))
            addName(first, last, place, 0.85);
        else
            addName(first, last, organisation, 0.7);
        return;
    }
    if (size == 1 && splitPlaces(first))
        return;
    for (int index = first; index < last; ++index) {
        if (m_lexicon.contains(List::OrganisationHeads, m_lowers.at(index))) {
            addName(first, last, organisation, 0.8);
            return;
        }
    }
    if (size > 1 && m_lexicon.contains(List::PlaceHeads, m_lowers.at(last - 1))) {
        addName(first, last, place, 0.8);
        return;
    }
    if (m_lexicon.contains(List::Places, lowerPhrase)) {
        addName(first, last, place, 0.85);
        return;
    }
    if (!role.isEmpty()) {
        addName(first, last, person, 0.85, role);
        return;
    }
    if (size > 1 && m_lexicon.contains(List::GivenNames, head.lower)) {
        addName(first, last, person, 0.8);
        return;
    }
    if (hasOrganisationCue(first, last)) {
        addName(first, last, organisation, 0.7);
        return;
    }
    if (size >= 2 && size <= 3 && m_lexicon.contains(List::PersonVerbs, nextWord) && !allCommonWords(first, last)) {
        addName(first, last, person, 0.75);
        return;
    }
    if (size <= 3 && !previousWord.isEmpty() && !m_tokens.at(first - 1).capitalised
        && m_lexicon.contains(List::PlacePrepositions, previousWord)) {
        addName(first, last, place, 0.6);
        return;
    }
    if (size == 1) {
        defer(first, last, false);
        return;
    }
    if (head.sentenceStart) {
        // A label, "Drug Trafficking: ..." or "Training and Support: ...".
        int after = last;
        while (isWord(after) && sameLine(first, after)
               && (m_tokens.at(after).capitalised || m_lowers.at(after) == QStringLiteral("and")))
            ++after;
        if (isPunctuation(after, QLatin1Char(':')))
            return;
    }
    // "Stock Market", "Prices Rose": ordinary words with capitals are no name.
    if (allCommonWords(first, last))
        return;
    bool nameConnector = false;
    for (int index = first + 1; index < last - 1; ++index)
        nameConnector = nameConnector || (isConnector(index) && m_lowers.at(index) != QStringLiteral("of"));
    if (size <= 3 || nameConnector)
        addName(first, last, person, head.sentenceStart ? 0.35 : 0.45);
    else
        addName(first, last, organisation, 0.35);
}

void Recognition::body(int first, int last)
{
    int index = first;
    while (index < last) {
        if (!isWord(index)) {
            ++index;
            continue;
        }
        if (isConnector(index) && !m_tokens.at(index).sentenceStart) {
            int after = index;
            while (after < last && isConnector(after))
                ++after;
            if (after < last && nameish(after)) {
                defer(index, sequenceEnd(after), true); // "de la Fuente" alone
                index = after;
                continue;
            }
        }
        if (!nameish(index) && !m_tokens.at(index).capitalised && nameish(index + 1) && sameLine(index, index + 1)) {
            // "spokesman Dmitry Yakushkin", "defense minister Igor Sergeyev": a title in
            // lower case directly before a name.
            int start = index;
            if (isWord(index - 1) && !m_tokens.at(index - 1).capitalised
                && m_lexicon.contains(List::Titles, m_lowers.at(index - 1) + u' ' + m_lowers.at(index)))
                start = index - 1;
            const int end = std::min(last, sequenceEnd(index + 1));
            if (m_lexicon.contains(List::Titles, phrase(start, index + 1))
                && (end - index - 1 >= 2 || m_lexicon.contains(List::GivenNames, m_lowers.at(index + 1)))) {
                addName(start, index + 1, title, 0.7);
                addName(index + 1, end, person, 0.8, spanText(start, index + 1));
                index = end;
                continue;
            }
        }
        if (!nameish(index)) {
            const QString &lower = m_lowers.at(index);
            if ((lower == QStringLiteral("cartel") || lower == QStringLiteral("cártel")) && isConnector(index + 1)
                && nameish(index + 2)) {
                const int end = std::min(last, sequenceEnd(index + 2));
                addName(index, end, organisation, 0.75);
                index = end;
                continue;
            }
            ++index;
            continue;
        }
        const int end = std::min(last, sequenceEnd(index));
        // Cut at capitalised function words, days, months and demonyms.
        int piece = index;
        for (int at = index; at <= end; ++at) {
            if (at == end || isStopword(at) || isLooseDemonym(at, end)) {
                if (at > piece) {
                    int trimmed = at;
                    while (trimmed > piece && isConnector(trimmed - 1))
                        --trimmed;
                    int start = piece;
                    while (start < trimmed && isConnector(start))
                        ++start;
                    segment(start, trimmed);
                }
                piece = at + 1;
            }
        }
        index = end;
    }
}

void Recognition::learnKey(const QString &key, const QString &type, const QString &canonical)
{
    auto existing = m_known.find(key);
    if (existing != m_known.end() && existing->type != type && !key.contains(QLatin1Char(' '))) {
        existing.value() = { type, canonical, false }; // a person's surname outweighs a one-word place guess
        return;
    }
    if (existing == m_known.end()) {
        m_known.insert(key, { type, canonical, false });
        return;
    }
    if (existing->canonical == canonical)
        return;
    // A longer full name wins over a short one it contains ("Rubio" vs "Marco Rubio").
    if (existing->type == type && canonical.contains(existing->canonical))
        existing->canonical = canonical;
    else if (!(existing->type == type && existing->canonical.contains(canonical)))
        existing->ambiguous = true;
}

void Recognition::learn()
{
    for (const Found &found : std::as_const(m_found)) {
        const NameCandidate &candidate = found.candidate;
        if (candidate.start != m_tokens.at(found.firstToken).start
            || candidate.end != m_tokens.at(found.lastToken - 1).end)
            continue; // a part of one word, "Mexico" in "U.S.-Mexico"
        const QString full = phrase(found.firstToken, found.lastToken);
        if (candidate.type != title && candidate.type != person && !m_known.contains(full))
            m_known.insert(full, { candidate.type, candidate.canonical, false });
        // "Magna" of "Magna International Inc.": a company's first word alone is the company.
        const QString &head = m_lowers.at(found.firstToken);
        if (candidate.type == organisation && found.lastToken - found.firstToken >= 2
            && m_lexicon.contains(List::OrganisationHeads, m_lowers.at(found.lastToken - 1))
            && !m_lexicon.contains(List::OrganisationHeads, head) && !m_lexicon.contains(List::Places, head)
            && !m_lexicon.contains(List::Demonyms, head) && !m_english.contains(head) && !m_known.contains(head))
            m_known.insert(head, { organisation, candidate.canonical, false });
    }
    // "the Port Development Authority (PDA)": the acronym stands for the name before it.
    for (const Found &found : std::as_const(m_found)) {
        const int open = found.lastToken;
        if (found.candidate.type == title || !isPunctuation(open, QLatin1Char('(')) || !isWord(open + 1)
            || !isAcronym(open + 1) || !isPunctuation(open + 2, QLatin1Char(')')))
            continue;
        QString initials;
        for (int index = found.firstToken; index < found.lastToken; ++index) {
            if (m_tokens.at(index).capitalised && !isConnector(index))
                initials += m_text.at(m_tokens.at(index).start).toLower();
        }
        QString letters = m_lowers.at(open + 1);
        letters.remove(QLatin1Char('.'));
        if (initials == letters)
            m_known.insert(m_lowers.at(open + 1), { found.candidate.type, found.candidate.canonical, false });
    }
    for (const Found &found : std::as_const(m_found)) {
        const NameCandidate &candidate = found.candidate;
        const int words = found.lastToken - found.firstToken;
        if (candidate.type != person || words < 2)
            continue;
        const QString full = phrase(found.firstToken, found.lastToken);
        learnKey(full, person, candidate.canonical);
        learnKey(m_lowers.at(found.lastToken - 1), person, candidate.canonical);
        // "Elian" of "Elian Gonzalez": a first name alone is the same person, unless two
        // people of the document share it.
        const QString &firstName = m_lowers.at(found.firstToken);
        // A word the English list has at all ("Kenya", "Bill") stays out: it names too
        // many other things.
        if (firstName.size() > 2 && !m_tokens.at(found.firstToken).initial && !m_english.contains(firstName)
            && !m_known.contains(firstName))
            learnKey(firstName, person, candidate.canonical);
        for (int index = found.firstToken + 1; index < found.lastToken - 1; ++index) {
            if (isConnector(index)) {
                learnKey(phrase(index, found.lastToken), person, candidate.canonical);
                break;
            }
        }
    }
    for (Found &found : m_found) {
        if (found.lastToken - found.firstToken == 1 && isAcronym(found.firstToken)) {
            // A defined acronym is the thing it stands for.
            if (const Known *name = known(m_lowers.at(found.firstToken));
                name && name->canonical.size() > found.candidate.end - found.candidate.start) {
                found.candidate.type = name->type;
                found.candidate.canonical = name->canonical;
            }
            continue;
        }
        if (found.candidate.type != person)
            continue;
        if (const Known *name = known(phrase(found.firstToken, found.lastToken)); name && name->type == person)
            found.candidate.canonical = name->canonical;
    }
}

void Recognition::resolveDeferred()
{
    QHash<int, QString> typeEndingAt; // last token of a found name -> its type
    for (const Found &found : std::as_const(m_found))
        typeEndingAt.insert(found.lastToken - 1, found.candidate.type);
    auto add = [&](int index, const QString &type, double confidence) {
        addName(index, index + 1, type, confidence);
        typeEndingAt.insert(index, type);
    };
    for (const Deferred &deferred : std::as_const(m_deferred)) {
        const Known *name = known(phrase(deferred.first, deferred.last));
        if (name) {
            Found found;
            found.firstToken = deferred.first;
            found.lastToken = deferred.last;
            found.candidate = { m_tokens.at(deferred.first).start,
                                m_tokens.at(deferred.last - 1).end,
                                name->type,
                                name->canonical,
                                QString(),
                                0.7 };
            m_found.append(found);
            continue;
        }
        if (deferred.mustBeKnown || deferred.last - deferred.first != 1)
            continue;
        const int index = deferred.first;
        if (m_lexicon.contains(List::Places, m_lowers.at(index))) {
            add(index, place, 0.8);
            continue;
        }
        if (m_lexicon.contains(List::Organisations, m_lowers.at(index))) {
            add(index, organisation, 0.8);
            continue;
        }
        if (hasOrganisationCue(index, index + 1)) {
            add(index, organisation, 0.6); // "Norvex's chief executive", "shares of Norvex"
            continue;
        }
        const int limit = std::min(count(), index + 5);
        if (m_tokens.at(index).possessive && isWord(index + 1)
            && (m_lexicon.longestPhrase(List::Titles, m_lowers, index + 1, limit) > 0
                || (isWord(index + 2) && m_lexicon.longestPhrase(List::Titles, m_lowers, index + 2, limit) > 0))) {
            add(index, place, 0.5); // "Norland's trade minister"
            continue;
        }
        if (m_tokens.at(index).sentenceStart || isCommonWord(index))
            continue;
        const QString coordinated = isWord(index - 1)
                && (m_lowers.at(index - 1) == QStringLiteral("and") || m_lowers.at(index - 1) == QStringLiteral("or"))
            ? typeEndingAt.value(index - 2)
            : QString();
        if (coordinated == place || coordinated == organisation) {
            // "from Lisbon and Rotterdam": the second of a pair shares the type of the first.
            add(index, coordinated, 0.5);
            continue;
        }
        if (isWord(index + 1) && m_lexicon.contains(List::PersonVerbs, m_lowers.at(index + 1)))
            add(index, person, 0.5);
        else if (isWord(index - 1) && !m_tokens.at(index - 1).capitalised
                 && m_lexicon.contains(List::PlacePrepositions, m_lowers.at(index - 1)))
            add(index, place, 0.5);
    }
}

void Recognition::headline(int first, int last)
{
    int index = first;
    while (index < last) {
        if (!isWord(index) || !(nameish(index) || isConnector(index))) {
            ++index;
            continue;
        }
        int end = index + 1;
        while (end < last && isWord(end) && (nameish(end) || isConnector(end)) && !m_tokens.at(end - 1).possessive)
            ++end;
        int at = index;
        while (at < end) {
            int matched = 0;
            for (int length = std::min(6, end - at); length >= 1 && matched == 0; --length) {
                const Known *name = known(phrase(at, at + length));
                if (name && !(length == 1 && isConnector(at))) {
                    Found found;
                    found.firstToken = at;
                    found.lastToken = at + length;
                    found.candidate = { m_tokens.at(at).start,
                                        m_tokens.at(at + length - 1).end,
                                        name->type,
                                        name->canonical,
                                        QString(),
                                        0.7 };
                    m_found.append(found);
                    matched = length;
                }
            }
            if (matched == 0 && m_tokens.at(at).capitalised) {
                const int length = m_lexicon.longestPhrase(List::Titles, m_lowers, at, end);
                if (length > 0 && at + length < end) {
                    for (int size = std::min(6, end - at - length); size >= 1; --size) {
                        const Known *name = known(phrase(at + length, at + length + size));
                        if (name && name->type == person) {
                            const QString titleText = spanText(at, at + length);
                            addName(at, at + length, title, 0.85);
                            addName(at + length, at + length + size, person, 0.8, titleText);
                            m_found.last().candidate.canonical = name->canonical;
                            matched = length + size;
                            break;
                        }
                    }
                }
            }
            if (matched == 0 && isAcronym(at)) {
                addName(at, at + 1, m_lexicon.contains(List::Places, m_lowers.at(at)) ? place : organisation, 0.6);
                matched = 1;
            }
            if (matched == 0 && m_tokens.at(at).capitalised) {
                const int length = m_lexicon.longestPhrase(List::Places, m_lowers, at, end);
                if (length > 0) {
                    addName(at, at + length, place, 0.7);
                    matched = length;
                } else if (splitPlaces(at)) {
                    matched = 1;
                }
            }
            at += std::max(1, matched);
        }
        index = end;
    }
}

QList<NameCandidate> Recognition::run()
{
    int first = 0;
    while (first < count()) {
        int last = first + 1;
        while (last < count() && sameLine(first, last))
            ++last;
        if (isHeadline(first, last))
            m_headlines.append({ first, last });
        else
            body(first, last);
        first = last;
    }
    learn();
    resolveDeferred();
    learn(); // names settled from their cues count for the headlines too
    for (const auto &[start, end] : std::as_const(m_headlines))
        headline(start, end);

    QList<NameCandidate> result;
    result.reserve(m_found.size());
    for (Found &found : m_found)
        result.append(std::move(found.candidate));
    std::sort(result.begin(), result.end(), [](const NameCandidate &a, const NameCandidate &b) {
        if (a.start != b.start)
            return a.start < b.start;
        return a.end - a.start > b.end - b.start;
    });
    QList<NameCandidate> kept;
    kept.reserve(result.size());
    for (NameCandidate &candidate : result) {
        if (!kept.isEmpty() && candidate.start < kept.constLast().end) {
            if (candidate.end - candidate.start > kept.constLast().end - kept.constLast().start)
                kept.last() = std::move(candidate);
            continue;
        }
        kept.append(std::move(candidate));
    }
    return kept;
}

} // namespace

NameRecognizer::NameRecognizer()
    : m_lexicon(NameLexicon::bundled())
{ }

NameRecognizer::NameRecognizer(const NameLexicon &lexicon)
    : m_lexicon(lexicon)
{ }

QList<NameCandidate> NameRecognizer::recognize(const QString &text) const
{
    Recognition recognition(m_lexicon, text);
    return recognition.run();
}

} // namespace annalist
