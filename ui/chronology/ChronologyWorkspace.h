// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QUndoStack;

namespace annalist {

class ChronologyModel;
class ColorThemes;
class ChronologyPanel;
class ConflictsPanel;
class EventEditor;
class ReaderArea;
class Project;
class ProjectSignals;
class TimelinePanel;
struct Evidence;

// The chronology side of the window: the event editor, chronology table, timeline
// and conflicts docks, the Chronology menu (new event from the selection with Ctrl+E,
// delete event, date sources from titles, import a roles table), and the keeping of
// selection in step between table, timeline, editor and reader.
class ChronologyWorkspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChronologyWorkspace)

public:
    ChronologyWorkspace(QMainWindow &window, ProjectSignals &projectSignals, QUndoStack &undoStack);
    ~ChronologyWorkspace() override;

    // The docks, in the order they should be added: editor, chronology, timeline, conflicts.
    QList<QDockWidget *> docks() const { return m_docks; }
    QMenu *menu() const { return m_menu; }
    QAction *newEventAction() const { return m_newEvent; }
    QAction *importRolesAction() const { return m_importRoles; }
    // For the File menu: export the chronology (Ctrl+P), import one kept elsewhere.
    QAction *exportAction() const { return m_export; }
    QAction *importChronologyAction() const { return m_importChronology; }

    // The colours of the timeline and the export preview; not owned. The timeline
    // follows the theme from here on.
    void setColorThemes(const ColorThemes *themes);

    // Follows the window's project and the reader area that shows its sources (both
    // null when closed).
    void setProject(Project *project, ReaderArea *readerArea);

    // Makes an event of the current pane's selection, prefilled from its sentence, and
    // shows it in the editor; 0 when there is no selection.
    qint64 createEventFromSelection();
    void selectEvent(qint64 eventId);
    qint64 selectedEventId() const { return m_selected; }
    void deleteEvent(qint64 eventId);
    // Shows the passages of the event's first conflict side by side.
    void compareConflict(qint64 eventId);
    // Opens the event's evidence, one source per pane, up to the panes there can be.
    void openEvidence(qint64 eventId);
    void importRoles(const QString &path);
    // Opens the export dialog with the chronology view's filters.
    void showExportDialog();
    // Brings a chronology from a CSV or TimelineJS3 file in as one undoable step and
    // reports quotes that could not be anchored; false when nothing was imported.
    bool importChronology(const QString &path);
    void dateSources(const QList<qint64> &sourceIds);

    ChronologyModel *model() const { return m_model; }
    EventEditor *editor() const { return m_editor; }
    ChronologyPanel *chronologyPanel() const { return m_chronology; }
    TimelinePanel *timelinePanel() const { return m_timeline; }
    ConflictsPanel *conflictsPanel() const { return m_conflicts; }

signals:
    // A passage to show in the reader: the window opens the source at it.
    void openSourceRequested(qint64 sourceId, int start, int length);
    // Something failed that the analyst must hear of; the window says it.
    void errorRaised(const QString &title, const QString &message, const QString &details = {});

private:
    void createActions();
    void reloadAll();
    void reloadEvent(qint64 eventId);
    void refreshViews();
    void updateActions();
    void openPassages(const QList<Evidence> &passages);

    QMainWindow &m_window;
    ReaderArea *m_readerArea = nullptr;
    ProjectSignals &m_signals;
    QUndoStack &m_undoStack;
    Project *m_project = nullptr;
    ChronologyModel *m_model;
    EventEditor *m_editor;
    ChronologyPanel *m_chronology;
    TimelinePanel *m_timeline;
    ConflictsPanel *m_conflicts;
    QList<QDockWidget *> m_docks;
    QMenu *m_menu = nullptr;
    QAction *m_newEvent = nullptr;
    QAction *m_deleteEvent = nullptr;
    QAction *m_importRoles = nullptr;
    QAction *m_dateSources = nullptr;
    QAction *m_export = nullptr;
    QAction *m_importChronology = nullptr;
    const ColorThemes *m_themes = nullptr;
    qint64 m_selected = 0;
    bool m_syncing = false;
};

} // namespace annalist
