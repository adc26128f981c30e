// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace annalist {

class Project;
class SearchResultModel;

// Full-text search over the project: a query field with history, results with
// snippets; activating a result asks to open the source at the passage.
class SearchDock final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchDock)

public:
    explicit SearchDock(QWidget *parent = nullptr);

    void setProject(Project *project);
    // Runs the query as if typed; returns the number of matches shown.
    int search(const QString &query);
    void focusQuery();
    QTableView *resultsView() const { return m_results; }

signals:
    void passageRequested(qint64 sourceId, int offset, int length);

private:
    void activate(const QModelIndex &index);
    void rememberQuery(const QString &query);

    Project *m_project = nullptr;
    QComboBox *m_query;
    QLabel *m_summary;
    QTableView *m_results;
    SearchResultModel *m_model;
};

} // namespace annalist
