// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MainWindow.h"

#include "ChronologyWorkspace.h"

#include "AboutText.h"
#include "ColorThemes.h"
#include "EntityDock.h"
#include "FindBar.h"
#include "MentionsDock.h"
#include "ReaderArea.h"
#include "ReaderPane.h"
#include "SampleProject.h"
#include "SearchDock.h"
#include "SettingsDialog.h"
#include "SyntaxHighlighting.h"
#include "TypeLegend.h"
#include "analysis/BackgroundAnalysis.h"
#include "editing/AddMentionCommand.h"
#include "editing/CreateEntityWithMentionCommand.h"
#include "editing/EntityResolver.h"
#include "editing/MarkAllOccurrencesCommand.h"
#include "editing/ProjectSignals.h"
#include "editing/RemoveMentionCommand.h"
#include "editing/SetEntityTypeCommand.h"
#include "editing/SetMentionEntityCommand.h"
#include "editing/SetMentionStatusCommand.h"
#include "editing/SetSourceGradeCommand.h"
#include "ingest/BackgroundImport.h"
#include "ingest/SourceImporter.h"
#include "models/EntityListModel.h"
#include "models/EntityTypeModel.h"
#include "models/SourceListModel.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/ProjectStatistics.h"
#include "storage/SourceRepository.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScreen>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace annalist {

