// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"

#include "jobs/BackgroundIntegrityCheck.h"

#include "ui/chronology/ChronologyWorkspace.h"
#include "ui/settings/Settings.h"

#include "AboutText.h"
#include "DockLayout.h"
#include "ImportProgress.h"
#include "LibraryPanel.h"
#include "ProjectCopyProgress.h"
#include "ProjectFileDialogs.h"
#include "RecentProjectsMenu.h"
#include "SettingsDialog.h"
#include "TeamProjectOpening.h"
#include "itemmodels/EntityTypeModel.h"
#include "itemmodels/SourceListModel.h"
#include "sample/SampleProject.h"
#include "storage/Project.h"
#include "storage/ProjectLocation.h"
#include "storage/ProjectName.h"
#include "storage/ProjectSignals.h"
#include "storage/ProjectStatistics.h"
#include "storage/ServerConnection.h"
#include "storage/ServerConnectionKeeper.h"
#include "storage/SourceRepository.h"
#include "ui/entities/EntityDock.h"
#include "ui/entities/MentionsDock.h"
#include "ui/entities/TypeLegend.h"
#include "ui/entities/TypeVisibilityMenu.h"
#include "ui/reader/AnnotationController.h"
#include "ui/reader/FindBar.h"
#include "ui/reader/PaneActions.h"
#include "ui/reader/ReaderArea.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/SearchDock.h"
#include "ui/theming/ColorThemes.h"
#include "ui/theming/SyntaxHighlighting.h"
#include "ui/widgets/WarningDialog.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>

