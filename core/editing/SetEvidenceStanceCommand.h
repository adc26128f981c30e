// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Evidence.h"

#include <optional>

namespace annalist {

// Says whether a passage supports, contradicts or only mentions its event; undo
// restores the old stance.
class SetEvidenceStanceCommand final : public ProjectCommand
{
public:
    // `shownStance`: the stance the analyst's window showed, which the first apply expects
    // to find (ProjectCommand::checkAsShown); none: not looked at.
    SetEvidenceStanceCommand(Project &project, ProjectSignals &projectSignals, qint64 evidenceId,
                             Evidence::Stance stance, std::optional<Evidence::Stance> shownStance = std::nullopt,
                             QUndoCommand *parent = nullptr);

    qint64 evidenceId() const { return m_evidenceId; }
    Evidence::Stance stance() const { return m_stance; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;
    QList<RowAttribution::Rows> rowsWritten() const override;

private:
    qint64 m_evidenceId = 0;
    qint64 m_eventId = 0;
    Evidence::Stance m_stance = Evidence::Stance::Supports;
    Evidence::Stance m_previousStance = Evidence::Stance::Supports;
    std::optional<Evidence::Stance> m_shownStance; // reset once applied
};

} // namespace annalist
