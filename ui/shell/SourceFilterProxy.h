// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSortFilterProxyModel>

namespace annalist {

// The library's sorting and filtering. Typed words narrow the sources to those whose
// row shows them (SourceListModel::FilterTextRole). A change of the words lays the list
// out again in one step: QSortFilterProxyModel's own filter announces every run of rows
// that comes or goes, and the view handled thousands of those a keystroke in a library
// of 100,000 sources. Selected sources that stay shown stay selected.
class SourceFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceFilterProxy)

public:
    explicit SourceFilterProxy(QObject *parent = nullptr);

    void setWords(const QString &words);
    const QString &words() const { return m_words; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_words;
};

} // namespace annalist
