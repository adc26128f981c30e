// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeAxisTicks.h"

#include <QLocale>
#include <QTimeZone>

#include <array>

namespace annalist {

namespace {

constexpr std::array units = {
    TimeAxisTicks::Unit::Century, TimeAxisTicks::Unit::Decade,   TimeAxisTicks::Unit::Year,
    TimeAxisTicks::Unit::Quarter, TimeAxisTicks::Unit::Month,    TimeAxisTicks::Unit::Week,
    TimeAxisTicks::Unit::Day,     TimeAxisTicks::Unit::SixHours, TimeAxisTicks::Unit::Hour,
};

QDateTime utc(QDate date, QTime time = QTime(0, 0))
{
    return QDateTime(date, time, QTimeZone::utc());
}

int floorTo(int value, int step)
{
    const int remainder = ((value % step) + step) % step;
    return value - remainder;
}

// The boundary of the unit at or before the moment.
QDateTime floorToUnit(const QDateTime &moment, TimeAxisTicks::Unit unit)
{
    const QDate date = moment.toUTC().date();
    switch (unit) {
    case TimeAxisTicks::Unit::Century:
        return utc(QDate(floorTo(date.year(), 100), 1, 1));
    case TimeAxisTicks::Unit::Decade:
        return utc(QDate(floorTo(date.year(), 10), 1, 1));
    case TimeAxisTicks::Unit::Year:
        return utc(QDate(date.year(), 1, 1));
    case TimeAxisTicks::Unit::Quarter:
        return utc(QDate(date.year(), (date.month() - 1) / 3 * 3 + 1, 1));
    case TimeAxisTicks::Unit::Month:
        return utc(QDate(date.year(), date.month(), 1));
    case TimeAxisTicks::Unit::Week:
        return utc(date.addDays(1 - date.dayOfWeek()));
    case TimeAxisTicks::Unit::Day:
        return utc(date);
    case TimeAxisTicks::Unit::SixHours:
        return utc(date, QTime(moment.toUTC().time().hour() / 6 * 6, 0));
    case TimeAxisTicks::Unit::Hour:
        return utc(date, QTime(moment.toUTC().time().hour(), 0));
    }
    return moment;
}

QDateTime next(const QDateTime &tick, TimeAxisTicks::Unit unit)
{
    switch (unit) {
    case TimeAxisTicks::Unit::Century:
        return tick.addYears(100);
    case TimeAxisTicks::Unit::Decade:
        return tick.addYears(10);
    case TimeAxisTicks::Unit::Year:
        return tick.addYears(1);
    case TimeAxisTicks::Unit::Quarter:
        return tick.addMonths(3);
    case TimeAxisTicks::Unit::Month:
        return tick.addMonths(1);
    case TimeAxisTicks::Unit::Week:
        return tick.addDays(7);
    case TimeAxisTicks::Unit::Day:
        return tick.addDays(1);
    case TimeAxisTicks::Unit::SixHours:
        return tick.addSecs(6 * 3600);
    case TimeAxisTicks::Unit::Hour:
        return tick.addSecs(3600);
    }
    return tick;
}

QString shortLabel(const QDateTime &tick, TimeAxisTicks::Unit unit)
{
    const QLocale c = QLocale::c();
    const QDate date = tick.date();
    switch (unit) {
    case TimeAxisTicks::Unit::Century:
    case TimeAxisTicks::Unit::Decade:
    case TimeAxisTicks::Unit::Year:
        return QString::number(date.year());
    case TimeAxisTicks::Unit::Quarter:
        return QStringLiteral("Q%1").arg((date.month() - 1) / 3 + 1);
    case TimeAxisTicks::Unit::Month:
        return c.monthName(date.month(), QLocale::ShortFormat);
    case TimeAxisTicks::Unit::Week:
    case TimeAxisTicks::Unit::Day:
        return QString::number(date.day());
    case TimeAxisTicks::Unit::SixHours:
    case TimeAxisTicks::Unit::Hour:
        return c.toString(tick.time(), QStringLiteral("HH:mm"));
    }
    return {};
}

// The larger unit a tick belongs to, shown when it changes from the previous tick.
QString context(const QDateTime &tick, TimeAxisTicks::Unit unit)
{
    const QLocale c = QLocale::c();
    switch (unit) {
    case TimeAxisTicks::Unit::Century:
    case TimeAxisTicks::Unit::Decade:
    case TimeAxisTicks::Unit::Year:
        return {};
    case TimeAxisTicks::Unit::Quarter:
    case TimeAxisTicks::Unit::Month:
        return QString::number(tick.date().year());
    case TimeAxisTicks::Unit::Week:
    case TimeAxisTicks::Unit::Day:
        return c.toString(tick.date(), QStringLiteral("MMM yyyy"));
    case TimeAxisTicks::Unit::SixHours:
    case TimeAxisTicks::Unit::Hour:
        return c.toString(tick.date(), QStringLiteral("d MMM yyyy"));
    }
    return {};
}

} // namespace

double TimeAxisTicks::nominalDays(Unit unit)
{
    switch (unit) {
    case Unit::Century:
        return 36524.25;
    case Unit::Decade:
        return 3652.425;
    case Unit::Year:
        return 365.2425;
    case Unit::Quarter:
        return 91.31;
    case Unit::Month:
        return 30.44;
    case Unit::Week:
        return 7;
    case Unit::Day:
        return 1;
    case Unit::SixHours:
        return 0.25;
    case Unit::Hour:
        return 1.0 / 24;
    }
    return 1;
}

TimeAxisTicks::Unit TimeAxisTicks::unitFor(double pixelsPerDay, double minimumSpacing)
{
    Unit chosen = Unit::Century;
    for (const Unit unit : units) {
        if (nominalDays(unit) * pixelsPerDay < minimumSpacing)
            break;
        chosen = unit;
    }
    return chosen;
}

QList<AxisTick> TimeAxisTicks::ticks(const QDateTime &from, const QDateTime &to, Unit unit, int maximumTicks)
{
    QList<AxisTick> result;
    if (!from.isValid() || !to.isValid() || to < from)
        return result;
    QString lastContext;
    for (QDateTime tick = floorToUnit(from, unit); result.size() < maximumTicks; tick = next(tick, unit)) {
        AxisTick mark { tick, shortLabel(tick, unit), {} };
        const QString tickContext = context(tick, unit);
        if (tickContext != lastContext)
            mark.contextLabel = tickContext;
        lastContext = tickContext;
        result << mark;
        if (tick >= to)
            break;
    }
    return result;
}

} // namespace annalist
