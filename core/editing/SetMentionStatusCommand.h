// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Mention.h"

#include <QHash>
#include <QList>

namespace annalist {

// Accepts, rejects or reopens one or many mentions (typically candidates); undo gives
// each mention back the status it had.
class SetMentionStatusCommand final : public ProjectCommand
{
public:
    // `shown`: the status the analyst's window showed for each mention (by id), which the
    // first apply expects to find; a mention another analyst has decided since is refused
    // (ProjectCommand::checkAsShown). Mentions not in it are not looked at.
    SetMentionStatusCommand(Project &project, ProjectSignals &projectSignals, const QList<qint64> &mentionIds,
                            Mention::Status status, const QHash<qint64, Mention::Status> &shown = {},
                            QUndoCommand *parent = nullptr);

    QList<qint64> mentionIds() const { return m_mentionIds; }
    Mention::Status status() const { return m_status; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;
    QList<RowAttribution::Rows> rowsWritten() const override;

private:
    QList<qint64> m_mentionIds;
    Mention::Status m_status;
    QHash<qint64, Mention::Status> m_shown; // emptied once applied
    // Parallel to m_mentionIds; filled by each redo.
    QList<Mention::Status> m_previous;
    QList<qint64> m_sourceIds;
};

} // namespace annalist
