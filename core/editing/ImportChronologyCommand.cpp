// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportChronologyCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

ImportChronologyCommand::ImportChronologyCommand(Project &project, ProjectSignals &projectSignals,
                                                 const ImportedChronology &chronology, const QString &fileName,
                                                 QUndoCommand *parent)
    : ProjectCommand(
        project, projectSignals,
        QCoreApplication::translate("annalist::ImportChronologyCommand", "Import chronology %1").arg(fileName), parent)
    , m_chronology(chronology)
    , m_fileName(fileName)
{ }

Status ImportChronologyCommand::apply()
{
    if (m_applied) {
        for (const Entity &entity : std::as_const(m_entities)) {
            if (Status restored = project().entities().restore(entity); !restored)
                return restored;
        }
        for (const EventSnapshot &event : std::as_const(m_events)) {
            if (Status restored = event.restore(project()); !restored)
                return restored;
        }
        return ok();
    }
    const auto imported = ChronologyImporter(project()).importChronology(m_chronology, m_fileName);
    if (!imported)
        return StorageError { StorageError::Code::Io, imported.error().message };
    m_report = *imported;
    if (Status recorded = record(); !recorded)
        return recorded;
    m_applied = true;
    // The file is in the project now; its copy is not needed again.
    m_chronology = {};
    return ok();
}

Status ImportChronologyCommand::record()
{
    m_entities.clear();
    m_events.clear();
    for (const qint64 id : std::as_const(m_report.createdEntityIds)) {
        const Result<Entity> entity = project().entities().find(id);
        if (!entity)
            return entity.error();
        m_entities << *entity;
    }
    for (const qint64 id : std::as_const(m_report.eventIds)) {
        Result<EventSnapshot> event = EventSnapshot::read(project(), id);
        if (!event)
            return event.error();
        m_events << std::move(*event);
    }
    return ok();
}

Status ImportChronologyCommand::revert()
{
    for (const EventSnapshot &event : std::as_const(m_events)) {
        if (Status removed = project().events().remove(event.event.id); !removed)
            return removed;
    }
    for (const Entity &entity : std::as_const(m_entities)) {
        if (Status removed = project().entities().remove(entity.id); !removed)
            return removed;
    }
    return ok();
}

void ImportChronologyCommand::announce()
{
    if (!m_entities.isEmpty())
        emit projectSignals().entitiesChanged();
    emit projectSignals().eventsChanged(0);
}

} // namespace annalist
