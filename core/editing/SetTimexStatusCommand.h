// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Mention.h"

namespace annalist {

// Accepts, rejects or reopens one time expression of a source, as the analyst does with
// a proposed name; undo gives it back the status it had.
class SetTimexStatusCommand final : public ProjectCommand
{
public:
    // The quote is the expression's words, for the undo text.
    SetTimexStatusCommand(Project &project, ProjectSignals &projectSignals, qint64 timexId, Mention::Status status,
                          const QString &quote, QUndoCommand *parent = nullptr);

    // The undo text of setting a time expression's status.
    static QString describe(Mention::Status status, const QString &quote);

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    qint64 m_timexId;
    Mention::Status m_status;
    // Filled by each redo.
    Mention::Status m_previous = Mention::Status::Candidate;
    qint64 m_sourceId = 0;
};

} // namespace annalist
