// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetEntityRolesCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/EntityRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

namespace {

// The roles as a table shows them: ids, and the words a date was typed in, make no
// other role, nor does the order of the rows.
QStringList asRead(const QList<EntityRole> &roles)
{
    QStringList read;
    read.reserve(roles.size());
    for (const EntityRole &role : roles)
        read << QStringList { role.title, role.organisation, role.from.toEdtf(), role.to.toEdtf() }.join(u'\x1f');
    read.sort();
    return read;
}

QString nowText(const Entity &entity)
{
    if (entity.roles.isEmpty())
        return QCoreApplication::translate("annalist::SetEntityRolesCommand", "\u201c%1\u201d now has no roles")
            .arg(entity.canonicalName);
    QStringList roles;
    for (const EntityRole &role : entity.roles)
        roles << (role.organisation.isEmpty() ? role.title
                                              : QStringLiteral("%1, %2").arg(role.title, role.organisation));
    return QCoreApplication::translate("annalist::SetEntityRolesCommand", "the roles of \u201c%1\u201d are now: %2")
        .arg(entity.canonicalName, roles.join(QStringLiteral("; ")));
}

} // namespace

SetEntityRolesCommand::SetEntityRolesCommand(Project &project, ProjectSignals &projectSignals, qint64 entityId,
                                             const QList<EntityRole> &roles,
                                             std::optional<QList<EntityRole>> shownRoles, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::SetEntityRolesCommand", "Change roles"), parent)
    , m_entityId(entityId)
    , m_roles(roles)
    , m_shownRoles(std::move(shownRoles))
{
    for (EntityRole &role : m_roles)
        role.entityId = entityId;
}

Status SetEntityRolesCommand::apply()
{
    const Result<Entity> entity = project().entities().find(m_entityId);
    if (!entity)
        return entity.error();
    if (m_shownRoles) {
        const Status asShown
            = checkAsShown({ QStringLiteral("entity_roles"), QStringLiteral("entity_id"), { m_entityId } },
                           asRead(entity->roles) == asRead(*m_shownRoles), nowText(*entity));
        if (!asShown)
            return asShown;
    }
    const Result<QList<qint64>> ids = project().entities().setRoles(m_entityId, m_roles);
    if (!ids)
        return ids.error();
    // New roles keep the ids they got now, so that a later redo restores them as they were.
    for (qsizetype i = 0; i < m_roles.size(); ++i)
        m_roles[i].id = ids->at(i);
    m_shownRoles.reset(); // a redo is checked against its undo (ProjectCommand)
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
