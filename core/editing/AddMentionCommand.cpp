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

const Mention *AddMentionCommand::sameSpan(const QList<Mention> &existing) const
{
    const Mention *other = nullptr;
    for (const Mention &mention : existing) {
        if (mention.start != m_mention.start || mention.end != m_mention.end)
            continue;
        if (mention.entityId == m_mention.entityId)
            return &mention;
        if (mention.status != Mention::Status::Confirmed && !other)
            other = &mention;
    }
    return other;
}

Status AddMentionCommand::apply()
{
    if (m_takenOver) {
        if (Status moved = project().mentions().setEntity(m_mention.id, m_mention.entityId); !moved)
            return moved;
        return project().mentions().setStatus(m_mention.id, m_mention.status);
    }
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
    const Result<QList<Mention>> existing = project().mentions().listForSource(mention.sourceId);
    if (!existing)
        return existing.error();
    if (const Mention *over = sameSpan(*existing)) {
        if (over->entityId == mention.entityId && over->status == mention.status) {
            // Already marked so: nothing to do, nothing to undo.
            setObsolete(true);
            return ok();
        }
        m_takenOver = *over;
        m_mention = *over;
        m_mention.entityId = mention.entityId;
        m_mention.status = mention.status;
        setText(describe(over->quote.simplified(), entity->canonicalName, Wording::Confirm));
        return apply();
    }
    const Result<qint64> id = project().mentions().add(mention);
    if (!id)
        return id.error();
    mention.id = *id;
    m_mention = mention;
    setText(describe(mention.quote.simplified(), entity->canonicalName, Wording::Mark));
    return ok();
}

QString AddMentionCommand::describe(const QString &quote, const QString &entityName, Wording wording)
{
    // "Mark “Claudia Sheinbaum” as Claudia Sheinbaum" says the name twice.
    const bool sameName = quote.compare(entityName, Qt::CaseInsensitive) == 0;
    if (wording == Wording::Confirm) {
        return sameName
            ? QCoreApplication::translate("annalist::AddMentionCommand", "Confirm \u201c%1\u201d").arg(quote)
            : QCoreApplication::translate("annalist::AddMentionCommand", "Confirm \u201c%1\u201d as %2")
                  .arg(quote, entityName);
    }
    if (sameName)
        return QCoreApplication::translate("annalist::AddMentionCommand", "Mark \u201c%1\u201d").arg(quote);
    return QCoreApplication::translate("annalist::AddMentionCommand", "Mark \u201c%1\u201d as %2")
        .arg(quote, entityName);
}

Status AddMentionCommand::revert()
{
    if (m_takenOver) {
        if (Status moved = project().mentions().setEntity(m_takenOver->id, m_takenOver->entityId); !moved)
            return moved;
        return project().mentions().setStatus(m_takenOver->id, m_takenOver->status);
    }
    return project().mentions().remove(m_mention.id);
}

void AddMentionCommand::announce()
{
    emit projectSignals().mentionsChanged(m_mention.sourceId);
}

QList<RowAttribution::Rows> AddMentionCommand::rowsWritten() const
{
    return { { QStringLiteral("mentions"), QStringLiteral("id"), { m_mention.id } } };
}

} // namespace annalist
