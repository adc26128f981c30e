// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Evidence.h"

namespace annalist {

// Attaches a passage of a source to an event as evidence (a missing quote is taken
// from the source's text). Undo removes it; redo brings it back under the same id.
class AddEvidenceCommand final : public ProjectCommand
{
public:
    AddEvidenceCommand(Project &project, ProjectSignals &projectSignals, const Evidence &evidence,
                       QUndoCommand *parent = nullptr);

    // The id once redone (kept across undo and redo); 0 before.
    qint64 evidenceId() const { return m_evidence.id; }
    qint64 eventId() const { return m_evidence.eventId; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;
    QList<RowAttribution::Rows> rowsWritten() const override;

private:
    Evidence m_evidence;
};

} // namespace annalist
