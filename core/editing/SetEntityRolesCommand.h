// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Entity.h"

#include <QList>

#include <optional>

namespace annalist {

// Replaces the whole list of an entity's time-scoped roles. Roles that carry the id of
// one of the entity's roles keep that id; new ones (id 0) get one on the first redo
// and keep it on later redos. Undo restores the old list with its ids.
class SetEntityRolesCommand final : public ProjectCommand
{
public:
    // `shownRoles`: the roles the analyst's window showed before the edit, which the first
    // apply expects to find, as the analyst reads them: title, organisation and dates, in
    // any order (ProjectCommand::checkAsShown); none: not looked at.
    SetEntityRolesCommand(Project &project, ProjectSignals &projectSignals, qint64 entityId,
                          const QList<EntityRole> &roles, std::optional<QList<EntityRole>> shownRoles = std::nullopt,
                          QUndoCommand *parent = nullptr);

    qint64 entityId() const { return m_entityId; }
    // The roles as stored, with their ids once redone.
    QList<EntityRole> roles() const { return m_roles; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;
    QList<RowAttribution::Rows> rowsWritten() const override;

private:
    qint64 m_entityId = 0;
    QList<EntityRole> m_roles;
    QList<EntityRole> m_previousRoles;
    std::optional<QList<EntityRole>> m_shownRoles; // reset once applied
};

} // namespace annalist
