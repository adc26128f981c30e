// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SourceFilterProxy.h"

#include "itemmodels/SourceListModel.h"

namespace annalist {

SourceFilterProxy::SourceFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void SourceFilterProxy::setWords(const QString &words)
{
    const QString trimmed = words.trimmed();
    if (trimmed == m_words)
        return;
    m_words = trimmed;
    invalidate(); // one layout change, persistent indexes kept where their rows stay
}

bool SourceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_words.isEmpty())
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, SourceListModel::TitleColumn, sourceParent);
    return index.data(SourceListModel::FilterTextRole).toString().contains(m_words, Qt::CaseInsensitive);
}

} // namespace annalist