namespace {

constexpr int maxRecentProjects = 8;

QString projectFilter()
{
    return MainWindow::tr("Annalist projects (*.annalist)");
}

// Settings key for what belongs to one project file, e.g. its open panes.
QString projectKey(const QString &path)
{
    return QString::fromLatin1(QCryptographicHash::hash(path.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

struct AnnotationKey
{
    const char *typeName;
    const char *label;
    const char *key;
};

// The keys are handled by the reader itself; the menu shows them.
constexpr AnnotationKey annotationKeys[] = {
    { "Person", QT_TRANSLATE_NOOP("annalist::MainWindow", "Mark as &Person"), "P" },
    { "Organisation", QT_TRANSLATE_NOOP("annalist::MainWindow", "Mark as &Organisation"), "O" },
    { "Place", QT_TRANSLATE_NOOP("annalist::MainWindow", "Mark as P&lace"), "L" },
    { "Title", QT_TRANSLATE_NOOP("annalist::MainWindow", "Mark as &Title or Role"), "T" },
    { "Other", QT_TRANSLATE_NOOP("annalist::MainWindow", "Mark as Oth&er"), "E" },
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_signals(new ProjectSignals(this))
    , m_themes(new ColorThemes(SyntaxHighlighting::create(), this))
    , m_undoStack(new QUndoStack(this))
    , m_sources(new SourceListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_types(new EntityTypeModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_library(new QTableView(this))
    , m_entityDock(new EntityDock(this))
    , m_mentionsDock(new MentionsDock(this))
    , m_searchDock(new SearchDock(this))
    , m_chronology(new ChronologyWorkspace(*this, *m_signals, *m_undoStack))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    setDockNestingEnabled(true);

    auto *placeholder
        = new QLabel(tr("Open a project with File ▸ Open Project, or create one with File ▸ New Project."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setWordWrap(true);
    setCentralWidget(placeholder);

    m_chronology->setColorThemes(m_themes);
    createDocks();
    createActions();
    createImportProgress();
    connectProjectSignals();
    statusBar()->addWidget(m_status, 1);
    statusBar()->addPermanentWidget(new TypeLegend(m_types, m_themes, this));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        const QSize available = screen() ? screen()->availableGeometry().size() : QSize(1600, 1000);
        resize(std::max(1100, available.width() * 9 / 10), std::max(700, available.height() * 9 / 10));
    }
    if (!restoreState(settings.value(QStringLiteral("window/state")).toByteArray())) {
        // First start: the reader gets most of the width.
        QTimer::singleShot(0, this, [this] {
            QDockWidget *library = m_docks.value(0);
            QDockWidget *entities = m_docks.value(1);
            QDockWidget *mentions = m_docks.value(2);
            resizeDocks({ library, entities }, { width() * 26 / 100, width() * 25 / 100 }, Qt::Horizontal);
            resizeDocks({ mentions }, { height() * 30 / 100 }, Qt::Vertical);
            // Under the reader: the tabs (mentions, search, chronology) beside the timeline.
            const int underReader = width() * 50 / 100;
            resizeDocks({ mentions, m_chronology->docks().at(1), m_chronology->docks().at(2) },
                        { underReader / 2, underReader / 2, underReader / 2 }, Qt::Horizontal);
        });
    }
    m_types->setHiddenTypeNames(settings.value(QStringLiteral("reader/hiddenTypes")).toStringList());
    updateTitleAndActions();
}

MainWindow::~MainWindow()
{
    // The import's connection and the panes' queries must end before the project.
    closeProject();
}

void MainWindow::createDocks()
{
    m_filter->setSourceModel(m_sources);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_filterEdit->setObjectName(QStringLiteral("libraryFilter"));
    m_filterEdit->setPlaceholderText(tr("Filter sources…"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);

    m_library->setObjectName(QStringLiteral("library"));
    m_library->setModel(m_filter);
    m_library->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_library->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_library->setSortingEnabled(true);
    m_library->sortByColumn(-1, Qt::AscendingOrder);
    m_library->setAlternatingRowColors(true);
    m_library->setWordWrap(false);
    m_library->setShowGrid(false);
    m_library->verticalHeader()->hide();
    m_library->setContextMenuPolicy(Qt::ActionsContextMenu);
    QHeaderView *header = m_library->horizontalHeader();
    header->setSectionResizeMode(SourceListModel::TitleColumn, QHeaderView::Stretch);
    for (int column = SourceListModel::OutletColumn; column < SourceListModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    // The length matters less than the title; it is a right-click away on the header.
    header->setSectionHidden(SourceListModel::LengthColumn, true);
    header->setSectionResizeMode(SourceListModel::OutletColumn, QHeaderView::Interactive);
    header->resizeSection(SourceListModel::OutletColumn, 110);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = SourceListModel::OutletColumn; column < SourceListModel::ColumnCount; ++column) {
        auto *toggle = new QAction(m_sources->headerData(column, Qt::Horizontal).toString(), header);
        toggle->setCheckable(true);
        toggle->setChecked(!header->isSectionHidden(column));
        connect(toggle, &QAction::toggled, header,
                [header, column](bool on) { header->setSectionHidden(column, !on); });
        header->addAction(toggle);
    }
    connect(m_library, &QTableView::activated, this, [this] { openSelectedSources(false); });

    auto *libraryPane = new QWidget(this);
    auto *libraryLayout = new QVBoxLayout(libraryPane);
    libraryLayout->setContentsMargins(4, 4, 4, 4);
    libraryLayout->addWidget(m_filterEdit);
    libraryLayout->addWidget(m_library, 1);

    const auto addDock = [this](QWidget *content, const QString &title, const QString &name, Qt::DockWidgetArea area) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(content);
        addDockWidget(area, dock);
        m_docks << dock;
        return dock;
    };
    // The order of m_docks is relied on for the first-start sizes in the constructor.
    addDock(libraryPane, tr("Library"), QStringLiteral("libraryDock"), Qt::LeftDockWidgetArea);
    addDock(m_entityDock, tr("Entities"), QStringLiteral("entityDock"), Qt::RightDockWidgetArea);
    QDockWidget *mentions
        = addDock(m_mentionsDock, tr("Mentions"), QStringLiteral("mentionsDock"), Qt::BottomDockWidgetArea);
    QDockWidget *search = addDock(m_searchDock, tr("Search"), QStringLiteral("searchDock"), Qt::BottomDockWidgetArea);
    tabifyDockWidget(mentions, search);
    // The chronology: the event editor beside the entities, table and timeline under
    // the reader, conflicts with the table.
    const QList<QDockWidget *> chronologyDocks = m_chronology->docks();
    QDockWidget *eventDock = chronologyDocks.at(0);
    QDockWidget *chronologyDock = chronologyDocks.at(1);
    QDockWidget *timelineDock = chronologyDocks.at(2);
    QDockWidget *conflictsDock = chronologyDocks.at(3);
    addDockWidget(Qt::RightDockWidgetArea, eventDock);
    tabifyDockWidget(m_docks.at(1), eventDock);
    addDockWidget(Qt::BottomDockWidgetArea, chronologyDock);
    tabifyDockWidget(search, chronologyDock);
    addDockWidget(Qt::BottomDockWidgetArea, conflictsDock);
    tabifyDockWidget(chronologyDock, conflictsDock);
    addDockWidget(Qt::BottomDockWidgetArea, timelineDock, Qt::Horizontal);
    m_docks << chronologyDocks;
    mentions->raise();
    m_docks.at(1)->raise();
    // Side docks run the full height; mentions and search sit under the reader only.
    setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);

    connect(m_entityDock, &EntityDock::entitySelected, m_mentionsDock, &MentionsDock::showEntity);
    connect(m_mentionsDock, &MentionsDock::passageRequested, this,
            [this](qint64 sourceId, int offset, int length) { openSource(sourceId, false, offset, length); });
    connect(m_searchDock, &SearchDock::passageRequested, this,
            [this](qint64 sourceId, int offset, int length) { openSource(sourceId, false, offset, length); });
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New Project…"), QKeySequence::New, this, &MainWindow::newProject);
    file->addAction(tr("&Open Project…"), QKeySequence::Open, this, &MainWindow::chooseProject);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Sample Project"), this, &MainWindow::openSampleProject);
    file->addSeparator();
    QAction *importFiles
        = file->addAction(tr("&Import Files…"), QKeySequence(tr("Ctrl+I")), this, &MainWindow::chooseFilesToImport);
    QAction *importFolder = file->addAction(tr("Import &Folder…"), QKeySequence(tr("Ctrl+Shift+I")), this,
                                            &MainWindow::chooseFolderToImport);
    QAction *paste = file->addAction(tr("&Paste as New Source"), QKeySequence(tr("Ctrl+Shift+V")), this,
                                     &MainWindow::pasteAsSource);
    file->addAction(m_chronology->importChronologyAction());
    file->addSeparator();
    file->addAction(m_chronology->exportAction());
    file->addSeparator();
    QAction *closeAction
        = file->addAction(tr("&Close Project"), QKeySequence(tr("Ctrl+Shift+W")), this, &MainWindow::closeProject);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    m_projectActions = { importFiles, importFolder, paste, closeAction };

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
        for (QDockWidget *dock : std::as_const(m_docks)) {
            if (dock->widget() == m_searchDock) {
                dock->show();
                dock->raise();
            }
        }
        m_searchDock->focusQuery();
    });
    QAction *filterSources = edit->addAction(tr("Filter S&ources"), QKeySequence(tr("Ctrl+L")), this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    m_projectActions << find << searchAll << filterSources;
    edit->addSeparator();
    edit->addAction(tr("Se&ttings…"), QKeySequence::Preferences, this,
                    [this] { SettingsDialog(m_themes, this).exec(); });

    QMenu *annotate = menuBar()->addMenu(tr("&Annotate"));
    for (const AnnotationKey &key : annotationKeys) {
        QAction *action = annotate->addAction(tr(key.label));
        action->setShortcut(QKeySequence(QString::fromLatin1(key.key)));
        action->setShortcutContext(Qt::WidgetShortcut);
        const QString typeName = QString::fromLatin1(key.typeName);
        connect(action, &QAction::triggered, this, [this, typeName] { annotateSelection(typeName); });
        m_annotationActions << action;
    }
    annotate->addSeparator();
    QAction *accept = annotate->addAction(tr("&Accept Candidate"));
    accept->setShortcut(QKeySequence(Qt::Key_Return));
    accept->setShortcutContext(Qt::WidgetShortcut);
    connect(accept, &QAction::triggered, this, [this] { acceptMention(mentionUnderCursor()); });
    QAction *reject = annotate->addAction(tr("&Reject Candidate"));
    reject->setShortcut(QKeySequence(Qt::Key_Delete));
    reject->setShortcutContext(Qt::WidgetShortcut);
    connect(reject, &QAction::triggered, this, [this] { rejectMention(mentionUnderCursor()); });
    QAction *remove = annotate->addAction(tr("Re&move Mention"), this, [this] { removeMention(mentionUnderCursor()); });
    m_changeTypeMenu = annotate->addMenu(tr("Change Entity &Type"));
    QAction *link = annotate->addAction(tr("&Link to Another Entity…"), this, &MainWindow::linkMentionToOtherEntity);
    QAction *acceptAll
        = annotate->addAction(tr("Accept All Candidates of This &Entity"), this, &MainWindow::acceptAllOfEntity);
    annotate->addSeparator();
    QAction *analyze = annotate->addAction(tr("A&nalyse Selected Sources"), QKeySequence(tr("Ctrl+Shift+A")), this,
                                           &MainWindow::analyzeSelectedSources);
    m_analyzeOnImport = annotate->addAction(tr("Analyse New Sources on &Import"));
    m_analyzeOnImport->setCheckable(true);
    m_analyzeOnImport->setChecked(QSettings().value(QStringLiteral("analysis/onImport"), true).toBool());
    connect(m_analyzeOnImport, &QAction::toggled, this,
            [](bool on) { QSettings().setValue(QStringLiteral("analysis/onImport"), on); });
    m_learnFromDecisions = annotate->addAction(tr("&Learn from My Decisions"));
    m_learnFromDecisions->setCheckable(true);
    m_learnFromDecisions->setChecked(QSettings().value(QStringLiteral("analysis/learn"), true).toBool());
    m_learnFromDecisions->setStatusTip(
        tr("Confirmed, retyped and rejected mentions re-score the proposals of the sources not yet reviewed"));
    connect(m_learnFromDecisions, &QAction::toggled, this, [this](bool on) {
        QSettings().setValue(QStringLiteral("analysis/learn"), on);
        relearn();
    });
    m_relearnTimer = new QTimer(this);
    m_relearnTimer->setSingleShot(true);
    m_relearnTimer->setInterval(2000);
    connect(m_relearnTimer, &QTimer::timeout, this, &MainWindow::relearn);
    annotate->addSeparator();
    QAction *markHere
        = annotate->addAction(tr("Mark All Occurrences in This &Source"), this, [this] { markAllOccurrences(false); });
    QAction *markEverywhere
        = annotate->addAction(tr("Mark All Occurrences in All S&ources"), this, [this] { markAllOccurrences(true); });
    m_annotationActions << accept << reject << remove << link << acceptAll << analyze << markHere << markEverywhere;

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *newPane = view->addAction(tr("Open in &New Pane"), QKeySequence(tr("Ctrl+Return")), this,
                                       [this] { openSelectedSources(true); });
    QAction *closePane = view->addAction(tr("&Close Pane"), QKeySequence(tr("Ctrl+W")), this, [this] {
        if (m_readerArea && m_readerArea->currentPane())
            m_readerArea->closePane(m_readerArea->currentPane());
    });
    QAction *swap = view->addAction(tr("S&wap Panes"), QKeySequence(tr("Ctrl+Shift+X")), this, [this] {
        if (m_readerArea)
            m_readerArea->swapPanes();
    });
    m_syncScrolling = view->addAction(tr("S&ynchronised Scrolling"));
    m_syncScrolling->setCheckable(true);
    connect(m_syncScrolling, &QAction::toggled, this, [this](bool on) {
        if (m_readerArea)
            m_readerArea->setSyncScrolling(on);
    });
    m_compareMode = view->addAction(tr("&Compare Panes"));
    m_compareMode->setShortcut(QKeySequence(tr("Ctrl+Shift+C")));
    m_compareMode->setCheckable(true);
    connect(m_compareMode, &QAction::toggled, this, [this](bool on) {
        if (m_readerArea)
            m_readerArea->setCompareMode(on);
    });
    view->addSeparator();
    m_typeMenu = view->addMenu(tr("Show Entity &Types"));
    view->addSeparator();
    for (QDockWidget *dock : std::as_const(m_docks))
        view->addAction(dock->toggleViewAction());
    m_projectActions << newPane << closePane << swap << m_syncScrolling << m_compareMode;

    menuBar()->addMenu(m_chronology->menu());

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Annalist"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    // The library's context menu.
    m_library->addAction(newPane);
    QAction *openHere = new QAction(tr("Open in Current Pane"), this);
    connect(openHere, &QAction::triggered, this, [this] { openSelectedSources(false); });
    m_library->insertAction(newPane, openHere);
    auto *gradeMenu = new QMenu(tr("Set Reliability Grade"), this);
    const QStringList grades = { tr("Not graded"),    QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"),
                                 QStringLiteral("D"), QStringLiteral("E"), QStringLiteral("F") };
    for (int grade = 0; grade < grades.size(); ++grade)
        gradeMenu->addAction(grades.at(grade), this, [this, grade] { setGradeOfSelectedSources(grade); });
    m_library->addAction(gradeMenu->menuAction());
    QAction *dateSources = new QAction(tr("Date from Titles…"), this);
    dateSources->setToolTip(tr("Infer when the selected sources were written from the titles they give people"));
    connect(dateSources, &QAction::triggered, this, [this] {
        QList<qint64> ids;
        for (const QModelIndex &row : m_library->selectionModel()->selectedRows())
            ids << row.data(SourceListModel::SourceIdRole).toLongLong();
        m_chronology->dateSources(ids);
    });
    m_library->addAction(dateSources);

    rebuildRecentMenu();
}

void MainWindow::createImportProgress()
{
    m_importProgress = new QProgressBar(this);
    m_importProgress->setMaximumWidth(240);
    m_importProgress->setFormat(tr("Importing %v of %m"));
    m_importProgress->hide();
    m_cancelImport = new QToolButton(this);
    m_cancelImport->setText(tr("Cancel"));
    m_cancelImport->setToolTip(tr("Stop the import; the sources imported so far are kept."));
    m_cancelImport->hide();
    statusBar()->addPermanentWidget(m_importProgress);
    statusBar()->addPermanentWidget(m_cancelImport);
    connect(m_cancelImport, &QToolButton::clicked, this, [this] {
        if (m_import)
            m_import->cancel();
        if (m_analysis)
            m_analysis->cancel();
    });
}

void MainWindow::connectProjectSignals()
{
    connect(m_signals, &ProjectSignals::mentionsChanged, this, &MainWindow::refreshAfterMentionChange);
    // A decision teaches the project's model; once the analyst pauses, it re-scores.
    connect(m_signals, &ProjectSignals::mentionsChanged, m_relearnTimer, qOverload<>(&QTimer::start));
    connect(m_signals, &ProjectSignals::entitiesChanged, this, &MainWindow::refreshAfterEntityChange);
    connect(m_signals, &ProjectSignals::sourcesChanged, this, [this] { refreshLibrary(); });
    connect(m_signals, &ProjectSignals::errorOccurred, this,
            [this](const QString &message) { showError(tr("The change was not saved"), message); });
    connect(m_types, &EntityTypeModel::visibilityChanged, this, &MainWindow::applyTypeVisibility);
}

bool MainWindow::openProject(const QString &path)
{
    if (m_project && QFileInfo(m_project->path()) == QFileInfo(path))
        return true;
    auto opened = Project::open(path);
    if (!opened) {
        showError(tr("Cannot open project"), opened.error().message);
        return false;
    }
    closeProject();
    m_project = std::move(*opened);
    m_readerArea = new ReaderArea(*m_project, this);
    m_readerArea->setMinimumWidth(420);
    m_readerArea->setSyncScrolling(m_syncScrolling->isChecked());
    m_readerArea->setCompareMode(m_compareMode->isChecked());
    connect(m_readerArea, &ReaderArea::paneAdded, this, &MainWindow::wirePane);
    for (ReaderPane *pane : m_readerArea->panes())
        wirePane(pane);
    setCentralWidget(m_readerArea);
    m_entityDock->setProject(m_project.get(), m_signals, m_undoStack);
    m_mentionsDock->setProject(m_project.get());
    m_searchDock->setProject(m_project.get());
    m_chronology->setProject(m_project.get());
    m_types->reload(m_project.get());
    rebuildTypeMenu();
    rememberRecent(m_project->path());
    refreshLibrary();
    restoreOpenPanes();
    if (m_readerArea->openSourceIds().isEmpty() && m_filter->rowCount() > 0) {
        m_library->selectRow(0);
        openSelectedSources(false);
    }
    return true;
}

void MainWindow::closeProject()
{
    if (!m_project)
        return;
    if (m_import) {
        m_import->cancel();
        m_import->wait();
        m_import.reset();
    }
    m_analysis.reset(); // cancels and waits
    m_relearnTimer->stop();
    m_relearning.reset();

    saveOpenPanes();
    m_undoStack->clear();
    m_entityDock->setProject(nullptr, m_signals, m_undoStack);
    m_mentionsDock->setProject(nullptr);
    m_searchDock->setProject(nullptr);
    m_chronology->setProject(nullptr);
    m_sources->reload(nullptr);
    // The panes read from the project: they go before it closes.
    delete takeCentralWidget();
    m_readerArea = nullptr;
    auto *placeholder
        = new QLabel(tr("Open a project with File ▸ Open Project, or create one with File ▸ New Project."), this);
    placeholder->setAlignment(Qt::AlignCenter);
    setCentralWidget(placeholder);
    m_project.reset();
    updateTitleAndActions();
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(), projectFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".annalist");
    if (QFileInfo::exists(path)) {
        showError(tr("Cannot create project"),
                  tr("%1 already exists. Choose another name; Annalist never overwrites a project.").arg(path));
        return;
    }
    {
        auto created = Project::create(path);
        if (!created) {
            showError(tr("Cannot create project"), created.error().message);
            return;
        }
    }
    openProject(path);
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(), projectFilter());
    if (!path.isEmpty())
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

void MainWindow::chooseFilesToImport()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Import Files"), QSettings().value(QStringLiteral("import/lastFolder"), QDir::homePath()).toString(),
        tr("News sources (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastFolder"), QFileInfo(files.first()).absolutePath());
    startImport(files);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import Folder"), QSettings().value(QStringLiteral("import/lastFolder"), QDir::homePath()).toString());
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastFolder"), folder);
    startImport({ folder });
}

bool MainWindow::startImport(const QStringList &paths)
{
    if (!m_project) {
        showError(tr("No project open"), tr("Open or create a project before importing sources."));
        return false;
    }
    if (m_import && m_import->isRunning()) {
        showError(tr("An import is running"),
                  tr("Wait for the current import to finish, or cancel it, before starting another."));
        return false;
    }
    m_import = std::make_unique<BackgroundImport>(*m_project);
    connect(m_import.get(), &BackgroundImport::progressed, this, &MainWindow::importProgressed);
    connect(m_import.get(), &BackgroundImport::batchImported, this, [this] { refreshLibrary(); });
    connect(m_import.get(), &BackgroundImport::finished, this, &MainWindow::importFinished);
    m_import->setAnalyzeImported(m_analyzeOnImport->isChecked());
    m_importProgress->setFormat(tr("Importing %v of %m"));
    m_importProgress->setRange(0, 0);
    m_importProgress->show();
    m_cancelImport->show();
    return m_import->start(paths);
}

int MainWindow::importPaths(const QStringList &paths)
{
    int imported = 0;
    QEventLoop loop;
    const QMetaObject::Connection done = connect(this, &MainWindow::destroyed, &loop, &QEventLoop::quit);
    if (!startImport(paths))
        return 0;
    connect(
        m_import.get(), &BackgroundImport::finished, &loop,
        [&imported, &loop](const ImportReport &report) {
            imported = report.count(ImportOutcome::Kind::Imported);
            loop.quit();
        },
        Qt::QueuedConnection);
    loop.exec();
    disconnect(done);
    return imported;
}

void MainWindow::importProgressed(int done, int total)
{
    m_importProgress->setRange(0, total);
    m_importProgress->setValue(done);
}

void MainWindow::importFinished(const ImportReport &report)
{
    m_importProgress->hide();
    m_cancelImport->hide();
    qint64 lastImported = 0;
    QStringList problems;
    for (const ImportOutcome &outcome : report.outcomes) {
        if (outcome.kind == ImportOutcome::Kind::Imported)
            lastImported = outcome.sourceId;
        else if (outcome.kind == ImportOutcome::Kind::Failed)
            problems << tr("%1: %2").arg(QDir::toNativeSeparators(outcome.path), outcome.message);
    }
    refreshLibrary(lastImported);
    refreshAfterEntityChange();
    // Show what came in, unless the analyst is already reading something.
    if (lastImported != 0 && m_readerArea && m_readerArea->openSourceIds().isEmpty())
        openSource(lastImported);
    const int imported = report.count(ImportOutcome::Kind::Imported);
    const int duplicates = report.count(ImportOutcome::Kind::Duplicate);
    QString summary = tr("Sources imported: %1.").arg(imported);
    if (duplicates > 0)
        summary += u' ' + tr("Already in the project and not added again: %1.").arg(duplicates);
    if (report.cancelled)
        summary += u' ' + tr("The import was cancelled; the sources imported before that are kept.");
    statusBar()->showMessage(summary, 10000);
    if (!report.storageError.isEmpty()) {
        showError(tr("Import stopped"), tr("The project could not be written: %1").arg(report.storageError));
    } else if (!problems.isEmpty()) {
        showError(tr("Some files were not imported"),
                  summary + u' ' + tr("Files that could not be imported: %1.").arg(problems.size()),
                  problems.join(u'\n'));
    }
}

void MainWindow::pasteAsSource()
{
    if (!m_project)
        return;
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        showError(tr("Nothing to paste"), tr("The clipboard holds no text."));
        return;
    }
    SourceImporter importer(*m_project);
    const ImportOutcome outcome = importer.importText(text);
    if (outcome.kind == ImportOutcome::Kind::Imported) {
        refreshLibrary(outcome.sourceId);
        openSource(outcome.sourceId);
    } else {
        showError(tr("Cannot add the pasted text"), outcome.message);
    }
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
    const int row = m_sources->rowOfSource(sourceId);
    if (row >= 0) {
        const QModelIndex index = m_filter->mapFromSource(m_sources->index(row, 0));
        if (index.isValid())
            m_library->selectionModel()->setCurrentIndex(
                index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    return pane;
}

void MainWindow::openSelectedSources(bool inNewPane)
{
    QList<qint64> ids;
    const QModelIndexList rows = m_library->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(SourceListModel::SourceIdRole).toLongLong();
    if (ids.isEmpty() && m_library->currentIndex().isValid())
        ids << m_library->currentIndex().data(SourceListModel::SourceIdRole).toLongLong();
    // Several selected sources open side by side.
    for (int i = 0; i < ids.size() && i < 3; ++i)
        openSource(ids.at(i), inNewPane || i > 0);
}

void MainWindow::setGradeOfSelectedSources(int grade)
{
    if (!m_project)
        return;
    const QModelIndexList rows = m_library->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_undoStack->beginMacro(tr("Set reliability grade"));
    for (const QModelIndex &row : rows) {
        m_undoStack->push(new SetSourceGradeCommand(*m_project, *m_signals,
                                                    row.data(SourceListModel::SourceIdRole).toLongLong(),
                                                    static_cast<ReliabilityGrade>(grade)));
    }
    m_undoStack->endMacro();
}

bool MainWindow::annotateSelection(const QString &typeName)
{
    ReaderPane *pane = m_readerArea ? m_readerArea->currentPane() : nullptr;
    if (!m_project || !pane || pane->sourceId() == 0)
        return false;
    const auto [start, end] = pane->selection();
    if (end <= start) {
        statusBar()->showMessage(tr("Select the words to mark first, then press P, O, L, T or E."), 6000);
        return false;
    }
    const auto body = m_project->sources().body(pane->sourceId());
    if (!body) {
        showError(tr("Cannot read the source"), body.error().message);
        return false;
    }
    const QString text = body->mid(start, end - start).simplified();
    const auto found = EntityResolver::resolve(m_project->entities(), text, typeName);
    if (!found) {
        showError(tr("Cannot read the entities"), found.error().message);
        return false;
    }
    QList<Entity> candidates;
    for (const Entity &entity : *found) {
        const int row = m_types->rowOfType(entity.typeId);
        if (row >= 0 && m_types->typeAt(row).name.compare(typeName, Qt::CaseInsensitive) == 0)
            candidates << entity;
    }
    qint64 entityId = 0;
    if (candidates.size() == 1) {
        entityId = candidates.first().id;
    } else if (candidates.size() > 1) {
        const std::optional<qint64> chosen = chooseEntity(text, candidates);
        if (!chosen)
            return false;
        entityId = *chosen;
    }
    if (entityId != 0)
        m_undoStack->push(new AddMentionCommand(*m_project, *m_signals, pane->sourceId(), start, end, entityId));
    else
        m_undoStack->push(
            new CreateEntityWithMentionCommand(*m_project, *m_signals, pane->sourceId(), start, end, text, typeName));
    return true;
}

std::optional<qint64> MainWindow::chooseEntity(const QString &text, const QList<Entity> &candidates)
{
    QStringList choices;
    for (const Entity &entity : candidates) {
        choices << (entity.aliases.isEmpty()
                        ? entity.canonicalName
                        : tr("%1 (also: %2)").arg(entity.canonicalName, entity.aliases.join(QStringLiteral(", "))));
    }
    choices << tr("A new entity named \"%1\"").arg(text);
    // Scripted runs cannot answer a dialog: they take the first match.
    if (qEnvironmentVariableIsSet("ANNALIST_NO_DIALOGS"))
        return candidates.first().id;
    bool accepted = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Which Entity?"), tr("\"%1\" could be several entities:").arg(text), choices, 0, false, &accepted);
    if (!accepted)
        return std::nullopt;
    const qsizetype index = choices.indexOf(chosen);
    return index >= 0 && index < candidates.size() ? candidates.at(index).id : 0;
}

qint64 MainWindow::mentionUnderCursor() const
{
    ReaderPane *pane = m_readerArea ? m_readerArea->currentPane() : nullptr;
    return pane ? pane->mentionAtCursor() : 0;
}

void MainWindow::acceptMention(qint64 mentionId)
{
    if (m_project && mentionId != 0)
        m_undoStack->push(
            new SetMentionStatusCommand(*m_project, *m_signals, { mentionId }, Mention::Status::Confirmed));
}

void MainWindow::rejectMention(qint64 mentionId)
{
    if (m_project && mentionId != 0)
        m_undoStack->push(
            new SetMentionStatusCommand(*m_project, *m_signals, { mentionId }, Mention::Status::Rejected));
}

void MainWindow::removeMention(qint64 mentionId)
{
    if (m_project && mentionId != 0)
        m_undoStack->push(new RemoveMentionCommand(*m_project, *m_signals, mentionId));
}

void MainWindow::changeTypeOfMentionEntity(const QString &typeName)
{
    const qint64 mentionId = mentionUnderCursor();
    if (!m_project || mentionId == 0)
        return;
    const auto mention = m_project->mentions().find(mentionId);
    const auto type = m_project->entities().findType(typeName);
    if (!mention || !type)
        return;
    m_undoStack->push(new SetEntityTypeCommand(*m_project, *m_signals, mention->entityId, type->id));
}

void MainWindow::linkMentionToOtherEntity()
{
    const qint64 mentionId = mentionUnderCursor();
    if (!m_project || mentionId == 0) {
        statusBar()->showMessage(tr("Put the cursor on a mention first."), 6000);
        return;
    }
    const auto mention = m_project->mentions().find(mentionId);
    const auto entities = m_project->entities().list();
    if (!mention || !entities)
        return;
    QStringList names;
    QList<qint64> ids;
    for (const Entity &entity : *entities) {
        if (entity.id == mention->entityId)
            continue;
        names << entity.canonicalName;
        ids << entity.id;
    }
    if (names.isEmpty())
        return;
    bool accepted = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Link to Entity"), tr("\"%1\" refers to:").arg(mention->quote), names, 0, false, &accepted);
    if (accepted)
        m_undoStack->push(
            new SetMentionEntityCommand(*m_project, *m_signals, mentionId, ids.value(names.indexOf(chosen))));
}

