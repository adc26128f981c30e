#include "MainWindow.h"

#include "SampleProject.h"
#include "SourceReader.h"
#include "ingest/SourceImporter.h"
#include "models/SourceListModel.h"
#include "storage/Project.h"
#include "storage/ProjectStatistics.h"
#include "storage/SourceRepository.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressDialog>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace annalist {

namespace {
constexpr int maxRecentProjects = 8;
const QString projectFilter = QStringLiteral("Annalist projects (*.annalist)");
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_sources(new SourceListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_filterEdit(new QLineEdit(this))
    , m_library(new QTableView(this))
    , m_reader(new SourceReader(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);

    m_filter->setSourceModel(m_sources);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1);
    m_filter->setSortRole(Qt::DisplayRole);

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
    m_library->horizontalHeader()->setSectionResizeMode(SourceListModel::TitleColumn, QHeaderView::Stretch);
    m_library->horizontalHeader()->setSectionResizeMode(SourceListModel::OutletColumn, QHeaderView::ResizeToContents);
    m_library->horizontalHeader()->setSectionResizeMode(SourceListModel::PublishedColumn, QHeaderView::ResizeToContents);
    m_library->horizontalHeader()->setSectionResizeMode(SourceListModel::GradeColumn, QHeaderView::ResizeToContents);
    m_library->horizontalHeader()->setSectionResizeMode(SourceListModel::LengthColumn, QHeaderView::ResizeToContents);
    connect(m_library->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &MainWindow::showSelectedSource);

    auto *libraryPane = new QWidget(this);
    auto *libraryLayout = new QVBoxLayout(libraryPane);
    libraryLayout->setContentsMargins(6, 6, 0, 6);
    libraryLayout->addWidget(m_filterEdit);
    libraryLayout->addWidget(m_library, 1);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(libraryPane);
    splitter->addWidget(m_reader);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    setCentralWidget(splitter);

    statusBar()->addWidget(m_status, 1);
    createActions();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    if (!splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray()))
        splitter->setSizes({width() * 9 / 20, width() * 11 / 20});
    updateTitleAndActions();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Project…"), this, &MainWindow::newProject);
    newAction->setShortcut(QKeySequence::New);
    QAction *openAction = file->addAction(tr("&Open Project…"), this, &MainWindow::chooseProject);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Sample Project"), this, &MainWindow::openSampleProject);
    file->addSeparator();

    QAction *importFiles = file->addAction(tr("&Import Files…"), this, &MainWindow::chooseFilesToImport);
    importFiles->setShortcut(QKeySequence(tr("Ctrl+I")));
    QAction *importFolder = file->addAction(tr("Import &Folder…"), this, &MainWindow::chooseFolderToImport);
    importFolder->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    QAction *paste = file->addAction(tr("&Paste as New Source"), this, &MainWindow::pasteAsSource);
    paste->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    file->addSeparator();
    QAction *closeAction = file->addAction(tr("&Close Project"), this, &MainWindow::closeProject);
    closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    m_projectActions = {importFiles, importFolder, paste, closeAction};

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *filter = view->addAction(tr("&Filter Sources"), this, [this] {
        m_filterEdit->setFocus(Qt::ShortcutFocusReason);
        m_filterEdit->selectAll();
    });
    filter->setShortcut(QKeySequence(tr("Ctrl+L")));

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Annalist"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    rebuildRecentMenu();
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
    rememberRecent(m_project->path());
    refreshLibrary();
    if (m_filter->rowCount() > 0)
        m_library->selectRow(0);
    return true;
}

void MainWindow::closeProject()
{
    m_reader->clear();
    m_sources->reload(nullptr);
    m_project.reset();
    updateTitleAndActions();
}

void MainWindow::newProject()
{
    QString path = QFileDialog::getSaveFileName(this, tr("New Project"), QDir::homePath(), projectFilter);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".annalist");
    if (QFileInfo::exists(path)) {
        showError(tr("Cannot create project"),
                  tr("%1 already exists. Choose another name; Annalist never overwrites a project.").arg(path));
        return;
    }
    auto created = Project::create(path);
    if (!created) {
        showError(tr("Cannot create project"), created.error().message);
        return;
    }
    closeProject();
    m_project = std::move(*created);
    rememberRecent(m_project->path());
    refreshLibrary();
}

