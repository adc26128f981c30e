// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SearchResultModel.h"

#include "common/SingleLine.h"

namespace annalist {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

SearchResultModel::~SearchResultModel() = default;

void SearchResultModel::setResults(const QList<SearchHit> &hits)
{
    QList<Row> rows;
    for (const SearchHit &hit : hits) {
        Row row;
        row.sourceId = hit.sourceId;
        row.title = hit.title;
        row.score = hit.score;
        if (hit.matches.isEmpty()) {
            row.match.offset = -1;
            rows.append(row);
            continue;
        }
        for (const SearchMatch &match : hit.matches) {
            row.match = match;
            rows.append(row);
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void SearchResultModel::clear()
{
    setResults({});
}

qint64 SearchResultModel::sourceIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).sourceId : 0;
}

SearchMatch SearchResultModel::matchAt(int row) const
{
    if (row >= 0 && row < m_rows.size())
        return m_rows.at(row).match;
    SearchMatch none;
    none.offset = -1;
    return none;
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int SearchResultModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == SourceColumn)
            return row.title;
        if (index.column() == SnippetColumn) {
            if (row.match.offset < 0)
                return QString();
            return QString(singleLine(row.match.before) + u'[' + singleLine(row.match.text) + u']'
                           + singleLine(row.match.after));
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return row.title;
        return {};
    case SourceIdRole:
        return row.sourceId;
    case OffsetRole:
        return row.match.offset;
    case LengthRole:
        return row.match.length;
    case BeforeRole:
        return singleLine(row.match.before);
    case MatchRole:
        return singleLine(row.match.text);
    case AfterRole:
        return singleLine(row.match.after);
    case ScoreRole:
        return row.score;
    default:
        return {};
    }
}

QVariant SearchResultModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case SnippetColumn:
        return tr("Match");
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SourceIdRole, "sourceId");
    names.insert(OffsetRole, "offset");
    names.insert(LengthRole, "length");
    names.insert(BeforeRole, "before");
    names.insert(MatchRole, "match");
    names.insert(AfterRole, "after");
    names.insert(ScoreRole, "score");
    return names;
}

} // namespace annalist
