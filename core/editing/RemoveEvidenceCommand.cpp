// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RemoveEvidenceCommand.h"

#include "common/TextShortener.h"
#include "storage/ProjectSignals.h"

#include "storage/EvidenceRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

RemoveEvidenceCommand::RemoveEvidenceCommand(Project &project, ProjectSignals &projectSignals, qint64 evidenceId,
                                             QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::RemoveEvidenceCommand", "Remove evidence"), parent)
    , m_evidenceId(evidenceId)
{ }

Status RemoveEvidenceCommand::apply()
{
    const Result<Evidence> evidence = project().evidence().find(m_evidenceId);
    if (!evidence)
        return evidence.error();
    if (Status removed = project().evidence().remove(m_evidenceId); !removed)
        return removed;
    m_removed = *evidence;
    setText(QCoreApplication::translate("annalist::RemoveEvidenceCommand", "Remove evidence \u201c%1\u201d")
                .arg(TextShortener::shorten(m_removed.quote, 60)));
    return ok();
}

Status RemoveEvidenceCommand::revert()
{
    return project().evidence().restore(m_removed);
}

void RemoveEvidenceCommand::announce()
{
    emit projectSignals().evidenceChanged(m_removed.eventId);
}

} // namespace annalist