void MainWindow::markAllOccurrences(bool inAllSources)
{
    ReaderPane *pane = m_readerArea ? m_readerArea->currentPane() : nullptr;
    const qint64 mentionId = mentionUnderCursor();
    qint64 entityId = 0;
    if (m_project && mentionId != 0) {
        if (const auto mention = m_project->mentions().find(mentionId))
            entityId = mention->entityId;
    }
    if (entityId == 0)
        entityId = m_entityDock->selectedEntityId();
    if (!m_project || !pane || entityId == 0) {
        statusBar()->showMessage(tr("Put the cursor on a mention, or select an entity, first."), 6000);
        return;
    }
    QList<qint64> sources;
    if (inAllSources) {
        for (int row = 0; row < m_sources->rowCount(); ++row)
            sources << m_sources->sourceIdAt(row);
    } else {
        sources << pane->sourceId();
    }
    auto *command = new MarkAllOccurrencesCommand(*m_project, *m_signals, entityId, sources);
    m_undoStack->push(command);
    statusBar()->showMessage(tr("Occurrences marked as candidates: %1.").arg(command->addedCount()), 6000);
}

void MainWindow::acceptAllOfEntity()
{
    const qint64 mentionId = mentionUnderCursor();
    qint64 entityId = 0;
    if (m_project && mentionId != 0) {
        if (const auto mention = m_project->mentions().find(mentionId))
            entityId = mention->entityId;
    }
    if (entityId == 0)
        entityId = m_entityDock->selectedEntityId();
    if (!m_project || entityId == 0) {
        statusBar()->showMessage(tr("Put the cursor on a mention, or select an entity, first."), 6000);
        return;
    }
    const auto mentions = m_project->mentions().listForEntity(entityId);
    if (!mentions)
        return;
    QList<qint64> candidates;
    for (const Mention &mention : *mentions) {
        if (mention.status == Mention::Status::Candidate)
            candidates << mention.id;
    }
    if (!candidates.isEmpty())
        m_undoStack->push(new SetMentionStatusCommand(*m_project, *m_signals, candidates, Mention::Status::Confirmed));
    statusBar()->showMessage(tr("Candidates accepted: %1.").arg(candidates.size()), 6000);
}

