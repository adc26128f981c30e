// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeValueText.h"

#include "TimeValueLocale.h"

#include <QCoreApplication>
#include <QLocale>

namespace annalist {

namespace {

QString words(const char *text)
{
    return QCoreApplication::translate("annalist::TimeValueText", text);
}

QString formatDate(const QDateTime &bound, TimeValue::Granularity granularity)
{
    const QLocale c = TimeValueLocale::current();
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
        return words(QT_TRANSLATE_NOOP("annalist::TimeValueText", "unknown"));
    const TimeValue::Granularity granularity = value.granularity();
    QString text;
    // Open ends are said with their own bound, which belongs to the time: "until" the
    // last day it may be (inclusive), "from" the first. Saying "before" the last day
    // would move the bound a day back.
    if (!value.earliest().isValid()) {
        text = words(QT_TRANSLATE_NOOP("annalist::TimeValueText", "until %1 (inclusive)"))
                   .arg(formatDate(value.latest(), granularity));
    } else if (!value.latest().isValid()) {
        text = words(QT_TRANSLATE_NOOP("annalist::TimeValueText", "from %1"))
                   .arg(formatDate(value.earliest(), granularity));
    } else {
        QString first = formatDate(value.earliest(), granularity);
        const QString last = formatDate(value.latest(), granularity);
        // "between 2 Jun and 30 Sep 2024": a shared year is said once.
        const QString year = QStringLiteral(" ") + QString::number(value.latest().date().year());
        if (first != last && value.earliest().date().year() == value.latest().date().year() && first.endsWith(year)
            && granularity != TimeValue::Granularity::Year && granularity <= TimeValue::Granularity::Day)
            first.chop(year.size());
        text = first == last
            ? first
            : words(QT_TRANSLATE_NOOP("annalist::TimeValueText", "between %1 and %2")).arg(first, last);
    }
    switch (value.qualifier()) {
    case TimeValue::Qualifier::Approximate:
        return words(QT_TRANSLATE_NOOP("annalist::TimeValueText", "c. %1")).arg(text);
    case TimeValue::Qualifier::Uncertain:
        if (!value.earliest().isValid())
            return words(QT_TRANSLATE_NOOP("annalist::TimeValueText", "until %1 (inclusive, uncertain)"))
                .arg(formatDate(value.latest(), granularity));
        return words(QT_TRANSLATE_NOOP("annalist::TimeValueText", "%1 (uncertain)")).arg(text);
    case TimeValue::Qualifier::Exact:
        break;
    }
    return text;
}

} // namespace annalist
