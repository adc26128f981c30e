// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QHash>
#include <QWidget>

class QLineEdit;
class QTableView;
class QUndoStack;

namespace annalist {

class Project;
class ProjectSignals;
class SourceFilterProxy;
class SourceListModel;

// The library dock's content: the project's sources in a sortable table with a filter
// line above it; the header's context menu shows and hides columns, the table's opens
// sources, grades them and dates them from their titles.
class LibraryPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LibraryPanel)

public:
    LibraryPanel(SourceListModel *sources, ProjectSignals &signalHub, QUndoStack &undoStack, QWidget *parent = nullptr);

    void setProject(Project *project) { m_project = project; }
    // The table's context menu: open here, the window's action to open in a new pane,
    // the grades, dating.
    void addContextActions(QAction *openInNewPane);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filterEdit; }
    // The selected sources; with orCurrent, the current one when none is selected.
    QList<qint64> selectedSourceIds(bool orCurrent = false) const;
    // Makes the source current (and selected) if the filter shows it.
    void selectSource(qint64 sourceId);

    // What the analyst has selected and where the list stands, to put back once the
    // sources were read again (another analyst's change, a reconnect).
    struct Place
    {
        QList<qint64> selected;
        qint64 current = 0;
        int scroll = 0;
    };
    Place place() const;
    // Sources gone since are left out.
    void restore(const Place &place);
    int visibleRowCount() const;
    void focusFilter();

    // Below this width the outlet and the count of mentions give their room to the
    // titles, until the analyst shows or hides a column by hand.
    static constexpr int compactWidth = 520;

signals:
    void openRequested(bool inNewPane);
    void datingRequested(const QList<qint64> &sourceIds);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setGradeOfSelected(int grade);
    void setColumnShown(int column, bool shown);

    SourceListModel *m_sources;
    ProjectSignals &m_signals;
    QUndoStack &m_undoStack;
    Project *m_project = nullptr;
    SourceFilterProxy *m_filter;
    QLineEdit *m_filterEdit;
    QTableView *m_view;
    // The header's menu of columns, by column.
    QHash<int, QAction *> m_columnToggles;
    bool m_columnsChosen = false;
};

} // namespace annalist
