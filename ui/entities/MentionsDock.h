// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace annalist {

class MentionListModel;
class Project;

// Every mention of one entity across the sources, as keyword in context; activating
// a row asks to open that source at the passage.
class MentionsDock final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MentionsDock)

public:
    explicit MentionsDock(QWidget *parent = nullptr);

    void setProject(Project *project);
    void showEntity(qint64 entityId, const QString &name);
    void refresh();
    qint64 entityId() const { return m_entityId; }
    QTableView *view() const { return m_view; }
    MentionListModel *model() const { return m_model; }

signals:
    void passageRequested(qint64 sourceId, int offset, int length);

private:
    Project *m_project = nullptr;
    qint64 m_entityId = 0;
    QString m_name;
    QLabel *m_title;
    QTableView *m_view;
    MentionListModel *m_model;
};

} // namespace annalist
