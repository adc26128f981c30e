// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetEntityTypeCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/EntityRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

#include <algorithm>

namespace annalist {

SetEntityTypeCommand::SetEntityTypeCommand(Project &project, ProjectSignals &projectSignals, qint64 entityId,
                                           qint64 typeId, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::SetEntityTypeCommand", "Change entity type"), parent)
    , m_entityId(entityId)
    , m_typeId(typeId)
{ }

Status SetEntityTypeCommand::apply()
{
    const Result<Entity> entity = project().entities().find(m_entityId);
    if (!entity)
        return entity.error();
    const Result<QList<EntityType>> types = project().entities().types();
    if (!types)
        return types.error();
    const auto type
        = std::find_if(types->cbegin(), types->cend(), [this](const EntityType &t) { return t.id == m_typeId; });
    if (type == types->cend())
        return StorageError { StorageError::Code::NotFound,
                              QStringLiteral("there is no entity type %1 in the project").arg(m_typeId) };
    if (Status changed = project().entities().setType(m_entityId, m_typeId); !changed)
        return changed;
    m_previousTypeId = entity->typeId;
    setText(QCoreApplication::translate("annalist::SetEntityTypeCommand", "Change type of %1 to %2")
                .arg(entity->canonicalName, type->name));
    return ok();
}

Status SetEntityTypeCommand::revert()
{
    return project().entities().setType(m_entityId, m_previousTypeId);
}

void SetEntityTypeCommand::announce()
{
    emit projectSignals().entitiesChanged();
}

QList<RowAttribution::Rows> SetEntityTypeCommand::rowsWritten() const
{
    return { { QStringLiteral("entities"), QStringLiteral("id"), { m_entityId } } };
}

} // namespace annalist
