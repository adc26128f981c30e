// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimexTagger.h"

#include "TenseCue.h"
#include "TimeTokenizer.h"
#include "TimexGrammar.h"
#include "TimexResolver.h"

#include <QHash>

#include <algorithm>

namespace annalist {

TimexTagger::TimexTagger(const TimeLexicon &lexicon)
    : m_lexicon(lexicon)
{ }

namespace {

// Text is tagged a block at a time so that the tokens stay in the cache. Blocks end at
// a line break or, in a text without one, after the end of a sentence: places no
// expression crosses.
constexpr qsizetype blockSize = 16 * 1024;

qsizetype blockEnd(const QString &text, qsizetype from)
{
    const qsizetype size = text.size();
    if (size - from <= 2 * blockSize)
        return size;
    const qsizetype limit = from + 4 * blockSize;
    for (qsizetype i = from + blockSize; i < limit; ++i) {
        if (text.at(i) == u'\n')
            return i + 1;
    }
    // A sentence ends at ". " after a lower-case word of three letters or more and
    // before a capital: not "Jan. 5" nor "10 a.m. Tuesday".
    for (qsizetype i = limit; i + 2 < size; ++i) {
        const QChar c = text.at(i);
        if ((c == u'.' || c == u'!' || c == u'?') && text.at(i + 1).isSpace() && text.at(i + 2).isUpper()
            && text.at(i - 1).isLower() && text.at(i - 2).isLower() && text.at(i - 3).isLower())
            return i + 2;
    }
    return size;
}

} // namespace

QList<TimexMatch> TimexTagger::tag(const QString &text, const TimeValue &anchor) const
{
    QList<TimexMatch> matches;
    QList<TimeToken> tokens;
    QHash<const char *, QString> ruleNames;
    // The last day-precise date of the text, for "three days later" and the like.
    QDate reference;
    for (qsizetype from = 0; from < text.size();) {
        const qsizetype to = blockEnd(text, from);
        TimeTokenizer::tokenize(text, from, to, &m_lexicon, tokens);
        from = to;
        const TimexGrammar grammar(m_lexicon, text, tokens);
        const int count = int(tokens.size());
        for (int i = 0; i < count; ++i) {
            if (!grammar.canStart(i))
                continue;
            const auto parse = grammar.parseAt(i);
            if (!parse)
                continue;
            const TimexSpec &spec = parse->spec;
            TenseCue::Tense tense = TenseCue::Tense::Unknown;
            if (spec.kind == TimexSpec::Kind::Named && spec.pick == TimexSpec::Pick::Tense)
                tense = TenseCue::around(m_lexicon, text, tokens, parse->first, parse->last);
            const TimexResolution resolution = TimexResolver::resolve(spec, anchor, reference, tense);

            TimexMatch match;
            match.start = tokens.at(parse->first).start;
            match.end = tokens.at(parse->last).end;
            match.type = spec.type;
            match.value = resolution.value;
            match.mod = spec.mod;
            match.quant = spec.quant;
            match.freq = spec.freq;
            match.resolved = resolution.resolved;
            match.resolved.setExpression(text.mid(match.start, match.end - match.start));
            match.relative = resolution.relative;
            auto name = ruleNames.find(parse->rule);
            if (name == ruleNames.end())
                name = ruleNames.insert(parse->rule, QString::fromLatin1(parse->rule));
            match.rule = *name;
            matches.append(std::move(match));

            const TimeValue &resolved = resolution.resolved;
            if ((spec.kind == TimexSpec::Kind::Absolute || spec.kind == TimexSpec::Kind::Named
                 || spec.kind == TimexSpec::Kind::Shifted)
                && spec.unit == TimexUnit::Day && resolved.earliest().isValid() && resolved.latest().isValid()
                && resolved.earliest().date() == resolved.latest().date() && spec.otherMonth == 0)
                reference = resolved.earliest().date();
            i = parse->last;
        }
    }
    return matches;
}

} // namespace annalist
