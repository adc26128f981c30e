// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetEntityAliasesCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/EntityRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

namespace {

QStringList cleaned(const QStringList &aliases)
{
    QStringList result;
    for (const QString &alias : aliases) {
        const QString name = alias.simplified();
        if (!name.isEmpty() && !result.contains(name))
            result.append(name);
    }
    return result;
}

} // namespace

SetEntityAliasesCommand::SetEntityAliasesCommand(Project &project, ProjectSignals &projectSignals, qint64 entityId,
                                                 const QStringList &aliases, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::SetEntityAliasesCommand", "Change aliases"), parent)
    , m_entityId(entityId)
    , m_aliases(cleaned(aliases))
{ }

Status SetEntityAliasesCommand::apply()
{
    const Result<Entity> entity = project().entities().find(m_entityId);
    if (!entity)
        return entity.error();
    if (Status changed = project().entities().setAliases(m_entityId, m_aliases); !changed)
        return changed;
    m_previousAliases = entity->aliases;
    setText(QCoreApplication::translate("annalist::SetEntityAliasesCommand", "Change aliases of %1")
                .arg(entity->canonicalName));
    return ok();
}

Status SetEntityAliasesCommand::revert()
{
    return project().entities().setAliases(m_entityId, m_previousAliases);
}

void SetEntityAliasesCommand::announce()
{
    emit projectSignals().entitiesChanged();
}

} // namespace annalist
