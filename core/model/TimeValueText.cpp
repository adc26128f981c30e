// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeValueText.h"

#include <QLocale>

namespace annalist {

namespace {

QString formatDate(const QDateTime &bound, TimeValue::Granularity granularity)
{
    const QLocale c = QLocale::c();
    switch (granularity) {
    case TimeValue::Granularity::Year:
        return QString::number(bound.date().year());
    case TimeValue::Granularity::Month:
        return c.toString(bound.date(), QStringLiteral("MMM yyyy"));
    case TimeValue::Granularity::Hour:
    case TimeValue::Granularity::Minute:
        return c.toString(bound, QStringLiteral("d MMM yyyy HH:mm")) + QStringLiteral(" UTC");
    case TimeValue::Granularity::Second:
        return c.toString(bound, QStringLiteral("d MMM yyyy HH:mm:ss")) + QStringLiteral(" UTC");
    case TimeValue::Granularity::Day:
    case TimeValue::Granularity::Unknown:
        break;
    }
    return c.toString(bound.date(), QStringLiteral("d MMM yyyy"));
}

} // namespace

QString TimeValueText::describe(const TimeValue &value)
{
    if (!value.isKnown())
        return QStringLiteral("unknown");
    const TimeValue::Granularity granularity = value.granularity();
    QString text;
    if (!value.earliest().isValid()) {
        text = QStringLiteral("before ") + formatDate(value.latest(), granularity);
    } else if (!value.latest().isValid()) {
        text = QStringLiteral("after ") + formatDate(value.earliest(), granularity);
    } else {
        QString first = formatDate(value.earliest(), granularity);
        const QString last = formatDate(value.latest(), granularity);
        // "between 2 Jun and 30 Sep 2024": a shared year is said once.
        const QString year = QStringLiteral(" ") + QString::number(value.latest().date().year());
        if (first != last && value.earliest().date().year() == value.latest().date().year() && first.endsWith(year)
            && granularity != TimeValue::Granularity::Year && granularity <= TimeValue::Granularity::Day)
            first.chop(year.size());
        text = first == last ? first : QStringLiteral("between %1 and %2").arg(first, last);
    }
    switch (value.qualifier()) {
    case TimeValue::Qualifier::Approximate:
        return QStringLiteral("c. ") + text;
    case TimeValue::Qualifier::Uncertain:
        return text + QStringLiteral(" (uncertain)");
    case TimeValue::Qualifier::Exact:
        break;
    }
    return text;
}

} // namespace annalist
