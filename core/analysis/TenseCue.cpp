// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TenseCue.h"

#include <algorithm>

namespace annalist {

namespace {

constexpr int reach = 16;

bool endsSentence(const TimeToken &token)
{
    return token.kind == TimeToken::Kind::Punct && (token.punct == u'.' || token.punct == u'!' || token.punct == u'?');
}

// A clause boundary: the search in that direction stops.
constexpr auto Boundary = static_cast<TenseCue::Tense>(-1);

// The tense a token signals, from the lexicon's Tense words and endings.
TenseCue::Tense tenseOf(const TimeLexicon &lexicon, QStringView text, const QList<TimeToken> &tokens, int i)
{
    const TimeToken &token = tokens.at(i);
    if (token.isPunct(u';') || token.isPunct(u':'))
        return Boundary;
    if (!token.isWord())
        return TenseCue::Tense::Unknown;
    const auto fromValue = [](const QString &value) {
        if (value == QLatin1String("FUTURE"))
            return TenseCue::Tense::Future;
        if (value == QLatin1String("PAST"))
            return TenseCue::Tense::Past;
        if (value == QLatin1String("PRESENT"))
            return TenseCue::Tense::Present;
        if (value == QLatin1String("BOUNDARY"))
            return Boundary;
        return TenseCue::Tense::Unknown;
    };
    if (token.word && token.word->starts(TimeLexicon::Category::Tense)) {
        for (int index : token.word->entries) {
            const TimeLexicon::Entry &entry = lexicon.entry(index);
            if (entry.category == TimeLexicon::Category::Tense
                && TimeTokenizer::matchesTail(entry, text, tokens.constData(), int(tokens.size()), i))
                return fromValue(entry.value);
        }
    }
    const QStringView word = text.mid(token.start, token.length());
    if (token.capitalised || word.size() < 5)
        return TenseCue::Tense::Unknown;
    for (const auto &[suffix, index] : lexicon.suffixes()) {
        const TimeLexicon::Entry &entry = lexicon.entry(index);
        if (entry.category == TimeLexicon::Category::Tense && word.size() > suffix.size() + 2
            && word.endsWith(suffix, Qt::CaseInsensitive))
            return fromValue(entry.value);
    }
    return TenseCue::Tense::Unknown;
}

} // namespace

TenseCue::Tense TenseCue::around(const TimeLexicon &lexicon, QStringView text, const QList<TimeToken> &tokens,
                                 int first, int last)
{
    // The sentence around the expression, at most `reach` tokens each way.
    int low = first;
    while (low > 0 && first - low < reach && !endsSentence(tokens.at(low - 1)))
        --low;
    int high = last;
    while (high + 1 < tokens.size() && high - last < reach && !endsSentence(tokens.at(high + 1)))
        ++high;
    // The nearest cue of the same clause wins; before the expression at equal distance,
    // since the verb of a news sentence usually precedes its time.
    // A participle after a future auxiliary ("will be held") is future.
    const auto withAuxiliary = [&](int at, Tense tense) {
        if (tense != Tense::Past)
            return tense;
        for (int k = at - 1; k >= std::max(low, at - 3); --k) {
            if (tenseOf(lexicon, text, tokens, k) == Tense::Future)
                return Tense::Future;
        }
        return tense;
    };
    bool searchBefore = true;
    bool searchAfter = true;
    for (int distance = 1; distance <= reach && (searchBefore || searchAfter); ++distance) {
        if (searchBefore && first - distance >= low) {
            const Tense tense = tenseOf(lexicon, text, tokens, first - distance);
            if (tense == Boundary)
                searchBefore = false;
            else if (tense != Tense::Unknown)
                return withAuxiliary(first - distance, tense);
        }
        if (searchAfter && last + distance <= high) {
            const Tense tense = tenseOf(lexicon, text, tokens, last + distance);
            if (tense == Boundary)
                searchAfter = false;
            else if (tense != Tense::Unknown)
                return withAuxiliary(last + distance, tense);
        }
    }
    return Tense::Unknown;
}

} // namespace annalist
