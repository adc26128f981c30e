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
    // `event.changedAt` is when the event was last changed as the analyst saw it (0 when
    // not known): should someone else have changed it since, the edit is refused.
    UpdateEventCommand(Project &project, ProjectSignals &projectSignals, const Event &event,
                       QUndoCommand *parent = nullptr);

    qint64 eventId() const { return m_new.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    void describe();
    // Refuses to write over a change another user made since `expectedAt` (the event's
    // changed_at when it was read), saying what they changed it to.
    Status checkUnchanged(const Event &current, qint64 expectedAt) const;
    Status readStamp(qint64 *stamp) const;

    Event m_new;
    Event m_old;
    bool m_applied = false;
    // The event's changed_at after this command's last apply and revert: what an undo
    // and a redo expect to find, so that they never overwrite another analyst's edit.
    qint64 m_stampAfterApply = 0;
    qint64 m_stampAfterRevert = 0;
};

} // namespace annalist
