// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DockLayout.h"
#include "common/Result.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QTableView;
class QUndoStack;

namespace annalist {

class AnnotationController;
class BackgroundIntegrityCheck;
class ChronologyWorkspace;
class ColorThemes;
class EntityDock;
class EntityTypeModel;
class ImportProgress;
class PaneActions;
class LibraryPanel;
class MentionsDock;
class Project;
class ProjectLocation;
class ProjectSignals;
class ReaderArea;
class ReaderPane;
class RecentProjectsMenu;
class SearchDock;
class ServerConnectionKeeper;
class SourceListModel;
class TypeVisibilityMenu;

// The Annalist window: reader panes in the middle, the library, entities, mentions
// and search in docks, menus with shortcuts for everything. Every edit goes through
// the undo stack and is on disk at once. Layout, open panes and recent projects are
// remembered.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the project; on failure shows why and keeps the current one.
    bool openProject(const QString &path);
    void closeProject();
    Project *project() const { return m_project.get(); }

    // File ▸ Save a Local Copy and Publish to Team Server without their dialogs: copy the
    // open project into a new project file, or into an empty database on a server (asking
    // for the password as opening a team project does), with a progress dialog. The open
    // project stays as it is; a failure is shown and returned, a cancel is said in the
    // status bar and returned as StorageError::Code::Cancelled.
    Status saveLocalCopy(const QString &path);
    Status publishTo(const QString &uri);

    // Imports in the background; returns false if an import is already running.
    bool startImport(const QStringList &paths);
    // Imports and waits for the end (for scripted use); returns the number imported.
    int importPaths(const QStringList &paths);

    // Opens a source in the current pane, or in a new one, and shows the passage.
    ReaderPane *openSource(qint64 sourceId, bool inNewPane = false, int offset = -1, int length = 0);
    // Marks the selection of the current pane as a mention of an entity of that type.
    bool annotateSelection(const QString &typeName);

    SourceListModel *sourceModel() const { return m_sources; }
    QTableView *libraryView() const;
    ReaderArea *readerArea() const { return m_readerArea; }
    EntityDock *entityDock() const { return m_entityDock; }
    MentionsDock *mentionsDock() const { return m_mentionsDock; }
    SearchDock *searchDock() const { return m_searchDock; }
    ChronologyWorkspace *chronologyWorkspace() const { return m_chronology; }
    QUndoStack *undoStack() const { return m_undoStack; }
    AnnotationController *annotationController() const { return m_annotation; }
    // Keeps the connection of a team project; null for a project file.
    ServerConnectionKeeper *serverConnection() const { return m_connection.get(); }
    // The check for damage of the open project file, when it is large; null otherwise.
    BackgroundIntegrityCheck *integrityCheck() const { return m_integrityCheck.get(); }

    // A warning in a message box with the details folded away; scripted runs
    // (ANNALIST_NO_DIALOGS) get it in the status bar and the log instead.
    void showError(const QString &title, const QString &message, const QString &details = {});

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createDocks();
    void showPlaceholder();
    void createActions();
    void connectProjectSignals();
    void newProject();
    void chooseProject();
    void openSampleProject();
    void chooseLocalCopy();
    void choosePublishing();
    Status copyProjectTo(const ProjectLocation &target, const QString &targetName, const QString &failureTitle);
    void showAbout();
    void openSelectedSources(bool inNewPane);
    void refreshLibrary(qint64 selectSourceId = 0);
    // Reads mentions and counts again after a change in one source, or in all (0),
    // when entities changed.
    void refreshAfterMentionChange(qint64 sourceId);
    void updateTitleAndActions();
    void importFinished(qint64 lastImported);
    void reloadTypes();
    // Shows and hides the entity types in one pane, or in all and remembers them.
    void applyTypeVisibility(ReaderPane *onlyPane = nullptr);
    void wirePane(ReaderPane *pane);
    void restoreOpenPanes();
    void keepServerConnection();
    // Checks a large project file for damage after it opened (Project::isCheckDeferred)
    // and makes it read-only, saying why, when damage is found.
    void checkForDamage();

    std::unique_ptr<Project> m_project;
    std::unique_ptr<BackgroundIntegrityCheck> m_integrityCheck;
    // A team project's connection, kept up, and what other analysts change, passed on to m_signals.
    std::unique_ptr<ServerConnectionKeeper> m_connection;
    ProjectSignals *m_signals;
    ColorThemes *m_themes;
    QUndoStack *m_undoStack;
    SourceListModel *m_sources;
    EntityTypeModel *m_types;
    LibraryPanel *m_library;
    ReaderArea *m_readerArea = nullptr;
    EntityDock *m_entityDock;
    MentionsDock *m_mentionsDock;
    SearchDock *m_searchDock;
    ChronologyWorkspace *m_chronology;
    AnnotationController *m_annotation;
    ImportProgress *m_progress;
    PaneActions *m_paneActions;
    WindowDocks m_dockSet;
    QList<QDockWidget *> m_docks;
    QLabel *m_status;
    RecentProjectsMenu *m_recentMenu = nullptr;
    TypeVisibilityMenu *m_typeMenu = nullptr;
    QList<QAction *> m_projectActions;
    QAction *m_publishAction = nullptr;
};

} // namespace annalist
