// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Rules for calendar dates: holidays, month and day names, numeric dates, years, fiscal years.

#include "TimexGrammar.h"
#include "TimexGrammarRules.h"

#include <QDate>

#include <algorithm>
#include <climits>
#include <cmath>

namespace annalist {

using namespace timexrules;

std::optional<TimexParse> TimexGrammar::holiday(int i) const
{
    const Entry *entry = nullptr;
    int last = phrase(i, Category::Holiday, &entry);
    if (last < 0 || !nameCase(i))
        return std::nullopt;
    const QStringList parts = entry->value.split(u'-');
    const int month = parts.value(0).toInt();
    const int day = parts.value(1).toInt();
    if (!validDay(2000, month, day))
        return std::nullopt;
    int yearAt = last + 1;
    if (isPunct(yearAt, u','))
        ++yearAt;
    if (const TimeToken *year = token(yearAt); year && year->isNumber() && year->digits == 4
        && plausibleYear(yearAt, true) && validDay(year->number, month, day))
        return make(i, yearAt, absoluteDay(year->number, month, day), "holiday year");
    TimexSpec spec = named(TimexUnit::Day);
    spec.month = month;
    spec.day = day;
    return make(i, last, spec, "holiday");
}

std::optional<TimexParse> TimexGrammar::monthFirst(int i, bool licensed) const
{
    const Entry *entry = single(i, Category::Month);
    if (!entry || !nameCase(i))
        return std::nullopt;
    const int month = entry->number;
    const bool abbreviation = entry->has(TimeLexicon::Abbreviation);
    int j = i;
    if (abbreviation && isPunct(i + 1, u'.') && joined(i + 1))
        j = i + 1;

    int day = 0;
    if (const int dayLast = dayNumber(j + 1, &day); dayLast >= 0) {
        int yearAt = dayLast + 1;
        if (isPunct(yearAt, u','))
            ++yearAt;
        if (const TimeToken *year = token(yearAt); year && year->isNumber() && year->digits == 4 && !midNumber(yearAt)
            && year->number >= 1000 && year->number <= 2999 && !(joined(yearAt + 1) && token(yearAt + 1)->isWord())) {
            if (!validDay(year->number, month, day))
                return std::nullopt;
            return make(i, yearAt, absoluteDay(year->number, month, day), "month day year");
        }
        if (!validDay(2000, month, day))
            return std::nullopt;
        TimexSpec spec = named(TimexUnit::Day);
        spec.month = month;
        spec.day = day;
        return make(i, dayLast, spec, "month day");
    }

    int yearAt = j + 1;
    if (isPunct(yearAt, u','))
        ++yearAt;
    else if (isGrammar(yearAt, QLatin1String("OF")))
        ++yearAt;
    if (const auto year = yearRef(yearAt); year && !year->fiscal) {
        if (year->relative) {
            TimexSpec spec = shifted(TimexUnit::Year, year->offset);
            spec.unit = TimexUnit::Month;
            spec.month = month;
            return make(i, year->last, spec, "month of relative year");
        }
        TimexSpec spec;
        spec.kind = TimexSpec::Kind::Absolute;
        spec.unit = TimexUnit::Month;
        spec.year = year->year;
        spec.month = month;
        return make(i, year->last, spec, "month year");
    }

    if (abbreviation || !(licensed || licensedBefore(i)) || nameFollows(i))
        return std::nullopt;
    TimexSpec spec = named(TimexUnit::Month);
    spec.month = month;
    return make(i, i, spec, "month");
}

std::optional<TimexParse> TimexGrammar::dayFirst(int i, bool article) const
{
    int day = 0;
    int last = dayNumber(i, &day);
    const bool digits = last >= 0;
    if (!digits && article)
        last = ordinal(i, &day);
    if (last < 0 || day < 1 || day > 31)
        return std::nullopt;
    int m = last + 1;
    const bool of = isGrammar(m, QLatin1String("OF"));
    if (of)
        ++m;
    else if (!digits)
        return std::nullopt;
    const Entry *entry = single(m, Category::Month);
    if (!entry || !nameCase(m))
        return std::nullopt;
    const int month = entry->number;
    int monthLast = m;
    if (entry->has(TimeLexicon::Abbreviation) && isPunct(m + 1, u'.') && joined(m + 1))
        monthLast = m + 1;
    int yearAt = monthLast + 1;
    if (isPunct(yearAt, u','))
        ++yearAt;
    if (const TimeToken *year = token(yearAt); year && year->isNumber() && year->digits == 4 && !midNumber(yearAt)
        && year->number >= 1000 && year->number <= 2999) {
        if (!validDay(year->number, month, day))
            return std::nullopt;
        return make(i, yearAt, absoluteDay(year->number, month, day), "day month year");
    }
    if (!validDay(2000, month, day))
        return std::nullopt;
    TimexSpec spec = named(TimexUnit::Day);
    spec.month = month;
    spec.day = day;
    return make(i, monthLast, spec, "day month");
}

std::optional<TimexParse> TimexGrammar::weekday(int i) const
{
    const Entry *entry = single(i, Category::Weekday);
    if (!entry || !nameCase(i))
        return std::nullopt;
    const bool abbreviation = entry->has(TimeLexicon::Abbreviation);
    int j = i;
    if (abbreviation && isPunct(i + 1, u'.') && joined(i + 1))
        j = i + 1;
    int k = j + 1;
    if (isPunct(k, u','))
        ++k;
    std::optional<TimexParse> date = longer(monthFirst(k, true), dayFirst(k, false));
    if (date && date->spec.unit == TimexUnit::Day) {
        TimexSpec spec = date->spec;
        spec.statedWeekday = entry->number;
        return make(i, date->last, spec, "weekday date");
    }
    if (abbreviation)
        return std::nullopt;
    TimexSpec spec = named(TimexUnit::Day);
    spec.weekday = entry->number;
    if (const Entry *part = single(i + 1, Category::PartOfDay)) {
        spec.partOfDay = part->value;
        spec.type = Timex::Type::Time;
        return make(i, i + 1, spec, "weekday part of day");
    }
    if (nameFollows(i))
        return std::nullopt;
    return make(i, i, spec, "weekday");
}

std::optional<TimexParse> TimexGrammar::numericDate(int i) const
{
    const TimeToken *first = token(i);
    if (!first || !first->isNumber() || midNumber(i))
        return std::nullopt;
    const TimeToken *separator = token(i + 1);
    if (!separator || !separator->joined || separator->kind != TimeToken::Kind::Punct)
        return std::nullopt;
    const char16_t c = separator->punct;
    if (c != u'-' && c != u'/' && c != u'.')
        return std::nullopt;
    const TimeToken *second = token(i + 2);
    const TimeToken *separator2 = token(i + 3);
    const TimeToken *third = token(i + 4);
    if (!second || !second->isNumber() || !second->joined || !separator2 || !separator2->isPunct(c)
        || !separator2->joined || !third || !third->isNumber() || !third->joined)
        return std::nullopt;
    // More parts ("1.2.3.4") or more digits: a version or a code.
    if (const TimeToken *after = token(i + 5); after && after->joined
        && (after->isNumber() || after->isWord()
            || ((after->isPunct(c) || after->isPunct(u'.')) && joined(i + 6) && token(i + 6)->isNumber())))
        return std::nullopt;
    if (first->digits == 4 && c != u'.') {
        // ISO order: 2025-03-03, 2025/03/03.
        if (second->digits > 2 || third->digits > 2 || !validDay(first->number, second->number, third->number))
            return std::nullopt;
        return make(i, i + 4, absoluteDay(first->number, second->number, third->number), "iso date");
    }
    if (first->digits > 2 || second->digits > 2 || (third->digits != 4 && third->digits != 2))
        return std::nullopt;
    if (c == u'.' && third->digits != 4)
        return std::nullopt;
    const int year = third->digits == 4 ? third->number : expandTwoDigitYear(third->number);
    const int a = first->number;
    const int b = second->number;
    if (c == u'.') {
        // Dots are the European order: day.month.year.
        if (!validDay(year, b, a))
            return std::nullopt;
        return make(i, i + 4, absoluteDay(year, b, a), "day.month.year");
    }
    // Slashes and hyphens: day/month when the first number cannot be a month, else
    // the American month/day; when both readings are possible the value takes the
    // American one and the bounds cover both.
    if (a > 12) {
        if (!validDay(year, b, a))
            return std::nullopt;
        return make(i, i + 4, absoluteDay(year, b, a), "day/month/year");
    }
    if (!validDay(year, a, b))
        return std::nullopt;
    TimexSpec spec = absoluteDay(year, a, b);
    if (b <= 12 && a != b && validDay(year, b, a)) {
        spec.otherMonth = b;
        spec.otherDay = a;
        return make(i, i + 4, spec, "ambiguous month/day/year");
    }
    return make(i, i + 4, spec, "month/day/year");
}

std::optional<TimexParse> TimexGrammar::yearOrDecade(int i, bool licensed) const
{
    const TimeToken *t = token(i);
    if (!t)
        return std::nullopt;
    // '90s
    if (t->isPunct(u'\'')) {
        const TimeToken *number = token(i + 1);
        if (number && number->joined && number->isNumber() && number->digits == 2 && number->number % 10 == 0
            && joined(i + 2) && text(i + 2) == QLatin1String("s")) {
            TimexSpec spec;
            spec.kind = TimexSpec::Kind::Absolute;
            spec.unit = TimexUnit::Decade;
            spec.year = expandTwoDigitYear(number->number);
            return make(i, i + 2, spec, "decade");
        }
        return std::nullopt;
    }
    if (!t->isNumber() || t->digits != 4 || midNumber(i) || t->number < 1000 || t->number > 2999)
        return std::nullopt;
    int decadeLast = -1;
    if (joined(i + 1) && text(i + 1) == QLatin1String("s"))
        decadeLast = i + 1;
    else if (isPunct(i + 1, u'\'') && joined(i + 1) && joined(i + 2) && text(i + 2) == QLatin1String("s"))
        decadeLast = i + 2;
    if (decadeLast >= 0) {
        if (t->number % 10 != 0)
            return std::nullopt;
        TimexSpec spec;
        spec.kind = TimexSpec::Kind::Absolute;
        spec.unit = t->number % 100 == 0 ? TimexUnit::Century : TimexUnit::Decade;
        spec.year = t->number;
        return make(i, decadeLast, spec, "decade");
    }
    if (!plausibleYear(i, licensed))
        return std::nullopt;
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Absolute;
    spec.unit = TimexUnit::Year;
    spec.year = t->number;
    return make(i, i, spec, "year");
}

std::optional<TimexParse> TimexGrammar::fiscalYear(int i) const
{
    const int fiscalLast = grammarPhrase(i, QLatin1String("FISCAL"));
    if (fiscalLast < 0)
        return std::nullopt;
    const TimeToken *number = token(fiscalLast + 1);
    if (!number || !number->isNumber())
        return std::nullopt;
    int year = 0;
    if (number->digits == 4 && number->number >= 1000 && number->number <= 2999)
        year = number->number;
    else if (number->digits == 2 && number->joined)
        year = expandTwoDigitYear(number->number);
    else
        return std::nullopt;
    if (joined(fiscalLast + 2) && token(fiscalLast + 2)->isWord())
        return std::nullopt;
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Absolute;
    spec.unit = TimexUnit::Year;
    spec.year = year;
    spec.fiscal = true;
    return make(i, fiscalLast + 1, spec, "fiscal year");
}

} // namespace annalist
