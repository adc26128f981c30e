// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "storage/EntityRepository.h"

namespace annalist {

// Folds one entity into another (EntityRepository::merge). Undo brings the merged-away
// entity back under its old id with its name, type, aliases, roles and notes, and moves
// back exactly the mentions, roles, event participations, place references and notes
// that moved, and the aliases the target gained.
class MergeEntitiesCommand final : public ProjectCommand
{
public:
    MergeEntitiesCommand(Project &project, ProjectSignals &projectSignals, qint64 fromId, qint64 intoId,
                         QUndoCommand *parent = nullptr);

    qint64 fromId() const { return m_fromId; }
    qint64 intoId() const { return m_intoId; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    qint64 m_fromId = 0;
    qint64 m_intoId = 0;
    EntityMergeRecord m_record;
};

} // namespace annalist
