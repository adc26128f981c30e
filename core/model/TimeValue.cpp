// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeValue.h"

#include <QTimeZone>

namespace annalist {

namespace {

QDateTime startOfDay(QDate date)
{
    return QDateTime(date, QTime(0, 0), QTimeZone::utc());
}

QDateTime endOfDay(QDate date)
{
    return QDateTime(date, QTime(23, 59, 59, 999), QTimeZone::utc());
}

} // namespace

TimeValue TimeValue::unknown()
{
    return {};
}

TimeValue TimeValue::day(QDate date, Qualifier qualifier)
{
    TimeValue value;
    value.m_earliest = startOfDay(date);
    value.m_latest = endOfDay(date);
    value.m_granularity = Granularity::Day;
    value.m_qualifier = qualifier;
    return value;
}

TimeValue TimeValue::month(int year, int month, Qualifier qualifier)
{
    const QDate first(year, month, 1);
    TimeValue value;
    value.m_earliest = startOfDay(first);
    value.m_latest = endOfDay(first.addMonths(1).addDays(-1));
    value.m_granularity = Granularity::Month;
    value.m_qualifier = qualifier;
    return value;
}

TimeValue TimeValue::year(int year, Qualifier qualifier)
{
    TimeValue value;
    value.m_earliest = startOfDay(QDate(year, 1, 1));
    value.m_latest = endOfDay(QDate(year, 12, 31));
    value.m_granularity = Granularity::Year;
    value.m_qualifier = qualifier;
    return value;
}

TimeValue TimeValue::instant(const QDateTime &moment, Granularity granularity)
{
    TimeValue value;
    value.m_earliest = moment.toUTC();
    value.m_latest = moment.toUTC();
    value.m_granularity = granularity;
    return value;
}

TimeValue TimeValue::between(const QDateTime &earliest, const QDateTime &latest, Granularity granularity)
{
    TimeValue value;
    value.setBounds(earliest, latest);
    value.m_granularity = granularity;
    return value;
}

void TimeValue::setBounds(const QDateTime &earliest, const QDateTime &latest)
{
    m_earliest = earliest.isValid() ? earliest.toUTC() : QDateTime();
    m_latest = latest.isValid() ? latest.toUTC() : QDateTime();
}

bool TimeValue::isSingleUnit() const
{
    if (!m_earliest.isValid() || !m_latest.isValid())
        return false;
    const QDate first = m_earliest.date();
    const QDate last = m_latest.date();
    switch (m_granularity) {
    case Granularity::Year:
        return first == QDate(first.year(), 1, 1) && last == QDate(first.year(), 12, 31);
    case Granularity::Month:
        return first.day() == 1 && last == first.addMonths(1).addDays(-1);
    case Granularity::Day:
        return first == last && m_earliest.time() == QTime(0, 0);
    case Granularity::Hour:
    case Granularity::Minute:
    case Granularity::Second:
        return m_earliest == m_latest;
    case Granularity::Unknown:
        return false;
    }
    return false;
}

QString TimeValue::formatBound(const QDateTime &bound) const
{
    switch (m_granularity) {
    case Granularity::Year:
        return QString::number(bound.date().year()).rightJustified(4, u'0');
    case Granularity::Month:
        return bound.toString(QStringLiteral("yyyy-MM"));
    case Granularity::Hour:
    case Granularity::Minute:
        return bound.toString(QStringLiteral("yyyy-MM-ddTHH:mmZ"));
    case Granularity::Second:
        return bound.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
    case Granularity::Day:
    case Granularity::Unknown:
        break;
    }
    return bound.toString(QStringLiteral("yyyy-MM-dd"));
}

QString TimeValue::toEdtf() const
{
    if (!isKnown())
        return {};
    QString text;
    if (isSingleUnit()) {
        text = formatBound(m_earliest);
    } else {
        const QString from = m_earliest.isValid() ? formatBound(m_earliest) : QStringLiteral("..");
        const QString to = m_latest.isValid() ? formatBound(m_latest) : QStringLiteral("..");
        text = from + u'/' + to;
    }
    switch (m_qualifier) {
    case Qualifier::Approximate:
        return text + u'~';
    case Qualifier::Uncertain:
        return text + u'?';
    case Qualifier::Exact:
        break;
    }
    return text;
}

QString TimeValue::toTimex3() const
{
    if (!isKnown())
        return QStringLiteral("XXXX-XX-XX");
    if (isSingleUnit())
        return formatBound(m_earliest);
    // TIMEX3 has no interval value; the earliest bound at the coarsest shared unit is
    // the honest single value, the caller keeps the interval in the TimeValue itself.
    if (m_earliest.isValid() && m_latest.isValid() && m_earliest.date().year() == m_latest.date().year())
        return QString::number(m_earliest.date().year());
    return QStringLiteral("XXXX");
}

} // namespace annalist
