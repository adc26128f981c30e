#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QUndoStack;

namespace annalist {

class ChronologyModel;
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
    QLineEdit *textFilter() const { return m_text; }
    QComboBox *entityFilter() const { return m_entity; }
    QComboBox *sourceFilter() const { return m_source; }
    QComboBox *laneFilter() const { return m_lane; }
    QLineEdit *fromFilter() const { return m_from; }
    QLineEdit *toFilter() const { return m_to; }
    QComboBox *credibilityFilter() const { return m_credibility; }
    QCheckBox *conflictsOnlyFilter() const { return m_conflictsOnly; }

    // Comment and highlight of the selected entry, through the undo stack.
    void commentSelected(const QString &comment);
    void highlightSelected(const QColor &color);

signals:
    void eventSelected(qint64 eventId);
    void eventActivated(qint64 eventId);
    void compareRequested(qint64 eventId);
    void deleteRequested(qint64 eventId);

private:
    void applyFilter();
    void chooseComment();
    void updateCount();
    void showContextMenu(const QPoint &position);

    ChronologyModel *m_model;
    Project *m_project = nullptr;
    ProjectSignals *m_signals = nullptr;
    QUndoStack *m_undoStack = nullptr;
    QLineEdit *m_text;
    QComboBox *m_entity;
    QComboBox *m_source;
    QComboBox *m_lane;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QComboBox *m_credibility;
    QCheckBox *m_conflictsOnly;
    QLabel *m_count;
    QLabel *m_filterError;
    QTableView *m_view;
    QTimer *m_textDelay;
};

} // namespace annalist
