// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetMentionEntityCommand.h"

#include "storage/ProjectSignals.h"

#include "model/Mention.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

SetMentionEntityCommand::SetMentionEntityCommand(Project &project, ProjectSignals &projectSignals, qint64 mentionId,
                                                 qint64 entityId, std::optional<qint64> shownEntityId,
                                                 QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::SetMentionEntityCommand", "Link mention to another entity"),
                     parent)
    , m_mentionId(mentionId)
    , m_entityId(entityId)
    , m_shownEntityId(shownEntityId)
{ }

Status SetMentionEntityCommand::apply()
{
    const Result<Mention> mention = project().mentions().find(m_mentionId);
    if (!mention)
        return mention.error();
    if (m_shownEntityId && mention->entityId != *m_shownEntityId) {
        const Result<Entity> linked = project().entities().find(mention->entityId);
        if (!linked)
            return linked.error();
        const Status asShown = checkAsShown(
            { QStringLiteral("mentions"), QStringLiteral("id"), { m_mentionId } }, false,
            QCoreApplication::translate("annalist::SetMentionEntityCommand", "\u201c%1\u201d is now linked to %2")
                .arg(mention->quote.simplified(), linked->canonicalName));
        if (!asShown)
            return asShown;
    }
    const Result<Entity> entity = project().entities().find(m_entityId);
    if (!entity)
        return entity.error();
    // A span holds one mention per entity.
    const Result<QList<Mention>> inSource = project().mentions().listForSource(mention->sourceId);
    if (!inSource)
        return inSource.error();
    for (const Mention &other : *inSource) {
        if (other.id != m_mentionId && other.entityId == m_entityId && other.start == mention->start
            && other.end == mention->end)
            return StorageError { StorageError::Code::Constraint,
                                  QStringLiteral("\u201c%1\u201d is already marked as %2 there")
                                      .arg(mention->quote.simplified(), entity->canonicalName) };
    }
    if (Status changed = project().mentions().setEntity(m_mentionId, m_entityId); !changed)
        return changed;
    m_shownEntityId.reset(); // a redo is checked against its undo (ProjectCommand)
    m_previousEntityId = mention->entityId;
    m_sourceId = mention->sourceId;
    setText(QCoreApplication::translate("annalist::SetMentionEntityCommand", "Link \u201c%1\u201d to %2")
                .arg(mention->quote.simplified(), entity->canonicalName));
    return ok();
}

Status SetMentionEntityCommand::revert()
{
    return project().mentions().setEntity(m_mentionId, m_previousEntityId);
}

void SetMentionEntityCommand::announce()
{
    emit projectSignals().mentionsChanged(m_sourceId);
}

QList<RowAttribution::Rows> SetMentionEntityCommand::rowsWritten() const
{
    return { { QStringLiteral("mentions"), QStringLiteral("id"), { m_mentionId } } };
}

} // namespace annalist
