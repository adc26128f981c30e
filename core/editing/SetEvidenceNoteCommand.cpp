// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetEvidenceNoteCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/EvidenceRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

namespace {

QString nowText(const QString &note)
{
    if (note.trimmed().isEmpty())
        return QCoreApplication::translate("annalist::SetEvidenceNoteCommand", "the passage now has no note");
    // Enough of a long note to recognise it.
    constexpr qsizetype shown = 80;
    QString words = note.simplified();
    if (words.size() > shown)
        words = words.left(shown - 1) + u'\u2026';
    return QCoreApplication::translate("annalist::SetEvidenceNoteCommand", "the passage's note is now \u201c%1\u201d")
        .arg(words);
}

} // namespace

SetEvidenceNoteCommand::SetEvidenceNoteCommand(Project &project, ProjectSignals &projectSignals, qint64 evidenceId,
                                               const QString &note, std::optional<QString> shownNote,
                                               QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     note.trimmed().isEmpty()
                         ? QCoreApplication::translate("annalist::SetEvidenceNoteCommand", "Remove note on evidence")
                         : QCoreApplication::translate("annalist::SetEvidenceNoteCommand", "Note on evidence"),
                     parent)
    , m_evidenceId(evidenceId)
    , m_note(note.trimmed())
    , m_shownNote(std::move(shownNote))
{ }

Status SetEvidenceNoteCommand::apply()
{
    const Result<Evidence> evidence = project().evidence().find(m_evidenceId);
    if (!evidence)
        return evidence.error();
    if (m_shownNote) {
        const Status asShown = checkAsShown({ QStringLiteral("evidence"), QStringLiteral("id"), { m_evidenceId } },
                                            evidence->note == *m_shownNote, nowText(evidence->note));
        if (!asShown)
            return asShown;
    }
    if (Status changed = project().evidence().setNote(m_evidenceId, m_note); !changed)
        return changed;
    m_shownNote.reset(); // a redo is checked against its undo (ProjectCommand)
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
