// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The pieces rules are built of: amounts, units, ordinals, day numbers, years.

#include "TimexGrammar.h"
#include "TimexGrammarRules.h"

#include <QDate>

#include <algorithm>
#include <climits>
#include <cmath>

namespace annalist {

using namespace timexrules;

std::optional<TimexGrammar::Amount> TimexGrammar::amount(int i) const
{
    const TimeToken *t = token(i);
    if (!t)
        return std::nullopt;
    Amount result;
    if (t->isNumber()) {
        if (midNumber(i) || t->digits > 9)
            return std::nullopt;
        double value = t->number;
        int last = i;
        while (isPunct(last + 1, u',') && joined(last + 1) && joined(last + 2) && token(last + 2)->isNumber()
               && token(last + 2)->digits == 3) {
            value = value * 1000 + token(last + 2)->number;
            last += 2;
        }
        if (isPunct(last + 1, u'.') && joined(last + 1) && joined(last + 2) && token(last + 2)->isNumber()) {
            const QString decimal = numberText(value) + u'.' + text(last + 2).toString();
            value = decimal.toDouble();
            last += 2;
        }
        if ((isPunct(last + 1, u':') || isPunct(last + 1, u'/')) && joined(last + 1))
            return std::nullopt;
        result.last = last;
        result.value = value;
        result.text = numberText(value);
        return result;
    }
    if (!t->isWord())
        return std::nullopt;
    const Entry *entry = nullptr;
    const int last = phrase(i, Category::Number, &entry);
    if (last < 0)
        return std::nullopt;
    result.last = last;
    if (entry->number == INT_MIN) {
        result.vague = true;
        result.text = QStringLiteral("X");
        return result;
    }
    result.value = entry->number;
    result.article = last == i && isGrammar(i, QLatin1String("INDEFINITE"));
    // "twenty-five", "twenty five"
    if (entry->number >= 20 && entry->number <= 90 && entry->number % 10 == 0) {
        int next = last + 1;
        if (isPunct(next, u'-') && joined(next))
            ++next;
        if (const Entry *unitNumber = single(next, Category::Number); unitNumber && unitNumber->number >= 1
            && unitNumber->number <= 9 && !isGrammar(next, QLatin1String("INDEFINITE"))) {
            result.value += unitNumber->number;
            result.last = next;
        }
    }
    if (const Entry *hundred = single(result.last + 1, Category::Number); hundred && hundred->number == 100) {
        result.value *= 100;
        result.last += 1;
        result.article = false;
    }
    result.text = numberText(result.value);
    return result;
}

std::optional<TimexGrammar::UnitWord> TimexGrammar::unit(int i) const
{
    const Entry *entry = single(i, Category::Unit);
    if (!entry)
        return std::nullopt;
    const TimexUnit unit = TimexCalendar::unitFromCode(entry->value);
    if (unit == TimexUnit::None)
        return std::nullopt;
    return UnitWord { i, unit, entry->has(TimeLexicon::Plural) };
}

int TimexGrammar::ordinal(int i, int *value) const
{
    if (const Entry *entry = single(i, Category::Ordinal)) {
        *value = entry->number;
        return i;
    }
    const TimeToken *t = token(i);
    if (!t)
        return -1;
    if (t->isNumber() && t->digits <= 2 && !midNumber(i) && joined(i + 1) && isWord(i + 1, Category::OrdinalSuffix)) {
        *value = t->number;
        return i + 1;
    }
    // "twenty-first"
    if (const Entry *tens = single(i, Category::Number);
        tens && tens->number >= 20 && tens->number <= 90 && tens->number % 10 == 0) {
        int next = i + 1;
        if (isPunct(next, u'-') && joined(next))
            ++next;
        if (const Entry *unitOrdinal = single(next, Category::Ordinal); unitOrdinal && unitOrdinal->number < 10) {
            *value = tens->number + unitOrdinal->number;
            return next;
        }
    }
    return -1;
}

int TimexGrammar::dayNumber(int i, int *value) const
{
    const TimeToken *t = token(i);
    if (!t || !t->isNumber() || t->digits > 2 || t->number < 1 || t->number > 31 || midNumber(i))
        return -1;
    *value = t->number;
    if (joined(i + 1) && isWord(i + 1, Category::OrdinalSuffix))
        return i + 1;
    // Part of a larger number or a decimal: "3.5", "3,000".
    if ((isPunct(i + 1, u'.') || isPunct(i + 1, u',') || isPunct(i + 1, u':')) && joined(i + 1) && joined(i + 2)
        && token(i + 2)->isNumber())
        return -1;
    if (joined(i + 1) && token(i + 1)->isWord())
        return -1;
    return i;
}

bool TimexGrammar::licensedBefore(int i) const
{
    return isWord(i - 1, Category::Licensor);
}

bool TimexGrammar::nameFollows(int i) const
{
    const TimeToken *next = token(i + 1);
    return next && next->isWord() && isCapitalised(i + 1) && next->is(Category::NameWord);
}

bool TimexGrammar::plausibleYear(int i, bool licensed) const
{
    const TimeToken *t = token(i);
    if (!t || !t->isNumber() || t->digits != 4 || midNumber(i))
        return false;
    const int year = t->number;
    if (year < 1000 || year > 2999)
        return false;
    // Part of a bigger number, a decimal, a clock time, a code ("1997A").
    if (const TimeToken *next = token(i + 1); next && next->joined) {
        if (next->isWord() || next->isPunct(u'%'))
            return false;
        if ((next->isPunct(u',') || next->isPunct(u'.') || next->isPunct(u':')) && joined(i + 2)
            && token(i + 2)->isNumber())
            return false;
        // "an 1800-strong force", "a 2000-seat hall".
        if (next->isPunct(u'-') && joined(i + 2) && token(i + 2)->isWord())
            return false;
    }
    if (const TimeToken *previous = token(i - 1); previous && t->joined && previous->kind == TimeToken::Kind::Punct) {
        const char16_t c = previous->punct;
        if (c == u'$' || c == u'#' || c == u'\u20AC' || c == u'\u00A3' || c == u'\u00A5' || c == u'+' || c == u'/')
            return false;
    }
    if (isWord(i - 1, Category::NotYearBefore) || isWord(i + 1, Category::CountNoun))
        return false;
    const bool strong = licensed || licensedBefore(i);
    if (year < 1800 || year > 2099)
        return strong && year <= 2099;
    // "2000 troops": a round number before a plural noun is an amount.
    if (const TimeToken *next = token(i + 1);
        next && next->isWord() && !next->capitalised && !strong && year % 100 == 0) {
        const QStringView word = text(i + 1);
        if (word.size() > 3 && word.endsWith(u's') && !word.endsWith(QLatin1String("ss")))
            return false;
    }
    return true;
}

std::optional<TimexGrammar::YearRef> TimexGrammar::yearRef(int i) const
{
    const TimeToken *t = token(i);
    if (!t)
        return std::nullopt;
    if (t->isNumber() && t->digits == 4 && plausibleYear(i, true))
        return YearRef { i, t->number, false, false, 0 };
    if (isPunct(i, u'\'') && joined(i + 1) && token(i + 1)->isNumber() && token(i + 1)->digits == 2)
        return YearRef { i + 1, expandTwoDigitYear(token(i + 1)->number), false, false, 0 };
    if (const int fiscal = grammarPhrase(i, QLatin1String("FISCAL")); fiscal >= 0) {
        const TimeToken *number = token(fiscal + 1);
        if (number && number->isNumber() && number->digits == 4)
            return YearRef { fiscal + 1, number->number, true, false, 0 };
    }
    if (const Entry *relative = single(i, Category::Relative);
        relative && !relative->has(TimeLexicon::Anaphoric) && relative->extra.isEmpty()) {
        if (const auto u = unit(i + 1); u && u->unit == TimexUnit::Year && !u->plural)
            return YearRef { i + 1, 0, false, true, relative->number };
    }
    if (isGrammar(i, QLatin1String("ARTICLE"))) {
        if (const auto u = unit(i + 1); u && u->unit == TimexUnit::Year && !u->plural)
            return YearRef { i + 1, 0, false, true, 0 };
    }
    return std::nullopt;
}

// ---------------------------------------------------------------------------------
// Rules

} // namespace annalist
