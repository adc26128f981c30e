// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Rules for expressions relative to the anchor: "the day before", "last week", "early 2025", "earlier this year".

#include "TimexGrammar.h"
#include "TimexGrammarRules.h"

#include <QDate>

#include <algorithm>
#include <climits>
#include <cmath>

namespace annalist {

using namespace timexrules;

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

} // namespace annalist
