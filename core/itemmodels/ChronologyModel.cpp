// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyModel.h"

#include "chronology/ChronologyLoader.h"
#include "chronology/ChronologyOrder.h"
#include "model/TimeValueText.h"

#include <QBrush>

#include <algorithm>
#include <numeric>

namespace annalist {

namespace {

const QChar conflictMark(0x26A0); // ⚠
const QChar uncertainOrderMark(0x21C5); // ⇅
const QChar commentMark(0x270E); // ✎

QString credibilityWords(int credibility)
{
    switch (credibility) {
    case 1:
        return ChronologyModel::tr("confirmed");
    case 2:
        return ChronologyModel::tr("probably true");
    case 3:
        return ChronologyModel::tr("possibly true");
    case 4:
        return ChronologyModel::tr("doubtful");
    case 5:
        return ChronologyModel::tr("improbable");
    case 6:
        return ChronologyModel::tr("cannot be judged");
    default:
        return {};
    }
}

QString flagsText(const ChronologyEntry &entry)
{
    QString flags;
    const auto add = [&flags](QChar mark) {
        if (!flags.isEmpty())
            flags += u' ';
        flags += mark;
    };
    if (entry.hasConflict())
        add(conflictMark);
    if (entry.orderUncertain)
        add(uncertainOrderMark);
    if (!entry.comment.isEmpty())
        add(commentMark);
    return flags;
}

QString flagsToolTip(const ChronologyEntry &entry)
{
    QStringList lines;
    for (const Conflict &conflict : entry.conflicts)
        lines << conflictMark + u' ' + conflict.description;
    if (entry.orderUncertain)
        lines << uncertainOrderMark + u' ' + ChronologyModel::tr("Order uncertain: its time overlaps a neighbour's");
    if (!entry.comment.isEmpty())
        lines << commentMark + u' ' + entry.comment;
    return lines.join(u'\n');
}

QString timeText(const TimeValue &time)
{
    return time.isKnown() ? TimeValueText::describe(time) : ChronologyModel::tr("undated");
}

QString timeToolTip(const ChronologyEntry &entry)
{
    const TimeValue &time = entry.event.time;
    QStringList lines;
    if (time.isKnown())
        lines << ChronologyModel::tr("EDTF: %1").arg(time.toEdtf());
    else
        lines << ChronologyModel::tr("No time is known for this event");
    if (!time.expression().isEmpty())
        lines << ChronologyModel::tr("Stated as \"%1\"").arg(time.expression());
    if (entry.orderUncertain)
        lines << ChronologyModel::tr("Order uncertain: its time overlaps a neighbour's");
    return lines.join(u'\n');
}

} // namespace

ChronologyModel::ChronologyModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ChronologyModel::setEntries(QList<ChronologyEntry> entries)
{
    ChronologyOrder::sort(entries);
    beginResetModel();
    m_entries = std::move(entries);
    m_searchable = QStringList(m_entries.size(), QString());
    rebuildEventIndex();
    m_rows = acceptedIndexes();
    endResetModel();
}

Status ChronologyModel::reload(Project &project)
{
    ChronologyLoader loader(project);
    Result<QList<ChronologyEntry>> entries = loader.load();
    if (!entries)
        return entries.error();
    setEntries(std::move(*entries));
    return ok();
}

void ChronologyModel::setFilter(const ChronologyFilter &filter)
{
    if (filter == m_filter)
        return;
    beginResetModel();
    m_filter = filter;
    m_rows = acceptedIndexes();
    endResetModel();
}

bool ChronologyModel::isAccepted(int index) const
{
    const ChronologyEntry &entry = m_entries.at(index);
    if (m_filter.text.trimmed().isEmpty())
        return m_filter.accepts(entry);
    QString &searchable = m_searchable[index];
    if (searchable.isEmpty())
        searchable = ChronologyFilter::searchableText(entry);
    return m_filter.accepts(entry, searchable);
}

QList<int> ChronologyModel::acceptedIndexes() const
{
    QList<int> rows;
    const int count = static_cast<int>(m_entries.size());
    if (m_filter.isEmpty()) {
        rows.resize(count);
        std::iota(rows.begin(), rows.end(), 0);
        return rows;
    }
    for (int index = 0; index < count; ++index) {
        if (isAccepted(index))
            rows.append(index);
    }
    return rows;
}

void ChronologyModel::rebuildEventIndex()
{
    m_indexOfEvent.clear();
    m_indexOfEvent.reserve(m_entries.size());
    for (int index = 0; index < m_entries.size(); ++index)
        m_indexOfEvent.insert(m_entries.at(index).event.id, index);
}

int ChronologyModel::rowOfIndex(int index) const
{
    return static_cast<int>(std::lower_bound(m_rows.cbegin(), m_rows.cend(), index) - m_rows.cbegin());
}

const ChronologyEntry *ChronologyModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_entries.at(m_rows.at(row)) : nullptr;
}

