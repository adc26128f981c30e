// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include <optional>

namespace annalist {

// Changes an entity's canonical name (trimmed; an empty name is refused); undo
// restores the old name.
class RenameEntityCommand final : public ProjectCommand
{
public:
    // `shownName`: the name the analyst's window showed, which the first apply expects to
    // find (ProjectCommand::checkAsShown); none: not looked at.
    RenameEntityCommand(Project &project, ProjectSignals &projectSignals, qint64 entityId, const QString &name,
                        std::optional<QString> shownName = std::nullopt, QUndoCommand *parent = nullptr);

    qint64 entityId() const { return m_entityId; }
    QString name() const { return m_name; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;
    QList<RowAttribution::Rows> rowsWritten() const override;

private:
    qint64 m_entityId = 0;
    QString m_name;
    QString m_previousName;
    std::optional<QString> m_shownName; // reset once applied
};

} // namespace annalist