void MainWindow::analyzeSelectedSources()
{
    if (!m_project)
        return;
    QList<qint64> ids;
    const QModelIndexList rows = m_library->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows)
        ids << row.data(SourceListModel::SourceIdRole).toLongLong();
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("Select the sources to analyse in the library first."), 6000);
        return;
    }
    if (m_analysis && m_analysis->isRunning()) {
        showError(tr("An analysis is running"), tr("Wait for the current analysis to finish, or cancel it."));
        return;
    }
    m_analysis = std::make_unique<BackgroundAnalysis>(*m_project);
    m_analysis->setLearning(m_learnFromDecisions->isChecked());
    connect(m_analysis.get(), &BackgroundAnalysis::progressed, this, &MainWindow::importProgressed);
    connect(
        m_analysis.get(), &BackgroundAnalysis::finished, this,
        [this, ids](const AnalysisSummary &summary, const QString &error) {
            m_importProgress->hide();
            m_cancelImport->hide();
            // Proposals are not undoable edits: the analysis can simply run again.
            for (qint64 id : ids)
                refreshAfterMentionChange(id);
            refreshAfterEntityChange();
            if (!error.isEmpty()) {
                showError(tr("The analysis stopped"), error);
                return;
            }
            statusBar()->showMessage(
                tr("Proposed %1 mentions and %2 time expressions.")
                        .arg(summary.mentionsProposed)
                        .arg(summary.timexesProposed)
                    + (summary.cancelled
                           ? u' '
                               + tr(
                                   "The analysis was cancelled; the sources analysed before that keep their proposals.")
                           : QString()),
                8000);
        });
    m_importProgress->setFormat(tr("Analysing %v of %m"));
    m_importProgress->setRange(0, 0);
    m_importProgress->show();
    m_cancelImport->show();
    m_analysis->start(ids, true);
}

