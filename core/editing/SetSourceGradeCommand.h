// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Source.h"

#include <optional>

namespace annalist {

// Grades a source's reliability (A–F, or Unrated); undo restores the old grade.
class SetSourceGradeCommand final : public ProjectCommand
{
public:
    // `shown`: the grade the analyst's window showed, which the first apply expects to
    // find (ProjectCommand::checkAsShown); none: not looked at.
    SetSourceGradeCommand(Project &project, ProjectSignals &projectSignals, qint64 sourceId, ReliabilityGrade grade,
                          std::optional<ReliabilityGrade> shown = std::nullopt, QUndoCommand *parent = nullptr);

    qint64 sourceId() const { return m_sourceId; }
    ReliabilityGrade grade() const { return m_grade; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;
    QList<RowAttribution::Rows> rowsWritten() const override;

private:
    qint64 m_sourceId = 0;
    ReliabilityGrade m_grade = ReliabilityGrade::Unrated;
    ReliabilityGrade m_previousGrade = ReliabilityGrade::Unrated;
    std::optional<ReliabilityGrade> m_shown; // reset once applied
};

} // namespace annalist
