// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Mention.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QString>

namespace annalist {

class Project;

// Keyword in context: every confirmed and candidate mention of one entity, by source
// and then by position, with the text either side ("Before" is right-aligned so that
// the mentions line up).
class MentionListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MentionListModel)

public:
    enum Column { SourceColumn, BeforeColumn, MentionColumn, AfterColumn, StatusColumn, ColumnCount };
    enum Roles {
        MentionIdRole = Qt::UserRole + 1,
        SourceIdRole,
        StartRole,
        EndRole,
        // int of Mention::Status.
        StatusRole,
    };

    explicit MentionListModel(QObject *parent = nullptr);
    ~MentionListModel() override;

    // Shows the mentions of entityId (rejected ones left out); an empty model when
    // project is null. Returns the error message if the project could not be read.
    QString showEntity(Project *project, qint64 entityId);
    void clear();
    qint64 entityId() const { return m_entityId; }
    qint64 mentionIdAt(int row) const;
    int rowOfMention(qint64 id) const;
    Mention mentionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    static QString statusText(Mention::Status status);

private:
    qint64 m_entityId = 0;
    QList<Mention> m_mentions;
    QHash<qint64, QString> m_sourceTitles;
};

} // namespace annalist
