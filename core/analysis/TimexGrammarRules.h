// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Small builders shared by the rule files of TimexGrammar (TimexGrammar*.cpp): the
// specifications the rules produce and the choice between overlapping parses.

#include "TimexGrammar.h"

#include <QDate>

#include <cmath>

namespace annalist::timexrules {

using Category = TimeLexicon::Category;

constexpr quint32 bit(Category category)
{
    return 1u << int(category);
}

// Word classes that never start an expression on their own.
constexpr quint32 nonStarting = bit(Category::Licensor) | bit(Category::Tense) | bit(Category::CountNoun)
    | bit(Category::NotYearBefore) | bit(Category::NameWord) | bit(Category::OrdinalSuffix) | bit(Category::Meridiem)
    | bit(Category::TimeZone);

inline std::optional<TimexParse> longer(std::optional<TimexParse> &&best, std::optional<TimexParse> &&candidate)
{
    if (candidate && (!best || candidate->last > best->last))
        return std::move(candidate);
    return std::move(best);
}

inline void keepLonger(std::optional<TimexParse> &best, std::optional<TimexParse> &&candidate)
{
    if (candidate && (!best || candidate->last > best->last))
        best = std::move(candidate);
}

inline TimexParse make(int first, int last, const TimexSpec &spec, const char *rule)
{
    TimexParse parse;
    parse.first = first;
    parse.last = last;
    parse.spec = spec;
    parse.rule = rule;
    return parse;
}

inline TimexSpec absoluteDay(int year, int month, int day)
{
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Absolute;
    spec.unit = TimexUnit::Day;
    spec.year = year;
    spec.month = month;
    spec.day = day;
    return spec;
}

inline TimexSpec named(TimexUnit unit, TimexSpec::Pick pick = TimexSpec::Pick::Tense)
{
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Named;
    spec.unit = unit;
    spec.pick = pick;
    return spec;
}

inline TimexSpec shifted(TimexUnit unit, int offset, bool anaphoric = false)
{
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Shifted;
    spec.unit = unit;
    spec.shiftUnit = unit;
    spec.offset = offset;
    spec.anaphoric = anaphoric;
    return spec;
}

inline TimexSpec durationSpec(const QString &amount, TimexUnit unit)
{
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Duration;
    spec.type = Timex::Type::Duration;
    spec.unit = unit;
    spec.value = TimexCalendar::durationValue(amount, unit);
    return spec;
}

inline TimexSpec setSpec(const QString &value, const QString &quant = {}, const QString &freq = {})
{
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Set;
    spec.type = Timex::Type::Set;
    spec.value = value;
    spec.quant = quant;
    spec.freq = freq;
    return spec;
}

inline TimexSpec::Pick pickFor(int offset)
{
    if (offset < 0)
        return TimexSpec::Pick::Previous;
    if (offset > 0)
        return TimexSpec::Pick::Next;
    return TimexSpec::Pick::Current;
}

// A year written with two digits: 00 to 29 are taken as 2000 to 2029, the rest as
// 1930 to 1999.
inline int expandTwoDigitYear(int year)
{
    return year < 30 ? 2000 + year : 1900 + year;
}

inline bool validDay(int year, int month, int day)
{
    return QDate::isValid(year, month, day);
}

inline QString numberText(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 12);
}

} // namespace annalist::timexrules
