// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RemoveEventCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/EventRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

RemoveEventCommand::RemoveEventCommand(Project &project, ProjectSignals &projectSignals, qint64 eventId,
                                       QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::RemoveEventCommand", "Remove event"), parent)
    , m_eventId(eventId)
{ }

Status RemoveEventCommand::apply()
{
    Result<EventSnapshot> snapshot = EventSnapshot::read(project(), m_eventId);
    if (!snapshot)
        return snapshot.error();
    if (Status removed = project().events().remove(m_eventId); !removed)
        return removed;

    m_snapshot = std::move(*snapshot);
    m_exists = false;
    setText(QCoreApplication::translate("annalist::RemoveEventCommand", "Remove event \u201c%1\u201d")
                .arg(m_snapshot.event.title.simplified()));
    return ok();
}

Status RemoveEventCommand::revert()
{
    if (Status restored = m_snapshot.restore(project()); !restored)
        return restored;
    m_exists = true;
    return ok();
}

void RemoveEventCommand::announce()
{
    if (m_exists)
        emit projectSignals().eventsChanged(m_eventId);
    else
        emit projectSignals().eventRemoved(m_eventId);
    if (!m_snapshot.evidence.isEmpty())
        emit projectSignals().evidenceChanged(m_eventId);
    if (!m_snapshot.annotations.isEmpty())
        emit projectSignals().annotationsChanged(m_eventId);
}

} // namespace annalist
