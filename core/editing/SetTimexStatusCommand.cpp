// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetTimexStatusCommand.h"

#include "storage/Project.h"
#include "storage/ProjectSignals.h"
#include "storage/TimexRepository.h"

#include <QCoreApplication>

namespace annalist {

SetTimexStatusCommand::SetTimexStatusCommand(Project &project, ProjectSignals &projectSignals, qint64 timexId,
                                             Mention::Status status, const QString &quote, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals, describe(status, quote.simplified()), parent)
    , m_timexId(timexId)
    , m_status(status)
{ }

QString SetTimexStatusCommand::describe(Mention::Status status, const QString &quote)
{
    switch (status) {
    case Mention::Status::Confirmed:
        return QCoreApplication::translate("annalist::SetTimexStatusCommand", "Accept the time \u201c%1\u201d")
            .arg(quote);
    case Mention::Status::Rejected:
        return QCoreApplication::translate("annalist::SetTimexStatusCommand", "Reject the time \u201c%1\u201d")
            .arg(quote);
    case Mention::Status::Candidate:
        break;
    }
    return QCoreApplication::translate("annalist::SetTimexStatusCommand", "Reopen the time \u201c%1\u201d").arg(quote);
}

Status SetTimexStatusCommand::apply()
{
    const Result<Timex> timex = project().timexes().find(m_timexId);
    if (!timex)
        return timex.error();
    if (Status changed = project().timexes().setStatus(m_timexId, m_status); !changed)
        return changed;
    m_previous = timex->status;
    m_sourceId = timex->sourceId;
    return ok();
}

Status SetTimexStatusCommand::revert()
{
    return project().timexes().setStatus(m_timexId, m_previous);
}

void SetTimexStatusCommand::announce()
{
    emit projectSignals().timexesChanged(m_sourceId);
}

} // namespace annalist
