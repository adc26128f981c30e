#pragma once

#include "ProjectCommand.h"

#include "model/ChronologyAnnotation.h"
#include "model/Event.h"
#include "model/Evidence.h"
#include "model/Note.h"

#include <QList>

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
    Event m_event;
    QList<Evidence> m_evidence;
    QList<ChronologyAnnotation> m_annotations;
    QList<Note> m_notes;
    bool m_exists = true;
};

} // namespace annalist
