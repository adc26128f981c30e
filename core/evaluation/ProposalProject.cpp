// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProposalProject.h"

#include "analysis/ProjectAnalyzer.h"
#include "editing/EntityResolver.h"
#include "editing/MentionContext.h"
#include "model/Source.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/TimexRepository.h"

#include <QColor>
#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QSet>

#include <algorithm>

namespace annalist {

namespace {

// The project entity called `name` with type `typeName`, made when there is none.
Result<qint64> entityFor(EntityRepository &entities, const QString &name, const QString &typeName)
{
    const auto type = entities.findType(typeName);
    if (!type) {
        if (type.error().code != StorageError::Code::NotFound)
            return type.error();
        const auto added = entities.addType(typeName, QColor(Qt::gray));
        if (!added)
            return added.error();
        return entityFor(entities, name, typeName);
    }
    const auto found = EntityResolver::resolve(entities, name, typeName);
    if (!found)
        return found.error();
    for (const Entity &entity : *found) {
        if (entity.typeId == type->id)
            return entity.id;
    }
    Entity entity;
    entity.canonicalName = name.simplified();
    entity.typeId = type->id;
    return entities.add(entity);
}

} // namespace

Result<std::unique_ptr<ProposalProject>> ProposalProject::create()
{
    std::unique_ptr<ProposalProject> created(new ProposalProject);
    if (!created->m_dir.isValid())
        return StorageError { StorageError::Code::Io,
                              QStringLiteral("cannot make a temporary folder: %1").arg(created->m_dir.errorString()) };
    auto project = Project::create(created->m_dir.filePath(QStringLiteral("evaluation.annalist")));
    if (!project)
        return project.error();
    created->m_project = std::move(*project);
    return created;
}

ProposalProject::~ProposalProject() = default;

Result<qint64> ProposalProject::addDocument(const QString &name, const QString &text, const TimeValue &published)
{
    Source source;
    source.title = name;
    source.body = text;
    source.published = published;
    source.mediaType = QStringLiteral("text/plain");
    source.originalName = name;
    source.originalBytes = text.toUtf8();
    // Two documents may share a text (tbaq has such pairs); each is a source of its own.
    const QByteArray identity = name.toUtf8() + '\0' + source.originalBytes;
    source.sha256 = QCryptographicHash::hash(identity, QCryptographicHash::Sha256);
    source.importedAt = QDateTime::currentDateTimeUtc();
    return m_project->sources().add(source);
}

Status ProposalProject::analyze(const QList<qint64> &sourceIds)
{
    ProjectAnalyzer analyzer(*m_project);
    const auto summary = analyzer.analyze(sourceIds, true);
    if (!summary)
        return summary.error();
    return ok();
}

Result<QList<BratEntity>> ProposalProject::proposals(qint64 sourceId)
{
    const auto mentions = m_project->mentions().listForSource(sourceId);
    if (!mentions)
        return mentions.error();
    const auto types = m_project->entities().types();
    if (!types)
        return types.error();
    QHash<qint64, QString> typeNames;
    for (const EntityType &type : *types)
        typeNames.insert(type.id, type.name);
    QHash<qint64, QString> typeOfEntity;
    QList<BratEntity> entities;
    for (const Mention &mention : *mentions) {
        if (mention.status != Mention::Status::Candidate)
            continue;
        if (!typeOfEntity.contains(mention.entityId)) {
            const auto entity = m_project->entities().find(mention.entityId);
            if (!entity)
                return entity.error();
            typeOfEntity.insert(mention.entityId, typeNames.value(entity->typeId));
        }
        BratEntity entity;
        entity.id = QStringLiteral("T%1").arg(entities.size() + 1);
        entity.type = typeOfEntity.value(mention.entityId);
        entity.start = mention.start;
        entity.end = mention.end;
        entity.text = mention.quote;
        entities.append(entity);
    }
    std::sort(entities.begin(), entities.end(), [](const BratEntity &a, const BratEntity &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });
    for (int index = 0; index < entities.size(); ++index)
        entities[index].id = QStringLiteral("T%1").arg(index + 1);
    return entities;
}

Result<QList<TimexMatch>> ProposalProject::timexes(qint64 sourceId)
{
    const auto stored = m_project->timexes().listForSource(sourceId);
    if (!stored)
        return stored.error();
    QList<TimexMatch> matches;
    for (const Timex &timex : *stored) {
        if (timex.status != Mention::Status::Candidate)
            continue;
        TimexMatch match;
        match.start = timex.start;
        match.end = timex.end;
        match.type = timex.type;
        match.value = timex.value;
        match.resolved = timex.resolved;
        matches.append(match);
    }
    std::sort(matches.begin(), matches.end(),
              [](const TimexMatch &a, const TimexMatch &b) { return a.start < b.start; });
    return matches;
}

Status ProposalProject::review(qint64 sourceId, const QList<BratEntity> &gold)
{
    const auto source = m_project->sources().find(sourceId);
    if (!source)
        return source.error();
    const auto mentions = m_project->mentions().listForSource(sourceId);
    if (!mentions)
        return mentions.error();
    EntityRepository &entities = m_project->entities();
    QHash<std::pair<int, int>, const BratEntity *> goldBySpan;
    for (const BratEntity &entity : gold)
        goldBySpan.insert({ entity.start, entity.end }, &entity);
    QSet<std::pair<int, int>> confirmed;
    for (const Mention &mention : *mentions) {
        if (mention.status != Mention::Status::Candidate)
            continue;
        const BratEntity *match = goldBySpan.value({ mention.start, mention.end });
        if (!match) {
            if (Status done = m_project->mentions().setStatus(mention.id, Mention::Status::Rejected); !done)
                return done.error();
            continue;
        }
        const auto entity = entities.find(mention.entityId);
        if (!entity)
            return entity.error();
        const auto type = entities.findType(match->type);
        if (!type || type->id != entity->typeId) {
            // The right span with the wrong type: linked to an entity of the right one.
            const auto retyped = entityFor(entities, match->text, match->type);
            if (!retyped)
                return retyped.error();
            if (Status done = m_project->mentions().setEntity(mention.id, *retyped); !done)
                return done.error();
        }
        if (Status done = m_project->mentions().setStatus(mention.id, Mention::Status::Confirmed); !done)
            return done.error();
        confirmed.insert({ mention.start, mention.end });
    }
    QList<Mention> added;
    for (const BratEntity &entity : gold) {
        if (confirmed.contains({ entity.start, entity.end }))
            continue;
        const auto id = entityFor(entities, entity.text, entity.type);
        if (!id)
            return id.error();
        Mention mention;
        mention.entityId = *id;
        mention.sourceId = sourceId;
        mention.start = entity.start;
        mention.end = entity.end;
        mention.origin = Mention::Origin::Manual;
        mention.status = Mention::Status::Confirmed;
        MentionContext::fill(mention, source->body);
        added.append(mention);
    }
    if (const auto stored = m_project->mentions().addAll(added); !stored)
        return stored.error();
    return ok();
}

} // namespace annalist
