// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Entity.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace annalist {

// An editable table of one entity's time-scoped roles ("Secretary of State, United
// States, from 2025-01-21"). The edited list goes back to the project through
// SetEntityRolesCommand(roles()). From and To show as EDTF and are edited by typing
// "2025-01-21", "2024-06" or "2024" (empty for an open bound).
class EntityRoleModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityRoleModel)

public:
    enum Column { TitleColumn, OrganisationColumn, FromColumn, ToColumn, ColumnCount };
    enum Roles {
        RoleIdRole = Qt::UserRole + 1,
        // Earliest bound of From/To in ms since the epoch (for sorting), null when open.
        SortRole,
    };

    explicit EntityRoleModel(QObject *parent = nullptr);
    ~EntityRoleModel() override;

    // The roles as the project holds them, to show and edit.
    void setRoles(const QList<EntityRole> &roles);
    // The roles as edited; rows added here have id 0.
    QList<EntityRole> roles() const { return m_roles; }
    // The roles as last set or saved: what the table showed before the analyst's edit.
    QList<EntityRole> savedRoles() const { return m_saved; }
    // The edited roles are in the project now.
    void markSaved() { m_saved = m_roles; }

    // "2025-01-21" → that day, "2024-06" → that month, "2024" → that year, "" (or only
    // white space) → an open bound; anything else → nothing.
    static std::optional<TimeValue> parseDate(const QString &text);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = {}) override;
    bool removeRows(int row, int count, const QModelIndex &parent = {}) override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<EntityRole> m_roles;
    QList<EntityRole> m_saved;
};

} // namespace annalist
