// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include <QStringList>

namespace annalist {

// Replaces an entity's aliases (trimmed; empty and repeated ones dropped); undo
// restores the old list.
class SetEntityAliasesCommand final : public ProjectCommand
{
public:
    SetEntityAliasesCommand(Project &project, ProjectSignals &projectSignals, qint64 entityId,
                            const QStringList &aliases, QUndoCommand *parent = nullptr);

    qint64 entityId() const { return m_entityId; }
    QStringList aliases() const { return m_aliases; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    qint64 m_entityId = 0;
    QStringList m_aliases;
    QStringList m_previousAliases;
};

} // namespace annalist
