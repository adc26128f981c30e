// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimexGrammar.h"

#include <QDate>

#include <algorithm>
#include <climits>
#include <cmath>

namespace annalist {

namespace {

using Category = TimeLexicon::Category;

constexpr quint32 bit(Category category)
{
    return 1u << int(category);
}

// Word classes that never start an expression on their own.
constexpr quint32 nonStarting = bit(Category::Licensor) | bit(Category::Tense) | bit(Category::CountNoun)
    | bit(Category::NotYearBefore) | bit(Category::NameWord) | bit(Category::OrdinalSuffix) | bit(Category::Meridiem)
    | bit(Category::TimeZone);

std::optional<TimexParse> longer(std::optional<TimexParse> &&best, std::optional<TimexParse> &&candidate)
{
    if (candidate && (!best || candidate->last > best->last))
        return std::move(candidate);
    return std::move(best);
}

void keepLonger(std::optional<TimexParse> &best, std::optional<TimexParse> &&candidate)
{
    if (candidate && (!best || candidate->last > best->last))
        best = std::move(candidate);
}

TimexParse make(int first, int last, const TimexSpec &spec, const char *rule)
{
    TimexParse parse;
    parse.first = first;
    parse.last = last;
    parse.spec = spec;
    parse.rule = rule;
    return parse;
}

TimexSpec absoluteDay(int year, int month, int day)
{
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Absolute;
    spec.unit = TimexUnit::Day;
    spec.year = year;
    spec.month = month;
    spec.day = day;
    return spec;
}

TimexSpec named(TimexUnit unit, TimexSpec::Pick pick = TimexSpec::Pick::Tense)
{
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Named;
    spec.unit = unit;
    spec.pick = pick;
    return spec;
}

TimexSpec shifted(TimexUnit unit, int offset, bool anaphoric = false)
{
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Shifted;
    spec.unit = unit;
    spec.shiftUnit = unit;
    spec.offset = offset;
    spec.anaphoric = anaphoric;
    return spec;
}

TimexSpec durationSpec(const QString &amount, TimexUnit unit)
{
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Duration;
    spec.type = Timex::Type::Duration;
    spec.unit = unit;
    spec.value = TimexCalendar::durationValue(amount, unit);
    return spec;
}

TimexSpec setSpec(const QString &value, const QString &quant = {}, const QString &freq = {})
{
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Set;
    spec.type = Timex::Type::Set;
    spec.value = value;
    spec.quant = quant;
    spec.freq = freq;
    return spec;
}

TimexSpec::Pick pickFor(int offset)
{
    if (offset < 0)
        return TimexSpec::Pick::Previous;
    if (offset > 0)
        return TimexSpec::Pick::Next;
    return TimexSpec::Pick::Current;
}

// A year written with two digits: 00 to 29 are taken as 2000 to 2029, the rest as
// 1930 to 1999.
int expandTwoDigitYear(int year)
{
    return year < 30 ? 2000 + year : 1900 + year;
}

bool validDay(int year, int month, int day)
{
    return QDate::isValid(year, month, day);
}

QString numberText(double value)
{
    if (value == std::floor(value) && std::fabs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', 12);
}

} // namespace

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

std::optional<TimexParse> TimexGrammar::afterArticle(int i) const
{
    std::optional<TimexParse> best;
    keepLonger(best, relative(i, true));
    keepLonger(best, position(i, true));
    keepLonger(best, quarter(i, true));
    keepLonger(best, season(i, true));
    keepLonger(best, century(i));
    keepLonger(best, dayFirst(i, true));
    if (auto decade = yearOrDecade(i, true); decade && decade->spec.unit != TimexUnit::Year)
        keepLonger(best, std::move(decade));
    if (const auto u = unit(i); u && u->unit == TimexUnit::Weekend && !u->plural)
        keepLonger(best, make(i, i, named(TimexUnit::Weekend), "the weekend"));
    // "the year 2000"
    if (const auto u = unit(i); u && u->unit == TimexUnit::Year && !u->plural) {
        if (auto year = yearOrDecade(i + 1, true); year && year->spec.unit == TimexUnit::Year) {
            year->first = i;
            keepLonger(best, std::move(year));
        }
    }
    return best;
}

std::optional<TimexParse> TimexGrammar::deictic(int i) const
{
    const Entry *entry = nullptr;
    int last = phrase(i, Category::Deictic, &entry);
    if (last < 0)
        return std::nullopt;
    // "USA Today", "Today show": a capitalised day word inside a name.
    if (last == i && isCapitalised(i) && !isSentenceStart(i) && isCapitalised(i - 1) && token(i - 1)->isWord()
        && !token(i - 1)->is(Category::Licensor))
        return std::nullopt;
    TimexSpec spec = shifted(TimexUnit::Day, entry->number);
    if (!entry->extra.isEmpty()) {
        spec.partOfDay = entry->extra;
        spec.type = Timex::Type::Time;
    } else if (const Entry *part = single(last + 1, Category::PartOfDay)) {
        spec.partOfDay = part->value;
        spec.type = Timex::Type::Time;
        ++last;
    }
    return make(i, last, spec, "deictic");
}

std::optional<TimexParse> TimexGrammar::reference(int i) const
{
    const Entry *entry = nullptr;
    const int last = phrase(i, Category::Reference, &entry);
    if (last < 0)
        return std::nullopt;
    // "the future king", "the present government": an adjective, not a time.
    if (last > i) {
        const TimeToken *next = token(last + 1);
        if (next && next->isWord() && !next->capitalised && !next->is(Category::Licensor)
            && !next->is(Category::Grammar))
            return std::nullopt;
    }
    TimexSpec spec;
    spec.kind = TimexSpec::Kind::Reference;
    spec.value = entry->value;
    return make(i, last, spec, "reference");
}

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

std::optional<TimexParse> TimexGrammar::relative(int i, bool article) const
{
    const Entry *entry = single(i, Category::Relative);
    if (!entry)
        return std::nullopt;
    int offset = entry->number;
    bool anaphoric = entry->has(TimeLexicon::Anaphoric);
    bool window = entry->extra == QLatin1String("window");
    int j = i + 1;
    // "this past weekend", "this coming week"
    if (offset == 0 && !anaphoric) {
        if (const Entry *second = single(j, Category::Relative); second && second->number != 0) {
            offset = second->number;
            anaphoric = second->has(TimeLexicon::Anaphoric);
            window = false;
            ++j;
        }
    }
    const bool last = offset == -1 && !anaphoric && !window;

    // "the past 12 months", "the next three weeks", "the last few days"
    if (const auto a = amount(j); a && !a->article) {
        if (const auto u = unit(a->last + 1); u && u->unit != TimexUnit::Half && offset != 0) {
            if (a->value < 2 && !a->vague && !u->plural)
                return std::nullopt;
            TimexSpec spec = durationSpec(a->vague ? QStringLiteral("X") : a->text, u->unit);
            spec.window = offset < 0 ? -1 : 1;
            spec.windowUnit = u->unit;
            spec.windowAmount = a->vague ? -1 : a->value;
            return make(i, u->last, spec, "relative duration");
        }
    }

    if (const auto u = unit(j)) {
        if (u->plural) {
            if (offset == 0 || u->unit == TimexUnit::Half)
                return std::nullopt;
            TimexSpec spec = durationSpec(QStringLiteral("X"), u->unit);
            spec.window = offset < 0 ? -1 : 1;
            spec.windowUnit = u->unit;
            spec.windowAmount = -1;
            return make(i, u->last, spec, "relative vague duration");
        }
        // "the last week of March": the final week, not the previous one.
        if (isGrammar(u->last + 1, QLatin1String("OF")))
            return std::nullopt;
        switch (u->unit) {
        case TimexUnit::Day:
            if (!anaphoric && !(article && offset == 1))
                return std::nullopt;
            return make(i, u->last, shifted(TimexUnit::Day, offset, true), "relative day");
        case TimexUnit::Weekend: {
            TimexSpec spec = named(TimexUnit::Weekend, pickFor(offset));
            return make(i, u->last, spec, "relative weekend");
        }
        case TimexUnit::Second:
        case TimexUnit::Minute:
        case TimexUnit::Hour:
            if (!(window || (article && last) || (article && offset == 1)))
                return std::nullopt;
            {
                TimexSpec spec = durationSpec(QStringLiteral("1"), u->unit);
                spec.window = offset < 0 ? -1 : 1;
                spec.windowUnit = u->unit;
                spec.windowAmount = 1;
                return make(i, u->last, spec, "relative duration");
            }
        case TimexUnit::Half:
        case TimexUnit::None:
            return std::nullopt;
        default:
            break;
        }
        if (window || (article && last)) {
            TimexSpec spec = durationSpec(QStringLiteral("1"), u->unit);
            spec.window = -1;
            spec.windowUnit = u->unit;
            spec.windowAmount = 1;
            return make(i, u->last, spec, "relative duration");
        }
        const bool fromReference = anaphoric || (article && offset == 1);
        return make(i, u->last, shifted(u->unit, offset, fromReference),
                    fromReference ? "anaphoric unit" : "relative unit");
    }
    if (window && !article)
        return std::nullopt;

    if (const Entry *day = single(j, Category::Weekday); day && nameCase(j) && !day->has(TimeLexicon::Abbreviation)) {
        TimexSpec spec = named(TimexUnit::Day, offset == 0 ? TimexSpec::Pick::Tense : pickFor(offset));
        spec.weekday = day->number;
        if (const Entry *part = single(j + 1, Category::PartOfDay)) {
            spec.partOfDay = part->value;
            spec.type = Timex::Type::Time;
            return make(i, j + 1, spec, "relative weekday part of day");
        }
        return make(i, j, spec, "relative weekday");
    }
    if (const Entry *month = single(j, Category::Month);
        month && nameCase(j) && !month->has(TimeLexicon::Abbreviation)) {
        TimexSpec spec = named(TimexUnit::Month, pickFor(offset));
        spec.month = month->number;
        return make(i, j, spec, "relative month");
    }
    if (const Entry *seasonEntry = single(j, Category::Season)) {
        TimexSpec spec = named(TimexUnit::Season, pickFor(offset));
        spec.season = seasonEntry->value;
        return make(i, j, spec, "relative season");
    }
    if (const Entry *part = single(j, Category::PartOfDay); part && !window && offset >= -1 && offset <= 1) {
        TimexSpec spec = shifted(TimexUnit::Day, offset, anaphoric || (offset > 0 && article));
        spec.partOfDay = part->value;
        spec.type = Timex::Type::Time;
        return make(i, j, spec, "relative part of day");
    }
    return std::nullopt;
}

std::optional<TimexParse> TimexGrammar::position(int i, bool article) const
{
    const Entry *entry = single(i, Category::Position);
    if (!entry)
        return std::nullopt;
    const bool noun = entry->extra == QLatin1String("of");
    std::optional<TimexParse> target;
    if (isGrammar(i + 1, QLatin1String("OF"))) {
        if (!noun)
            return std::nullopt;
        target = positionTarget(i + 2, true);
    } else {
        if (noun)
            return std::nullopt;
        int j = i + 1;
        const bool hyphen = isPunct(j, u'-') && joined(j);
        if (hyphen)
            ++j;
        target = positionTarget(j, false);
        // "mid-year", "mid-month": the current one.
        if (!target && hyphen) {
            if (const auto u = unit(j);
                u && joined(j) && !u->plural && u->unit >= TimexUnit::Week && u->unit != TimexUnit::Half)
                target = make(j, j, shifted(u->unit, 0), "position unit");
        }
    }
    if (!target)
        return std::nullopt;
    Q_UNUSED(article)
    TimexSpec spec = target->spec;
    spec.mod = entry->value;
    return make(i, target->last, spec, "position");
}

std::optional<TimexParse> TimexGrammar::positionTarget(int i, bool afterOf) const
{
    std::optional<TimexParse> best;
    keepLonger(best, yearOrDecade(i, true));
    keepLonger(best, monthFirst(i, true));
    keepLonger(best, season(i, true));
    keepLonger(best, relative(i, false));
    keepLonger(best, deictic(i));
    keepLonger(best, weekday(i));
    keepLonger(best, quarter(i, false));
    keepLonger(best, century(i));
    keepLonger(best, fiscalYear(i));
    if (afterOf && isGrammar(i, QLatin1String("ARTICLE"))) {
        if (const auto u = unit(i + 1); u && !u->plural && u->unit != TimexUnit::Day && u->unit != TimexUnit::Half
            && u->unit >= TimexUnit::Week && !isGrammar(i + 2, QLatin1String("OF")))
            keepLonger(best, make(i, i + 1, shifted(u->unit, 0), "the unit"));
        if (auto afterThe = afterArticle(i + 1)) {
            afterThe->first = i;
            keepLonger(best, std::move(afterThe));
        }
    }
    if (best
        && (best->spec.kind == TimexSpec::Kind::Duration || best->spec.kind == TimexSpec::Kind::Set
            || best->spec.kind == TimexSpec::Kind::Reference || !best->spec.mod.isEmpty()))
        return std::nullopt;
    return best;
}

std::optional<TimexParse> TimexGrammar::unitPosition(int i) const
{
    // "year-end", "month-end", "decade-long"
    const auto u = unit(i);
    if (!u || u->plural || u->unit == TimexUnit::Half || !isPunct(i + 1, u'-') || !joined(i + 1) || !joined(i + 2))
        return std::nullopt;
    // "decade-long", "year-long": a duration of one unit.
    if (isGrammar(i + 2, QLatin1String("LONG")))
        return make(i, i + 2, durationSpec(QStringLiteral("1"), u->unit), "unit-long");
    if (u->unit < TimexUnit::Week)
        return std::nullopt;
    const Entry *entry = single(i + 2, Category::Position);
    if (!entry || entry->extra != QLatin1String("of"))
        return std::nullopt;
    TimexSpec spec = shifted(u->unit, 0);
    spec.mod = entry->value;
    return make(i, i + 2, spec, "unit position");
}

std::optional<TimexParse> TimexGrammar::earlierLater(int i) const
{
    const Entry *entry = single(i, Category::Direction);
    if (!entry || entry->extra != QLatin1String("clip"))
        return std::nullopt;
    const int sign = entry->number < 0 ? -1 : 1;
    if (const Entry *relativeEntry = single(i + 1, Category::Relative);
        relativeEntry && relativeEntry->number == 0 && !relativeEntry->has(TimeLexicon::Anaphoric)) {
        const auto u = unit(i + 2);
        if (u && !u->plural && u->unit >= TimexUnit::Week && u->unit != TimexUnit::Half) {
            TimexSpec spec = shifted(u->unit, 0);
            spec.clip = sign;
            return make(i, u->last, spec, "earlier/later this");
        }
    }
    if (const Entry *day = single(i + 1, Category::Deictic); day && day->number == 0 && day->extra.isEmpty()) {
        TimexSpec spec = shifted(TimexUnit::Day, 0);
        spec.clip = sign;
        return make(i, i + 1, spec, "earlier/later today");
    }
    return std::nullopt;
}

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
