#include "RemoveEventCommand.h"

#include "ProjectSignals.h"

#include "storage/ChronologyAnnotationRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/NoteRepository.h"
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
    Result<Event> event = project().events().find(m_eventId);
    if (!event)
        return event.error();
    Result<QList<Evidence>> evidence = project().evidence().listForEvent(m_eventId);
    if (!evidence)
        return evidence.error();
    Result<QList<ChronologyAnnotation>> annotations = project().annotations().listForEvent(m_eventId);
    if (!annotations)
        return annotations.error();
    Result<QList<Note>> notes = project().notes().listForSubject(Note::Subject::Event, m_eventId);
    if (!notes)
        return notes.error();
    if (Status removed = project().events().remove(m_eventId); !removed)
        return removed;

    m_event = std::move(*event);
    m_evidence = std::move(*evidence);
    m_annotations = std::move(*annotations);
    m_notes = std::move(*notes);
    m_exists = false;
    setText(QCoreApplication::translate("annalist::RemoveEventCommand", "Remove event \u201c%1\u201d")
                .arg(m_event.title.simplified()));
    return ok();
}

Status RemoveEventCommand::revert()
{
    if (Status restored = project().events().restore(m_event); !restored)
        return restored;
    for (const Evidence &passage : std::as_const(m_evidence)) {
        if (Status restored = project().evidence().restore(passage); !restored)
            return restored;
    }
    for (const ChronologyAnnotation &annotation : std::as_const(m_annotations)) {
        if (Status restored = project().annotations().restore(annotation); !restored)
            return restored;
    }
    for (const Note &note : std::as_const(m_notes)) {
        if (Status restored = project().notes().restore(note); !restored)
            return restored;
    }
    m_exists = true;
    return ok();
}

void RemoveEventCommand::announce()
{
    if (m_exists)
        emit projectSignals().eventsChanged(m_eventId);
    else
        emit projectSignals().eventRemoved(m_eventId);
    if (!m_evidence.isEmpty())
        emit projectSignals().evidenceChanged(m_eventId);
    if (!m_annotations.isEmpty())
        emit projectSignals().annotationsChanged(m_eventId);
}

} // namespace annalist
