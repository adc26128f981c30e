// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Entity.h"
#include "model/Mention.h"

namespace annalist {

// Creates an entity from a selection and marks the selection as its confirmed
// mention, as one edit. The type is found by name, ignoring case. Undo removes both;
// redo brings them back under the same ids.
class CreateEntityWithMentionCommand final : public ProjectCommand
{
public:
    CreateEntityWithMentionCommand(Project &project, ProjectSignals &projectSignals, qint64 sourceId, int start,
                                   int end, const QString &entityName, const QString &typeName,
                                   QUndoCommand *parent = nullptr);

    // Ids once redone (kept across undo and redo); 0 before.
    qint64 entityId() const { return m_entity.id; }
    qint64 mentionId() const { return m_mention.id; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    QString m_typeName;
    Entity m_entity;
    Mention m_mention;
};

} // namespace annalist
