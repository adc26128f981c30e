// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chronology/ChronologyEntry.h"
#include "chronology/ChronologyFilter.h"
#include "common/Result.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>

namespace annalist {

class Project;

// The chronology as a table: every entry in chronology order (ChronologyOrder), of
// which the rows are those the filter accepts. Columns: time in plain words, title,
// participants, place, independent sources, credibility and flags (conflict, order
// uncertain, comment); rows take the analyst's highlight as background.
class ChronologyModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChronologyModel)

public:
    enum Column {
        TimeColumn,
        TitleColumn,
        ParticipantsColumn,
        PlaceColumn,
        SourcesColumn,
        CredibilityColumn,
        FlagsColumn,
        ColumnCount
    };
    enum Roles {
        EventIdRole = Qt::UserRole + 1,
        // The event's TimeValue (QVariant::fromValue), for the timeline and sorting.
        TimeValueRole,
        // True when passages of the entry conflict.
        ConflictRole,
        OrderUncertainRole,
        CommentRole,
    };

    explicit ChronologyModel(QObject *parent = nullptr);

    // Replaces every entry; they are put in chronology order and their
    // orderUncertain set from their neighbours.
    void setEntries(QList<ChronologyEntry> entries);
    // Loads the project's chronology; on failure the entries stay as they were.
    Status reload(Project &project);

    void setFilter(const ChronologyFilter &filter);
    ChronologyFilter filter() const { return m_filter; }

    // The entry shown in a row; null outside the rows.
    const ChronologyEntry *entryAt(int row) const;
    // The row showing the event; -1 when it is filtered out or not in the chronology.
    int rowOfEvent(qint64 eventId) const;
    // Adds the entry, or replaces the one of the same event, moving it when its time or
    // title moved it in the order; its row appears or goes as the filter says.
    void updateEntry(const ChronologyEntry &entry);
    void removeEvent(qint64 eventId);
    // The rows' entries, in order.
    QList<ChronologyEntry> visibleEntries() const;
    // All entries, filtered out or not.
    int entryCount() const { return static_cast<int>(m_entries.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    bool isAccepted(int index) const;
    QList<int> acceptedIndexes() const;
    void rebuildEventIndex();
    // The row of the entry at index, or where it would go among the rows.
    int rowOfIndex(int index) const;
    void insertEntry(const ChronologyEntry &entry);
    void removeEntryAt(int index);
    void replaceEntryAt(int index, const ChronologyEntry &entry);
    // Sets orderUncertain again around index and tells views of rows that changed.
    void refreshOrderAround(int index);

    QList<ChronologyEntry> m_entries;
    // ChronologyFilter::searchableText of each entry, made when a filter first needs it.
    mutable QStringList m_searchable;
    // Indexes into m_entries of the rows, ascending.
    QList<int> m_rows;
    QHash<qint64, int> m_indexOfEvent;
    ChronologyFilter m_filter;
};

} // namespace annalist
