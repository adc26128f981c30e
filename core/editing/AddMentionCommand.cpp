// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AddMentionCommand.h"

#include "analysis/MentionContext.h"
#include "storage/ProjectSignals.h"

#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QCoreApplication>

namespace annalist {

AddMentionCommand::AddMentionCommand(Project &project, ProjectSignals &projectSignals, qint64 sourceId, int start,
                                     int end, qint64 entityId, Mention::Status status, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::AddMentionCommand", "Mark mention"), parent)
{
    m_mention.sourceId = sourceId;
    m_mention.start = start;
    m_mention.end = end;
    m_mention.entityId = entityId;
    m_mention.status = status;
    m_mention.origin = Mention::Origin::Manual;
}

Status AddMentionCommand::apply()
{
    if (m_mention.id > 0)
        return project().mentions().restore(m_mention);

    const Result<QString> body = project().sources().body(m_mention.sourceId);
    if (!body)
        return body.error();
    Mention mention = m_mention;
    if (!MentionContext::fill(mention, *body)) {
        return StorageError { StorageError::Code::Constraint,
                              QStringLiteral("the span %1–%2 is not inside source %3")
                                  .arg(mention.start)
                                  .arg(mention.end)
                                  .arg(mention.sourceId) };
    }
    const Result<Entity> entity = project().entities().find(mention.entityId);
    if (!entity)
        return entity.error();
    const Result<qint64> id = project().mentions().add(mention);
    if (!id)
        return id.error();
    mention.id = *id;
    m_mention = mention;
    setText(QCoreApplication::translate("annalist::AddMentionCommand", "Mark \u201c%1\u201d as %2")
                .arg(mention.quote.simplified(), entity->canonicalName));
    return ok();
}

Status AddMentionCommand::revert()
{
    return project().mentions().remove(m_mention.id);
}

void AddMentionCommand::announce()
{
    emit projectSignals().mentionsChanged(m_mention.sourceId);
}

} // namespace annalist
