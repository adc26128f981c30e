// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SampleChronology.h"

#include "chronology/RoleTable.h"
#include "model/TimeValueParser.h"
#include "storage/ChronologyAnnotationRepository.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/WriteTransaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace annalist {

namespace {

StorageError sampleError(const QString &message)
{
    return StorageError { StorageError::Code::Constraint, QStringLiteral("the sample chronology: %1").arg(message) };
}

// The quote's span in the text, allowing other spacing and quote marks.
std::optional<std::pair<int, int>> find(const QString &text, const QString &quote)
{
    QString pattern;
    for (const QString &word : quote.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (!pattern.isEmpty())
            pattern += QStringLiteral("\\s+");
        for (const QChar character : word) {
            if (character == u'"' || character == u'“' || character == u'”')
                pattern += QStringLiteral("[\"“”]");
            else if (character == u'\'' || character == u'’')
                pattern += QStringLiteral("['’]");
            else
                pattern += QRegularExpression::escape(QString(character));
        }
    }
    const QRegularExpressionMatch match = QRegularExpression(pattern).match(text);
    if (!match.hasMatch())
        return std::nullopt;
    return std::pair { int(match.capturedStart()), int(match.capturedEnd()) };
}

Evidence::Stance stanceOf(const QString &name)
{
    if (name == QStringLiteral("contradicts"))
        return Evidence::Stance::Contradicts;
    if (name == QStringLiteral("mentions"))
        return Evidence::Stance::Mentions;
    return Evidence::Stance::Supports;
}

class EntityLookup
{
public:
    explicit EntityLookup(Project &project)
        : m_project(project)
    { }

    Result<qint64> idOf(const QString &name, const QString &typeName)
    {
        const Result<QList<Entity>> found = m_project.entities().findByName(name);
        if (!found)
            return found.error();
        if (!found->isEmpty())
            return found->first().id;
        const Result<EntityType> type = m_project.entities().findType(typeName);
        if (!type)
            return type.error();
        Entity entity;
        entity.canonicalName = name;
        entity.typeId = type->id;
        return m_project.entities().add(entity);
    }

private:
    Project &m_project;
};

} // namespace

Status SampleChronology::write(Project &project, const QByteArray &chronologyJson, const QByteArray &rolesCsv)
{
    const auto roles = RoleTable::parse(QString::fromUtf8(rolesCsv), QStringLiteral("roles.csv"));
    if (!roles)
        return sampleError(roles.error());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(chronologyJson, &parseError);
    if (document.isNull())
        return sampleError(parseError.errorString());

    WriteTransaction transaction(project.database());
    if (const auto applied = RoleTable::apply(project, *roles); !applied)
        return applied.error();

    const Result<QList<SourceSummary>> sources = project.sources().list();
    if (!sources)
        return sources.error();
    QHash<QString, std::pair<qint64, QString>> sourceByFile;
    for (const SourceSummary &summary : *sources) {
        const Result<Source> source = project.sources().find(summary.id);
        if (!source)
            return source.error();
        sourceByFile.insert(source->originalName, { source->id, source->body });
    }

    EntityLookup entities(project);
    for (const QJsonValue &value : document.object().value(QStringLiteral("events")).toArray()) {
        const QJsonObject object = value.toObject();
        Event event;
        event.title = object.value(QStringLiteral("title")).toString();
        event.kind = object.value(QStringLiteral("kind")).toString();
        event.lane = object.value(QStringLiteral("lane")).toString();
        event.description = object.value(QStringLiteral("description")).toString();
        event.assessment = object.value(QStringLiteral("assessment")).toString();
        event.credibility = object.value(QStringLiteral("credibility")).toInt();
        const auto time = TimeValueParser::parse(object.value(QStringLiteral("time")).toString());
        if (const auto *error = std::get_if<TimeValueParser::Error>(&time))
            return sampleError(event.title + QStringLiteral(": ") + error->message);
        event.time = std::get<TimeValue>(time);
        if (const QJsonArray place = object.value(QStringLiteral("place")).toArray(); !place.isEmpty()) {
            const Result<qint64> id = entities.idOf(place.at(0).toString(), place.at(1).toString());
            if (!id)
                return id.error();
            event.placeEntityId = *id;
        }
        for (const QJsonValue &participant : object.value(QStringLiteral("participants")).toArray()) {
            const QJsonArray fields = participant.toArray();
            const Result<qint64> id = entities.idOf(fields.at(0).toString(), fields.at(1).toString());
            if (!id)
                return id.error();
            event.participants << EventParticipant { *id, fields.at(2).toString() };
        }
        const Result<qint64> eventId = project.events().add(event);
        if (!eventId)
            return eventId.error();

        for (const QJsonValue &item : object.value(QStringLiteral("evidence")).toArray()) {
            const QJsonArray fields = item.toArray();
            const auto source = sourceByFile.constFind(fields.at(0).toString());
            if (source == sourceByFile.constEnd())
                return sampleError(QStringLiteral("no brief named %1").arg(fields.at(0).toString()));
            const auto span = find(source->second, fields.at(1).toString());
            if (!span)
                return sampleError(
                    QStringLiteral("“%1” is not in %2").arg(fields.at(1).toString(), fields.at(0).toString()));
            Evidence evidence;
            evidence.eventId = *eventId;
            evidence.sourceId = source->first;
            evidence.start = span->first;
            evidence.end = span->second;
            evidence.quote = source->second.mid(span->first, span->second - span->first);
            evidence.stance = stanceOf(fields.at(2).toString());
            if (const Result<qint64> added = project.evidence().add(evidence); !added)
                return added.error();
        }

        const QString comment = object.value(QStringLiteral("comment")).toString();
        const QColor highlight = QColor::fromString(object.value(QStringLiteral("highlight")).toString());
        if (!comment.isEmpty() || highlight.isValid()) {
            ChronologyAnnotation annotation;
            annotation.eventId = *eventId;
            annotation.comment = comment;
            annotation.highlight = highlight;
            if (const Result<qint64> added = project.annotations().add(annotation); !added)
                return added.error();
        }
    }
    return transaction.commit();
}

} // namespace annalist
