// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "chronology/RoleTable.h"

#include <QList>

namespace annalist {

// Loads a roles table (who held which title when) into the project: the roles that
// are new, and the entities they need. Undo removes exactly those; redo puts them back
// under the same ids, so that later edits that refer to them still hold.
class ImportRolesCommand final : public ProjectCommand
{
public:
    ImportRolesCommand(Project &project, ProjectSignals &projectSignals, const QList<RoleTable::Row> &rows,
                       QUndoCommand *parent = nullptr);

    // What the first redo wrote.
    RoleTable::ImportSummary summary() const { return m_summary; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    QList<RoleTable::Row> m_rows;
    RoleTable::ImportSummary m_summary;
    bool m_applied = false;
    // As written by the first redo, for writing them again under their ids.
    QList<Entity> m_createdEntities;
    QList<EntityRole> m_rolesOfExistingEntities;
};

} // namespace annalist
