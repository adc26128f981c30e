// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/FullTextSearch.h"

#include <QAbstractTableModel>
#include <QList>

namespace annalist {

// Full-text search results, one row per occurrence: the source's title and a snippet
// "before[match]after". A source that matched only by its title gets one row with no
// snippet and OffsetRole -1.
class SearchResultModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Column { SourceColumn, SnippetColumn, ColumnCount };
    enum Roles {
        SourceIdRole = Qt::UserRole + 1,
        OffsetRole,
        LengthRole,
        BeforeRole,
        MatchRole,
        AfterRole,
        ScoreRole,
    };

    explicit SearchResultModel(QObject *parent = nullptr);
    ~SearchResultModel() override;

    void setResults(const QList<SearchHit> &hits);
    void clear();
    qint64 sourceIdAt(int row) const;
    // The occurrence in `row`; offset -1 for a title-only row or a row out of range.
    SearchMatch matchAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Row
    {
        qint64 sourceId = 0;
        QString title;
        double score = 0;
        SearchMatch match;
    };
    QList<Row> m_rows;
};

} // namespace annalist
