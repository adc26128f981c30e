// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RenameEntityCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/EntityRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

RenameEntityCommand::RenameEntityCommand(Project &project, ProjectSignals &projectSignals, qint64 entityId,
                                         const QString &name, std::optional<QString> shownName, QUndoCommand *parent)
    : ProjectCommand(
        project, projectSignals,
        QCoreApplication::translate("annalist::RenameEntityCommand", "Rename to \u201c%1\u201d").arg(name.simplified()),
        parent)
    , m_entityId(entityId)
    , m_name(name.simplified())
    , m_shownName(std::move(shownName))
{ }

Status RenameEntityCommand::apply()
{
    if (m_name.isEmpty())
        return StorageError { StorageError::Code::Constraint, QStringLiteral("an entity needs a name") };
    const Result<Entity> entity = project().entities().find(m_entityId);
    if (!entity)
        return entity.error();
    if (m_shownName) {
        const Status asShown = checkAsShown(
            { QStringLiteral("entities"), QStringLiteral("id"), { m_entityId } }, entity->canonicalName == *m_shownName,
            QCoreApplication::translate("annalist::RenameEntityCommand", "\u201c%1\u201d is now named \u201c%2\u201d")
                .arg(*m_shownName, entity->canonicalName));
        if (!asShown)
            return asShown;
    }
    if (Status renamed = project().entities().rename(m_entityId, m_name); !renamed)
        return renamed;
    m_shownName.reset(); // a redo is checked against its undo (ProjectCommand)
    m_previousName = entity->canonicalName;
    setText(QCoreApplication::translate("annalist::RenameEntityCommand", "Rename %1 to \u201c%2\u201d")
                .arg(m_previousName, m_name));
    return ok();
}

Status RenameEntityCommand::revert()
{
    return project().entities().rename(m_entityId, m_previousName);
}

void RenameEntityCommand::announce()
{
    emit projectSignals().entitiesChanged();
}

QList<RowAttribution::Rows> RenameEntityCommand::rowsWritten() const
{
    return { { QStringLiteral("entities"), QStringLiteral("id"), { m_entityId } } };
}

} // namespace annalist
