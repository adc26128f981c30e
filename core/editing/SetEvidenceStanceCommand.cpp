// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetEvidenceStanceCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/EvidenceRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

namespace {

QString commandText(Evidence::Stance stance)
{
    switch (stance) {
    case Evidence::Stance::Supports:
        return QCoreApplication::translate("annalist::SetEvidenceStanceCommand", "Mark evidence as supporting");
    case Evidence::Stance::Contradicts:
        return QCoreApplication::translate("annalist::SetEvidenceStanceCommand", "Mark evidence as contradicting");
    case Evidence::Stance::Mentions:
        break;
    }
    return QCoreApplication::translate("annalist::SetEvidenceStanceCommand", "Mark evidence as a mention only");
}

} // namespace

SetEvidenceStanceCommand::SetEvidenceStanceCommand(Project &project, ProjectSignals &projectSignals, qint64 evidenceId,
                                                   Evidence::Stance stance, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals, commandText(stance), parent)
    , m_evidenceId(evidenceId)
    , m_stance(stance)
{ }

Status SetEvidenceStanceCommand::apply()
{
    const Result<Evidence> evidence = project().evidence().find(m_evidenceId);
    if (!evidence)
        return evidence.error();
    if (Status changed = project().evidence().setStance(m_evidenceId, m_stance); !changed)
        return changed;
    m_eventId = evidence->eventId;
    m_previousStance = evidence->stance;
    return ok();
}

Status SetEvidenceStanceCommand::revert()
{
    return project().evidence().setStance(m_evidenceId, m_previousStance);
}

void SetEvidenceStanceCommand::announce()
{
    emit projectSignals().evidenceChanged(m_eventId);
}

QList<RowAttribution::Rows> SetEvidenceStanceCommand::rowsWritten() const
{
    return { { QStringLiteral("evidence"), QStringLiteral("id"), { m_evidenceId } } };
}

} // namespace annalist
