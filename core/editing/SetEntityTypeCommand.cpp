// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetEntityTypeCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/EntityRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

#include <algorithm>

namespace annalist {

SetEntityTypeCommand::SetEntityTypeCommand(Project &project, ProjectSignals &projectSignals, qint64 entityId,
                                           qint64 typeId, std::optional<qint64> shownTypeId, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::SetEntityTypeCommand", "Change entity type"), parent)
    , m_entityId(entityId)
    , m_typeId(typeId)
    , m_shownTypeId(shownTypeId)
{ }

Status SetEntityTypeCommand::apply()
{
    const Result<Entity> entity = project().entities().find(m_entityId);
    if (!entity)
        return entity.error();
    const Result<QList<EntityType>> types = project().entities().types();
    if (!types)
        return types.error();
    const auto typeWithId = [&types](qint64 id) {
        return std::find_if(types->cbegin(), types->cend(), [id](const EntityType &t) { return t.id == id; });
    };
    if (m_shownTypeId && entity->typeId != *m_shownTypeId) {
        const auto stored = typeWithId(entity->typeId);
        const Status asShown = checkAsShown(
            { QStringLiteral("entities"), QStringLiteral("id"), { m_entityId } }, false,
            QCoreApplication::translate("annalist::SetEntityTypeCommand", "\u201c%1\u201d now has the type %2")
                .arg(entity->canonicalName, stored == types->cend() ? QString::number(entity->typeId) : stored->name));
        if (!asShown)
            return asShown;
    }
    const auto type = typeWithId(m_typeId);
    if (type == types->cend())
        return StorageError { StorageError::Code::NotFound,
                              QStringLiteral("there is no entity type %1 in the project").arg(m_typeId) };
    if (Status changed = project().entities().setType(m_entityId, m_typeId); !changed)
        return changed;
    m_shownTypeId.reset(); // a redo is checked against its undo (ProjectCommand)
    m_previousTypeId = entity->typeId;
    setText(QCoreApplication::translate("annalist::SetEntityTypeCommand", "Change type of %1 to %2")
                .arg(entity->canonicalName, type->name));
    return ok();
}

Status SetEntityTypeCommand::revert()
{
    return project().entities().setType(m_entityId, m_previousTypeId);
}

void SetEntityTypeCommand::announce()
{
    emit projectSignals().entitiesChanged();
}

QList<RowAttribution::Rows> SetEntityTypeCommand::rowsWritten() const
{
    return { { QStringLiteral("entities"), QStringLiteral("id"), { m_entityId } } };
}

} // namespace annalist
