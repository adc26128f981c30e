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

QString nowText(Evidence::Stance stance)
{
    switch (stance) {
    case Evidence::Stance::Supports:
        return QCoreApplication::translate("annalist::SetEvidenceStanceCommand",
                                           "the passage is now marked as supporting");
    case Evidence::Stance::Contradicts:
        return QCoreApplication::translate("annalist::SetEvidenceStanceCommand",
                                           "the passage is now marked as contradicting");
    case Evidence::Stance::Mentions:
        break;
    }
    return QCoreApplication::translate("annalist::SetEvidenceStanceCommand",
                                       "the passage is now marked as a mention only");
}

} // namespace

SetEvidenceStanceCommand::SetEvidenceStanceCommand(Project &project, ProjectSignals &projectSignals, qint64 evidenceId,
                                                   Evidence::Stance stance, std::optional<Evidence::Stance> shownStance,
                                                   QUndoCommand *parent)
    : ProjectCommand(project, projectSignals, commandText(stance), parent)
    , m_evidenceId(evidenceId)
    , m_stance(stance)
    , m_shownStance(shownStance)
{ }

Status SetEvidenceStanceCommand::apply()
{
    const Result<Evidence> evidence = project().evidence().find(m_evidenceId);
    if (!evidence)
        return evidence.error();
    if (m_shownStance) {
        const Status asShown = checkAsShown({ QStringLiteral("evidence"), QStringLiteral("id"), { m_evidenceId } },
                                            evidence->stance == *m_shownStance, nowText(evidence->stance));
        if (!asShown)
            return asShown;
    }
    if (Status changed = project().evidence().setStance(m_evidenceId, m_stance); !changed)
        return changed;
    m_shownStance.reset(); // a redo is checked against its undo (ProjectCommand)
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
