// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SourceListModel.h"

#include "model/TimeValueText.h"
#include "storage/SourceRepository.h"

#include <QLocale>

namespace annalist {

namespace {

// The library shows days; the time of day is in the tooltip and the reader.
QString publishedText(const TimeValue &published)
{
    if (!published.isKnown())
        return SourceListModel::tr("undated");
    switch (published.granularity()) {
    case TimeValue::Granularity::Hour:
    case TimeValue::Granularity::Minute:
    case TimeValue::Granularity::Second: {
        TimeValue day = TimeValue::day(published.earliest().date(), published.qualifier());
        return TimeValueText::describe(day);
    }
    default:
        return TimeValueText::describe(published);
    }
}

} // namespace

SourceListModel::SourceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

QString SourceListModel::reload(SourceRepository *repository)
{
    QString problem;
    beginResetModel();
    m_sources.clear();
    m_filterTexts.clear();
    if (repository) {
        auto summaries = repository->list();
        auto counts = repository->mentionCounts();
        if (summaries && counts) {
            m_sources = std::move(*summaries);
            m_mentionCounts = std::move(*counts);
            // Made here rather than at the first letter typed, which they made slow.
            m_filterTexts.reserve(m_sources.size());
            for (const SourceSummary &source : std::as_const(m_sources))
                m_filterTexts.append(source.title + u'\n' + source.outlet + u'\n' + publishedText(source.published)
                                     + u'\n' + reliabilityGradeLetter(source.reliability));
        } else {
            problem = summaries ? counts.error().message : summaries.error().message;
        }
    }
    endResetModel();
    return problem;
}

void SourceListModel::setMentionCounts(const QHash<qint64, int> &counts)
{
    m_mentionCounts = counts;
    if (!m_sources.isEmpty())
        emit dataChanged(index(0, MentionsColumn), index(rowCount() - 1, MentionsColumn), { Qt::DisplayRole });
}

qint64 SourceListModel::sourceIdAt(int row) const
{
    return row >= 0 && row < m_sources.size() ? m_sources.at(row).id : 0;
}

std::optional<ReliabilityGrade> SourceListModel::gradeOf(qint64 id) const
{
    const int row = rowOfSource(id);
    if (row < 0)
        return std::nullopt;
    return m_sources.at(row).reliability;
}

int SourceListModel::rowOfSource(qint64 id) const
{
    for (int row = 0; row < m_sources.size(); ++row) {
        if (m_sources.at(row).id == id)
            return row;
    }
    return -1;
}

int SourceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_sources.size());
}

int SourceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SourceListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SourceSummary &source = m_sources.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TitleColumn:
            return source.title;
        case OutletColumn:
            return source.outlet;
        case PublishedColumn:
            return publishedText(source.published);
        case GradeColumn:
            return reliabilityGradeLetter(source.reliability);
        case MentionsColumn:
            return m_mentionCounts.value(source.id);
        case LengthColumn:
            return QLocale().toString(source.length);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return source.title;
        if (index.column() == PublishedColumn && source.published.isKnown()) {
            const QString exact = TimeValueText::describe(source.published);
            return source.published.expression().isEmpty()
                ? exact
                : tr("%1 (stated as \"%2\")").arg(exact, source.published.expression());
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == LengthColumn || index.column() == MentionsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == GradeColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case SourceIdRole:
        return source.id;
    case PublishedSortRole:
        return source.published.earliest().isValid() ? QVariant(source.published.earliest().toMSecsSinceEpoch())
                                                     : QVariant();
    case MediaTypeRole:
        return source.mediaType;
    case FilterTextRole:
        return m_filterTexts.value(index.row());
    default:
        return {};
    }
}

QVariant SourceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Title");
    case OutletColumn:
        return tr("Outlet");
    case PublishedColumn:
        return tr("Published");
    case GradeColumn:
        return tr("Grade");
    case MentionsColumn:
        return tr("Mentions");
    case LengthColumn:
        return tr("Characters");
    default:
        return {};
    }
}

QHash<int, QByteArray> SourceListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(SourceIdRole, "sourceId");
    names.insert(PublishedSortRole, "publishedSort");
    names.insert(MediaTypeRole, "mediaType");
    return names;
}

} // namespace annalist
