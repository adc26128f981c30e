// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CreateEventCommand.h"

#include "chronology/EvidencePassage.h"
#include "storage/ProjectSignals.h"

#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

namespace {

QString commandText(const QString &title)
{
    return QCoreApplication::translate("annalist::CreateEventCommand", "New event \u201c%1\u201d").arg(title);
}

} // namespace

CreateEventCommand::CreateEventCommand(Project &project, ProjectSignals &projectSignals, const Event &event,
                                       const QList<Evidence> &evidence, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals, commandText(event.title.simplified()), parent)
    , m_event(event)
    , m_evidence(evidence)
{
    m_event.id = 0;
    m_event.title = m_event.title.simplified();
    for (Evidence &passage : m_evidence)
        passage.id = 0;
}

QList<qint64> CreateEventCommand::evidenceIds() const
{
    QList<qint64> ids;
    for (const Evidence &passage : m_evidence) {
        if (passage.id > 0)
            ids.append(passage.id);
    }
    return ids;
}

Status CreateEventCommand::apply()
{
    if (m_event.id == 0) {
        if (Status created = create(); !created)
            return created;
        m_exists = true;
        return ok();
    }
    if (Status restored = project().events().restore(m_event); !restored)
        return restored;
    for (const Evidence &passage : std::as_const(m_evidence)) {
        if (Status restored = project().evidence().restore(passage); !restored)
            return restored;
    }
    m_exists = true;
    return ok();
}

Status CreateEventCommand::create()
{
    if (m_event.title.isEmpty())
        return StorageError { StorageError::Code::Constraint, QStringLiteral("an event needs a title") };
    const Result<qint64> id = project().events().add(m_event);
    if (!id)
        return id.error();
    // Read back what was stored (participants and tags once each, tags sorted), so that
    // a redo restores exactly that.
    Result<Event> stored = project().events().find(*id);
    if (!stored)
        return stored.error();

    QList<Evidence> evidence = m_evidence;
    for (Evidence &passage : evidence) {
        passage.eventId = *id;
        if (Status complete = EvidencePassage::complete(project(), passage); !complete)
            return complete;
        const Result<qint64> evidenceId = project().evidence().add(passage);
        if (!evidenceId)
            return evidenceId.error();
        passage.id = *evidenceId;
    }
    m_event = std::move(*stored);
    m_evidence = evidence;
    return ok();
}

Status CreateEventCommand::revert()
{
    if (Status removed = project().events().remove(m_event.id); !removed)
        return removed;
    m_exists = false;
    return ok();
}

void CreateEventCommand::announce()
{
    if (m_exists)
        emit projectSignals().eventsChanged(m_event.id);
    else
        emit projectSignals().eventRemoved(m_event.id);
    if (!m_evidence.isEmpty())
        emit projectSignals().evidenceChanged(m_event.id);
}

} // namespace annalist
