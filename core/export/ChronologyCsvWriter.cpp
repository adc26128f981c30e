// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyCsvWriter.h"

#include "ExportContent.h"
#include "ExportOptions.h"
#include "ParticipantNotation.h"
#include "ReportWording.h"

#include "common/CsvWriter.h"
#include "model/TimeValueText.h"

namespace annalist {

namespace {

QString participantsCell(const ChronologyEntry &entry, const ExportContent &content)
{
    QList<ParticipantNotation::Name> names;
    for (const EventParticipant &participant : entry.event.participants)
        names << ParticipantNotation::Name { content.entityName(participant.entityId), participant.role,
                                             content.entityType(participant.entityId) };
    return ParticipantNotation::write(names, QStringLiteral("Person"));
}

QString placeCell(const ChronologyEntry &entry, const ExportContent &content)
{
    if (entry.event.placeEntityId == 0)
        return {};
    return ParticipantNotation::write({ ParticipantNotation::Name { content.entityName(entry.event.placeEntityId),
                                                                    {},
                                                                    content.entityType(entry.event.placeEntityId) } },
                                      QStringLiteral("Place"));
}

QString conflictsCell(const ChronologyEntry &entry)
{
    QStringList parts;
    for (const Conflict &conflict : entry.conflicts)
        parts << ReportWording::conflictKind(conflict.kind) + QStringLiteral(": ") + conflict.description;
    return parts.join(QStringLiteral("; "));
}

} // namespace

QStringList ChronologyCsvWriter::attributionColumns()
{
    return { QStringLiteral("event changed by"), QStringLiteral("event changed at"),
             QStringLiteral("passage changed by"), QStringLiteral("passage changed at") };
}

QStringList ChronologyCsvWriter::columns()
{
    return { QStringLiteral("event"),
             QStringLiteral("time"),
             QStringLiteral("time in words"),
             QStringLiteral("title"),
             QStringLiteral("kind"),
             QStringLiteral("lane"),
             QStringLiteral("tags"),
             QStringLiteral("place"),
             QStringLiteral("participants"),
             QStringLiteral("credibility"),
             QStringLiteral("description"),
             QStringLiteral("assessment"),
             QStringLiteral("independent sources"),
             QStringLiteral("conflicts"),
             QStringLiteral("comment"),
             QStringLiteral("highlight"),
             QStringLiteral("source"),
             QStringLiteral("outlet"),
             QStringLiteral("grade"),
             QStringLiteral("published"),
             QStringLiteral("stance"),
             QStringLiteral("quote"),
             QStringLiteral("reported"),
             QStringLiteral("note") };
}

QByteArray ChronologyCsvWriter::write(const ExportContent &content, const ExportOptions &options)
{
    QString csv = CsvWriter::record(options.attribution ? columns() + attributionColumns() : columns());
    int number = 0;
    for (const ChronologyEntry &entry : content.entries) {
        const Event &event = entry.event;
        const QStringList eventFields = {
            QString::number(++number),
            event.time.toEdtf(),
            event.time.isKnown() ? TimeValueText::describe(event.time) : QString(),
            event.title,
            event.kind,
            event.lane,
            event.tags.join(QStringLiteral("; ")),
            placeCell(entry, content),
            participantsCell(entry, content),
            event.credibility > 0 ? QString::number(event.credibility) : QString(),
            event.description,
            event.assessment,
            QString::number(entry.independentSources),
            conflictsCell(entry),
            entry.comment,
            entry.highlight.isValid() ? entry.highlight.name() : QString(),
        };
        const QStringList eventAttribution = { event.changedBy, ReportWording::decisionTime(event.changedAt) };
        const auto row = [&csv, &eventFields, &eventAttribution, &options](const QStringList &passageFields,
                                                                           const QStringList &passageAttribution) {
            QStringList fields;
            fields.reserve(eventFields.size() + passageFields.size() + 4);
            for (const QString &value : eventFields)
                fields << CsvWriter::formulaGuarded(value);
            for (const QString &value : passageFields)
                fields << CsvWriter::formulaGuarded(value);
            if (options.attribution) {
                for (const QString &value : eventAttribution + passageAttribution)
                    fields << CsvWriter::formulaGuarded(value);
            }
            csv += CsvWriter::record(fields);
        };
        if (entry.evidence.isEmpty()) {
            row(QStringList(8), QStringList(2));
            continue;
        }
        for (const EvidenceItem &item : entry.evidence) {
            const CitedSource *source = content.source(item.evidence.sourceId);
            row(
                {
                    item.sourceTitle,
                    item.outlet,
                    item.grade == ReliabilityGrade::Unrated ? QString() : reliabilityGradeLetter(item.grade),
                    source ? ReportWording::publication(*source) : QString(),
                    ReportWording::stance(item.evidence.stance),
                    item.evidence.quote,
                    item.evidence.reported.toEdtf(),
                    item.evidence.note,
                },
                { item.evidence.changedBy, ReportWording::decisionTime(item.evidence.changedAt) });
        }
    }
    QByteArray bytes = options.byteOrderMark ? QByteArray("\xEF\xBB\xBF") : QByteArray();
    bytes += csv.toUtf8();
    return bytes;
}

} // namespace annalist
