// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RemoveMentionCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/MentionRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

RemoveMentionCommand::RemoveMentionCommand(Project &project, ProjectSignals &projectSignals, qint64 mentionId,
                                           QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::RemoveMentionCommand", "Remove mention"), parent)
    , m_mentionId(mentionId)
{ }

Status RemoveMentionCommand::apply()
{
    const Result<Mention> mention = project().mentions().find(m_mentionId);
    if (!mention)
        return mention.error();
    if (Status removed = project().mentions().remove(m_mentionId); !removed)
        return removed;
    m_removed = *mention;
    setText(QCoreApplication::translate("annalist::RemoveMentionCommand", "Remove mention \u201c%1\u201d")
                .arg(m_removed.quote.simplified()));
    return ok();
}

Status RemoveMentionCommand::revert()
{
    return project().mentions().restore(m_removed);
}

void RemoveMentionCommand::announce()
{
    emit projectSignals().mentionsChanged(m_removed.sourceId);
}

} // namespace annalist
