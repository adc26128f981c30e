// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CreateEntityWithMentionCommand.h"

#include "analysis/MentionContext.h"
#include "storage/ProjectSignals.h"

#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QCoreApplication>

namespace annalist {

CreateEntityWithMentionCommand::CreateEntityWithMentionCommand(Project &project, ProjectSignals &projectSignals,
                                                               qint64 sourceId, int start, int end,
                                                               const QString &entityName, const QString &typeName,
                                                               QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::CreateEntityWithMentionCommand", "New %1 \u201c%2\u201d")
                         .arg(typeName, entityName.simplified()),
                     parent)
    , m_typeName(typeName.trimmed())
{
    m_entity.canonicalName = entityName.simplified();
    m_mention.sourceId = sourceId;
    m_mention.start = start;
    m_mention.end = end;
    m_mention.origin = Mention::Origin::Manual;
    m_mention.status = Mention::Status::Confirmed;
}

Status CreateEntityWithMentionCommand::apply()
{
    if (m_entity.id > 0) {
        if (Status restored = project().entities().restore(m_entity); !restored)
            return restored;
        return project().mentions().restore(m_mention);
    }

    if (m_entity.canonicalName.isEmpty())
        return StorageError { StorageError::Code::Constraint, QStringLiteral("an entity needs a name") };
    const Result<QString> body = project().sources().body(m_mention.sourceId);
    if (!body)
        return body.error();
    Mention mention = m_mention;
    if (!MentionContext::fill(mention, *body)) {
        return StorageError { StorageError::Code::Constraint,
                              QStringLiteral("the span %1–%2 is not inside source %3")
                                  .arg(mention.start)
                                  .arg(mention.end)
                                  .arg(mention.sourceId) };
    }
    const Result<EntityType> type = project().entities().findType(m_typeName);
    if (!type)
        return type.error();

    Entity entity = m_entity;
    entity.typeId = type->id;
    const Result<qint64> entityId = project().entities().add(entity);
    if (!entityId)
        return entityId.error();
    entity.id = *entityId;
    mention.entityId = entity.id;
    const Result<qint64> mentionId = project().mentions().add(mention);
    if (!mentionId)
        return mentionId.error();
    mention.id = *mentionId;

    m_entity = entity;
    m_mention = mention;
    setText(QCoreApplication::translate("annalist::CreateEntityWithMentionCommand", "New %1 \u201c%2\u201d")
                .arg(type->name, entity.canonicalName));
    return ok();
}

Status CreateEntityWithMentionCommand::revert()
{
    if (Status removed = project().mentions().remove(m_mention.id); !removed)
        return removed;
    return project().entities().remove(m_entity.id);
}

void CreateEntityWithMentionCommand::announce()
{
    emit projectSignals().entitiesChanged();
    emit projectSignals().mentionsChanged(m_mention.sourceId);
}

} // namespace annalist