namespace annalist {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_signals(new ProjectSignals(this))
    , m_themes(new ColorThemes(SyntaxHighlighting::create(), this))
    , m_undoStack(new QUndoStack(this))
    , m_sources(new SourceListModel(this))
    , m_types(new EntityTypeModel(this))
    , m_library(new LibraryPanel(m_sources, *m_signals, *m_undoStack, this))
    , m_entityDock(new EntityDock(this))
    , m_mentionsDock(new MentionsDock(this))
    , m_searchDock(new SearchDock(this))
    , m_chronology(new ChronologyWorkspace(*this, *m_signals, *m_undoStack))
    , m_annotation(new AnnotationController(*m_signals, *m_undoStack, *m_types, *m_sources, *m_entityDock, this))
    , m_progress(new ImportProgress(this))
    , m_paneActions(new PaneActions(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    m_progress->acceptDropsOn(this);
    setDockNestingEnabled(true);

    showPlaceholder();

    m_chronology->setColorThemes(m_themes);
    connect(m_chronology, &ChronologyWorkspace::openSourceRequested, this,
            [this](qint64 sourceId, int start, int length) { openSource(sourceId, false, start, length); });
    connect(m_chronology, &ChronologyWorkspace::errorRaised, this, &MainWindow::showError);
    createDocks();
    createActions();
    connectProjectSignals();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(new TypeLegend(m_types, m_themes, this));

    DockLayout::restore(*this, m_dockSet);
    m_types->setHiddenTypeNames(Settings::value(SettingKeys::hiddenTypeNames()));
    updateTitleAndActions();
}

void MainWindow::showPlaceholder()
{
    auto *placeholder
        = new QLabel(tr("Open a project with File ▸ Open Project, or create one with File ▸ New Project."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);
}

MainWindow::~MainWindow()
{
    // The import's connection and the panes' queries must end before the project.
    closeProject();
}

void MainWindow::createDocks()
{
    connect(m_library, &LibraryPanel::openRequested, this, &MainWindow::openSelectedSources);
    m_dockSet
        = DockLayout::arrange(*this, m_library, m_entityDock, m_mentionsDock, m_searchDock, m_chronology->docks());
    m_docks = m_dockSet.all();

    connect(m_entityDock, &EntityDock::entitySelected, m_mentionsDock, &MentionsDock::showEntity);
    connect(m_mentionsDock, &MentionsDock::passageRequested, this,
            [this](qint64 sourceId, int offset, int length) { openSource(sourceId, false, offset, length); });
    connect(m_searchDock, &SearchDock::passageRequested, this,
            [this](qint64 sourceId, int offset, int length) { openSource(sourceId, false, offset, length); });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setToolTipsVisible(true); // a disabled action says why
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    file->addAction(tr("Open &Team Project…"), QKeySequence(tr("Ctrl+Shift+O")), this, [this] {
        if (const QString location = TeamProjectOpening::choose(this); !location.isEmpty())
            openProject(location);
    });
    QAction *localCopy = file->addAction(tr("Save a &Local Copy…"), this, &MainWindow::chooseLocalCopy);
    m_publishAction = file->addAction(tr("P&ublish to Team Server…"), this, &MainWindow::choosePublishing);
    auto *recent = new RecentProjectsMenu(this);
    connect(recent, &RecentProjectsMenu::projectChosen, this, &MainWindow::openProject);
    m_recentMenu = recent;
    file->addMenu(recent);
    file->addAction(tr("Open &Sample Project"), this, &MainWindow::openSampleProject);
    file->addSeparator();
    file->addActions(m_progress->importActions());
    file->addAction(m_chronology->importChronologyAction());
    file->addSeparator();
    file->addAction(m_chronology->exportAction());
    file->addSeparator();
    QAction *closeAction
        = file->addAction(tr("&Close Project"), QKeySequence(tr("Ctrl+Shift+W")), this, &MainWindow::closeProject);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    m_projectActions = m_progress->importActions();
    m_projectActions << closeAction << localCopy;

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y")) });
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Source…"));
    find->setShortcut(QKeySequence::Find);
    // The reader pane handles Ctrl+F itself; the menu entry shows the key.
    find->setShortcutContext(Qt::WidgetShortcut);
    connect(find, &QAction::triggered, this, [this] {
        if (ReaderPane *pane = m_readerArea ? m_readerArea->currentPane() : nullptr)
            pane->findBar()->open();
    });
    QAction *searchAll = edit->addAction(tr("&Search All Sources…"), QKeySequence(tr("Ctrl+Shift+F")), this, [this] {
        m_dockSet.search->show();
        m_dockSet.search->raise();
        m_searchDock->focusQuery();
    });
    QAction *filterSources = edit->addAction(tr("Filter S&ources"), QKeySequence(tr("Ctrl+L")), this,
                                             [this] { m_library->focusFilter(); });
    m_projectActions << find << searchAll << filterSources;
    edit->addSeparator();
    edit->addAction(tr("Se&ttings…"), QKeySequence::Preferences, this,
                    [this] { SettingsDialog(m_themes, this).exec(); });

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    annotate->setToolTipsVisible(true);
    QAction *analyze = new QAction(tr("A&nalyse Selected Sources"), this);
    analyze->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    connect(analyze, &QAction::triggered, this, [this] { m_progress->startAnalysis(m_library->selectedSourceIds()); });
    m_annotation->fillMenu(annotate, analyze, m_progress->analyzeOnImportAction());

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *newPane = view->addAction(tr("Open in &New Pane"), QKeySequence(tr("Ctrl+Return")), this,
                                       [this] { openSelectedSources(true); });
    m_paneActions->fillMenu(view);
    view->addSeparator();
    m_typeMenu = new TypeVisibilityMenu(m_types, this);
    view->addMenu(m_typeMenu);
    view->addSeparator();
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    m_projectActions << newPane << m_paneActions->actions();

    menuBar()->addMenu(m_chronology->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Annalist"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    m_library->addContextActions(newPane);
    connect(m_library, &LibraryPanel::datingRequested, m_chronology, &ChronologyWorkspace::dateSources);
}

void MainWindow::connectProjectSignals()
{
    connect(m_signals, &ProjectSignals::mentionsChanged, this, &MainWindow::refreshAfterMentionChange);
    connect(m_signals, &ProjectSignals::entitiesChanged, this, [this] { refreshAfterMentionChange(0); });
    // A source's date or grade changed (say, a dating accepted, or undone): the library
    // and the panes' headers say so at once, and the times resolved against it too.
    connect(m_signals, &ProjectSignals::sourcesChanged, this, [this] {
        refreshLibrary();
        if (m_readerArea)
            m_readerArea->reloadHeaders();
    });
    connect(m_signals, &ProjectSignals::timexesChanged, this, &MainWindow::refreshAfterMentionChange);
    connect(m_signals, &ProjectSignals::errorOccurred, this,
            [this](const QString &message) { showError(tr("The change was not saved"), message); });
    connect(m_types, &EntityTypeModel::visibilityChanged, this, [this] { applyTypeVisibility(); });
    const auto note = [this](const QString &text, int timeout) {
        statusBar()->showMessage(text, timeout);
    };
    connect(m_annotation, &AnnotationController::message, this, note);
    connect(m_annotation, &AnnotationController::errorRaised, this, &MainWindow::showError);
    connect(m_progress, &ImportProgress::message, this, note);
    connect(m_progress, &ImportProgress::errorRaised, this, &MainWindow::showError);
    connect(m_progress, &ImportProgress::batchImported, this, [this] { refreshLibrary(); });
    connect(m_progress, &ImportProgress::importFinished, this, &MainWindow::importFinished);
    connect(m_progress, &ImportProgress::sourcePasted, this, [this](qint64 sourceId) {
        refreshLibrary(sourceId);
        openSource(sourceId);
    });
    connect(m_progress, &ImportProgress::analysisFinished, this, [this](const QList<qint64> &ids) {
        for (qint64 id : ids)
            refreshAfterMentionChange(id);
        refreshAfterMentionChange(0);
    });
}

bool MainWindow::openProject(const QString &path)
{
    if (m_project && QFileInfo(m_project->path()) == QFileInfo(path))
        return true;
    auto opened = ProjectLocation::isServerUri(path) ? TeamProjectOpening::open(this, path) : Project::open(path);
    if (!opened) {
        showError(tr("Cannot open project"), opened.error().message);
        return false;
    }
    closeProject();
    m_project = std::move(*opened);
    if (m_project->isOnServer())
        keepServerConnection();
    m_readerArea = new ReaderArea(*m_project, this);
    m_readerArea->setMinimumSize(420, DockLayout::readerMinimumHeight);
    m_paneActions->setReaderArea(m_readerArea);
    connect(m_readerArea, &ReaderArea::paneAdded, this, &MainWindow::wirePane);
    for (ReaderPane *pane : m_readerArea->panes())
        wirePane(pane);
    setCentralWidget(m_readerArea);
    m_entityDock->setProject(m_project.get(), m_signals, m_undoStack);
    m_mentionsDock->setProject(m_project.get());
    m_searchDock->setProject(m_project.get());
    m_chronology->setProject(m_project.get(), m_readerArea);
    m_annotation->setProject(m_project.get(), m_readerArea);
    m_progress->setProject(m_project.get());
    m_library->setProject(m_project.get());
    reloadTypes();
    m_typeMenu->rebuild();
    m_annotation->rebuildTypeMenu();
    m_recentMenu->remember(m_project->path());
    refreshLibrary();
    restoreOpenPanes();
    if (m_readerArea->openSourceIds().isEmpty() && m_library->visibleRowCount() > 0) {
        m_library->view()->selectRow(0);
        openSelectedSources(false);
    }
    if (m_project->isReadOnly())
        statusBar()->showMessage(m_project->readOnlyReason() + QStringLiteral(". ") + tr("Nothing can be changed."));
    m_progress->resumeInterruptedAnalysis();
    if (m_project->isCheckDeferred())
        checkForDamage();
    // The reader replaced the placeholder: the docks under it may have taken its place.
    QTimer::singleShot(0, this, [this] { DockLayout::keepReaderReadable(*this, m_dockSet); });
    return true;
}

void MainWindow::closeProject()
{
    if (!m_project)
        return;
    m_integrityCheck.reset();
    m_progress->setProject(nullptr);
    m_paneActions->rememberOpenPanes(m_project->path());
    m_paneActions->setReaderArea(nullptr);
    m_annotation->setProject(nullptr, nullptr);
    m_library->setProject(nullptr);
    m_undoStack->clear();
    m_entityDock->setProject(nullptr, m_signals, m_undoStack);
    m_mentionsDock->setProject(nullptr);
    m_searchDock->setProject(nullptr);
    m_chronology->setProject(nullptr, nullptr);
    m_sources->reload(nullptr);
    // The panes read from the project: they go before it closes.
    delete takeCentralWidget();
    m_readerArea = nullptr;
    showPlaceholder();
    m_connection.reset();
    m_project.reset();
    updateTitleAndActions();
}

void MainWindow::newProject()
{
    const ProjectFileDialogs::Outcome created = ProjectFileDialogs::createNew(this);
    if (!created.error.isEmpty())
        showError(tr("Cannot create project"), created.error);
    else if (!created.path.isEmpty())
        openProject(created.path);
}

void MainWindow::chooseProject()
{
    if (const QString path = ProjectFileDialogs::chooseExisting(this); !path.isEmpty())
        openProject(path);
}

void MainWindow::openSampleProject()
{
    const QString path = SampleProject::defaultPath();
    if (Status made = SampleProject::ensureExists(path); !made) {
        showError(tr("Cannot create the sample project"), made.error().message);
        return;
    }
    openProject(path);
}

void MainWindow::chooseLocalCopy()
{
    const ProjectFileDialogs::Outcome chosen = ProjectFileDialogs::chooseNew(this, tr("Save a Local Copy"));
    if (!chosen.error.isEmpty())
        showError(tr("Cannot save a copy of the project"), chosen.error);
    else if (!chosen.path.isEmpty())
        static_cast<void>(saveLocalCopy(chosen.path)); // shown to the analyst already
}

void MainWindow::choosePublishing()
{
    const QString location = TeamProjectOpening::choose(this, TeamProjectDialog::Purpose::Publish);
    if (location.isEmpty() || !publishTo(location))
        return;
    if (QMessageBox::question(this, tr("Publish to Team Server"),
                              tr("The project is on the team server now. Open the team project?"))
        == QMessageBox::Yes)
        openProject(location);
}

Status MainWindow::saveLocalCopy(const QString &path)
{
    if (!m_project)
        return StorageError { StorageError::Code::NotFound, tr("No project is open.") };
    if (ProjectLocation::isServerUri(path)) {
        const StorageError error { StorageError::Code::Io, tr("%1 is not a file name.").arg(path) };
        showError(tr("Cannot save a copy of the project"), error.message);
        return error;
    }
    const Result<ProjectLocation> target = ProjectLocation::parse(QFileInfo(path).absoluteFilePath());
    if (!target)
        return target.error();
    return copyProjectTo(*target, QDir::toNativeSeparators(target->path()), tr("Cannot save a copy of the project"));
}

Status MainWindow::publishTo(const QString &uri)
{
    const QString title = tr("Cannot publish the project");
    if (!m_project)
        return StorageError { StorageError::Code::NotFound, tr("No project is open.") };
    if (m_project->isOnServer()) {
        const StorageError error { StorageError::Code::Io, tr("The project is on a team server already.") };
        showError(title, error.message);
        return error;
    }
    // The password is found or asked for here; the copy makes its own connection with it.
    const Result<ProjectLocation> target = TeamProjectOpening::withPassword(
        this, uri, [](const ProjectLocation &location) { return ServerConnection::probe(location); });
    if (!target) {
        showError(title, tr("Could not connect to %1: %2.").arg(uri, target.error().message));
        return target.error();
    }
    return copyProjectTo(*target, target->displayName(), title);
}

Status MainWindow::copyProjectTo(const ProjectLocation &target, const QString &targetName, const QString &failureTitle)
{
    const Result<qint64> rows = ProjectCopyProgress(*m_project, this).copyTo(target);
    if (rows) {
        statusBar()->showMessage(tr("Copied %L1 rows to %2.").arg(*rows).arg(targetName), 15000);
        return ok();
    }
    const StorageError &error = rows.error();
    if (error.code == StorageError::Code::Cancelled) {
        statusBar()->showMessage(tr("The copy was cancelled; nothing of it was kept."), 15000);
        return error;
    }
    QString reason = error.message;
    if (reason.endsWith(u'.'))
        reason.chop(1);
    // A reason that names the target already is said alone.
    QString message = reason.contains(targetName) ? reason.left(1).toUpper() + reason.mid(1) + u'.'
                                                  : tr("Could not copy the project to %1: %2.").arg(targetName, reason);
    if (target.isServer()
        && (error.code == StorageError::Code::AlreadyExists || error.code == StorageError::Code::NotAProject))
        message += u' ' + tr("Publishing needs an empty database: ask the server's administrator for one.");
    showError(failureTitle, message);
    return error;
}

bool MainWindow::startImport(const QStringList &paths)
{
    return m_progress->startImport(paths);
}

int MainWindow::importPaths(const QStringList &paths)
{
    return m_progress->importPaths(paths);
}

void MainWindow::importFinished(qint64 lastImported)
{
    refreshLibrary(lastImported);
    refreshAfterMentionChange(0);
    // Show what came in, unless the analyst is already reading something.
    if (lastImported != 0 && m_readerArea && m_readerArea->openSourceIds().isEmpty())
        openSource(lastImported);
}

bool MainWindow::annotateSelection(const QString &typeName)
{
    return m_annotation->annotateSelection(typeName);
}

QTableView *MainWindow::libraryView() const
{
    return m_library->view();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Annalist"), AboutText::html(m_themes->highlighting()));
}

ReaderPane *MainWindow::openSource(qint64 sourceId, bool inNewPane, int offset, int length)
{
    if (!m_readerArea || sourceId == 0)
        return nullptr;
    ReaderPane *pane = m_readerArea->openSource(sourceId, inNewPane);
    if (!pane)
        return nullptr;
    if (offset >= 0)
        pane->revealRange(offset, length);
    m_library->selectSource(sourceId);
    return pane;
}

void MainWindow::openSelectedSources(bool inNewPane)
{
    const QList<qint64> ids = m_library->selectedSourceIds(true);
    // Several selected sources open side by side.
    for (int i = 0; i < ids.size() && i < 3; ++i)
        openSource(ids.at(i), inNewPane || i > 0);
}

void MainWindow::refreshLibrary(qint64 selectSourceId)
{
    const LibraryPanel::Place kept = m_library->place();
    if (const QString problem = m_sources->reload(m_project ? &m_project->sources() : nullptr); !problem.isEmpty())
        showError(tr("Cannot read the project"), problem);
    if (selectSourceId != 0)
        m_library->selectSource(selectSourceId);
    else
        m_library->restore(kept);
    updateTitleAndActions();
}

void MainWindow::refreshAfterMentionChange(qint64 sourceId)
{
    if (m_readerArea) {
        for (ReaderPane *pane : m_readerArea->panes()) {
            if (sourceId == 0 || pane->sourceId() == sourceId)
                pane->reloadMentions();
        }
    }
    if (sourceId == 0) {
        reloadTypes();
    } else if (m_project) {
        // The counts just stay as they were: said in the status bar, not in a dialog.
        if (const auto counts = m_project->sources().mentionCounts())
            m_sources->setMentionCounts(*counts);
        else
            statusBar()->showMessage(tr("Cannot count the mentions: %1").arg(counts.error().message), 10000);
    }
    m_entityDock->refresh();
    m_mentionsDock->refresh();
    updateTitleAndActions();
}

void MainWindow::reloadTypes()
{
    if (const QString problem = m_types->reload(m_project.get()); !problem.isEmpty())
        statusBar()->showMessage(tr("Cannot read the entity types: %1").arg(problem), 10000);
}

void MainWindow::applyTypeVisibility(ReaderPane *onlyPane)
{
    const QList<ReaderPane *> panes = onlyPane ? QList { onlyPane }
        : m_readerArea                         ? m_readerArea->panes()
                                               : QList<ReaderPane *>();
    for (ReaderPane *pane : panes) {
        for (int row = 0; row < m_types->rowCount(); ++row)
            pane->setTypeVisible(m_types->typeAt(row).name, m_types->isTypeVisible(m_types->typeAt(row).name));
    }
    if (!onlyPane)
        Settings::setValue(SettingKeys::hiddenTypeNames(), m_types->hiddenTypeNames());
}

void MainWindow::wirePane(ReaderPane *pane)
{
    m_annotation->wirePane(pane);
    pane->setColorThemes(m_themes);
    applyTypeVisibility(pane);
}

void MainWindow::updateTitleAndActions()
{
    const bool open = m_project != nullptr;
    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(open);
    m_publishAction->setEnabled(open && !m_project->isOnServer());
    m_publishAction->setToolTip(open && m_project->isOnServer() ? tr("The project is on a team server already.")
                                                                : QString());
    // Edits are off in a read-only project, each saying why where it is shown.
    const QString readOnly = open && m_project->isReadOnly() ? m_project->readOnlyReason() : QString();
    for (QAction *action : m_annotation->actions() + m_progress->importActions()) {
        action->setEnabled(open && readOnly.isEmpty());
        action->setToolTip(readOnly);
    }
    if (!open) {
        setWindowTitle(tr("Annalist"));
        m_status->setText(tr("No project open. Use File ▸ New Project or File ▸ Open Project."));
        return;
    }
    const ProjectLocation &location = m_project->location();
    const QString name
        = location.isServer() ? tr("%1 on %2").arg(location.database(), location.serverName()) : projectName(location);
    if (!readOnly.isEmpty()) {
        setWindowTitle(tr("%1 (read-only) — Annalist").arg(name));
        m_status->setText(tr("Read-only: %1").arg(readOnly));
        return;
    }
    setWindowTitle(tr("%1 — Annalist").arg(name));
    const auto statistics = ProjectStatistics::collect(m_project->database(), m_project->path());
    m_status->setText(statistics
                          ? tr("Sources: %1 · Entities: %2 · Mentions: %3 · Select text and press P, O, L, T or E")
                                .arg(statistics->sources)
                                .arg(statistics->entities)
                                .arg(statistics->mentions)
                          : tr("Cannot count what the project holds: %1").arg(statistics.error().message));
}

void MainWindow::restoreOpenPanes()
{
    const QList<qint64> ids = m_paneActions->rememberedPanes(m_project->path());
    for (int i = 0; i < ids.size(); ++i) {
        if (m_sources->rowOfSource(ids.at(i)) >= 0)
            openSource(ids.at(i), i > 0);
    }
}

void MainWindow::checkForDamage()
{
    m_integrityCheck = std::make_unique<BackgroundIntegrityCheck>();
    const QString fileName = QFileInfo(m_project->path()).fileName();
    connect(m_integrityCheck.get(), &BackgroundIntegrityCheck::finished, this,
            [this, fileName](const QString &damage, const QString &problem) {
                if (!m_project)
                    return;
                if (!problem.isEmpty()) {
                    statusBar()->showMessage(tr("Could not check %1 for damage: %2").arg(fileName, problem), 15000);
                } else if (damage.isEmpty()) {
                    statusBar()->showMessage(tr("%1 was checked for damage: none found.").arg(fileName), 5000);
                } else {
                    m_project->setDamaged(tr("%1 is damaged (%2). It is read-only from now on, so that nothing more "
                                             "is written to it; copy out what you need and restore it from a backup")
                                              .arg(fileName, damage));
                    updateTitleAndActions();
                    showError(tr("Project damaged"), m_project->readOnlyReason() + u'.');
                }
            });
    m_integrityCheck->start(m_project->path());
    statusBar()->showMessage(tr("Checking %1 for damage in the background…").arg(fileName));
}

void MainWindow::keepServerConnection()
{
    m_connection = std::make_unique<ServerConnectionKeeper>(*m_project, *m_signals);
    const QString database = m_project->location().database();
    connect(m_connection.get(), &ServerConnectionKeeper::connectionLost, this, [this, database](const QString &reason) {
        m_project->setOffline(
            tr("Connection to the server of %1 lost; reconnecting. Nothing can be changed until it is back")
                .arg(database));
        updateTitleAndActions();
        statusBar()->showMessage(m_project->readOnlyReason() + QStringLiteral("."));
        statusBar()->setToolTip(reason);
    });
    connect(m_connection.get(), &ServerConnectionKeeper::connectionRestored, this, [this, database] {
        updateTitleAndActions();
        statusBar()->setToolTip(QString());
        statusBar()->showMessage(
            tr("Connected to the server of %1 again; what others changed meanwhile is shown.").arg(database), 10000);
    });
}

void MainWindow::showError(const QString &title, const QString &message, const QString &details)
{
    showWarning(this, statusBar(), title, message, details);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    DockLayout::save(*this);
    Settings::setValue(SettingKeys::lastProject(), m_project ? m_project->path() : QString());
    closeProject();
    event->accept();
}

} // namespace annalist
