// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EdtfTimeReader.h"

#include "model/TimeValueParser.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace annalist {

namespace {

struct Moment
{
    QDateTime time;
    TimeValue::Granularity granularity = TimeValue::Granularity::Minute;
};

// "2025-02-14T10:30Z" or "2025-02-14T10:30:15Z"; nothing for anything else.
std::optional<Moment> moment(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})(?::(\\d{2}))?Z$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const bool seconds = match.hasCaptured(6) && !match.captured(6).isEmpty();
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), seconds ? match.captured(6).toInt() : 0);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    return Moment { QDateTime(date, time, QTimeZone::utc()),
                    seconds ? TimeValue::Granularity::Second : TimeValue::Granularity::Minute };
}

} // namespace

std::variant<TimeValue, EdtfTimeReader::Error> EdtfTimeReader::read(const QString &input)
{
    QString text = input.trimmed();
    if (text.contains(u'T') && !text.contains(u' ')) {
        TimeValue::Qualifier qualifier = TimeValue::Qualifier::Exact;
        if (text.endsWith(u'~'))
            qualifier = TimeValue::Qualifier::Approximate;
        else if (text.endsWith(u'?'))
            qualifier = TimeValue::Qualifier::Uncertain;
        if (qualifier != TimeValue::Qualifier::Exact)
            text.chop(1);
        const QStringList bounds = text.split(u'/');
        std::optional<Moment> first;
        std::optional<Moment> last;
        bool readable = bounds.size() <= 2;
        if (readable && bounds.size() == 1) {
            first = moment(bounds.at(0));
            last = first;
            readable = first.has_value();
        } else if (readable) {
            if (bounds.at(0) != QStringLiteral(".."))
                first = moment(bounds.at(0));
            if (bounds.at(1) != QStringLiteral(".."))
                last = moment(bounds.at(1));
            readable = (first || bounds.at(0) == QStringLiteral("..")) && (last || bounds.at(1) == QStringLiteral(".."))
                && (first || last);
        }
        if (readable) {
            TimeValue value;
            value.setBounds(first ? first->time : QDateTime(), last ? last->time : QDateTime());
            value.setGranularity(first ? first->granularity : last->granularity);
            value.setQualifier(qualifier);
            value.setExpression(input.trimmed());
            return value;
        }
    }
    const auto parsed = TimeValueParser::parse(input);
    if (const auto *time = std::get_if<TimeValue>(&parsed))
        return *time;
    // An interval with its qualifier after it, as toEdtf writes "2025-09-02/2025-09-04?".
    const QString trimmed = input.trimmed();
    if (trimmed.contains(u'/') && (trimmed.endsWith(u'~') || trimmed.endsWith(u'?'))) {
        const auto interval = TimeValueParser::parse(trimmed.left(trimmed.size() - 1));
        if (const auto *time = std::get_if<TimeValue>(&interval)) {
            TimeValue qualified = *time;
            qualified.setQualifier(trimmed.endsWith(u'~') ? TimeValue::Qualifier::Approximate
                                                          : TimeValue::Qualifier::Uncertain);
            qualified.setExpression(trimmed);
            return qualified;
        }
    }
    return Error { std::get<TimeValueParser::Error>(parsed).message };
}

} // namespace annalist