void MainWindow::relearn()
{
    if (!m_project || (m_analysis && m_analysis->isRunning()) || (m_import && m_import->isRunning()))
        return;
    if (m_relearning && m_relearning->isRunning()) {
        m_relearnTimer->start(); // once this run is done
        return;
    }
    // Sources the analyst has not decided anything in yet.
    const auto sources = m_project->sources().list();
    if (!sources)
        return;
    QList<qint64> unreviewed;
    for (const SourceSummary &source : *sources) {
        const auto counts = m_project->mentions().countByStatus(source.id);
        if (counts && counts->value(Mention::Status::Confirmed) == 0 && counts->value(Mention::Status::Rejected) == 0)
            unreviewed << source.id;
    }
    if (unreviewed.isEmpty())
        return;
    m_relearning = std::make_unique<BackgroundAnalysis>(*m_project);
    m_relearning->setLearning(m_learnFromDecisions->isChecked());
    connect(m_relearning.get(), &BackgroundAnalysis::finished, this,
            [this, unreviewed](const AnalysisSummary &summary, const QString &error) {
                if (!error.isEmpty() || summary.sourcesAnalyzed == 0)
                    return;
                for (qint64 id : unreviewed)
                    refreshAfterMentionChange(id);
                refreshAfterEntityChange();
                statusBar()->showMessage(tr("Proposals scored again from your decisions in unreviewed sources: %1.")
                                             .arg(summary.sourcesAnalyzed),
                                         6000);
            });
    // Unchanged sources are skipped: only a change of the decisions or names re-scores them.
    m_relearning->start(unreviewed, false);
}

