// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Mention.h"

namespace annalist {

// Removes a mention; undo puts it back with the same id.
class RemoveMentionCommand final : public ProjectCommand
{
public:
    RemoveMentionCommand(Project &project, ProjectSignals &projectSignals, qint64 mentionId,
                         QUndoCommand *parent = nullptr);

    qint64 mentionId() const { return m_mentionId; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    qint64 m_mentionId = 0;
    // The mention as it was before the removal; valid once redone.
    Mention m_removed;
};

} // namespace annalist
