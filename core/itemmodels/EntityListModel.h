// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Entity.h"
#include "storage/MentionRepository.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QList>

namespace annalist {

class Project;

// The project's entities as a table for the entity dock: name (with a swatch of its
// type's colour), type, mentions (confirmed and candidate) and distinct sources.
class EntityListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityListModel)

public:
    enum Column { NameColumn, TypeColumn, MentionsColumn, SourcesColumn, ColumnCount };
    enum Roles {
        EntityIdRole = Qt::UserRole + 1,
        TypeIdRole,
        TypeNameRole,
        // QColor of the entity's type.
        TypeColorRole,
        AliasesRole,
        MentionCountRole,
        SourceCountRole,
    };

    explicit EntityListModel(QObject *parent = nullptr);
    ~EntityListModel() override;

    // Reloads from the project (by canonical name); an empty model when project is
    // null. Returns the error message if the project could not be read.
    QString reload(Project *project);
    qint64 entityIdAt(int row) const;
    int rowOfEntity(qint64 id) const;
    // The entity shown in `row` (with aliases and roles); a default one when out of range.
    Entity entityAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<Entity> m_entities;
    QHash<qint64, EntityType> m_types;
    QHash<qint64, EntityMentionCount> m_counts;
};

} // namespace annalist
