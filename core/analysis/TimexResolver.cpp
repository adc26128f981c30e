// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimexResolver.h"

#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <vector>

namespace annalist {

namespace {

using Span = TimexCalendar::Span;

QDateTime utc(QDate date, QTime time)
{
    if (!date.isValid())
        return {};
        // A light UTC zone where Qt has one; a full QTimeZone costs an allocation per bound.
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(date, time, QTimeZone::UTC);
#else
    return QDateTime(date, time, Qt::UTC);
#endif
}

QDateTime startOf(QDate date, QTime time = QTime(0, 0))
{
    return utc(date, time);
}

QDateTime endOf(QDate date, QTime time = QTime(23, 59, 59, 999))
{
    return utc(date, time);
}

bool hasYearFields(const TimexSpec &spec)
{
    return spec.month > 0 || spec.quarter > 0 || spec.half > 0 || !spec.season.isEmpty();
}

bool weekCycle(const TimexSpec &spec)
{
    return spec.weekday > 0 || spec.unit == TimexUnit::Weekend;
}

// The part of [first, last] that a TIMEX3 mod names: a third for START, MID, END.
void narrow(const QString &mod, QDate &first, QDate &last)
{
    if (!first.isValid() || !last.isValid())
        return;
    const qint64 days = first.daysTo(last) + 1;
    const qint64 third = std::max<qint64>(1, days / 3);
    if (mod == QLatin1String("START")) {
        last = first.addDays(third - 1);
    } else if (mod == QLatin1String("END")) {
        first = last.addDays(1 - third);
    } else if (mod == QLatin1String("MID") && days >= 3) {
        const QDate from = first.addDays(third);
        last = last.addDays(-third);
        first = from;
    }
}

struct PartOfDay
{
    QTime from;
    QTime to;
    int extraDays;
};

PartOfDay partOfDay(const QString &code)
{
    if (code == QLatin1String("MO"))
        return { QTime(6, 0), QTime(11, 59, 59, 999), 0 };
    if (code == QLatin1String("AF"))
        return { QTime(12, 0), QTime(17, 59, 59, 999), 0 };
    if (code == QLatin1String("EV"))
        return { QTime(18, 0), QTime(21, 59, 59, 999), 0 };
    if (code == QLatin1String("NI"))
        return { QTime(21, 0), QTime(5, 59, 59, 999), 1 };
    return { QTime(0, 0), QTime(23, 59, 59, 999), 0 };
}

} // namespace

QString TimexResolver::timeSuffix(const TimexSpec &spec)
{
    if (spec.hour >= 0)
        return QStringLiteral("T%1:%2")
            .arg(spec.hour, 2, 10, QLatin1Char('0'))
            .arg(spec.minute, 2, 10, QLatin1Char('0'));
    if (!spec.partOfDay.isEmpty())
        return QStringLiteral("T") + spec.partOfDay;
    return {};
}

TimexCalendar::Span TimexResolver::withinYear(const TimexSpec &spec, int year)
{
    if (spec.month > 0 && spec.day > 0) {
        const QDate date(year, spec.month, spec.day);
        if (!date.isValid())
            return {};
        return { date, date, TimexCalendar::dayValue(date) };
    }
    if (spec.month > 0)
        return TimexCalendar::spanOf(TimexUnit::Month, QDate(year, spec.month, 1));
    if (spec.quarter > 0)
        return TimexCalendar::spanOf(TimexUnit::Quarter, QDate(year, (spec.quarter - 1) * 3 + 1, 1));
    if (spec.half > 0)
        return TimexCalendar::spanOf(TimexUnit::Half, QDate(year, spec.half == 1 ? 1 : 7, 1));
    if (!spec.season.isEmpty())
        return TimexCalendar::seasonSpan(year, spec.season);
    return TimexCalendar::spanOf(TimexUnit::Year, QDate(year, 1, 1));
}

TimexCalendar::Span TimexResolver::absolute(const TimexSpec &spec)
{
    Span span;
    switch (spec.unit) {
    case TimexUnit::Decade:
    case TimexUnit::Century:
    case TimexUnit::Millennium:
        span = TimexCalendar::spanOf(spec.unit, QDate(spec.year, 1, 1));
        break;
    default:
        span = withinYear(spec, spec.year);
        break;
    }
    if (spec.fiscal && span.isValid())
        span.value = QStringLiteral("FY") + span.value;
    return span;
}

TimexCalendar::Span TimexResolver::named(const TimexSpec &spec, QDate day, TenseCue::Tense tense)
{
    std::vector<Span> instances;
    if (weekCycle(spec)) {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        for (int week = -2; week <= 2; ++week) {
            const QDate start = monday.addDays(7 * week);
            if (spec.weekday > 0) {
                const QDate date = start.addDays(spec.weekday - 1);
                instances.push_back({ date, date, TimexCalendar::dayValue(date) });
            } else {
                instances.push_back(TimexCalendar::spanOf(TimexUnit::Weekend, start));
            }
        }
    } else {
        for (int year = day.year() - 2; year <= day.year() + 2; ++year) {
            if (const Span span = withinYear(spec, year); span.isValid())
                instances.push_back(span);
        }
        // The day of the week settles the year better than the tense: the nearest year
        // where the date falls on that day.
        if (spec.statedWeekday > 0) {
            const Span *nearest = nullptr;
            for (const Span &span : instances) {
                if (span.first.dayOfWeek() == spec.statedWeekday
                    && (!nearest || std::abs(span.first.daysTo(day)) < std::abs(nearest->first.daysTo(day))))
                    nearest = &span;
            }
            if (nearest)
                return *nearest;
        }
    }
    if (instances.empty())
        return {};

    const auto latestWhere = [&](auto predicate) {
        Span found;
        for (const Span &span : instances) {
            if (predicate(span))
                found = span;
        }
        return found;
    };
    const auto earliestWhere = [&](auto predicate) {
        for (const Span &span : instances) {
            if (predicate(span))
                return span;
        }
        return Span {};
    };
    const auto containing = earliestWhere([&](const Span &s) { return s.first <= day && day <= s.last; });
    const auto nearest = [&] {
        const Span before = latestWhere([&](const Span &s) { return s.last < day; });
        const Span after = earliestWhere([&](const Span &s) { return s.first > day; });
        if (containing.isValid())
            return containing;
        if (!after.isValid())
            return before;
        if (!before.isValid())
            return after;
        // The past one on a tie: news reports more than it announces.
        return before.last.daysTo(day) <= day.daysTo(after.first) ? before : after;
    };

    switch (spec.pick) {
    case TimexSpec::Pick::Previous:
        return latestWhere([&](const Span &s) { return s.last < day; });
    case TimexSpec::Pick::Next:
        return earliestWhere([&](const Span &s) { return s.first > day; });
    case TimexSpec::Pick::Current:
        if (containing.isValid())
            return containing;
        if (weekCycle(spec)) {
            const QDate monday = day.addDays(1 - day.dayOfWeek());
            return earliestWhere([&](const Span &s) { return s.first >= monday; });
        }
        return earliestWhere([&](const Span &s) { return s.first.year() == day.year(); });
    case TimexSpec::Pick::Tense:
        break;
    }
    // News speaks of coming days in the present tense ("voters go to the polls Sunday").
    if (tense == TenseCue::Tense::Future || (tense == TenseCue::Tense::Present && weekCycle(spec)))
        return earliestWhere([&](const Span &s) { return s.last >= day; });
    if (tense == TenseCue::Tense::Past || weekCycle(spec))
        return latestWhere([&](const Span &s) { return s.first <= day; });
    // No tense to go by: the nearer occurrence.
    return nearest();
}

TimexCalendar::Span TimexResolver::onDay(const TimexSpec &spec, QDate day, TenseCue::Tense tense)
{
    if (spec.kind == TimexSpec::Kind::Named)
        return named(spec, day, tense);
    const TimexUnit by = spec.shiftUnit == TimexUnit::None ? spec.unit : spec.shiftUnit;
    const QDate target = TimexCalendar::shift(by, day, spec.offset);
    if (hasYearFields(spec) && by == TimexUnit::Year)
        return withinYear(spec, target.year());
    return TimexCalendar::spanOf(spec.unit, target);
}

QString TimexResolver::unknownValue(const TimexSpec &spec)
{
    if (spec.weekday > 0)
        return QStringLiteral("XXXX-WXX-%1").arg(spec.weekday);
    if (spec.unit == TimexUnit::Weekend)
        return QStringLiteral("XXXX-WXX-WE");
    if (hasYearFields(spec) && (spec.kind == TimexSpec::Kind::Named || spec.shiftUnit == TimexUnit::Year)) {
        const Span sample = withinYear(spec, 2000);
        return QStringLiteral("XXXX") + sample.value.mid(4);
    }
    return TimexCalendar::unknownDigits(TimexCalendar::spanOf(spec.unit, QDate(2000, 1, 1)).value);
}

TimexResolution TimexResolver::resolve(const TimexSpec &spec, const TimeValue &anchor, QDate reference,
                                       TenseCue::Tense tense)
{
    TimexResolution result;
    const QDate anchorFirst = anchor.earliest().isValid() ? anchor.earliest().toUTC().date() : QDate();
    const QDate anchorLast = anchor.latest().isValid() ? anchor.latest().toUTC().date() : QDate();
    const bool anchorIsDay = anchorFirst.isValid() && anchorFirst == anchorLast;
    auto qualifier = TimeValue::Qualifier::Exact;
    const auto weaken = [&qualifier](TimeValue::Qualifier other) {
        if (other == TimeValue::Qualifier::Uncertain || qualifier == TimeValue::Qualifier::Uncertain)
            qualifier = TimeValue::Qualifier::Uncertain;
        else if (other == TimeValue::Qualifier::Approximate)
            qualifier = TimeValue::Qualifier::Approximate;
    };
    const auto finish = [&](QDate first, QDate last, TimeValue::Granularity granularity, QTime fromTime, QTime toTime,
                            int extraDays) {
        if (!first.isValid() && !last.isValid())
            return;
        result.resolved = TimeValue::between(
            startOf(first, fromTime), endOf(last.isValid() ? last.addDays(extraDays) : last, toTime), granularity);
        result.resolved.setQualifier(qualifier);
        if (result.relative && anchor.isKnown())
            result.resolved.setAnchor(anchor.toEdtf());
    };

    switch (spec.kind) {
    case TimexSpec::Kind::Reference: {
        result.value = spec.value;
        result.relative = true;
        if (!anchor.isKnown())
            return result;
        qualifier = TimeValue::Qualifier::Approximate;
        weaken(anchor.qualifier());
        QDate first = anchorFirst;
        QDate last = anchorLast;
        if (spec.value == QLatin1String("PAST_REF"))
            first = QDate();
        else if (spec.value == QLatin1String("FUTURE_REF"))
            last = QDate();
        finish(first, last, TimeValue::Granularity::Day, QTime(0, 0), QTime(23, 59, 59, 999), 0);
        return result;
    }
    case TimexSpec::Kind::Duration: {
        result.value = spec.value;
        if (spec.window == 0 || spec.windowAmount <= 0)
            return result;
        result.relative = true;
        if (!anchorFirst.isValid() || !anchorLast.isValid())
            return result;
        const int amount = int(std::lround(spec.windowAmount));
        QDate first = anchorFirst;
        QDate last = anchorLast;
        if (spec.window < 0)
            first = TimexCalendar::shift(spec.windowUnit, anchorFirst, -amount).addDays(1);
        else
            last = TimexCalendar::shift(spec.windowUnit, anchorLast, amount).addDays(-1);
        if (last < first)
            last = first;
        if (!anchorIsDay)
            qualifier = TimeValue::Qualifier::Uncertain;
        weaken(anchor.qualifier());
        finish(first, last, TimeValue::Granularity::Day, QTime(0, 0), QTime(23, 59, 59, 999), 0);
        return result;
    }
    case TimexSpec::Kind::Set:
        result.value = spec.value;
        return result;
    case TimexSpec::Kind::Absolute:
    case TimexSpec::Kind::Named:
    case TimexSpec::Kind::Shifted:
        break;
    }

    Span from;
    Span to;
    if (spec.kind == TimexSpec::Kind::Absolute) {
        from = absolute(spec);
        to = from;
        if (!from.isValid()) {
            result.value = unknownValue(spec);
            return result;
        }
        if (spec.otherMonth > 0) {
            const QDate other(spec.year, spec.otherMonth, spec.otherDay);
            if (other < from.first)
                from = { other, other, from.value };
            else
                to = { other, other, from.value };
            qualifier = TimeValue::Qualifier::Uncertain;
        }
        if (spec.fiscal)
            weaken(TimeValue::Qualifier::Approximate);
    } else {
        result.relative = true;
        QDate baseFirst = anchorFirst;
        QDate baseLast = anchorLast;
        bool baseIsDay = anchorIsDay;
        if (spec.anaphoric) {
            if (reference.isValid()) {
                baseFirst = reference;
                baseLast = reference;
                baseIsDay = true;
            }
            qualifier = TimeValue::Qualifier::Uncertain;
        }
        if (!baseFirst.isValid() || !baseLast.isValid()) {
            result.value = unknownValue(spec) + timeSuffix(spec);
            if (baseFirst.isValid() || baseLast.isValid()) {
                // A window open on one side: only that side can be moved.
                const Span known = onDay(spec, baseFirst.isValid() ? baseFirst : baseLast, tense);
                qualifier = TimeValue::Qualifier::Uncertain;
                finish(baseFirst.isValid() ? known.first : QDate(), baseLast.isValid() ? known.last : QDate(),
                       TimexCalendar::granularity(spec.unit), QTime(0, 0), QTime(23, 59, 59, 999), 0);
            }
            return result;
        }
        from = onDay(spec, baseFirst, tense);
        to = baseIsDay ? from : onDay(spec, baseLast, tense);
        if (!from.isValid() || !to.isValid()) {
            result.value = unknownValue(spec) + timeSuffix(spec);
            return result;
        }
        if (from.value != to.value)
            qualifier = TimeValue::Qualifier::Uncertain;
        if (!spec.anaphoric)
            weaken(anchor.qualifier());
    }

    result.value = TimexCalendar::mergeValues(from.value, to.value) + timeSuffix(spec);
    QDate first = from.first;
    QDate last = to.last;
    auto granularity = TimexCalendar::granularity(spec.unit);
    // A part of a period is known to a finer unit than the period itself.
    const auto finer = [&granularity] {
        if (granularity == TimeValue::Granularity::Year)
            granularity = TimeValue::Granularity::Month;
        else if (granularity == TimeValue::Granularity::Month)
            granularity = TimeValue::Granularity::Day;
    };
    if (!spec.mod.isEmpty()) {
        narrow(spec.mod, first, last);
        weaken(TimeValue::Qualifier::Approximate);
        if (spec.mod == QLatin1String("START") || spec.mod == QLatin1String("MID") || spec.mod == QLatin1String("END"))
            finer();
    }
    if (spec.clip < 0 && anchorLast.isValid()) {
        last = std::min(last, anchorLast);
        granularity = TimeValue::Granularity::Day;
    } else if (spec.clip > 0 && anchorFirst.isValid()) {
        first = std::max(first, anchorFirst);
        granularity = TimeValue::Granularity::Day;
    }

    if (spec.hour >= 0) {
        const QTime time = spec.hour >= 24 ? QTime(23, 59, 59, 999) : QTime(spec.hour, spec.minute);
        granularity = TimeValue::Granularity::Minute;
        if (first == last) {
            const QDateTime moment = startOf(first, time);
            result.resolved = TimeValue::instant(moment, granularity);
            result.resolved.setQualifier(qualifier);
            if (result.relative && anchor.isKnown())
                result.resolved.setAnchor(anchor.toEdtf());
            return result;
        }
        finish(first, last, granularity, time, time, 0);
        return result;
    }
    if (!spec.partOfDay.isEmpty()) {
        const PartOfDay part = partOfDay(spec.partOfDay);
        finish(first, last, TimeValue::Granularity::Hour, part.from, part.to, part.extraDays);
        return result;
    }
    finish(first, last, granularity, QTime(0, 0), QTime(23, 59, 59, 999), 0);
    return result;
}

} // namespace annalist
