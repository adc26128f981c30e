// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PublicationTimeParser.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTimeZone>

namespace annalist {

TimeValue PublicationTimeParser::parse(const QString &raw, QStringList &warnings)
{
    const QString text = raw.trimmed();
    TimeValue value;
    static const QRegularExpression dateOnly(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression monthOnly(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression isoStamp(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}[T ]\\d{2}:\\d{2}(:\\d{2})?(\\.\\d+)?\\s*(Z|[+-]\\d{2}(:?\\d{2})?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (dateOnly.match(text).hasMatch()) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (date.isValid())
            value = TimeValue::day(date);
    } else if (const QRegularExpressionMatch month = monthOnly.match(text); month.hasMatch()) {
        const int m = month.captured(2).toInt();
        if (m >= 1 && m <= 12)
            value = TimeValue::month(month.captured(1).toInt(), m);
    } else if (const QRegularExpressionMatch stamp = isoStamp.match(text); stamp.hasMatch()) {
        QString iso = text;
        iso[10] = QLatin1Char('T');
        iso.remove(QRegularExpression(QStringLiteral("\\s+")));
        QDateTime moment = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (moment.isValid()) {
            if (stamp.captured(4).isEmpty()) {
                // Without an offset the site's own zone is unknown; UTC at least does
                // not depend on the analyst's computer.
                moment = QDateTime(moment.date(), moment.time(), QTimeZone::utc());
                warnings.append(QStringLiteral("the publication time has no time zone; it was read as UTC"));
            }
            const bool hasSeconds = !stamp.captured(1).isEmpty();
            value = TimeValue::instant(moment,
                                       hasSeconds ? TimeValue::Granularity::Second : TimeValue::Granularity::Minute);
        }
    } else {
        QString rfc = text;
        rfc.replace(
            QRegularExpression(QStringLiteral("\\s+(GMT|UTC|UT|Z)$"), QRegularExpression::CaseInsensitiveOption),
            QStringLiteral(" +0000"));
        const QDateTime moment = QDateTime::fromString(rfc, Qt::RFC2822Date);
        if (moment.isValid())
            value = TimeValue::instant(moment, TimeValue::Granularity::Second);
    }
    if (value.isKnown())
        value.setExpression(text);
    return value;
}

} // namespace annalist
