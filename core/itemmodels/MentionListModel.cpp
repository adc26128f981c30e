// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MentionListModel.h"

#include "common/SingleLine.h"

#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

namespace annalist {

MentionListModel::MentionListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

MentionListModel::~MentionListModel() = default;

QString MentionListModel::showEntity(Project *project, qint64 entityId)
{
    QList<Mention> mentions;
    QHash<qint64, QString> titles;
    QString problem;
    if (project) {
        Result<QList<Mention>> listed = project->mentions().listForEntity(entityId);
        Result<QList<SourceSummary>> sources = project->sources().list();
        if (!listed)
            problem = listed.error().message;
        else if (!sources)
            problem = sources.error().message;
        else {
            for (const Mention &mention : std::as_const(*listed)) {
                if (mention.status != Mention::Status::Rejected)
                    mentions.append(mention);
            }
            for (const SourceSummary &source : std::as_const(*sources))
                titles.insert(source.id, source.title);
        }
    }
    beginResetModel();
    m_entityId = problem.isEmpty() && project ? entityId : 0;
    m_mentions = std::move(mentions);
    m_sourceTitles = std::move(titles);
    endResetModel();
    return problem;
}

void MentionListModel::clear()
{
    beginResetModel();
    m_entityId = 0;
    m_mentions.clear();
    m_sourceTitles.clear();
    endResetModel();
}

qint64 MentionListModel::mentionIdAt(int row) const
{
    return row >= 0 && row < m_mentions.size() ? m_mentions.at(row).id : 0;
}

int MentionListModel::rowOfMention(qint64 id) const
{
    for (int row = 0; row < m_mentions.size(); ++row) {
        if (m_mentions.at(row).id == id)
            return row;
    }
    return -1;
}

Mention MentionListModel::mentionAt(int row) const
{
    return row >= 0 && row < m_mentions.size() ? m_mentions.at(row) : Mention();
}

int MentionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_mentions.size());
}

int MentionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString MentionListModel::statusText(Mention::Status status)
{
    switch (status) {
    case Mention::Status::Candidate:
        return tr("Candidate");
    case Mention::Status::Confirmed:
        return tr("Confirmed");
    case Mention::Status::Rejected:
        return tr("Rejected");
    }
    return {};
}

QVariant MentionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Mention &mention = m_mentions.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SourceColumn:
            return m_sourceTitles.value(mention.sourceId);
        case BeforeColumn:
            return singleLine(mention.contextBefore);
        case MentionColumn:
            return singleLine(mention.quote);
        case AfterColumn:
            return singleLine(mention.contextAfter);
        case StatusColumn:
            return statusText(mention.status);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == SourceColumn)
            return m_sourceTitles.value(mention.sourceId);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == BeforeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == MentionColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case MentionIdRole:
        return mention.id;
    case SourceIdRole:
        return mention.sourceId;
    case StartRole:
        return mention.start;
    case EndRole:
        return mention.end;
    case StatusRole:
        return static_cast<int>(mention.status);
    default:
        return {};
    }
}

QVariant MentionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SourceColumn:
        return tr("Source");
    case BeforeColumn:
        return tr("Before");
    case MentionColumn:
        return tr("Mention");
    case AfterColumn:
        return tr("After");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

QHash<int, QByteArray> MentionListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(MentionIdRole, "mentionId");
    names.insert(SourceIdRole, "sourceId");
    names.insert(StartRole, "start");
    names.insert(EndRole, "end");
    names.insert(StatusRole, "status");
    return names;
}

} // namespace annalist
