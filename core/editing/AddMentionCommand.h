// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Mention.h"

namespace annalist {

// Marks the span [start, end) of a source as a mention of an existing entity. The
// quote and some context either side come from the source's body.
class AddMentionCommand final : public ProjectCommand
{
public:
    AddMentionCommand(Project &project, ProjectSignals &projectSignals, qint64 sourceId, int start, int end,
                      qint64 entityId, Mention::Status status = Mention::Status::Confirmed,
                      QUndoCommand *parent = nullptr);

    // The new mention's id once redone (kept across undo and redo); 0 before.
    qint64 mentionId() const { return m_mention.id; }
    qint64 sourceId() const { return m_mention.sourceId; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    Mention m_mention;
};

} // namespace annalist
