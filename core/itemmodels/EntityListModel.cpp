// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EntityListModel.h"

#include "storage/EntityRepository.h"
#include "storage/Project.h"

namespace annalist {

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

EntityListModel::~EntityListModel() = default;

QString EntityListModel::reload(Project *project)
{
    QList<Entity> entities;
    QHash<qint64, EntityType> types;
    QHash<qint64, EntityMentionCount> counts;
    QString problem;
    if (project) {
        Result<QList<Entity>> listed = project->entities().list();
        Result<QList<EntityType>> typeList = project->entities().types();
        Result<QHash<qint64, EntityMentionCount>> counted = project->mentions().countByEntity();
        if (!listed)
            problem = listed.error().message;
        else if (!typeList)
            problem = typeList.error().message;
        else if (!counted)
            problem = counted.error().message;
        else {
            entities = std::move(*listed);
            for (const EntityType &type : std::as_const(*typeList))
                types.insert(type.id, type);
            counts = std::move(*counted);
        }
    }
    beginResetModel();
    m_entities = std::move(entities);
    m_types = std::move(types);
    m_counts = std::move(counts);
    endResetModel();
    return problem;
}

qint64 EntityListModel::entityIdAt(int row) const
{
    return row >= 0 && row < m_entities.size() ? m_entities.at(row).id : 0;
}

int EntityListModel::rowOfEntity(qint64 id) const
{
    for (int row = 0; row < m_entities.size(); ++row) {
        if (m_entities.at(row).id == id)
            return row;
    }
    return -1;
}

Entity EntityListModel::entityAt(int row) const
{
    return row >= 0 && row < m_entities.size() ? m_entities.at(row) : Entity();
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entities.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entity &entity = m_entities.at(index.row());
    const EntityType type = m_types.value(entity.typeId);
    const EntityMentionCount counts = m_counts.value(entity.id);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return entity.canonicalName;
        case TypeColumn:
            return type.name;
        case MentionsColumn:
            return counts.mentions;
        case SourcesColumn:
            return counts.sources;
        default:
            return {};
        }
    case Qt::DecorationRole:
        if (index.column() == NameColumn && type.color.isValid())
            return type.color;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && !entity.aliases.isEmpty())
            return tr("%1 (also: %2)").arg(entity.canonicalName, entity.aliases.join(QStringLiteral(", ")));
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == MentionsColumn || index.column() == SourcesColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case EntityIdRole:
        return entity.id;
    case TypeIdRole:
        return entity.typeId;
    case TypeNameRole:
        return type.name;
    case TypeColorRole:
        return type.color;
    case AliasesRole:
        return entity.aliases;
    case MentionCountRole:
        return counts.mentions;
    case SourceCountRole:
        return counts.sources;
    default:
        return {};
    }
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case TypeColumn:
        return tr("Type");
    case MentionsColumn:
        return tr("Mentions");
    case SourcesColumn:
        return tr("Sources");
    default:
        return {};
    }
}

QHash<int, QByteArray> EntityListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EntityIdRole, "entityId");
    names.insert(TypeIdRole, "typeId");
    names.insert(TypeNameRole, "typeName");
    names.insert(TypeColorRole, "typeColor");
    names.insert(AliasesRole, "aliases");
    names.insert(MentionCountRole, "mentionCount");
    names.insert(SourceCountRole, "sourceCount");
    return names;
}

} // namespace annalist
