// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include <optional>

namespace annalist {

// Gives an entity another type (Person, Place, …); undo restores the old one.
class SetEntityTypeCommand final : public ProjectCommand
{
public:
    // `shownTypeId`: the type the analyst's window showed the entity as, which the first
    // apply expects to find (ProjectCommand::checkAsShown); none: not looked at.
    SetEntityTypeCommand(Project &project, ProjectSignals &projectSignals, qint64 entityId, qint64 typeId,
                         std::optional<qint64> shownTypeId = std::nullopt, QUndoCommand *parent = nullptr);

    qint64 entityId() const { return m_entityId; }
    qint64 typeId() const { return m_typeId; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;
    QList<RowAttribution::Rows> rowsWritten() const override;

private:
    qint64 m_entityId = 0;
    qint64 m_typeId = 0;
    qint64 m_previousTypeId = 0;
    std::optional<qint64> m_shownTypeId; // reset once applied
};

} // namespace annalist
