// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AddEvidenceCommand.h"

#include "chronology/EvidencePassage.h"
#include "storage/ProjectSignals.h"

#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

AddEvidenceCommand::AddEvidenceCommand(Project &project, ProjectSignals &projectSignals, const Evidence &evidence,
                                       QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::AddEvidenceCommand", "Add evidence"), parent)
    , m_evidence(evidence)
{
    m_evidence.id = 0;
}

Status AddEvidenceCommand::apply()
{
    if (m_evidence.id > 0)
        return project().evidence().restore(m_evidence);

    const Result<Event> event = project().events().find(m_evidence.eventId);
    if (!event)
        return event.error();
    Evidence evidence = m_evidence;
    if (Status complete = EvidencePassage::complete(project(), evidence); !complete)
        return complete;
    const Result<qint64> id = project().evidence().add(evidence);
    if (!id)
        return id.error();
    evidence.id = *id;
    m_evidence = evidence;
    setText(QCoreApplication::translate("annalist::AddEvidenceCommand", "Add evidence to \u201c%1\u201d")
                .arg(event->title.simplified()));
    return ok();
}

Status AddEvidenceCommand::revert()
{
    return project().evidence().remove(m_evidence.id);
}

void AddEvidenceCommand::announce()
{
    emit projectSignals().evidenceChanged(m_evidence.eventId);
}

QList<RowAttribution::Rows> AddEvidenceCommand::rowsWritten() const
{
    return { { QStringLiteral("evidence"), QStringLiteral("id"), { m_evidence.id } } };
}

} // namespace annalist
