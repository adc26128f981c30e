// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "storage/EventSnapshot.h"

namespace annalist {

// Removes an event with its participants, tags, evidence, chronology annotations and
// notes. Undo brings all of them back under their old ids.
class RemoveEventCommand final : public ProjectCommand
{
public:
    RemoveEventCommand(Project &project, ProjectSignals &projectSignals, qint64 eventId,
                       QUndoCommand *parent = nullptr);

    qint64 eventId() const { return m_eventId; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    qint64 m_eventId = 0;
    EventSnapshot m_snapshot;
    bool m_exists = true;
};

} // namespace annalist
