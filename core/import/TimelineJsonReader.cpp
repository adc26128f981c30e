// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimelineJsonReader.h"

#include "export/ReportWording.h"

#include "EdtfTimeReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextDocumentFragment>
#include <QTimeZone>

namespace annalist {

namespace {

QString plain(const QString &html)
{
    if (!html.contains(u'<') && !html.contains(u'&'))
        return html;
    return QTextDocumentFragment::fromHtml(html).toPlainText().trimmed();
}

int number(const QJsonValue &value, int fallback)
{
    if (value.isDouble())
        return value.toInt(fallback);
    bool ok = false;
    const int parsed = value.toString().trimmed().toInt(&ok);
    return ok ? parsed : fallback;
}

// The first and last moment of a TimelineJS date at the precision it gives.
struct DateSpan
{
    QDateTime first;
    QDateTime last;
    TimeValue::Granularity granularity = TimeValue::Granularity::Unknown;
};

std::optional<DateSpan> dateSpan(const QJsonObject &date)
{
    if (!date.contains(QStringLiteral("year")))
        return std::nullopt;
    const int year = number(date.value(QStringLiteral("year")), 0);
    const int month = number(date.value(QStringLiteral("month")), 0);
    const int day = number(date.value(QStringLiteral("day")), 0);
    const bool hasHour = date.contains(QStringLiteral("hour"));
    const int hour = number(date.value(QStringLiteral("hour")), 0);
    const int minute = number(date.value(QStringLiteral("minute")), 0);
    const bool hasMinute = date.contains(QStringLiteral("minute"));
    const bool hasSecond = date.contains(QStringLiteral("second"));
    const int second = number(date.value(QStringLiteral("second")), 0);
    const QTimeZone utc = QTimeZone::utc();
    DateSpan span;
    if (month < 1) {
        span.first = QDateTime(QDate(year, 1, 1), QTime(0, 0), utc);
        span.last = QDateTime(QDate(year, 12, 31), QTime(23, 59, 59, 999), utc);
        span.granularity = TimeValue::Granularity::Year;
    } else if (day < 1) {
        const QDate start(year, month, 1);
        span.first = QDateTime(start, QTime(0, 0), utc);
        span.last = QDateTime(start.addMonths(1).addDays(-1), QTime(23, 59, 59, 999), utc);
        span.granularity = TimeValue::Granularity::Month;
    } else if (!hasHour) {
        span.first = QDateTime(QDate(year, month, day), QTime(0, 0), utc);
        span.last = QDateTime(QDate(year, month, day), QTime(23, 59, 59, 999), utc);
        span.granularity = TimeValue::Granularity::Day;
    } else {
        // A time of day is a moment, as TimeValue keeps them: both bounds the same.
        span.first
            = QDateTime(QDate(year, month, day), QTime(hour, hasMinute ? minute : 0, hasSecond ? second : 0), utc);
        span.last = span.first;
        span.granularity = !hasMinute ? TimeValue::Granularity::Hour
            : hasSecond               ? TimeValue::Granularity::Second
                                      : TimeValue::Granularity::Minute;
    }
    if (!span.first.isValid() || !span.last.isValid())
        return std::nullopt;
    return span;
}

ParticipantNotation::Name nameFrom(const QJsonObject &object)
{
    return ParticipantNotation::Name { object.value(QStringLiteral("name")).toString().trimmed(),
                                       object.value(QStringLiteral("role")).toString().trimmed(),
                                       object.value(QStringLiteral("type")).toString().trimmed() };
}

TimeValue parsedTime(const QString &text, const QString &where, QStringList *warnings)
{
    if (text.trimmed().isEmpty())
        return {};
    const auto parsed = EdtfTimeReader::read(text.trimmed());
    if (const auto *time = std::get_if<TimeValue>(&parsed))
        return *time;
    warnings->append(
        QStringLiteral("%1: time '%2' left out: %3").arg(where, text, std::get<EdtfTimeReader::Error>(parsed).message));
    return {};
}

// An event as TimelineJsonWriter::eventObject writes it.
ImportedEvent fromAnnalist(const QJsonObject &object, int row, const QString &where, QStringList *warnings)
{
    ImportedEvent event;
    event.row = row;
    event.title = object.value(QStringLiteral("title")).toString().trimmed();
    event.kind = object.value(QStringLiteral("kind")).toString().trimmed();
    event.lane = object.value(QStringLiteral("lane")).toString().trimmed();
    event.time = parsedTime(object.value(QStringLiteral("time")).toString(), where, warnings);
    for (const QJsonValue &tag : object.value(QStringLiteral("tags")).toArray()) {
        if (!tag.toString().trimmed().isEmpty())
            event.tags << tag.toString().trimmed();
    }
    if (const QJsonObject place = object.value(QStringLiteral("place")).toObject(); !place.isEmpty())
        event.place = nameFrom(place);
    for (const QJsonValue &participant : object.value(QStringLiteral("participants")).toArray()) {
        const ParticipantNotation::Name name = nameFrom(participant.toObject());
        if (!name.name.isEmpty())
            event.participants << name;
    }
    const int credibility = object.value(QStringLiteral("credibility")).toInt();
    if (credibility >= 1 && credibility <= 6)
        event.credibility = credibility;
    else if (credibility != 0)
        warnings->append(QStringLiteral("%1: credibility %2 left out: it takes 1 to 6").arg(where).arg(credibility));
    event.description = object.value(QStringLiteral("description")).toString();
    event.assessment = object.value(QStringLiteral("assessment")).toString();
    event.comment = object.value(QStringLiteral("comment")).toString();
    if (const QString highlight = object.value(QStringLiteral("highlight")).toString(); !highlight.isEmpty())
        event.highlight = QColor::fromString(highlight);
    for (const QJsonValue &value : object.value(QStringLiteral("evidence")).toArray()) {
        const QJsonObject item = value.toObject();
        ImportedPassage passage;
        passage.row = row;
        passage.source = item.value(QStringLiteral("source")).toString().trimmed();
        if (item.value(QStringLiteral("source_id")).isDouble())
            passage.source = QString::number(item.value(QStringLiteral("source_id")).toInteger());
        passage.quote = item.value(QStringLiteral("quote")).toString();
        passage.stance = ReportWording::stanceFromName(item.value(QStringLiteral("stance")).toString())
                             .value_or(Evidence::Stance::Supports);
        passage.reported = parsedTime(item.value(QStringLiteral("reported")).toString(), where, warnings);
        passage.note = item.value(QStringLiteral("note")).toString();
        if (!passage.quote.trimmed().isEmpty())
            event.passages << passage;
    }
    return event;
}

} // namespace

Result<ImportedChronology, QString> TimelineJsonReader::read(const QByteArray &json, const QString &fileName)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (document.isNull())
        return QStringLiteral("%1: not JSON: %2 at byte %3").arg(fileName, error.errorString()).arg(error.offset);
    if (!document.isObject() || !document.object().value(QStringLiteral("events")).isArray())
        return QStringLiteral("%1: not a TimelineJS file: it has no \"events\" list").arg(fileName);
    ImportedChronology chronology;
    const QJsonArray slides = document.object().value(QStringLiteral("events")).toArray();
    int row = 0;
    for (const QJsonValue &value : slides) {
        ++row;
        const QJsonObject slide = value.toObject();
        const QString where = QStringLiteral("%1: event %2").arg(fileName).arg(row);
        if (const QJsonObject own = slide.value(QStringLiteral("annalist")).toObject(); !own.isEmpty()) {
            ImportedEvent event = fromAnnalist(own, row, where, &chronology.warnings);
            if (event.title.isEmpty())
                chronology.warnings << where + QStringLiteral(": an event without a title is left out");
            else
                chronology.events << event;
            continue;
        }
        ImportedEvent event;
        event.row = row;
        const QJsonObject text = slide.value(QStringLiteral("text")).toObject();
        event.title = plain(text.value(QStringLiteral("headline")).toString()).simplified();
        event.description = plain(text.value(QStringLiteral("text")).toString());
        event.lane = slide.value(QStringLiteral("group")).toString().trimmed();
        const std::optional<DateSpan> start = dateSpan(slide.value(QStringLiteral("start_date")).toObject());
        if (!start) {
            chronology.warnings << where + QStringLiteral(": no start_date with a year; the event is undated");
        } else {
            const std::optional<DateSpan> end = dateSpan(slide.value(QStringLiteral("end_date")).toObject());
            event.time = TimeValue::between(start->first, end ? end->last : start->last,
                                            end ? std::min(start->granularity, end->granularity) : start->granularity);
        }
        if (event.title.isEmpty())
            chronology.warnings << where + QStringLiteral(": an event without a headline is left out");
        else
            chronology.events << event;
    }
    // Undated events, which TimelineJS cannot show, as Annalist keeps them.
    const QJsonArray undated
        = document.object().value(QStringLiteral("annalist")).toObject().value(QStringLiteral("undated")).toArray();
    for (const QJsonValue &value : undated) {
        ++row;
        ImportedEvent event = fromAnnalist(value.toObject(), row, QStringLiteral("%1: event %2").arg(fileName).arg(row),
                                           &chronology.warnings);
        if (!event.title.isEmpty())
            chronology.events << event;
    }
    return chronology;
}

} // namespace annalist
