// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyImporter.h"

#include "ChronologyCsvReader.h"
#include "QuoteAnchor.h"
#include "TimelineJsonReader.h"

#include "BratDocument.h"
#include "analysis/EntityResolver.h"
#include "model/ChronologyAnnotation.h"
#include "storage/ChronologyAnnotationRepository.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QFileInfo>

namespace annalist {

namespace {

QString shortened(const QString &quote)
{
    const QString flat = quote.simplified();
    return flat.size() <= 60 ? flat : flat.left(57) + QStringLiteral("…");
}

} // namespace

ChronologyImporter::ChronologyImporter(Project &project)
    : m_project(project)
{ }

Result<ImportedChronology, ExportError> ChronologyImporter::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return ExportError::failed(QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
    const QByteArray bytes = file.readAll();
    const QString suffix = QFileInfo(path).suffix().toLower();
    const QString name = QFileInfo(path).fileName();
    bool json = suffix == QStringLiteral("json");
    if (suffix != QStringLiteral("json") && suffix != QStringLiteral("csv"))
        json = bytes.trimmed().startsWith('{');
    Result<ImportedChronology, QString> read
        = json ? TimelineJsonReader::read(bytes, name) : ChronologyCsvReader::read(QString::fromUtf8(bytes), name);
    if (!read)
        return ExportError::failed(read.error());
    return *read;
}

Result<ChronologyImportReport, ExportError> ChronologyImporter::importFile(const QString &path,
                                                                           const ExportProgress &progress)
{
    const Result<ImportedChronology, ExportError> read = readFile(path);
    if (!read)
        return read.error();
    return importChronology(*read, QFileInfo(path).fileName(), progress);
}

Result<QString> ChronologyImporter::body(qint64 sourceId)
{
    if (const auto it = m_bodies.constFind(sourceId); it != m_bodies.cend())
        return *it;
    Result<QString> text = m_project.sources().body(sourceId);
    if (text)
        m_bodies.insert(sourceId, *text);
    return text;
}

Result<std::tuple<qint64, int, int>, QString> ChronologyImporter::anchor(const ImportedPassage &passage)
{
    QList<qint64> candidates;
    const QString wanted = passage.source.trimmed();
    if (wanted.isEmpty()) {
        for (const SourceText &source : m_sources)
            candidates << source.id;
    } else {
        for (const SourceText &source : m_sources) {
            if (source.title.trimmed() == wanted)
                candidates << source.id;
        }
        if (candidates.isEmpty()) {
            // A title typed again: other case, spacing, apostrophes or dashes.
            const QString key = QuoteAnchor::comparable(wanted);
            for (const SourceText &source : m_sources) {
                if (QuoteAnchor::comparable(source.title) == key)
                    candidates << source.id;
            }
        }
        if (candidates.isEmpty()) {
            QString digits = wanted;
            if (digits.startsWith(u'#'))
                digits.remove(0, 1);
            bool numeric = false;
            const qint64 id = digits.toLongLong(&numeric);
            if (numeric) {
                for (const SourceText &source : m_sources) {
                    if (source.id == id)
                        candidates << id;
                }
            }
        }
        if (candidates.isEmpty())
            return QStringLiteral("no source titled “%1” (or with that id) for “%2”")
                .arg(wanted, shortened(passage.quote));
    }
    for (qint64 id : candidates) {
        const Result<QString> text = body(id);
        if (!text)
            return text.error().message;
        if (const auto span = QuoteAnchor::find(*text, passage.quote))
            return std::tuple { id, span->first, span->second };
    }
    if (wanted.isEmpty())
        return QStringLiteral("“%1” is in no source of the project").arg(shortened(passage.quote));
    return QStringLiteral("“%1” is not in “%2”").arg(shortened(passage.quote), wanted);
}

Result<qint64> ChronologyImporter::entityId(const ParticipantNotation::Name &name, const QString &usualType,
                                            ChronologyImportReport &report)
{
    QString typeName = name.typeName.isEmpty() ? usualType : BratDocument::normalisedType(name.typeName);
    const QString key = name.name.simplified().toCaseFolded() + u'\n' + typeName.toCaseFolded();
    if (const auto it = m_entities.constFind(key); it != m_entities.cend())
        return *it;
    const Result<QList<Entity>> found = EntityResolver::resolve(m_project.entities(), name.name, typeName);
    if (!found)
        return found.error();
    qint64 id = 0;
    if (!found->isEmpty()) {
        id = found->first().id;
    } else {
        Result<EntityType> type = m_project.entities().findType(typeName);
        if (!type && type.error().code == StorageError::Code::NotFound) {
            const Result<qint64> added = m_project.entities().addType(typeName, QColor(0x80, 0x80, 0x80));
            if (!added)
                return added.error();
            type = m_project.entities().findType(typeName);
        }
        if (!type)
            return type.error();
        Entity entity;
        entity.typeId = type->id;
        entity.canonicalName = name.name.simplified();
        const Result<qint64> added = m_project.entities().add(entity);
        if (!added)
            return added.error();
        id = *added;
        ++report.entitiesCreated;
        report.createdEntityIds << id;
    }
    m_entities.insert(key, id);
    return id;
}

Result<ChronologyImportReport, ExportError> ChronologyImporter::importChronology(const ImportedChronology &chronology,
                                                                                 const QString &fileName,
                                                                                 const ExportProgress &progress)
{
    ChronologyImportReport report;
    report.problems = chronology.warnings;
    const Result<QList<SourceSummary>> sources = m_project.sources().list();
    if (!sources)
        return ExportError::failed(sources.error().message);
    m_sources.clear();
    for (const SourceSummary &summary : *sources)
        m_sources.append(SourceText { summary.id, summary.title });

    WriteTransaction transaction(m_project.database());
    if (!transaction.isOpen())
        return ExportError::failed(transaction.error().message);
    const int total = static_cast<int>(chronology.events.size());
    int done = 0;
    for (const ImportedEvent &imported : chronology.events) {
        Event event;
        event.title = imported.title;
        event.kind = imported.kind;
        event.time = imported.time;
        event.lane = imported.lane;
        event.tags = imported.tags;
        event.credibility = imported.credibility;
        event.description = imported.description;
        event.assessment = imported.assessment;
        if (!imported.place.name.isEmpty()) {
            const Result<qint64> place = entityId(imported.place, QStringLiteral("Place"), report);
            if (!place)
                return ExportError::failed(place.error().message);
            event.placeEntityId = *place;
        }
        for (const ParticipantNotation::Name &participant : imported.participants) {
            const Result<qint64> id = entityId(participant, QStringLiteral("Person"), report);
            if (!id)
                return ExportError::failed(id.error().message);
            event.participants << EventParticipant { *id, participant.role };
        }
        const Result<qint64> eventId = m_project.events().add(event);
        if (!eventId)
            return ExportError::failed(
                QStringLiteral("%1:%2: %3").arg(fileName).arg(imported.row).arg(eventId.error().message));
        ++report.events;
        report.eventIds << *eventId;

        for (const ImportedPassage &passage : imported.passages) {
            const auto anchored = anchor(passage);
            if (!anchored) {
                report.problems << QStringLiteral("%1:%2: %3").arg(fileName).arg(passage.row).arg(anchored.error());
                continue;
            }
            const auto [sourceId, start, end] = *anchored;
            Evidence evidence;
            evidence.eventId = *eventId;
            evidence.sourceId = sourceId;
            evidence.start = start;
            evidence.end = end;
            evidence.quote = m_bodies.value(sourceId).mid(start, end - start);
            evidence.stance = passage.stance;
            evidence.reported = passage.reported;
            evidence.note = passage.note;
            if (const Result<qint64> added = m_project.evidence().add(evidence); !added)
                return ExportError::failed(
                    QStringLiteral("%1:%2: %3").arg(fileName).arg(passage.row).arg(added.error().message));
            ++report.passages;
        }
        if (!imported.comment.isEmpty() || imported.highlight.isValid()) {
            ChronologyAnnotation annotation;
            annotation.eventId = *eventId;
            annotation.comment = imported.comment;
            annotation.highlight = imported.highlight;
            if (const Result<qint64> added = m_project.annotations().add(annotation); !added)
                return ExportError::failed(added.error().message);
        }
        if (progress && !progress(++done, total))
            return ExportError::cancelled();
    }
    if (Status committed = transaction.commit(); !committed)
        return ExportError::failed(committed.error().message);
    return report;
}

} // namespace annalist
