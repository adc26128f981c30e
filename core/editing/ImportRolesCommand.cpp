// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportRolesCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/EntityRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

ImportRolesCommand::ImportRolesCommand(Project &project, ProjectSignals &projectSignals,
                                       const QList<RoleTable::Row> &rows, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::ImportRolesCommand", "Import roles table"), parent)
    , m_rows(rows)
{ }

Status ImportRolesCommand::apply()
{
    EntityRepository &entities = project().entities();
    if (m_applied) {
        for (const Entity &entity : std::as_const(m_createdEntities)) {
            if (Status restored = entities.restore(entity); !restored)
                return restored;
        }
        for (const EntityRole &role : std::as_const(m_rolesOfExistingEntities)) {
            const Result<Entity> entity = entities.find(role.entityId);
            if (!entity)
                return entity.error();
            QList<EntityRole> roles = entity->roles;
            roles << role;
            if (const Result<QList<qint64>> set = entities.setRoles(role.entityId, roles); !set)
                return set.error();
        }
        return ok();
    }
    const Result<RoleTable::ImportSummary> summary = RoleTable::apply(project(), m_rows);
    if (!summary)
        return summary.error();
    QList<Entity> created;
    for (const qint64 id : summary->createdEntityIds) {
        const Result<Entity> entity = entities.find(id);
        if (!entity)
            return entity.error();
        created << *entity;
    }
    QList<EntityRole> others;
    for (const EntityRole &role : summary->addedRoles) {
        if (!summary->createdEntityIds.contains(role.entityId))
            others << role;
    }
    m_summary = *summary;
    m_createdEntities = created;
    m_rolesOfExistingEntities = others;
    m_applied = true;
    return ok();
}

Status ImportRolesCommand::revert()
{
    EntityRepository &entities = project().entities();
    for (const EntityRole &role : std::as_const(m_rolesOfExistingEntities)) {
        if (Status removed = entities.removeRole(role.id); !removed)
            return removed;
    }
    for (const Entity &entity : std::as_const(m_createdEntities)) {
        if (Status removed = entities.remove(entity.id); !removed)
            return removed;
    }
    return ok();
}

void ImportRolesCommand::announce()
{
    emit projectSignals().entitiesChanged();
}

} // namespace annalist
