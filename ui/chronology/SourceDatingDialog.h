// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chronology/SourceDating.h"

#include <QDialog>
#include <QList>

class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;
class QUndoStack;

namespace annalist {

class Project;
class ProjectSignals;

// Dates sources by the titles they give people: for each source, the window in which
// it must have been written, the reasons, and a flag where its titles cannot all have
// been right at once. The analyst can accept a window as the source's (uncertain)
// publication time, which resolves its relative times ("next week") again; undoable.
class SourceDatingDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceDatingDialog)

public:
    SourceDatingDialog(Project &project, ProjectSignals &projectSignals, QUndoStack &undoStack,
                       const QList<qint64> &sourceIds, QWidget *parent = nullptr);
    ~SourceDatingDialog() override;

    QTableWidget *table() const { return m_table; }
    QPushButton *acceptButton() const { return m_accept; }
    // Accepts the inferred window of the selected row; false when it has none.
    bool acceptSelected();

private:
    struct Row
    {
        qint64 sourceId = 0;
        QString title;
        TimeValue published;
        SourceDatingResult result;
    };

    void compute(const QList<qint64> &sourceIds);
    void fill();
    void showReasons();

    Project &m_project;
    ProjectSignals &m_signals;
    QUndoStack &m_undoStack;
    QList<Row> m_rows;
    QLabel *m_summary;
    QTableWidget *m_table;
    QTextBrowser *m_reasons;
    QPushButton *m_accept;
};

} // namespace annalist
