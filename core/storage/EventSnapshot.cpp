// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EventSnapshot.h"

#include "ChronologyAnnotationRepository.h"
#include "EventRepository.h"
#include "EvidenceRepository.h"
#include "NoteRepository.h"
#include "Project.h"

namespace annalist {

Result<EventSnapshot> EventSnapshot::read(Project &project, qint64 eventId)
{
    Result<Event> event = project.events().find(eventId);
    if (!event)
        return event.error();
    Result<QList<Evidence>> evidence = project.evidence().listForEvent(eventId);
    if (!evidence)
        return evidence.error();
    Result<QList<ChronologyAnnotation>> annotations = project.annotations().listForEvent(eventId);
    if (!annotations)
        return annotations.error();
    Result<QList<Note>> notes = project.notes().listForSubject(Note::Subject::Event, eventId);
    if (!notes)
        return notes.error();
    return EventSnapshot { std::move(*event), std::move(*evidence), std::move(*annotations), std::move(*notes) };
}

Status EventSnapshot::restore(Project &project) const
{
    if (Status restored = project.events().restore(event); !restored)
        return restored;
    for (const Evidence &passage : evidence) {
        if (Status restored = project.evidence().restore(passage); !restored)
            return restored;
    }
    for (const ChronologyAnnotation &annotation : annotations) {
        if (Status restored = project.annotations().restore(annotation); !restored)
            return restored;
    }
    for (const Note &note : notes) {
        if (Status restored = project.notes().restore(note); !restored)
            return restored;
    }
    return ok();
}

} // namespace annalist
