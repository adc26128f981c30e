// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimelineJsonWriter.h"

#include "ExportContent.h"
#include "ExportOptions.h"
#include "ReportWording.h"

#include "model/TimeValueText.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace annalist {

namespace {

// A TimelineJS date object with the parts the granularity knows.
QJsonObject dateObject(const QDateTime &moment, TimeValue::Granularity granularity)
{
    const QDateTime utc = moment.toUTC();
    QJsonObject date { { QStringLiteral("year"), utc.date().year() } };
    if (granularity == TimeValue::Granularity::Year)
        return date;
    date.insert(QStringLiteral("month"), utc.date().month());
    if (granularity == TimeValue::Granularity::Month)
        return date;
    date.insert(QStringLiteral("day"), utc.date().day());
    if (granularity <= TimeValue::Granularity::Day)
        return date;
    date.insert(QStringLiteral("hour"), utc.time().hour());
    date.insert(QStringLiteral("minute"), utc.time().minute());
    if (granularity == TimeValue::Granularity::Second)
        date.insert(QStringLiteral("second"), utc.time().second());
    return date;
}

QString paragraph(const QString &text)
{
    return QStringLiteral("<p>") + text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")) + QStringLiteral("</p>");
}

QString slideText(const ChronologyEntry &entry, const ExportContent &content)
{
    QString html;
    if (!entry.event.description.isEmpty())
        html += paragraph(entry.event.description);
    QStringList where;
    if (!entry.placeName.isEmpty())
        where << entry.placeName;
    if (!entry.participantNames.isEmpty())
        where << ReportWording::participants(entry);
    if (!where.isEmpty())
        html += paragraph(where.join(QStringLiteral(" — ")));
    if (!entry.event.assessment.isEmpty())
        html += QStringLiteral("<p><strong>Assessment:</strong> ") + entry.event.assessment.toHtmlEscaped()
            + QStringLiteral("</p>");
    for (const Conflict &conflict : entry.conflicts) {
        html += QStringLiteral("<p><strong>Conflict (%1):</strong> ").arg(ReportWording::conflictKind(conflict.kind))
            + conflict.description.toHtmlEscaped() + QStringLiteral("</p>");
    }
    for (const EvidenceItem &item : entry.evidence) {
        const CitedSource *source = content.source(item.evidence.sourceId);
        html += QStringLiteral("<blockquote>") + item.evidence.quote.toHtmlEscaped() + QStringLiteral("</blockquote>");
        html += QStringLiteral("<p>— %1 (%2)</p>")
                    .arg((source ? ReportWording::citation(*source) : item.sourceTitle).toHtmlEscaped(),
                         ReportWording::stance(item.evidence.stance));
    }
    return html;
}

} // namespace

QJsonObject TimelineJsonWriter::eventObject(const ChronologyEntry &entry, const ExportContent &content,
                                            bool attribution)
{
    const Event &event = entry.event;
    QJsonArray participants;
    for (const EventParticipant &participant : event.participants) {
        participants.append(QJsonObject { { QStringLiteral("name"), content.entityName(participant.entityId) },
                                          { QStringLiteral("role"), participant.role },
                                          { QStringLiteral("type"), content.entityType(participant.entityId) } });
    }
    QJsonArray evidence;
    for (const EvidenceItem &item : entry.evidence) {
        QJsonObject passage { { QStringLiteral("source"), item.sourceTitle },
                              { QStringLiteral("quote"), item.evidence.quote },
                              { QStringLiteral("stance"), ReportWording::stance(item.evidence.stance) },
                              { QStringLiteral("reported"), item.evidence.reported.toEdtf() },
                              { QStringLiteral("note"), item.evidence.note } };
        if (attribution) {
            passage.insert(QStringLiteral("changedBy"), item.evidence.changedBy);
            passage.insert(QStringLiteral("changedAt"), ReportWording::decisionTime(item.evidence.changedAt));
        }
        evidence.append(passage);
    }
    QJsonObject object {
        { QStringLiteral("title"), event.title },
        { QStringLiteral("time"), event.time.toEdtf() },
        { QStringLiteral("kind"), event.kind },
        { QStringLiteral("lane"), event.lane },
        { QStringLiteral("tags"), QJsonArray::fromStringList(event.tags) },
        { QStringLiteral("participants"), participants },
        { QStringLiteral("credibility"), event.credibility },
        { QStringLiteral("description"), event.description },
        { QStringLiteral("assessment"), event.assessment },
        { QStringLiteral("comment"), entry.comment },
        { QStringLiteral("highlight"), entry.highlight.isValid() ? entry.highlight.name() : QString() },
        { QStringLiteral("evidence"), evidence },
    };
    if (attribution) {
        object.insert(QStringLiteral("changedBy"), event.changedBy);
        object.insert(QStringLiteral("changedAt"), ReportWording::decisionTime(event.changedAt));
    }
    if (event.placeEntityId != 0) {
        object.insert(QStringLiteral("place"),
                      QJsonObject { { QStringLiteral("name"), content.entityName(event.placeEntityId) },
                                    { QStringLiteral("type"), content.entityType(event.placeEntityId) } });
    }
    return object;
}

QByteArray TimelineJsonWriter::write(const ExportContent &content, const ExportOptions &options)
{
    QJsonArray slides;
    QJsonArray undated;
    int number = 0;
    for (const ChronologyEntry &entry : content.entries) {
        ++number;
        const TimeValue &time = entry.event.time;
        if (!time.isKnown()) {
            undated.append(eventObject(entry, content, options.attribution));
            continue;
        }
        QJsonObject slide {
            { QStringLiteral("unique_id"), QStringLiteral("event-%1").arg(number) },
            { QStringLiteral("display_date"), TimeValueText::describe(time) },
            { QStringLiteral("text"),
              QJsonObject { { QStringLiteral("headline"), entry.event.title.toHtmlEscaped() },
                            { QStringLiteral("text"), slideText(entry, content) } } },
            { QStringLiteral("annalist"), eventObject(entry, content, options.attribution) },
        };
        const TimeValue::Granularity granularity
            = time.granularity() == TimeValue::Granularity::Unknown ? TimeValue::Granularity::Day : time.granularity();
        // An open start is shown at the known end, with the words saying "before".
        slide.insert(QStringLiteral("start_date"),
                     dateObject(time.earliest().isValid() ? time.earliest() : time.latest(), granularity));
        if (time.earliest().isValid() && time.latest().isValid()) {
            const QJsonObject end = dateObject(time.latest(), granularity);
            if (end != slide.value(QStringLiteral("start_date")).toObject())
                slide.insert(QStringLiteral("end_date"), end);
        }
        if (!entry.event.lane.isEmpty())
            slide.insert(QStringLiteral("group"), entry.event.lane);
        slides.append(slide);
    }
    const QJsonObject title {
        { QStringLiteral("text"),
          QJsonObject { { QStringLiteral("headline"), ReportWording::reportTitle(options, content).toHtmlEscaped() },
                        { QStringLiteral("text"), paragraph(ReportWording::summary(content)) } } }
    };
    const QJsonObject root {
        { QStringLiteral("title"), title },
        { QStringLiteral("events"), slides },
        { QStringLiteral("annalist"),
          QJsonObject { { QStringLiteral("format"), 1 },
                        { QStringLiteral("title"), ReportWording::reportTitle(options, content) },
                        { QStringLiteral("undated"), undated } } },
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace annalist
