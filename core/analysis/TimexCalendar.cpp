// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimexCalendar.h"

namespace annalist {

TimexUnit TimexCalendar::unitFromCode(QStringView code)
{
    struct Code
    {
        const char *name;
        TimexUnit unit;
    };
    static constexpr Code codes[] = {
        { "S", TimexUnit::Second },     { "MI", TimexUnit::Minute },  { "H", TimexUnit::Hour },
        { "D", TimexUnit::Day },        { "WE", TimexUnit::Weekend }, { "W", TimexUnit::Week },
        { "FN", TimexUnit::Fortnight }, { "M", TimexUnit::Month },    { "SE", TimexUnit::Season },
        { "Q", TimexUnit::Quarter },    { "HALF", TimexUnit::Half },  { "Y", TimexUnit::Year },
        { "DE", TimexUnit::Decade },    { "CE", TimexUnit::Century }, { "ML", TimexUnit::Millennium },
    };
    for (const Code &candidate : codes) {
        if (code == QLatin1String(candidate.name))
            return candidate.unit;
    }
    return TimexUnit::None;
}

QString TimexCalendar::durationValue(const QString &amount, TimexUnit unit)
{
    bool numeric = false;
    const double number = amount.toDouble(&numeric);
    const auto times = [&](int factor) {
        return numeric ? QString::number(number * factor) : amount;
    };
    switch (unit) {
    case TimexUnit::Second:
        return QStringLiteral("PT") + amount + u'S';
    case TimexUnit::Minute:
        return QStringLiteral("PT") + amount + u'M';
    case TimexUnit::Hour:
        return QStringLiteral("PT") + amount + u'H';
    case TimexUnit::Day:
        return QStringLiteral("P") + amount + u'D';
    case TimexUnit::Weekend:
        return QStringLiteral("P") + amount + QStringLiteral("WE");
    case TimexUnit::Week:
        return QStringLiteral("P") + amount + u'W';
    case TimexUnit::Fortnight:
        return QStringLiteral("P") + times(2) + u'W';
    case TimexUnit::Month:
        return QStringLiteral("P") + amount + u'M';
    case TimexUnit::Season:
    case TimexUnit::Quarter:
        return QStringLiteral("P") + amount + u'Q';
    case TimexUnit::Half:
        return QStringLiteral("P") + times(6) + u'M';
    case TimexUnit::Year:
        return QStringLiteral("P") + amount + u'Y';
    case TimexUnit::Decade:
        return QStringLiteral("P") + amount + QStringLiteral("DE");
    case TimexUnit::Century:
        return QStringLiteral("P") + amount + QStringLiteral("CE");
    case TimexUnit::Millennium:
        return QStringLiteral("P") + amount + QStringLiteral("ML");
    case TimexUnit::None:
        break;
    }
    return QStringLiteral("PXX");
}

namespace {

// Values are built digit by digit: they are made for every expression of a text.
void putDigits(QChar *out, int value, int width)
{
    for (int k = width - 1; k >= 0; --k) {
        out[k] = QChar(char16_t(u'0' + value % 10));
        value /= 10;
    }
}

} // namespace

QString TimexCalendar::yearValue(int year)
{
    if (year < 0 || year > 9999)
        return QString::number(year);
    QString value(4, Qt::Uninitialized);
    putDigits(value.data(), year, 4);
    return value;
}

QString TimexCalendar::monthValue(int year, int month)
{
    if (year < 0 || year > 9999)
        return QString::number(year) + u'-' + QString::number(month).rightJustified(2, u'0');
    QString value(7, Qt::Uninitialized);
    QChar *out = value.data();
    putDigits(out, year, 4);
    out[4] = u'-';
    putDigits(out + 5, month, 2);
    return value;
}

QString TimexCalendar::dayValue(QDate date)
{
    const int year = date.year();
    if (year < 0 || year > 9999)
        return monthValue(year, date.month()) + u'-' + QString::number(date.day()).rightJustified(2, u'0');
    QString value(10, Qt::Uninitialized);
    QChar *out = value.data();
    putDigits(out, year, 4);
    out[4] = u'-';
    putDigits(out + 5, date.month(), 2);
    out[7] = u'-';
    putDigits(out + 8, date.day(), 2);
    return value;
}

QString TimexCalendar::weekValue(QDate date)
{
    int weekYear = 0;
    const int week = date.weekNumber(&weekYear);
    if (weekYear < 0 || weekYear > 9999)
        return yearValue(weekYear) + QStringLiteral("-W") + QString::number(week).rightJustified(2, u'0');
    QString value(8, Qt::Uninitialized);
    QChar *out = value.data();
    putDigits(out, weekYear, 4);
    out[4] = u'-';
    out[5] = u'W';
    putDigits(out + 6, week, 2);
    return value;
}

TimexCalendar::Span TimexCalendar::seasonSpan(int year, QStringView season)
{
    int firstMonth = 0;
    if (season == QLatin1String("SP"))
        firstMonth = 3;
    else if (season == QLatin1String("SU"))
        firstMonth = 6;
    else if (season == QLatin1String("FA"))
        firstMonth = 9;
    else if (season == QLatin1String("WI"))
        firstMonth = 12;
    if (firstMonth == 0)
        return {};
    const QDate first(year, firstMonth, 1);
    return { first, first.addMonths(3).addDays(-1), yearValue(year) + u'-' + season.toString() };
}

QString TimexCalendar::seasonOf(QDate date, int *seasonYear)
{
    const int month = date.month();
    *seasonYear = date.year();
    if (month >= 3 && month <= 5)
        return QStringLiteral("SP");
    if (month >= 6 && month <= 8)
        return QStringLiteral("SU");
    if (month >= 9 && month <= 11)
        return QStringLiteral("FA");
    if (month <= 2)
        *seasonYear = date.year() - 1;
    return QStringLiteral("WI");
}

TimexCalendar::Span TimexCalendar::spanOf(TimexUnit unit, QDate date)
{
    const int year = date.year();
    switch (unit) {
    case TimexUnit::Second:
    case TimexUnit::Minute:
    case TimexUnit::Hour:
    case TimexUnit::Day:
        return { date, date, dayValue(date) };
    case TimexUnit::Weekend: {
        const QDate saturday = date.addDays(6 - date.dayOfWeek());
        return { saturday, saturday.addDays(1), weekValue(date) + QStringLiteral("-WE") };
    }
    case TimexUnit::Week:
    case TimexUnit::Fortnight: {
        const QDate monday = date.addDays(1 - date.dayOfWeek());
        return { monday, monday.addDays(6), weekValue(date) };
    }
    case TimexUnit::Month: {
        const QDate first(year, date.month(), 1);
        return { first, first.addMonths(1).addDays(-1), monthValue(year, date.month()) };
    }
    case TimexUnit::Season: {
        int seasonYear = 0;
        const QString season = seasonOf(date, &seasonYear);
        return seasonSpan(seasonYear, season);
    }
    case TimexUnit::Quarter: {
        const int quarter = (date.month() - 1) / 3 + 1;
        const QDate first(year, (quarter - 1) * 3 + 1, 1);
        return { first, first.addMonths(3).addDays(-1),
                 yearValue(year) + QStringLiteral("-Q") + QString::number(quarter) };
    }
    case TimexUnit::Half: {
        const int half = date.month() <= 6 ? 1 : 2;
        const QDate first(year, half == 1 ? 1 : 7, 1);
        return { first, first.addMonths(6).addDays(-1),
                 yearValue(year) + QStringLiteral("-H") + QString::number(half) };
    }
    case TimexUnit::Year:
        return { QDate(year, 1, 1), QDate(year, 12, 31), yearValue(year) };
    case TimexUnit::Decade: {
        const int first = year - ((year % 10) + 10) % 10;
        return { QDate(first, 1, 1), QDate(first + 9, 12, 31), yearValue(first).left(3) };
    }
    case TimexUnit::Century: {
        const int first = year - ((year % 100) + 100) % 100;
        return { QDate(first, 1, 1), QDate(first + 99, 12, 31), yearValue(first).left(2) };
    }
    case TimexUnit::Millennium: {
        const int first = year - ((year % 1000) + 1000) % 1000;
        return { QDate(first, 1, 1), QDate(first + 999, 12, 31), yearValue(first).left(1) };
    }
    case TimexUnit::None:
        break;
    }
    return { date, date, dayValue(date) };
}

QDate TimexCalendar::shift(TimexUnit unit, QDate date, int count)
{
    switch (unit) {
    case TimexUnit::Second:
    case TimexUnit::Minute:
    case TimexUnit::Hour:
        return date;
    case TimexUnit::Day:
        return date.addDays(count);
    case TimexUnit::Weekend:
    case TimexUnit::Week:
        return date.addDays(7 * qint64(count));
    case TimexUnit::Fortnight:
        return date.addDays(14 * qint64(count));
    case TimexUnit::Month:
        return date.addMonths(count);
    case TimexUnit::Season:
    case TimexUnit::Quarter:
        return date.addMonths(3 * count);
    case TimexUnit::Half:
        return date.addMonths(6 * count);
    case TimexUnit::Year:
        return date.addYears(count);
    case TimexUnit::Decade:
        return date.addYears(10 * count);
    case TimexUnit::Century:
        return date.addYears(100 * count);
    case TimexUnit::Millennium:
        return date.addYears(1000 * count);
    case TimexUnit::None:
        break;
    }
    return date;
}

TimeValue::Granularity TimexCalendar::granularity(TimexUnit unit)
{
    switch (unit) {
    case TimexUnit::Second:
        return TimeValue::Granularity::Second;
    case TimexUnit::Minute:
        return TimeValue::Granularity::Minute;
    case TimexUnit::Hour:
        return TimeValue::Granularity::Hour;
    case TimexUnit::Day:
    case TimexUnit::Weekend:
    case TimexUnit::Week:
    case TimexUnit::Fortnight:
        return TimeValue::Granularity::Day;
    case TimexUnit::Month:
    case TimexUnit::Season:
    case TimexUnit::Quarter:
    case TimexUnit::Half:
        return TimeValue::Granularity::Month;
    case TimexUnit::Year:
    case TimexUnit::Decade:
    case TimexUnit::Century:
    case TimexUnit::Millennium:
        return TimeValue::Granularity::Year;
    case TimexUnit::None:
        break;
    }
    return TimeValue::Granularity::Unknown;
}

QString TimexCalendar::unknownDigits(const QString &value)
{
    QString result = value;
    for (QChar &c : result) {
        if (c.isDigit())
            c = u'X';
    }
    return result;
}

QString TimexCalendar::mergeValues(const QString &a, const QString &b)
{
    if (a == b)
        return a;
    const auto fields = [](const QString &value) {
        QList<QStringView> parts;
        qsizetype start = 0;
        for (qsizetype i = 0; i <= value.size(); ++i) {
            if (i == value.size() || value.at(i) == u'-' || value.at(i) == u'T') {
                parts.append(QStringView(value).mid(start, i - start));
                start = i + 1;
            }
        }
        return parts;
    };
    const QList<QStringView> left = fields(a);
    const QList<QStringView> right = fields(b);
    if (left.size() != right.size())
        return unknownDigits(a.size() <= b.size() ? a : b);
    QString result;
    result.reserve(a.size());
    qsizetype position = 0;
    for (qsizetype f = 0; f < left.size(); ++f) {
        if (f > 0) {
            result += a.at(position);
            ++position;
        }
        const QStringView x = left.at(f);
        const QStringView y = right.at(f);
        position += x.size();
        if (x == y) {
            result += x;
            continue;
        }
        if (x.size() != y.size()) {
            result += unknownDigits(x.toString());
            continue;
        }
        // The year keeps the digits both share ("2019" and "2024" give "20XX"); other
        // fields are known entirely or not at all ("2024-10" and "2024-12": "2024-XX").
        bool differs = false;
        for (qsizetype i = 0; i < x.size(); ++i) {
            differs = differs || x.at(i) != y.at(i) || f > 0;
            if (!differs || (!x.at(i).isDigit() && x.at(i) == y.at(i)))
                result += x.at(i);
            else
                result += u'X';
        }
    }
    return result;
}

} // namespace annalist