int ChronologyModel::rowOfEvent(qint64 eventId) const
{
    const auto it = m_indexOfEvent.constFind(eventId);
    if (it == m_indexOfEvent.cend())
        return -1;
    const int row = rowOfIndex(*it);
    return row < m_rows.size() && m_rows.at(row) == *it ? row : -1;
}

QList<ChronologyEntry> ChronologyModel::visibleEntries() const
{
    QList<ChronologyEntry> entries;
    entries.reserve(m_rows.size());
    for (int index : m_rows)
        entries.append(m_entries.at(index));
    return entries;
}

void ChronologyModel::updateEntry(const ChronologyEntry &entry)
{
    const int index = m_indexOfEvent.value(entry.event.id, -1);
    if (index < 0) {
        insertEntry(entry);
        return;
    }
    const bool staysInPlace = (index == 0 || !ChronologyOrder::lessThan(entry, m_entries.at(index - 1)))
        && (index + 1 == m_entries.size() || !ChronologyOrder::lessThan(m_entries.at(index + 1), entry));
    if (staysInPlace) {
        replaceEntryAt(index, entry);
        return;
    }
    removeEntryAt(index);
    insertEntry(entry);
}

void ChronologyModel::removeEvent(qint64 eventId)
{
    const int index = m_indexOfEvent.value(eventId, -1);
    if (index >= 0)
        removeEntryAt(index);
}

void ChronologyModel::insertEntry(const ChronologyEntry &entry)
{
    const int index = static_cast<int>(
        std::upper_bound(m_entries.cbegin(), m_entries.cend(), entry, &ChronologyOrder::lessThan) - m_entries.cbegin());
    const bool accepted = m_filter.accepts(entry);
    const int row = rowOfIndex(index);
    if (accepted)
        beginInsertRows({}, row, row);
    m_entries.insert(index, entry);
    m_entries[index].orderUncertain = ChronologyOrder::isOrderUncertainAt(m_entries, index);
    m_searchable.insert(index, QString());
    for (int i = row; i < m_rows.size(); ++i)
        ++m_rows[i];
    if (accepted)
        m_rows.insert(row, index);
    rebuildEventIndex();
    if (accepted)
        endInsertRows();
    refreshOrderAround(index);
}

void ChronologyModel::removeEntryAt(int index)
{
    const int row = rowOfIndex(index);
    const bool shown = row < m_rows.size() && m_rows.at(row) == index;
    if (shown)
        beginRemoveRows({}, row, row);
    m_entries.removeAt(index);
    m_searchable.removeAt(index);
    if (shown)
        m_rows.removeAt(row);
    for (int i = row; i < m_rows.size(); ++i)
        --m_rows[i];
    rebuildEventIndex();
    if (shown)
        endRemoveRows();
    // The entries that were before and after it are neighbours now.
    refreshOrderAround(index - 1);
    refreshOrderAround(index);
}

