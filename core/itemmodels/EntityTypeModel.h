// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Entity.h"

#include <QAbstractListModel>
#include <QColor>
#include <QList>
#include <QSet>
#include <QStringList>

namespace annalist {

class Project;

// The project's entity types with their colours, for the legend, with a check box per
// type that shows or hides its highlights. Visibility is kept by type name (ignoring
// case) across reloads; types are visible until hidden.
class EntityTypeModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityTypeModel)

public:
    enum Roles {
        TypeIdRole = Qt::UserRole + 1,
        TypeNameRole,
        ColorRole,
        BuiltInRole,
    };

    explicit EntityTypeModel(QObject *parent = nullptr);
    ~EntityTypeModel() override;

    // Reloads from the project; an empty model when project is null. Returns the
    // error message if the project could not be read.
    QString reload(Project *project);
    EntityType typeAt(int row) const;
    int rowOfType(qint64 typeId) const;
    // Invalid colour for an unknown type.
    QColor colorOf(qint64 typeId) const;

    bool isTypeVisible(const QString &name) const;
    bool isTypeVisible(qint64 typeId) const;
    void setTypeVisible(const QString &name, bool visible);
    // The hidden types' names in lower case, to remember between sessions.
    QStringList hiddenTypeNames() const;
    void setHiddenTypeNames(const QStringList &names);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // A type was shown or hidden.
    void visibilityChanged();

private:
    QList<EntityType> m_types;
    QSet<QString> m_hidden;
};

} // namespace annalist
