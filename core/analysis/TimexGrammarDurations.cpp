// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Rules for durations and sets: "three years", "two-day", "every week".

#include "TimexGrammar.h"
#include "TimexGrammarRules.h"

#include <QDate>

#include <algorithm>
#include <climits>
#include <cmath>

namespace annalist {

using namespace timexrules;

std::optional<TimexParse> TimexGrammar::duration(int i) const
{
    std::optional<TimexParse> best = durationCore(i);
    const Entry *approximator = nullptr;
    if (const int last = phrase(i, Category::Approximator, &approximator); last >= 0) {
        if (auto inner = durationCore(last + 1)) {
            if (inner->spec.kind == TimexSpec::Kind::Duration || inner->spec.kind == TimexSpec::Kind::Shifted) {
                inner->first = i;
                inner->spec.mod = approximator->value;
                keepLonger(best, std::move(inner));
            }
        }
    }
    return best;
}

std::optional<TimexParse> TimexGrammar::durationCore(int i) const
{
    // "half an hour", "half a century"
    if (const int half = grammarPhrase(i, QLatin1String("HALF_UNIT")); half >= 0) {
        const auto u = unit(half + 1);
        if (!u || u->plural)
            return std::nullopt;
        QString value;
        switch (u->unit) {
        case TimexUnit::Hour:
            value = QStringLiteral("PT30M");
            break;
        case TimexUnit::Day:
            value = QStringLiteral("PT12H");
            break;
        case TimexUnit::Year:
            value = QStringLiteral("P6M");
            break;
        case TimexUnit::Decade:
            value = QStringLiteral("P5Y");
            break;
        case TimexUnit::Century:
            value = QStringLiteral("P50Y");
            break;
        default:
            value = TimexCalendar::durationValue(QStringLiteral("0.5"), u->unit);
            break;
        }
        TimexSpec spec = durationSpec(QStringLiteral("0.5"), u->unit);
        spec.value = value;
        return make(i, u->last, spec, "half unit");
    }

    const auto a = amount(i);
    if (!a)
        return std::nullopt;
    int j = a->last + 1;

    // Adjectives: "three-day", "10-year", "52-year-old".
    if (isPunct(j, u'-') && joined(j) && !a->vague && !a->article) {
        const auto u = unit(j + 1);
        if (!u || !joined(j + 1) || u->unit == TimexUnit::Half)
            return std::nullopt;
        int last = u->last;
        if (isPunct(last + 1, u'-') && joined(last + 1) && isGrammar(last + 2, QLatin1String("OLD")))
            last += 2;
        return make(i, last, durationSpec(a->text, u->unit), "adjectival duration");
    }

    bool half = false;
    if (const int andHalf = grammarPhrase(j, QLatin1String("HALF")); andHalf >= 0 && !a->vague) {
        half = true;
        j = andHalf + 1;
    }
    const auto u = unit(j);
    if (!u || u->unit == TimexUnit::Half)
        return std::nullopt;
    if (a->article && (u->unit == TimexUnit::Second || u->plural))
        return std::nullopt;
    // "a quarter of the votes", "three quarters": fractions, not periods.
    if (u->unit == TimexUnit::Quarter && (a->value < 2 || a->vague || isGrammar(u->last + 1, QLatin1String("OF"))))
        return std::nullopt;
    // "a decade-long review": the adjective is the expression.
    if (a->article && isPunct(u->last + 1, u'-') && joined(u->last + 1)
        && isGrammar(u->last + 2, QLatin1String("LONG")))
        return std::nullopt;
    if (a->vague && !u->plural)
        return std::nullopt;
    // "the 1997 year-end": a year, not an amount of years.
    if (token(i)->isNumber() && token(i)->digits == 4 && !u->plural)
        return std::nullopt;
    int last = u->last;
    if (!half) {
        if (const int andHalf = grammarPhrase(last + 1, QLatin1String("HALF")); andHalf >= 0 && !a->vague) {
            half = true;
            last = andHalf;
        }
    }
    const double value = a->value + (half ? 0.5 : 0.0);
    const QString amountText = a->vague ? QStringLiteral("X") : numberText(value);

    const Entry *direction = nullptr;
    if (const int directionLast = phrase(last + 1, Category::Direction, &direction); directionLast >= 0) {
        const bool clauseFinal = [&] {
            const TimeToken *after = token(directionLast + 1);
            return !after || (after->kind == TimeToken::Kind::Punct && after->punct != u'-' && after->punct != u'\'');
        }();
        const bool signal = direction->has(TimeLexicon::Anaphoric) && direction->extra != QLatin1String("clip");
        if (!signal || clauseFinal) {
            const int sign = direction->number < 0 ? -1 : 1;
            const bool integral = !a->vague && std::floor(value) == value && value <= 1000;
            if (!integral) {
                if (direction->has(TimeLexicon::Anaphoric))
                    return make(i, last, durationSpec(amountText, u->unit), "duration");
                TimexSpec spec;
                spec.kind = TimexSpec::Kind::Reference;
                spec.value = sign < 0 ? QStringLiteral("PAST_REF") : QStringLiteral("FUTURE_REF");
                return make(i, directionLast, spec, "vague ago");
            }
            TimexUnit target = u->unit;
            if (target == TimexUnit::Second || target == TimexUnit::Minute || target == TimexUnit::Hour)
                target = TimexUnit::Day;
            TimexSpec spec = shifted(target, sign * int(value), direction->has(TimeLexicon::Anaphoric));
            spec.shiftUnit = u->unit;
            if (u->unit == TimexUnit::Second || u->unit == TimexUnit::Minute || u->unit == TimexUnit::Hour) {
                spec.type = Timex::Type::Time;
                spec.offset = 0;
            }
            return make(i, directionLast, spec, direction->has(TimeLexicon::Anaphoric) ? "later/earlier" : "ago");
        }
    }
    // "10 percent a year", "$5 million a year", "1.5 million visitors a year": a rate,
    // when an amount comes just before.
    if (a->article && !u->plural) {
        for (int back = i - 1; back >= std::max(0, i - 3); --back) {
            const TimeToken *previous = token(back);
            if (previous->isNumber() || previous->isPunct(u'%') || previous->is(Category::CountNoun)
                || isGrammar(back, QLatin1String("TIMES")) || previous->is(Category::Multiplier))
                return make(i, last, setSpec(TimexCalendar::durationValue(QStringLiteral("1"), u->unit)), "rate");
            if (previous->kind == TimeToken::Kind::Punct && !previous->isPunct(u'$'))
                break;
        }
    }
    return make(i, last, durationSpec(amountText, u->unit), "duration");
}

std::optional<TimexParse> TimexGrammar::bareUnits(int i) const
{
    int first = i;
    int at = i;
    if (isGrammar(i, QLatin1String("RECENT")))
        at = i + 1;
    const auto u = unit(at);
    if (!u || !u->plural || u->unit == TimexUnit::Half || u->unit == TimexUnit::Weekend || u->unit == TimexUnit::Second)
        return std::nullopt;
    // "hours ago", "years from now": some time before or after, no more.
    const Entry *direction = nullptr;
    if (const int last = phrase(at + 1, Category::Direction, &direction);
        last >= 0 && !direction->has(TimeLexicon::Anaphoric)) {
        TimexSpec spec;
        spec.kind = TimexSpec::Kind::Reference;
        spec.value = direction->number < 0 ? QStringLiteral("PAST_REF") : QStringLiteral("FUTURE_REF");
        return make(first, last, spec, "vague ago");
    }
    if (at == i && !licensedBefore(i))
        return std::nullopt;
    if (isGrammar(at + 1, QLatin1String("OF")))
        return std::nullopt;
    return make(first, u->last, durationSpec(QStringLiteral("X"), u->unit), at > i ? "recent units" : "bare units");
}

std::optional<TimexParse> TimexGrammar::setExpression(int i) const
{
    const Entry *quantifier = nullptr;
    if (const int q = phrase(i, Category::Quantifier, &quantifier); q >= 0) {
        const int every = q > i ? 2 : 1;
        const int j = q + 1;
        if (const auto a = amount(j); a && !a->article && !a->vague) {
            if (const auto u = unit(a->last + 1))
                return make(
                    i, u->last,
                    setSpec(TimexCalendar::durationValue(numberText(a->value * every), u->unit), quantifier->value),
                    "every n units");
        }
        if (const auto u = unit(j); u && !u->plural && u->unit != TimexUnit::Half)
            return make(i, u->last,
                        setSpec(TimexCalendar::durationValue(QString::number(every), u->unit), quantifier->value),
                        "every unit");
        if (const Entry *day = single(j, Category::Weekday); day && nameCase(j))
            return make(i, j, setSpec(QStringLiteral("XXXX-WXX-%1").arg(day->number), quantifier->value),
                        "every weekday");
        if (const Entry *part = single(j, Category::PartOfDay))
            return make(i, j, setSpec(QStringLiteral("XXXX-XX-XXT") + part->value, quantifier->value),
                        "every part of day");
        if (const Entry *month = single(j, Category::Month); month && nameCase(j))
            return make(
                i, j, setSpec(QStringLiteral("XXXX-%1").arg(month->number, 2, 10, QLatin1Char('0')), quantifier->value),
                "every month");
        if (const Entry *seasonEntry = single(j, Category::Season))
            return make(i, j, setSpec(QStringLiteral("XXXX-") + seasonEntry->value, quantifier->value), "every season");
        return std::nullopt;
    }

    int count = 0;
    int j = -1;
    const Entry *multiplier = nullptr;
    if (const int m = phrase(i, Category::Multiplier, &multiplier); m >= 0) {
        count = multiplier->number;
        j = m + 1;
    } else if (const auto a = amount(i);
               a && !a->vague && !a->article && isGrammar(a->last + 1, QLatin1String("TIMES"))) {
        count = int(a->value);
        j = a->last + 2;
    }
    if (j >= 0) {
        const QString freq = QString::number(count) + u'X';
        if (const Entry *frequency = single(j, Category::Frequency))
            return make(i, j, setSpec(frequency->value, {}, freq), "times frequency");
        if (isGrammar(j, QLatin1String("INDEFINITE")) || isGrammar(j, QLatin1String("PER"))
            || isWord(j, Category::Quantifier)) {
            if (const auto u = unit(j + 1); u && !u->plural && u->unit != TimexUnit::Half)
                return make(i, u->last, setSpec(TimexCalendar::durationValue(QStringLiteral("1"), u->unit), {}, freq),
                            "times per unit");
        }
        return std::nullopt;
    }

    if (const Entry *frequency = single(i, Category::Frequency)) {
        if (isGrammar(i - 1, QLatin1String("ARTICLE")) || isGrammar(i - 1, QLatin1String("INDEFINITE")))
            return std::nullopt;
        if (isCapitalised(i) && !isSentenceStart(i))
            return std::nullopt;
        return make(i, i, setSpec(frequency->value), "frequency");
    }
    if (isGrammar(i, QLatin1String("PER"))) {
        if (const auto u = unit(i + 1); u && !u->plural && u->unit != TimexUnit::Half)
            return make(i, u->last, setSpec(TimexCalendar::durationValue(QStringLiteral("1"), u->unit)), "per unit");
    }
    return std::nullopt;
}

} // namespace annalist