void ChronologyModel::replaceEntryAt(int index, const ChronologyEntry &entry)
{
    const int row = rowOfIndex(index);
    const bool wasShown = row < m_rows.size() && m_rows.at(row) == index;
    const bool accepted = m_filter.accepts(entry);
    if (wasShown && !accepted)
        beginRemoveRows({}, row, row);
    else if (!wasShown && accepted)
        beginInsertRows({}, row, row);
    m_entries[index] = entry;
    m_entries[index].orderUncertain = ChronologyOrder::isOrderUncertainAt(m_entries, index);
    m_searchable[index].clear();
    if (wasShown && !accepted) {
        m_rows.removeAt(row);
        endRemoveRows();
    } else if (!wasShown && accepted) {
        m_rows.insert(row, index);
        endInsertRows();
    } else if (wasShown) {
        emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    }
    refreshOrderAround(index);
}

void ChronologyModel::refreshOrderAround(int index)
{
    for (int i = std::max(0, index - 1); i <= index + 1 && i < m_entries.size(); ++i) {
        const bool uncertain = ChronologyOrder::isOrderUncertainAt(m_entries, i);
        if (uncertain == m_entries.at(i).orderUncertain)
            continue;
        m_entries[i].orderUncertain = uncertain;
        const int row = rowOfIndex(i);
        if (row < m_rows.size() && m_rows.at(row) == i)
            emit dataChanged(this->index(row, 0), this->index(row, ColumnCount - 1));
    }
}

int ChronologyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ChronologyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChronologyModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChronologyEntry &entry = m_entries.at(m_rows.at(index.row()));
    const Event &event = entry.event;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return timeText(event.time);
        case TitleColumn:
            return event.title;
        case ParticipantsColumn:
            return entry.participantNames.join(QStringLiteral(", "));
        case PlaceColumn:
            return entry.placeName;
        case SourcesColumn:
            return entry.independentSources;
        case CredibilityColumn:
            return event.credibility > 0 ? QVariant(event.credibility) : QVariant();
        case FlagsColumn:
            return flagsText(entry);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return timeToolTip(entry);
        case TitleColumn:
            return event.description.isEmpty() ? event.title : QString(event.title + u'\n' + event.description);
        case SourcesColumn:
            return QString(tr("%n independent source(s)", nullptr, entry.independentSources) + QStringLiteral("; ")
                           + tr("%n passage(s)", nullptr, static_cast<int>(entry.evidence.size())));
        case CredibilityColumn:
            return credibilityWords(event.credibility);
        case FlagsColumn:
            return flagsToolTip(entry);
        default:
            return {};
        }
    case Qt::BackgroundRole:
        return entry.highlight.isValid() ? QVariant(QBrush(entry.highlight)) : QVariant();
    case Qt::ForegroundRole: {
        // Text that stands out on the analyst's highlight, whatever the palette's text
        // colour (light in a dark theme, unreadable on yellow).
        if (!entry.highlight.isValid())
            return {};
        // Perceived brightness: yellow is light although its HSL lightness is a half.
        const QColor &back = entry.highlight;
        const double brightness = 0.299 * back.redF() + 0.587 * back.greenF() + 0.114 * back.blueF();
        return QVariant(QBrush(brightness > 0.55 ? QColor(Qt::black) : QColor(Qt::white)));
    }
    case Qt::TextAlignmentRole:
        if (index.column() == SourcesColumn || index.column() == CredibilityColumn || index.column() == FlagsColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case EventIdRole:
        return event.id;
    case TimeValueRole:
        return QVariant::fromValue(event.time);
    case ConflictRole:
        return entry.hasConflict();
    case OrderUncertainRole:
        return entry.orderUncertain;
    case CommentRole:
        return entry.comment;
    default:
        return {};
    }
}

QVariant ChronologyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case TitleColumn:
        return tr("Event");
    case ParticipantsColumn:
        return tr("Participants");
    case PlaceColumn:
        return tr("Place");
    case SourcesColumn:
        return tr("Sources");
    case CredibilityColumn:
        return tr("Credibility");
    case FlagsColumn:
        return tr("Flags");
    default:
        return {};
    }
}

QHash<int, QByteArray> ChronologyModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(EventIdRole, "eventId");
    names.insert(TimeValueRole, "timeValue");
    names.insert(ConflictRole, "conflict");
    names.insert(OrderUncertainRole, "orderUncertain");
    names.insert(CommentRole, "comment");
    return names;
}

} // namespace annalist
