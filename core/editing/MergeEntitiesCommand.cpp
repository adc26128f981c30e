// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MergeEntitiesCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

MergeEntitiesCommand::MergeEntitiesCommand(Project &project, ProjectSignals &projectSignals, qint64 fromId,
                                           qint64 intoId, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::MergeEntitiesCommand", "Merge entities"), parent)
    , m_fromId(fromId)
    , m_intoId(intoId)
{ }

Status MergeEntitiesCommand::apply()
{
    Result<EntityMergeRecord> record = project().entities().mergeRecorded(m_fromId, m_intoId);
    if (!record)
        return record.error();
    m_record = std::move(*record);
    const Result<Entity> into = project().entities().find(m_intoId);
    if (into) {
        setText(QCoreApplication::translate("annalist::MergeEntitiesCommand", "Merge %1 into %2")
                    .arg(m_record.from.canonicalName, into->canonicalName));
    }
    return ok();
}

Status MergeEntitiesCommand::revert()
{
    return project().entities().unmerge(m_record);
}

void MergeEntitiesCommand::announce()
{
    emit projectSignals().entitiesChanged();
    for (qint64 sourceId : std::as_const(m_record.mentionSourceIds))
        emit projectSignals().mentionsChanged(sourceId);
}

} // namespace annalist
