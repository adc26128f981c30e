// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/Project.h"
#include "storage/WriteTransaction.h"

#include <QCoreApplication>
#include <QDateTime>

namespace annalist {

ProjectCommand::ProjectCommand(Project &project, ProjectSignals &projectSignals, const QString &text,
                               QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_project(project)
    , m_signals(projectSignals)
{ }

ProjectCommand::~ProjectCommand() = default;

void ProjectCommand::redo()
{
    run(Step::Apply);
}

void ProjectCommand::undo()
{
    run(Step::Revert);
}

void ProjectCommand::run(Step step)
{
    // A command that failed once no longer knows what the project holds.
    if (m_failed)
        return;
    Status done = ok();
    if (m_project.isOffline() || m_project.isDamaged()) {
        // Not tried on a connection that is known to be gone, nor written into a damaged
        // file: said, not lost silently.
        reportError(StorageError { StorageError::Code::Io, m_project.readOnlyReason() });
        return;
    }
    {
        WriteTransaction transaction(m_project.database());
        if (!transaction.isOpen()) {
            done = transaction.error();
        } else {
            done = checkNoLaterChangeByOthers(step);
            if (done)
                done = step == Step::Apply ? apply() : revert();
            if (done)
                done = transaction.commit();
        }
    }
    if (!done) {
        reportError(done.error());
        return;
    }
    m_errorMessage.clear();
    m_done = step;
    announce();
}

QList<RowAttribution::Rows> ProjectCommand::rowsWritten() const
{
    return {};
}

Status ProjectCommand::checkNoLaterChangeByOthers(Step step) const
{
    // Only a step that goes back over one's own edit can overwrite someone else's.
    if (!m_done || *m_done == step)
        return ok();
    for (const RowAttribution::Rows &rows : rowsWritten()) {
        const auto latest = RowAttribution::latestByOthers(m_project.database(), rows, m_project.userName());
        if (!latest)
            return latest.error();
        if (!*latest)
            continue;
        const QString who = (*latest)->by;
        const QString when = QDateTime::fromMSecsSinceEpoch((*latest)->at).toString(QStringLiteral("HH:mm"));
        return StorageError { StorageError::Code::Conflict,
                              step == Step::Revert
                                  ? QCoreApplication::translate(
                                        "annalist::ProjectCommand",
                                        "%1 changed it at %2, after your edit; undoing your "
                                        "edit would overwrite theirs, so it stays as they left it")
                                        .arg(who, when)
                                  : QCoreApplication::translate("annalist::ProjectCommand",
                                                                "%1 changed it at %2, after you undid your edit; doing "
                                                                "it again would overwrite theirs, so it stays as they "
                                                                "left it")
                                        .arg(who, when) };
    }
    return ok();
}

Status ProjectCommand::checkAsShown(const RowAttribution::Rows &row, bool asShown, const QString &now) const
{
    if (asShown)
        return ok();
    const auto latest = RowAttribution::latestByOthers(m_project.database(), row, m_project.userName());
    if (!latest)
        return latest.error();
    if (!*latest)
        return ok();
    const QString when = QDateTime::fromMSecsSinceEpoch((*latest)->at).toString(QStringLiteral("HH:mm:ss"));
    return StorageError { StorageError::Code::Conflict,
                          QCoreApplication::translate("annalist::ProjectCommand",
                                                      "%1 changed it at %2, after your window showed it: %3. "
                                                      "Nothing of theirs was overwritten; look, then decide again")
                              .arg((*latest)->by, when, now) };
}

void ProjectCommand::reportError(const StorageError &error)
{
    m_failed = true;
    m_errorMessage = error.message;
    setObsolete(true);
    const QString what = text().isEmpty() ? QCoreApplication::translate("annalist::ProjectCommand", "The change")
                                          : QStringLiteral("\u201c%1\u201d").arg(text());
    emit m_signals.errorOccurred(
        QCoreApplication::translate("annalist::ProjectCommand", "%1 could not be saved: %2").arg(what, error.message));
}

} // namespace annalist
