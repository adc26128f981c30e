// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetEntityRolesCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/EntityRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

SetEntityRolesCommand::SetEntityRolesCommand(Project &project, ProjectSignals &projectSignals, qint64 entityId,
                                             const QList<EntityRole> &roles, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::SetEntityRolesCommand", "Change roles"), parent)
    , m_entityId(entityId)
    , m_roles(roles)
{
    for (EntityRole &role : m_roles)
        role.entityId = entityId;
}

Status SetEntityRolesCommand::apply()
{
    const Result<Entity> entity = project().entities().find(m_entityId);
    if (!entity)
        return entity.error();
    const Result<QList<qint64>> ids = project().entities().setRoles(m_entityId, m_roles);
    if (!ids)
        return ids.error();
    // New roles keep the ids they got now, so that a later redo restores them as they were.
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        m_roles[i].id = ids->at(i);
    m_previousRoles = entity->roles;
    setText(QCoreApplication::translate("annalist::SetEntityRolesCommand", "Change roles of %1")
                .arg(entity->canonicalName));
    return ok();
}

Status SetEntityRolesCommand::revert()
{
    const Result<QList<qint64>> ids = project().entities().setRoles(m_entityId, m_previousRoles);
    if (!ids)
        return ids.error();
    return ok();
}

void SetEntityRolesCommand::announce()
{
    emit projectSignals().entitiesChanged();
}

QList<RowAttribution::Rows> SetEntityRolesCommand::rowsWritten() const
{
    return { { QStringLiteral("entity_roles"), QStringLiteral("entity_id"), { m_entityId } } };
}

} // namespace annalist
