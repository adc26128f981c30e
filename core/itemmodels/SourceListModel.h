// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Source.h"

#include <QAbstractTableModel>
#include <QList>

#include <optional>

namespace annalist {

class SourceRepository;

// The project's sources as a table for the library: title, outlet, published, grade,
// mentions (not counting rejected ones) and length.
class SourceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceListModel)

public:
    enum Column { TitleColumn, OutletColumn, PublishedColumn, GradeColumn, MentionsColumn, LengthColumn, ColumnCount };
    enum Roles {
        SourceIdRole = Qt::UserRole + 1,
        // Earliest publication bound in ms since the epoch (for sorting), null when unknown.
        PublishedSortRole,
        MediaTypeRole,
        // Title, outlet, publication and grade as shown, in one string: what the
        // library's filter looks in (made once as the sources are read).
        FilterTextRole,
    };

    explicit SourceListModel(QObject *parent = nullptr);

    // Reloads from the repository; an empty model when repository is null.
    // Returns the error message if the project could not be read.
    QString reload(SourceRepository *repository);
    // Mentions per source id; sources not in the map have none.
    void setMentionCounts(const QHash<qint64, int> &counts);
    qint64 sourceIdAt(int row) const;
    int rowOfSource(qint64 id) const;
    // The grade the list shows for a source; none for a source it does not hold.
    std::optional<ReliabilityGrade> gradeOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<SourceSummary> m_sources;
    QHash<qint64, int> m_mentionCounts;
    QList<QString> m_filterTexts; // by row
};

} // namespace annalist
