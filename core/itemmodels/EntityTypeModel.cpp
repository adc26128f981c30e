// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EntityTypeModel.h"

#include "storage/EntityRepository.h"
#include "storage/Project.h"

namespace annalist {

EntityTypeModel::EntityTypeModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

EntityTypeModel::~EntityTypeModel() = default;

QString EntityTypeModel::reload(Project *project)
{
    QList<EntityType> types;
    QString problem;
    if (project) {
        Result<QList<EntityType>> listed = project->entities().types();
        if (listed)
            types = std::move(*listed);
        else
            problem = listed.error().message;
    }
    beginResetModel();
    m_types = std::move(types);
    endResetModel();
    return problem;
}

EntityType EntityTypeModel::typeAt(int row) const
{
    return row >= 0 && row < m_types.size() ? m_types.at(row) : EntityType();
}

int EntityTypeModel::rowOfType(qint64 typeId) const
{
    for (int row = 0; row < m_types.size(); ++row) {
        if (m_types.at(row).id == typeId)
            return row;
    }
    return -1;
}

QColor EntityTypeModel::colorOf(qint64 typeId) const
{
    const int row = rowOfType(typeId);
    return row < 0 ? QColor() : m_types.at(row).color;
}

bool EntityTypeModel::isTypeVisible(const QString &name) const
{
    return !m_hidden.contains(name.trimmed().toLower());
}

bool EntityTypeModel::isTypeVisible(qint64 typeId) const
{
    const int row = rowOfType(typeId);
    return row < 0 || isTypeVisible(m_types.at(row).name);
}

void EntityTypeModel::setTypeVisible(const QString &name, bool visible)
{
    const QString key = name.trimmed().toLower();
    if (key.isEmpty() || m_hidden.contains(key) == !visible)
        return;
    if (visible)
        m_hidden.remove(key);
    else
        m_hidden.insert(key);
    for (int row = 0; row < m_types.size(); ++row) {
        if (m_types.at(row).name.toLower() == key) {
            const QModelIndex changed = index(row);
            emit dataChanged(changed, changed, { Qt::CheckStateRole });
        }
    }
    emit visibilityChanged();
}

QStringList EntityTypeModel::hiddenTypeNames() const
{
    QStringList names(m_hidden.cbegin(), m_hidden.cend());
    names.sort();
    return names;
}

void EntityTypeModel::setHiddenTypeNames(const QStringList &names)
{
    QSet<QString> hidden;
    for (const QString &name : names) {
        const QString key = name.trimmed().toLower();
        if (!key.isEmpty())
            hidden.insert(key);
    }
    if (hidden == m_hidden)
        return;
    m_hidden = std::move(hidden);
    if (!m_types.isEmpty())
        emit dataChanged(index(0), index(static_cast<int>(m_types.size()) - 1), { Qt::CheckStateRole });
    emit visibilityChanged();
}

int EntityTypeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_types.size());
}

QVariant EntityTypeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntityType &type = m_types.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TypeNameRole:
        return type.name;
    case Qt::DecorationRole:
    case ColorRole:
        return type.color;
    case Qt::CheckStateRole:
        return isTypeVisible(type.name) ? Qt::Checked : Qt::Unchecked;
    case TypeIdRole:
        return type.id;
    case BuiltInRole:
        return type.builtIn;
    default:
        return {};
    }
}

bool EntityTypeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const auto state = static_cast<Qt::CheckState>(value.toInt());
    setTypeVisible(m_types.at(index.row()).name, state == Qt::Checked);
    return true;
}

Qt::ItemFlags EntityTypeModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> EntityTypeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TypeIdRole, "typeId");
    names.insert(TypeNameRole, "typeName");
    names.insert(ColorRole, "color");
    names.insert(BuiltInRole, "builtIn");
    return names;
}

} // namespace annalist
