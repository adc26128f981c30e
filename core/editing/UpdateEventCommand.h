// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Event.h"

namespace annalist {

// Replaces every field of an event, its participants and its tags (event.id says
// which); undo puts back exactly what was there. Consecutive edits of the same single
// field of the same event (typing a title, nudging a date) merge into one step; an
// edit that changes nothing is obsolete, so that a QUndoStack drops it.
class UpdateEventCommand final : public ProjectCommand
{
public:
    UpdateEventCommand(Project &project, ProjectSignals &projectSignals, const Event &event,
                       QUndoCommand *parent = nullptr);

    qint64 eventId() const { return m_new.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    void describe();

    Event m_new;
    Event m_old;
    bool m_applied = false;
};

} // namespace annalist