void MainWindow::refreshLibrary(qint64 selectSourceId)
{
    if (const QString problem = m_sources->reload(m_project ? &m_project->sources() : nullptr); !problem.isEmpty())
        showError(tr("Cannot read the project"), problem);
    if (selectSourceId != 0) {
        const int row = m_sources->rowOfSource(selectSourceId);
        if (row >= 0)
            m_library->setCurrentIndex(m_filter->mapFromSource(m_sources->index(row, 0)));
    }
    updateTitleAndActions();
}

void MainWindow::refreshAfterMentionChange(qint64 sourceId)
{
    if (m_readerArea) {
        for (ReaderPane *pane : m_readerArea->panes()) {
            if (pane->sourceId() == sourceId)
                pane->reloadMentions();
        }
    }
    if (m_project) {
        // An error here must not throw out of an event handler; the counts just stay.
        if (const auto counts = m_project->sources().mentionCounts())
            m_sources->setMentionCounts(*counts);
    }
    m_entityDock->refresh();
    m_mentionsDock->refresh();
    updateTitleAndActions();
}

void MainWindow::refreshAfterEntityChange()
{
    if (m_readerArea) {
        for (ReaderPane *pane : m_readerArea->panes())
            pane->reloadMentions();
    }
    m_types->reload(m_project.get());
    m_entityDock->refresh();
    m_mentionsDock->refresh();
    updateTitleAndActions();
}

