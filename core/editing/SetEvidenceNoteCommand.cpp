// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetEvidenceNoteCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/EvidenceRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

SetEvidenceNoteCommand::SetEvidenceNoteCommand(Project &project, ProjectSignals &projectSignals, qint64 evidenceId,
                                               const QString &note, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     note.trimmed().isEmpty()
                         ? QCoreApplication::translate("annalist::SetEvidenceNoteCommand", "Remove note on evidence")
                         : QCoreApplication::translate("annalist::SetEvidenceNoteCommand", "Note on evidence"),
                     parent)
    , m_evidenceId(evidenceId)
    , m_note(note.trimmed())
{ }

Status SetEvidenceNoteCommand::apply()
{
    const Result<Evidence> evidence = project().evidence().find(m_evidenceId);
    if (!evidence)
        return evidence.error();
    if (Status changed = project().evidence().setNote(m_evidenceId, m_note); !changed)
        return changed;
    m_eventId = evidence->eventId;
    m_previousNote = evidence->note;
    return ok();
}

Status SetEvidenceNoteCommand::revert()
{
    return project().evidence().setNote(m_evidenceId, m_previousNote);
}

void SetEvidenceNoteCommand::announce()
{
    emit projectSignals().evidenceChanged(m_eventId);
}

QList<RowAttribution::Rows> SetEvidenceNoteCommand::rowsWritten() const
{
    return { { QStringLiteral("evidence"), QStringLiteral("id"), { m_evidenceId } } };
}

} // namespace annalist
