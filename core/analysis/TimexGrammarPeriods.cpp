// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Rules for periods and times of day: quarters, seasons, centuries, clock times.

#include "TimexGrammar.h"
#include "TimexGrammarRules.h"

#include <QDate>

#include <algorithm>
#include <climits>
#include <cmath>

namespace annalist {

using namespace timexrules;

std::optional<TimexParse> TimexGrammar::quarter(int i, bool article) const
{
    int number = 0;
    int last = -1;
    TimexUnit unitOfYear = TimexUnit::Quarter;
    bool hyphenated = false;
    const TimeToken *t = token(i);
    if (!t)
        return std::nullopt;
    if (t->isWord() && t->length() == 1 && m_text.at(t->start) == u'Q') {
        const TimeToken *digit = token(i + 1);
        if (!digit || !digit->joined || !digit->isNumber() || digit->digits != 1 || digit->number < 1
            || digit->number > 4)
            return std::nullopt;
        number = digit->number;
        last = i + 1;
        hyphenated = true;
    } else {
        const int ordinalLast = ordinal(i, &number);
        if (ordinalLast < 0)
            return std::nullopt;
        int j = ordinalLast + 1;
        if (isPunct(j, u'-') && joined(j)) {
            hyphenated = true;
            ++j;
        }
        const auto u = unit(j);
        if (!u || u->plural || (u->unit != TimexUnit::Quarter && u->unit != TimexUnit::Half))
            return std::nullopt;
        unitOfYear = u->unit;
        if (number < 1 || number > (unitOfYear == TimexUnit::Half ? 2 : 4))
            return std::nullopt;
        last = u->last;
    }

    std::optional<YearRef> year;
    int yearAt = last + 1;
    if (isGrammar(yearAt, QLatin1String("OF")))
        year = yearRef(yearAt + 1);
    else if (const TimeToken *next = token(yearAt); next && next->isNumber() && next->digits == 4)
        year = yearRef(yearAt);
    if (!year && isGrammar(yearAt, QLatin1String("OF")))
        return std::nullopt;
    // "the second half" of a match: halves need a year or the adjective form.
    if (!year && unitOfYear == TimexUnit::Half && !hyphenated)
        return std::nullopt;
    Q_UNUSED(article)

    TimexSpec spec;
    spec.unit = unitOfYear;
    if (unitOfYear == TimexUnit::Half)
        spec.half = number;
    else
        spec.quarter = number;
    if (!year) {
        spec.kind = TimexSpec::Kind::Named;
        return make(i, last, spec, "quarter");
    }
    if (year->relative) {
        spec.kind = TimexSpec::Kind::Shifted;
        spec.shiftUnit = TimexUnit::Year;
        spec.offset = year->offset;
    } else {
        spec.kind = TimexSpec::Kind::Absolute;
        spec.year = year->year;
        spec.fiscal = year->fiscal;
    }
    return make(i, year->last, spec, "quarter of year");
}

std::optional<TimexParse> TimexGrammar::season(int i, bool article) const
{
    const Entry *entry = single(i, Category::Season);
    if (!entry)
        return std::nullopt;
    if (isGrammar(i - 1, QLatin1String("INDEFINITE")))
        return std::nullopt;
    std::optional<YearRef> year;
    int yearAt = i + 1;
    if (isGrammar(yearAt, QLatin1String("OF")))
        year = yearRef(yearAt + 1);
    else if (const TimeToken *next = token(yearAt); next && next->isNumber() && next->digits == 4)
        year = yearRef(yearAt);
    // A season word alone is a season only where the words before say so ("in the
    // summer", "last spring"); with a year it always is ("Spring 2012").
    const bool licensed = article || licensedBefore(i) || isWord(i - 1, Category::Position)
        || isWord(i - 1, Category::Relative) || (year && !year->relative);
    if (!licensed)
        return std::nullopt;
    if (!year && entry->has(TimeLexicon::Ambiguous)) {
        // "the fall in prices", "the spring of discontent".
        if (isWord(i + 1, Category::Licensor) || isGrammar(i + 1, QLatin1String("OF")))
            return std::nullopt;
        if (const TimeToken *next = token(i + 1); next && next->isWord() && !next->capitalised && !next->word)
            return std::nullopt;
    }
    TimexSpec spec;
    spec.unit = TimexUnit::Season;
    spec.season = entry->value;
    if (!year) {
        spec.kind = TimexSpec::Kind::Named;
        return make(i, i, spec, "season");
    }
    if (year->relative) {
        spec.kind = TimexSpec::Kind::Shifted;
        spec.shiftUnit = TimexUnit::Year;
        spec.offset = year->offset;
    } else {
        spec.kind = TimexSpec::Kind::Absolute;
        spec.year = year->year;
    }
    return make(i, year->last, spec, "season of year");
}

std::optional<TimexParse> TimexGrammar::century(int i) const
{
    int number = 0;
    const int ordinalLast = ordinal(i, &number);
    if (ordinalLast < 0 || number < 1 || number > 30)
        return std::nullopt;
    int j = ordinalLast + 1;
    if (isPunct(j, u'-') && joined(j))
        ++j;
    const auto u = unit(j);
    if (!u || u->plural || u->unit != TimexUnit::Century)
        return std::nullopt;
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Absolute;
    spec.unit = TimexUnit::Century;
    spec.year = (number - 1) * 100;
    return make(i, u->last, spec, "century");
}

std::optional<TimexParse> TimexGrammar::clockTime(int i) const
{
    const TimeToken *t = token(i);
    if (!t)
        return std::nullopt;
    int hour = -1;
    int minute = 0;
    int last = -1;
    bool marked = false;
    if (const Entry *clock = single(i, Category::ClockWord)) {
        const QStringList parts = clock->value.split(u':');
        hour = parts.value(0).toInt();
        minute = parts.value(1).toInt();
        last = i;
        marked = true;
    } else if (const Entry *word = single(i, Category::Number);
               word && word->number >= 1 && word->number <= 12 && grammarPhrase(i + 1, QLatin1String("OCLOCK")) >= 0) {
        hour = word->number;
        last = grammarPhrase(i + 1, QLatin1String("OCLOCK"));
        marked = true;
    } else if (t->isNumber() && !midNumber(i)) {
        if (t->digits <= 2 && t->number <= 24) {
            if (isPunct(i + 1, u':') && joined(i + 1) && joined(i + 2) && token(i + 2)->isNumber()
                && token(i + 2)->digits == 2 && token(i + 2)->number < 60) {
                hour = t->number;
                minute = token(i + 2)->number;
                last = i + 2;
                if (isPunct(last + 1, u':') && joined(last + 1) && joined(last + 2) && token(last + 2)->isNumber()
                    && token(last + 2)->digits == 2)
                    last += 2;
            } else if (const Entry *clockWord = single(i + 1, Category::ClockWord); clockWord && t->number == 12) {
                hour = clockWord->value.section(u':', 0, 0).toInt();
                last = i + 1;
                marked = true;
            } else if (const int oclock = grammarPhrase(i + 1, QLatin1String("OCLOCK"));
                       oclock >= 0 && t->number <= 12) {
                hour = t->number;
                last = oclock;
                marked = true;
            } else if (t->number >= 1 && t->number <= 12 && phrase(i + 1, Category::Meridiem) >= 0) {
                hour = t->number;
                last = i;
            } else {
                return std::nullopt;
            }
        } else if (t->digits == 4 && t->number / 100 <= 23 && t->number % 100 <= 59
                   && phrase(i + 1, Category::TimeZone) >= 0) {
            // Agency style: "1430 GMT".
            hour = t->number / 100;
            minute = t->number % 100;
            last = i;
        } else {
            return std::nullopt;
        }
        const Entry *meridiem = nullptr;
        if (const int meridiemLast = phrase(last + 1, Category::Meridiem, &meridiem); meridiemLast >= 0 && !marked) {
            if (hour < 1 || hour > 12)
                return std::nullopt;
            if (meridiem->number == 12 && hour < 12)
                hour += 12;
            else if (meridiem->number == 0 && hour == 12)
                hour = 0;
            last = meridiemLast;
            marked = true;
        }
    } else {
        return std::nullopt;
    }
    if (const int zoneLast = phrase(last + 1, Category::TimeZone); zoneLast >= 0) {
        last = zoneLast;
        marked = true;
    }
    if (!marked && !licensedBefore(i) && !isWord(i - 1, Category::Approximator))
        return std::nullopt;

    TimexSpec spec = shifted(TimexUnit::Day, 0);
    int dateAt = last + 1;
    if (isPunct(dateAt, u','))
        ++dateAt;
    std::optional<TimexParse> date = longer(weekday(dateAt), deictic(dateAt));
    keepLonger(date, monthFirst(dateAt, true));
    if (date && date->spec.unit == TimexUnit::Day && date->spec.partOfDay.isEmpty()
        && date->spec.kind != TimexSpec::Kind::Reference) {
        spec = date->spec;
        last = date->last;
    }
    spec.type = Timex::Type::Time;
    spec.hour = hour;
    spec.minute = minute;
    return make(i, last, spec, "clock time");
}

} // namespace annalist
