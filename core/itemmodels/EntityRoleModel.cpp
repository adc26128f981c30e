// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EntityRoleModel.h"

#include <QDate>
#include <QRegularExpression>

namespace annalist {

EntityRoleModel::EntityRoleModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

EntityRoleModel::~EntityRoleModel() = default;

void EntityRoleModel::setRoles(const QList<EntityRole> &roles)
{
    beginResetModel();
    m_roles = roles;
    m_saved = roles;
    endResetModel();
}

std::optional<TimeValue> EntityRoleModel::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return TimeValue();
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?$"));
    const QRegularExpressionMatch match = pattern.match(trimmed);
    if (!match.hasMatch())
        return std::nullopt;
    const int year = match.captured(1).toInt();
    if (match.captured(2).isEmpty())
        return TimeValue::year(year);
    const int month = match.captured(2).toInt();
    if (month < 1 || month > 12)
        return std::nullopt;
    if (match.captured(3).isEmpty())
        return TimeValue::month(year, month);
    const QDate date(year, month, match.captured(3).toInt());
    if (!date.isValid())
        return std::nullopt;
    return TimeValue::day(date);
}

int EntityRoleModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_roles.size());
}

int EntityRoleModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EntityRoleModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntityRole &entityRole = m_roles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case TitleColumn:
            return entityRole.title;
        case OrganisationColumn:
            return entityRole.organisation;
        case FromColumn:
            return entityRole.from.toEdtf();
        case ToColumn:
            return entityRole.to.toEdtf();
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == FromColumn || index.column() == ToColumn)
            return tr("A date as 2025-01-21, 2024-06 or 2024; empty when open");
        return {};
    case RoleIdRole:
        return entityRole.id;
    case SortRole: {
        const TimeValue &value = index.column() == ToColumn ? entityRole.to : entityRole.from;
        if (index.column() != FromColumn && index.column() != ToColumn)
            return data(index, Qt::DisplayRole);
        return value.earliest().isValid() ? QVariant(value.earliest().toMSecsSinceEpoch()) : QVariant();
    }
    default:
        return {};
    }
}

bool EntityRoleModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    EntityRole &entityRole = m_roles[index.row()];
    const QString text = value.toString();
    switch (index.column()) {
    case TitleColumn:
        if (entityRole.title == text.trimmed())
            return true;
        entityRole.title = text.trimmed();
        break;
    case OrganisationColumn:
        if (entityRole.organisation == text.trimmed())
            return true;
        entityRole.organisation = text.trimmed();
        break;
    case FromColumn:
    case ToColumn: {
        const std::optional<TimeValue> parsed = parseDate(text);
        if (!parsed)
            return false;
        TimeValue &bound = index.column() == FromColumn ? entityRole.from : entityRole.to;
        if (bound == *parsed)
            return true;
        bound = *parsed;
        break;
    }
    default:
        return false;
    }
    emit dataChanged(index, index, { Qt::DisplayRole, Qt::EditRole, SortRole });
    return true;
}

Qt::ItemFlags EntityRoleModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsEditable | Qt::ItemNeverHasChildren;
}

QVariant EntityRoleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OrganisationColumn:
        return tr("Organisation");
    case FromColumn:
        return tr("From");
    case ToColumn:
        return tr("To");
    default:
        return {};
    }
}

bool EntityRoleModel::insertRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || row > m_roles.size() || count <= 0)
        return false;
    beginInsertRows(parent, row, row + count - 1);
    m_roles.insert(row, count, EntityRole());
    endInsertRows();
    return true;
}

bool EntityRoleModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > m_roles.size())
        return false;
    beginRemoveRows(parent, row, row + count - 1);
    m_roles.remove(row, count);
    endRemoveRows();
    return true;
}

QHash<int, QByteArray> EntityRoleModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RoleIdRole, "roleId");
    names.insert(SortRole, "sort");
    return names;
}

} // namespace annalist
