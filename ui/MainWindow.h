// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMainWindow>

#include <memory>
#include <optional>

class QDockWidget;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QToolButton;
class QUndoStack;

namespace annalist {

class BackgroundAnalysis;
class BackgroundImport;
class ChronologyWorkspace;
class ColorThemes;
class EntityDock;
class EntityTypeModel;
class MentionsDock;
class Project;
class ProjectSignals;
class ReaderArea;
class ReaderPane;
class SearchDock;
class SourceListModel;
struct Entity;
struct ImportReport;

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

    // Imports in the background; returns false if an import is already running.
    bool startImport(const QStringList &paths);
    // Imports and waits for the end (for scripted use); returns the number imported.
    int importPaths(const QStringList &paths);

    // Opens a source in the current pane, or in a new one, and shows the passage.
    ReaderPane *openSource(qint64 sourceId, bool inNewPane = false, int offset = -1, int length = 0);
    // Marks the selection of the current pane as a mention of an entity of that type.
    bool annotateSelection(const QString &typeName);

    SourceListModel *sourceModel() const { return m_sources; }
    QTableView *libraryView() const { return m_library; }
    ReaderArea *readerArea() const { return m_readerArea; }
    EntityDock *entityDock() const { return m_entityDock; }
    MentionsDock *mentionsDock() const { return m_mentionsDock; }
    SearchDock *searchDock() const { return m_searchDock; }
    ChronologyWorkspace *chronologyWorkspace() const { return m_chronology; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // A warning in a message box with the details folded away; scripted runs
    // (ANNALIST_NO_DIALOGS) get it in the status bar and the log instead.
    void showError(const QString &title, const QString &message, const QString &details = {});

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createDocks();
    void createActions();
    void createImportProgress();
    void connectProjectSignals();
    void newProject();
    void chooseProject();
    void openSampleProject();
    void chooseFilesToImport();
    void chooseFolderToImport();
    void pasteAsSource();
    void showAbout();
    void openSelectedSources(bool inNewPane);
    void setGradeOfSelectedSources(int grade);
    void refreshLibrary(qint64 selectSourceId = 0);
    void refreshAfterMentionChange(qint64 sourceId);
    void relearn();
    void refreshAfterEntityChange();
    void updateTitleAndActions();
    void importProgressed(int done, int total);
    void importFinished(const ImportReport &report);
    void acceptMention(qint64 mentionId);
    void rejectMention(qint64 mentionId);
    void removeMention(qint64 mentionId);
    qint64 mentionUnderCursor() const;
    // Which of several entities the words name: its id, 0 for a new entity, or
    // nothing when the analyst cancels.
    std::optional<qint64> chooseEntity(const QString &text, const QList<Entity> &candidates);
    void changeTypeOfMentionEntity(const QString &typeName);
    void linkMentionToOtherEntity();
    void markAllOccurrences(bool inAllSources);
    void acceptAllOfEntity();
    void analyzeSelectedSources();
    void applyTypeVisibility();
    void wirePane(ReaderPane *pane);
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void rebuildTypeMenu();
    void saveOpenPanes();
    void restoreOpenPanes();

    std::unique_ptr<Project> m_project;
    ProjectSignals *m_signals;
    ColorThemes *m_themes;
    QUndoStack *m_undoStack;
    std::unique_ptr<BackgroundImport> m_import;
    std::unique_ptr<BackgroundAnalysis> m_analysis;
    // Proposals of unreviewed sources scored again after the analyst's decisions.
    std::unique_ptr<BackgroundAnalysis> m_relearning;
    QTimer *m_relearnTimer = nullptr;
    QAction *m_learnFromDecisions = nullptr;
    SourceListModel *m_sources;
    QSortFilterProxyModel *m_filter;
    EntityTypeModel *m_types;
    QLineEdit *m_filterEdit;
    QTableView *m_library;
    ReaderArea *m_readerArea = nullptr;
    EntityDock *m_entityDock;
    MentionsDock *m_mentionsDock;
    SearchDock *m_searchDock;
    ChronologyWorkspace *m_chronology;
    QList<QDockWidget *> m_docks;
    QLabel *m_status;
    QProgressBar *m_importProgress = nullptr;
    QToolButton *m_cancelImport = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_typeMenu = nullptr;
    QMenu *m_changeTypeMenu = nullptr;
    QList<QAction *> m_projectActions;
    QList<QAction *> m_annotationActions;
    QAction *m_syncScrolling = nullptr;
    QAction *m_compareMode = nullptr;
    QAction *m_analyzeOnImport = nullptr;
};

} // namespace annalist
