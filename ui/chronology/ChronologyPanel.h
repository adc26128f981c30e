// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QTableView;
class QUndoStack;

namespace annalist {

class ChronologyFilterBar;
class ChronologyModel;
struct ChronologyEntry;
class Project;
class ProjectSignals;
struct ChronologyFilter;

// The chronology as a table ordered by time, with a filter bar (text, entity, source,
// lane, time range, credibility, conflicts only) and, per entry, a comment and a
// highlight colour from the context menu.
class ChronologyPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChronologyPanel)

public:
    explicit ChronologyPanel(ChronologyModel *model, QWidget *parent = nullptr);
    ~ChronologyPanel() override;

    void setProject(Project *project, ProjectSignals *projectSignals, QUndoStack *undoStack);
    // Fills the entity, source and lane choosers again.
    void refreshChoices();

    bool selectEvent(qint64 eventId);
    qint64 selectedEventId() const;
    QTableView *view() const { return m_view; }
    // The filter fields above the table.
    ChronologyFilterBar *filterBar() const { return m_filterBar; }
    QLineEdit *textFilter() const;
    QLineEdit *fromFilter() const;
    QLineEdit *toFilter() const;

    // Comment and highlight of the selected entry, through the undo stack.
    void commentSelected(const QString &comment);
    void highlightSelected(const QColor &color);

    // The least share of the table's width the event titles keep while the columns are
    // fitted to it (until the analyst sizes a column by hand).
    static constexpr double titleShare = 0.3;

signals:
    void eventSelected(qint64 eventId);
    void eventActivated(qint64 eventId);
    void compareRequested(qint64 eventId);
    void deleteRequested(qint64 eventId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    // The entry of the selected row; null when no row is selected.
    const ChronologyEntry *selectedEntry() const;
    // Narrows the time, participants and place columns where the titles would get less
    // than their share of a narrow table.
    void fitColumns();
    void applyFilter();
    // Writes the comment or the highlight over what the table showed of the entry when
    // the analyst chose to change it: an entry another analyst annotated meanwhile is
    // not annotated over (SetChronologyAnnotationCommand).
    void annotate(qint64 eventId, std::optional<QString> comment, std::optional<QColor> highlight,
                  const QString &shownComment, const QColor &shownHighlight);
    void chooseComment();
    void chooseHighlight();
    void updateCount();
    void showContextMenu(const QPoint &position);

    ChronologyModel *m_model;
    Project *m_project = nullptr;
    ProjectSignals *m_signals = nullptr;
    QUndoStack *m_undoStack = nullptr;
    ChronologyFilterBar *m_filterBar;
    QLabel *m_count;
    QTableView *m_view;
    bool m_fittingColumns = false;
    bool m_columnsSizedByHand = false;
};

} // namespace annalist
