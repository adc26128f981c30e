// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include <optional>

namespace annalist {

// Links a mention to another (existing) entity; undo links it back.
class SetMentionEntityCommand final : public ProjectCommand
{
public:
    // `shownEntityId`: the entity the analyst's window showed the mention as, which the
    // first apply expects to find (ProjectCommand::checkAsShown); none: not looked at.
    SetMentionEntityCommand(Project &project, ProjectSignals &projectSignals, qint64 mentionId, qint64 entityId,
                            std::optional<qint64> shownEntityId = std::nullopt, QUndoCommand *parent = nullptr);

    qint64 mentionId() const { return m_mentionId; }
    qint64 entityId() const { return m_entityId; }
    // The entity the mention had before; valid once redone.
    qint64 previousEntityId() const { return m_previousEntityId; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;
    QList<RowAttribution::Rows> rowsWritten() const override;

private:
    qint64 m_mentionId = 0;
    qint64 m_entityId = 0;
    qint64 m_previousEntityId = 0;
    qint64 m_sourceId = 0;
    std::optional<qint64> m_shownEntityId; // reset once applied
};

} // namespace annalist
