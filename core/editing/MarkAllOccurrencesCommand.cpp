// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MarkAllOccurrencesCommand.h"

#include "analysis/MentionContext.h"
#include "analysis/OccurrenceFinder.h"
#include "storage/ProjectSignals.h"

#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QCoreApplication>

namespace annalist {

namespace {

QList<qint64> withoutRepeats(const QList<qint64> &ids)
{
    QList<qint64> result;
    for (qint64 id : ids) {
        if (!result.contains(id))
            result.append(id);
    }
    return result;
}

} // namespace

MarkAllOccurrencesCommand::MarkAllOccurrencesCommand(Project &project, ProjectSignals &projectSignals, qint64 entityId,
                                                     const QList<qint64> &sourceIds, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::MarkAllOccurrencesCommand", "Mark all occurrences"), parent)
    , m_entityId(entityId)
    , m_sourceIds(withoutRepeats(sourceIds))
{ }

QList<qint64> MarkAllOccurrencesCommand::addedMentionIds() const
{
    QList<qint64> ids;
    ids.reserve(m_added.size());
    for (const Mention &mention : m_added)
        ids.append(mention.id);
    return ids;
}

Status MarkAllOccurrencesCommand::apply()
{
    if (m_searched) {
        for (const Mention &mention : std::as_const(m_added)) {
            if (Status restored = project().mentions().restore(mention); !restored)
                return restored;
        }
        return ok();
    }

    const Result<Entity> entity = project().entities().find(m_entityId);
    if (!entity)
        return entity.error();
    QStringList names = entity->aliases;
    names.prepend(entity->canonicalName);

    QList<Mention> added;
    for (qint64 sourceId : std::as_const(m_sourceIds)) {
        const Result<QString> body = project().sources().body(sourceId);
        if (!body)
            return body.error();
        const Result<QList<Mention>> existing = project().mentions().listForSource(sourceId);
        if (!existing)
            return existing.error();
        QList<OccurrenceFinder::Span> taken;
        taken.reserve(existing->size());
        for (const Mention &mention : *existing)
            taken.append({ mention.start, mention.end });

        for (const OccurrenceFinder::Span &span : OccurrenceFinder::find(*body, names, taken)) {
            Mention mention;
            mention.entityId = m_entityId;
            mention.sourceId = sourceId;
            mention.start = span.first;
            mention.end = span.second;
            mention.origin = Mention::Origin::Manual;
            mention.status = Mention::Status::Candidate;
            MentionContext::fill(mention, *body);
            const Result<qint64> id = project().mentions().add(mention);
            if (!id)
                return id.error();
            mention.id = *id;
            added.append(mention);
        }
    }

    m_added = added;
    m_searched = true;
    setText(QCoreApplication::translate("annalist::MarkAllOccurrencesCommand", "Mark %n occurrence(s) of %1", nullptr,
                                        static_cast<int>(m_added.size()))
                .arg(entity->canonicalName));
    return ok();
}

Status MarkAllOccurrencesCommand::revert()
{
    for (const Mention &mention : std::as_const(m_added)) {
        if (Status removed = project().mentions().remove(mention.id); !removed)
            return removed;
    }
    return ok();
}

void MarkAllOccurrencesCommand::announce()
{
    QList<qint64> sourceIds;
    for (const Mention &mention : std::as_const(m_added)) {
        if (!sourceIds.contains(mention.sourceId))
            sourceIds.append(mention.sourceId);
    }
    for (qint64 sourceId : std::as_const(sourceIds))
        emit projectSignals().mentionsChanged(sourceId);
}

} // namespace annalist
