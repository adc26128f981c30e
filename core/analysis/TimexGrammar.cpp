// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The grammar's entry points and token access; the rules are in TimexGrammar*.cpp by family.

#include "TimexGrammar.h"
#include "TimexGrammarRules.h"

#include <QDate>

#include <algorithm>
#include <climits>
#include <cmath>

namespace annalist {

using namespace timexrules;

TimexGrammar::TimexGrammar(const TimeLexicon &lexicon, QStringView text, const QList<TimeToken> &tokens)
    : m_lexicon(lexicon)
    , m_text(text)
    , m_tokens(tokens.constData())
    , m_count(int(tokens.size()))
    , m_capitalisedNames(lexicon.setting(QStringLiteral("capitalised names")) != QLatin1String("no"))
{ }

bool TimexGrammar::isWord(int i, Category category) const
{
    const TimeToken *t = token(i);
    return t && t->is(category);
}

const TimeLexicon::Entry *TimexGrammar::single(int i, Category category) const
{
    const TimeToken *t = token(i);
    return t && t->word ? m_lexicon.single(t->word, category) : nullptr;
}

int TimexGrammar::phrase(int i, Category category, const Entry **found, QLatin1String value) const
{
    const TimeToken *t = token(i);
    if (!t || !t->word || !t->word->starts(category))
        return -1;
    // Entries are sorted longest first: the first that matches is the longest.
    for (int index : t->word->entries) {
        const Entry &candidate = m_lexicon.entry(index);
        if (candidate.category != category || (value.size() > 0 && candidate.value != value))
            continue;
        if (TimeTokenizer::matchesTail(candidate, m_text, m_tokens, m_count, i)) {
            if (found)
                *found = &candidate;
            return i + int(candidate.tail.size());
        }
    }
    return -1;
}

bool TimexGrammar::isPunct(int i, char16_t c) const
{
    const TimeToken *t = token(i);
    return t && t->isPunct(c);
}

bool TimexGrammar::joined(int i) const
{
    const TimeToken *t = token(i);
    return t && t->joined;
}

bool TimexGrammar::isGrammar(int i, QLatin1String role) const
{
    const Entry *entry = single(i, Category::Grammar);
    return entry && entry->value == role;
}

int TimexGrammar::grammarPhrase(int i, QLatin1String role) const
{
    return phrase(i, Category::Grammar, nullptr, role);
}

QStringView TimexGrammar::text(int i) const
{
    const TimeToken *t = token(i);
    return t ? m_text.mid(t->start, t->length()) : QStringView();
}

bool TimexGrammar::nameCase(int i) const
{
    return !m_capitalisedNames || isCapitalised(i);
}

bool TimexGrammar::isCapitalised(int i) const
{
    const TimeToken *t = token(i);
    return t && (t->capitalised || t->allCaps);
}

bool TimexGrammar::isSentenceStart(int i) const
{
    const TimeToken *t = token(i);
    if (!t)
        return false;
    if (t->lineStart)
        return true;
    const TimeToken *previous = token(i - 1);
    return previous && previous->kind == TimeToken::Kind::Punct
        && (previous->punct == u'.' || previous->punct == u'!' || previous->punct == u'?' || previous->punct == u'"'
            || previous->punct == u':');
}

bool TimexGrammar::midNumber(int i) const
{
    const TimeToken *t = token(i);
    if (!t || !t->isNumber() || !t->joined)
        return false;
    const TimeToken *previous = token(i - 1);
    if (!previous)
        return false;
    if (previous->isWord())
        return true;
    if (previous->isPunct(u',') || previous->isPunct(u'.')) {
        const TimeToken *before = token(i - 2);
        return previous->joined && before && before->isNumber();
    }
    return false;
}

bool TimexGrammar::canStart(int i) const
{
    const TimeToken *t = token(i);
    if (!t)
        return false;
    switch (t->kind) {
    case TimeToken::Kind::Number:
        return !midNumber(i);
    case TimeToken::Kind::Punct:
        return t->punct == u'\'';
    case TimeToken::Kind::Word:
        if (t->word)
            return (t->word->startsCategories & ~nonStarting) != 0;
        return t->length() == 1 && m_text.at(t->start) == u'Q';
    }
    return false;
}

// ---------------------------------------------------------------------------------
// Pieces

std::optional<TimexParse> TimexGrammar::parseAt(int i) const
{
    if (!canStart(i))
        return std::nullopt;
    const TimeToken &t = m_tokens[i];
    std::optional<TimexParse> best;
    // Only the rules that can start with this kind of token.
    if (t.isNumber()) {
        keepLonger(best, dayFirst(i, false));
        keepLonger(best, numericDate(i));
        keepLonger(best, yearOrDecade(i, false));
        keepLonger(best, clockTime(i));
        keepLonger(best, duration(i));
        keepLonger(best, setExpression(i));
        if (isWord(i + 1, Category::OrdinalSuffix)) {
            keepLonger(best, quarter(i, false));
            keepLonger(best, century(i));
        }
        return best;
    }
    if (t.kind == TimeToken::Kind::Punct)
        return yearOrDecade(i, false);
    if (!t.word)
        return quarter(i, false);

    const TimeLexicon::Word &word = *t.word;
    bool startsDuration = word.starts(Category::Number) || word.starts(Category::Approximator);
    if (word.starts(Category::Grammar)) {
        if (isGrammar(i, QLatin1String("ARTICLE"))) {
            if (auto afterThe = afterArticle(i + 1)) {
                afterThe->first = i;
                best = afterThe;
            }
        }
        if (grammarPhrase(i, QLatin1String("FISCAL")) >= 0)
            keepLonger(best, fiscalYear(i));
        if (isGrammar(i, QLatin1String("RECENT")))
            keepLonger(best, bareUnits(i));
        if (isGrammar(i, QLatin1String("PER")))
            keepLonger(best, setExpression(i));
        startsDuration = startsDuration || grammarPhrase(i, QLatin1String("HALF_UNIT")) >= 0;
    }
    if (word.starts(Category::Deictic))
        keepLonger(best, deictic(i));
    if (word.starts(Category::Reference))
        keepLonger(best, reference(i));
    if (word.starts(Category::Holiday))
        keepLonger(best, holiday(i));
    if (word.is(Category::Month))
        keepLonger(best, monthFirst(i, false));
    if (word.is(Category::Weekday))
        keepLonger(best, weekday(i));
    if (word.is(Category::Ordinal) || word.is(Category::Number)) {
        keepLonger(best, quarter(i, false));
        keepLonger(best, century(i));
    }
    if (word.is(Category::Season))
        keepLonger(best, season(i, false));
    if (word.is(Category::ClockWord) || word.is(Category::Number))
        keepLonger(best, clockTime(i));
    if (word.is(Category::Relative))
        keepLonger(best, relative(i, false));
    if (word.is(Category::Position))
        keepLonger(best, position(i, false));
    if (word.is(Category::Direction))
        keepLonger(best, earlierLater(i));
    if (word.is(Category::Unit)) {
        keepLonger(best, unitPosition(i));
        keepLonger(best, bareUnits(i));
    }
    if (startsDuration)
        keepLonger(best, duration(i));
    if (word.starts(Category::Quantifier) || word.starts(Category::Multiplier) || word.is(Category::Frequency)
        || word.starts(Category::Number))
        keepLonger(best, setExpression(i));
    return best;
}

} // namespace annalist