void MainWindow::applyTypeVisibility()
{
    if (!m_readerArea)
        return;
    for (ReaderPane *pane : m_readerArea->panes()) {
        for (int row = 0; row < m_types->rowCount(); ++row) {
            const QString name = m_types->typeAt(row).name;
            pane->setTypeVisible(name, m_types->isTypeVisible(name));
        }
    }
    QSettings().setValue(QStringLiteral("reader/hiddenTypes"), m_types->hiddenTypeNames());
}

void MainWindow::rebuildTypeMenu()
{
    m_typeMenu->clear();
    m_changeTypeMenu->clear();
    for (int row = 0; row < m_types->rowCount(); ++row) {
        const EntityType type = m_types->typeAt(row);
        QPixmap swatch(12, 12);
        swatch.fill(type.color);
        QAction *show = m_typeMenu->addAction(QIcon(swatch), type.name);
        show->setCheckable(true);
        show->setChecked(m_types->isTypeVisible(type.name));
        connect(show, &QAction::toggled, this,
                [this, name = type.name](bool on) { m_types->setTypeVisible(name, on); });
        m_changeTypeMenu->addAction(QIcon(swatch), type.name, this,
                                    [this, name = type.name] { changeTypeOfMentionEntity(name); });
    }
}

void MainWindow::wirePane(ReaderPane *pane)
{
    // A key pressed in a pane acts on that pane, whichever was current before.
    connect(pane, &ReaderPane::annotateRequested, this, [this, pane](const QString &typeName) {
        m_readerArea->setCurrentPane(pane);
        annotateSelection(typeName);
    });
    connect(pane, &ReaderPane::acceptRequested, this, &MainWindow::acceptMention);
    connect(pane, &ReaderPane::rejectRequested, this, &MainWindow::rejectMention);
    connect(pane, &ReaderPane::removeRequested, this, &MainWindow::removeMention);
    pane->setContextActions(m_annotationActions);
    pane->setColorThemes(m_themes);
    for (int row = 0; row < m_types->rowCount(); ++row) {
        const QString name = m_types->typeAt(row).name;
        pane->setTypeVisible(name, m_types->isTypeVisible(name));
    }
}

