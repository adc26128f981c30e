// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetMentionStatusCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/MentionRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

#include <algorithm>

namespace annalist {

namespace {

QString commandText(Mention::Status status, qsizetype count)
{
    const int n = static_cast<int>(count);
    switch (status) {
    case Mention::Status::Confirmed:
        return QCoreApplication::translate("annalist::SetMentionStatusCommand", "Accept %n mention(s)", nullptr, n);
    case Mention::Status::Rejected:
        return QCoreApplication::translate("annalist::SetMentionStatusCommand", "Reject %n mention(s)", nullptr, n);
    case Mention::Status::Candidate:
        break;
    }
    return QCoreApplication::translate("annalist::SetMentionStatusCommand", "Reopen %n mention(s)", nullptr, n);
}

QList<qint64> withoutRepeats(const QList<qint64> &ids)
{
    QList<qint64> result;
    result.reserve(ids.size());
    for (qint64 id : ids) {
        if (!result.contains(id))
            result.append(id);
    }
    return result;
}

QString statusWord(Mention::Status status)
{
    switch (status) {
    case Mention::Status::Confirmed:
        return QCoreApplication::translate("annalist::SetMentionStatusCommand", "confirmed");
    case Mention::Status::Rejected:
        return QCoreApplication::translate("annalist::SetMentionStatusCommand", "rejected");
    case Mention::Status::Candidate:
        break;
    }
    return QCoreApplication::translate("annalist::SetMentionStatusCommand", "proposed");
}

} // namespace

SetMentionStatusCommand::SetMentionStatusCommand(Project &project, ProjectSignals &projectSignals,
                                                 const QList<qint64> &mentionIds, Mention::Status status,
                                                 const QHash<qint64, Mention::Status> &shown, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals, commandText(status, withoutRepeats(mentionIds).size()), parent)
    , m_mentionIds(withoutRepeats(mentionIds))
    , m_status(status)
    , m_shown(shown)
{ }

Status SetMentionStatusCommand::apply()
{
    QList<Mention::Status> previous;
    QList<qint64> sourceIds;
    previous.reserve(m_mentionIds.size());
    for (qint64 id : std::as_const(m_mentionIds)) {
        const Result<Mention> mention = project().mentions().find(id);
        if (!mention)
            return mention.error();
        if (const auto shown = m_shown.constFind(id); shown != m_shown.cend()) {
            const Status asShown = checkAsShown(
                { QStringLiteral("mentions"), QStringLiteral("id"), { id } }, mention->status == *shown,
                QCoreApplication::translate("annalist::SetMentionStatusCommand", "\u201c%1\u201d is now %2")
                    .arg(mention->quote, statusWord(mention->status)));
            if (!asShown)
                return asShown;
        }
        if (Status changed = project().mentions().setStatus(id, m_status); !changed)
            return changed;
        previous.append(mention->status);
        if (!sourceIds.contains(mention->sourceId))
            sourceIds.append(mention->sourceId);
    }
    std::sort(sourceIds.begin(), sourceIds.end());
    m_shown.clear(); // a redo is checked against its undo (ProjectCommand)
    m_previous = previous;
    m_sourceIds = sourceIds;
    return ok();
}

Status SetMentionStatusCommand::revert()
{
    for (qsizetype i = 0; i < m_mentionIds.size(); ++i) {
        if (Status changed = project().mentions().setStatus(m_mentionIds.at(i), m_previous.at(i)); !changed)
            return changed;
    }
    return ok();
}

void SetMentionStatusCommand::announce()
{
    for (qint64 sourceId : std::as_const(m_sourceIds))
        emit projectSignals().mentionsChanged(sourceId);
}

QList<RowAttribution::Rows> SetMentionStatusCommand::rowsWritten() const
{
    return { { QStringLiteral("mentions"), QStringLiteral("id"), m_mentionIds } };
}

} // namespace annalist
