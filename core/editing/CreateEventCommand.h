// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Event.h"
#include "model/Evidence.h"

#include <QList>

namespace annalist {

// Adds an event, with the passages that first support it (their eventId is set to the
// new event; a missing quote is taken from the source's text). Undo removes it; redo
// brings the event and its evidence back under the same ids, so that views selecting
// by id find them again.
class CreateEventCommand final : public ProjectCommand
{
public:
    CreateEventCommand(Project &project, ProjectSignals &projectSignals, const Event &event,
                       const QList<Evidence> &evidence = {}, QUndoCommand *parent = nullptr);

    // Ids once redone (kept across undo and redo); 0 and empty before.
    qint64 eventId() const { return m_event.id; }
    QList<qint64> evidenceIds() const;

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    Status create();

    Event m_event;
    QList<Evidence> m_evidence;
    bool m_exists = false;
};

} // namespace annalist