void MainWindow::updateTitleAndActions()
{
    const bool open = m_project != nullptr;
    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(open);
    for (QAction *action : std::as_const(m_annotationActions))
        action->setEnabled(open);
    if (!open) {
        setWindowTitle(tr("Annalist"));
        m_status->setText(tr("No project open. Use File ▸ New Project or File ▸ Open Project."));
        return;
    }
    setWindowTitle(tr("%1 — Annalist").arg(QFileInfo(m_project->path()).completeBaseName()));
    const auto statistics = ProjectStatistics::collect(m_project->database(), m_project->path());
    if (statistics) {
        m_status->setText(tr("Sources: %1 · Entities: %2 · Mentions: %3 · Select text and press P, O, L, T or E")
                              .arg(statistics->sources)
                              .arg(statistics->entities)
                              .arg(statistics->mentions));
    }
}

void MainWindow::saveOpenPanes()
{
    if (!m_project || !m_readerArea)
        return;
    QVariantList ids;
    for (qint64 id : m_readerArea->openSourceIds())
        ids << id;
    QSettings().setValue(QStringLiteral("panes/") + projectKey(m_project->path()), ids);
}

void MainWindow::restoreOpenPanes()
{
    const QVariantList ids = QSettings().value(QStringLiteral("panes/") + projectKey(m_project->path())).toList();
    for (int i = 0; i < ids.size(); ++i) {
        const qint64 id = ids.at(i).toLongLong();
        if (m_sources->rowOfSource(id) >= 0)
            openSource(id, i > 0);
    }
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("projects/recent")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentProjects)
        recent.removeLast();
    settings.setValue(QStringLiteral("projects/recent"), recent);
    settings.setValue(QStringLiteral("projects/last"), path);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("projects/recent")).toStringList();
    for (const QString &path : recent) {
        QAction *action = m_recentMenu->addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openProject(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString &title, const QString &message, const QString &details)
{
    // Tests and scripted runs have nobody to close a dialog.
    if (qEnvironmentVariableIsSet("ANNALIST_NO_DIALOGS")) {
        statusBar()->showMessage(message);
        qWarning("%s: %s %s", qPrintable(title), qPrintable(message), qPrintable(details));
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("projects/last"), m_project ? m_project->path() : QString());
    closeProject();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_project && event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    if (!paths.isEmpty()) {
        event->acceptProposedAction();
        startImport(paths);
    }
}

} // namespace annalist
