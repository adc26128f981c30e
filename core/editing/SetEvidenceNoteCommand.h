// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include <QString>

#include <optional>

namespace annalist {

// Changes the analyst's note on a passage of evidence; undo restores the old note.
class SetEvidenceNoteCommand final : public ProjectCommand
{
public:
    // `shownNote`: the note the analyst's window showed, which the first apply expects to
    // find (ProjectCommand::checkAsShown); none: not looked at.
    SetEvidenceNoteCommand(Project &project, ProjectSignals &projectSignals, qint64 evidenceId, const QString &note,
                           std::optional<QString> shownNote = std::nullopt, QUndoCommand *parent = nullptr);

    qint64 evidenceId() const { return m_evidenceId; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;
    QList<RowAttribution::Rows> rowsWritten() const override;

private:
    qint64 m_evidenceId = 0;
    qint64 m_eventId = 0;
    QString m_note;
    QString m_previousNote;
    std::optional<QString> m_shownNote; // reset once applied
};

} // namespace annalist