void MainWindow::chooseProject()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Project"), QDir::homePath(), projectFilter);
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
    importPaths(files);
}

void MainWindow::chooseFolderToImport()
{
    const QString folder = QFileDialog::getExistingDirectory(
        this, tr("Import Folder"), QSettings().value(QStringLiteral("import/lastFolder"), QDir::homePath()).toString());
    if (folder.isEmpty())
        return;
    QSettings().setValue(QStringLiteral("import/lastFolder"), folder);
    importPaths({folder});
}

int MainWindow::importPaths(const QStringList &paths)
{
    if (!m_project) {
        showError(tr("No project open"), tr("Open or create a project before importing sources."));
        return 0;
    }
    QProgressDialog progress(tr("Importing sources…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    SourceImporter importer(*m_project);
    const ImportReport report = importer.importPaths(paths, [&progress](const QList<ImportOutcome> &, int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    progress.reset();

    qint64 lastImported = 0;
    QStringList problems;
    for (const ImportOutcome &outcome : report.outcomes) {
        if (outcome.kind == ImportOutcome::Kind::Imported)
            lastImported = outcome.sourceId;
        else if (outcome.kind == ImportOutcome::Kind::Failed)
            problems << tr("%1: %2").arg(QDir::toNativeSeparators(outcome.path), outcome.message);
    }
    refreshLibrary(lastImported);

    const int imported = report.count(ImportOutcome::Kind::Imported);
    const int duplicates = report.count(ImportOutcome::Kind::Duplicate);
    QString summary = tr("Sources imported: %1.").arg(imported);
    if (duplicates > 0)
        summary += u' ' + tr("Already in the project and not added again: %1.").arg(duplicates);
    if (report.cancelled)
        summary += u' ' + tr("The import was cancelled; the sources imported before that are kept.");
    statusBar()->showMessage(summary, 8000);
    if (!report.storageError.isEmpty()) {
        showError(tr("Import stopped"), tr("The project could not be written: %1").arg(report.storageError));
    } else if (!problems.isEmpty()) {
        showError(tr("Some files were not imported"),
                  summary + u' ' + tr("Files that could not be imported: %1.").arg(problems.size()), problems.join(u'\n'));
    }
    return imported;
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
    if (outcome.kind == ImportOutcome::Kind::Imported)
        refreshLibrary(outcome.sourceId);
    else
        showError(tr("Cannot add the pasted text"), outcome.message);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Annalist"),
                       tr("<h3>Annalist %1</h3>"
                          "<p>A workbench for analysts who read many news sources about one story and build a "
                          "dated, sourced chronology from them.</p>"
                          "<p>Built with Qt %2, running on Qt %3.</p>"
                          "<p>Optional features: KDE Syntax-Highlighting — not built in.</p>")
                           .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR), QString::fromLatin1(qVersion())));
}

void MainWindow::showSelectedSource()
{
    const QModelIndex current = m_library->currentIndex();
    if (!m_project || !current.isValid()) {
        m_reader->clear();
        return;
    }
    const qint64 id = current.data(SourceListModel::SourceIdRole).toLongLong();
    const auto source = m_project->sources().find(id);
    if (!source) {
        m_reader->clear();
        statusBar()->showMessage(source.error().message, 8000);
        return;
    }
    m_reader->showSource(*source);
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

void MainWindow::updateTitleAndActions()
{
    for (QAction *action : std::as_const(m_projectActions))
        action->setEnabled(m_project != nullptr);
    if (!m_project) {
        setWindowTitle(tr("Annalist"));
        m_status->setText(tr("No project open. Use File ▸ New Project or File ▸ Open Project."));
        return;
    }
    setWindowTitle(tr("%1 — Annalist").arg(QFileInfo(m_project->path()).completeBaseName()));
    const auto statistics = ProjectStatistics::collect(m_project->database(), m_project->path());
    if (statistics) {
        m_status->setText(tr("Sources: %1 · Entities: %2 · Events: %3 · %4")
                              .arg(statistics->sources)
                              .arg(statistics->entities)
                              .arg(statistics->events)
                              .arg(QDir::toNativeSeparators(m_project->path())));
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
    if (auto *splitter = findChild<QSplitter *>(QStringLiteral("mainSplitter")))
        settings.setValue(QStringLiteral("window/splitter"), splitter->saveState());
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
        importPaths(paths);
    }
}

} // namespace annalist
