// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Evidence.h"

namespace annalist {

// Detaches a passage from its event; undo brings it back under its id.
class RemoveEvidenceCommand final : public ProjectCommand
{
public:
    RemoveEvidenceCommand(Project &project, ProjectSignals &projectSignals, qint64 evidenceId,
                          QUndoCommand *parent = nullptr);

    qint64 evidenceId() const { return m_evidenceId; }
    // The event the evidence belonged to, once redone; 0 before.
    qint64 eventId() const { return m_removed.eventId; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    qint64 m_evidenceId = 0;
    Evidence m_removed;
};

} // namespace annalist
