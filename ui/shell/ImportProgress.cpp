// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportProgress.h"

#include "analysis/PendingAnalysis.h"
#include "ingest/SourceImporter.h"
#include "jobs/BackgroundAnalysis.h"
#include "jobs/BackgroundImport.h"
#include "storage/Project.h"
#include "ui/settings/Settings.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QEventLoop>
#include <QFileDialog>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QMimeData>
#include <QProgressBar>
#include <QToolButton>

namespace annalist {

ImportProgress::ImportProgress(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QToolButton(this))
    , m_analyzeOnImport(new QAction(tr("Analyse New Sources on &Import"), this))
{
    auto *files = new QAction(tr("&Import Files…"), this);
    files->setShortcut(QKeySequence(tr("Ctrl+I")));
    connect(files, &QAction::triggered, this, &ImportProgress::chooseFiles);
    auto *folder = new QAction(tr("Import &Folder…"), this);
    folder->setShortcut(QKeySequence(tr("Ctrl+Shift+I")));
    connect(folder, &QAction::triggered, this, &ImportProgress::chooseFolder);
    auto *paste = new QAction(tr("&Paste as New Source"), this);
    paste->setShortcut(QKeySequence(tr("Ctrl+Shift+V")));
    connect(paste, &QAction::triggered, this, &ImportProgress::pasteAsSource);
    m_importActions = { files, folder, paste };
    m_analyzeOnImport->setCheckable(true);
    m_analyzeOnImport->setChecked(Settings::value(SettingKeys::analyzeOnImport()));
    connect(m_analyzeOnImport, &QAction::toggled, this,
            [](bool on) { Settings::setValue(SettingKeys::analyzeOnImport(), on); });

    setObjectName(QStringLiteral("importProgress"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar);
    layout->addWidget(m_cancel);
    m_bar->setFormat(tr("Importing %v of %m"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop the import; the sources imported so far are kept."));
    connect(m_cancel, &QToolButton::clicked, this, [this] {
        if (m_import)
            m_import->cancel();
        if (m_analysis)
            m_analysis->cancel();
    });
    hide();
}

ImportProgress::~ImportProgress()
{
    setProject(nullptr);
}

void ImportProgress::setProject(Project *project)
{
    if (m_import) {
        m_import->cancel();
        m_import->wait();
        m_import.reset();
    }
    m_analysis.reset(); // cancels and waits
    m_project = project;
    hide();
}

void ImportProgress::showRunning(const QString &format)
{
    m_bar->setFormat(format);
    m_bar->setRange(0, 0);
    // Wide enough for the words with the largest counts the work can reach.
    const QString widest = QString(format)
                               .replace(QStringLiteral("%v"), QStringLiteral("8888"))
                               .replace(QStringLiteral("%m"), QStringLiteral("8888"));
    m_bar->setMinimumWidth(m_bar->fontMetrics().horizontalAdvance(widest)
                           + 4 * m_bar->fontMetrics().averageCharWidth());
    show();
}

void ImportProgress::progressed(int done, int total)
{
    m_bar->setRange(0, total);
    m_bar->setValue(done);
}

void ImportProgress::chooseFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        parentWidget(), tr("Import Files"), Settings::value(SettingKeys::importFolder()),
        tr("News sources (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)"));
    if (files.isEmpty())
        return;
    Settings::setValue(SettingKeys::importFolder(), QFileInfo(files.first()).absolutePath());
    startImport(files);
}

void ImportProgress::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(parentWidget(), tr("Import Folder"),
                                                             Settings::value(SettingKeys::importFolder()));
    if (folder.isEmpty())
        return;
    Settings::setValue(SettingKeys::importFolder(), folder);
    startImport({ folder });
}

void ImportProgress::pasteAsSource()
{
    if (!m_project)
        return;
    const QString text = QGuiApplication::clipboard()->text();
    if (text.trimmed().isEmpty()) {
        emit errorRaised(tr("Nothing to paste"), tr("The clipboard holds no text."));
        return;
    }
    SourceImporter importer(*m_project);
    const ImportOutcome outcome = importer.importText(text);
    if (outcome.kind == ImportOutcome::Kind::Imported)
        emit sourcePasted(outcome.sourceId);
    else
        emit errorRaised(tr("Cannot add the pasted text"), outcome.message);
}

bool ImportProgress::startImport(const QStringList &paths)
{
    if (!m_project) {
        emit errorRaised(tr("No project open"), tr("Open or create a project before importing sources."));
        return false;
    }
    if (m_import && m_import->isRunning()) {
        emit errorRaised(tr("An import is running"),
                         tr("Wait for the current import to finish, or cancel it, before starting another."));
        return false;
    }
    m_import = std::make_unique<BackgroundImport>(*m_project);
    connect(m_import.get(), &BackgroundImport::progressed, this, &ImportProgress::progressed);
    connect(m_import.get(), &BackgroundImport::batchImported, this, &ImportProgress::batchImported);
    connect(m_import.get(), &BackgroundImport::finished, this, &ImportProgress::finishImport);
    m_import->setAnalyzeImported(m_analyzeOnImport->isChecked());
    showRunning(tr("Importing %v of %m"));
    return m_import->start(paths);
}

int ImportProgress::importPaths(const QStringList &paths)
{
    int imported = 0;
    QEventLoop loop;
    const QMetaObject::Connection done = connect(this, &ImportProgress::destroyed, &loop, &QEventLoop::quit);
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

void ImportProgress::finishImport(const ImportReport &report)
{
    hide();
    qint64 lastImported = 0;
    QStringList problems;
    for (const ImportOutcome &outcome : report.outcomes) {
        if (outcome.kind == ImportOutcome::Kind::Imported)
            lastImported = outcome.sourceId;
        else if (outcome.kind == ImportOutcome::Kind::Failed)
            problems << tr("%1: %2").arg(QDir::toNativeSeparators(outcome.path), outcome.message);
    }
    emit importFinished(lastImported);
    const int imported = report.count(ImportOutcome::Kind::Imported);
    const int duplicates = report.count(ImportOutcome::Kind::Duplicate);
    QString summary = tr("Sources imported: %1.").arg(imported);
    if (duplicates > 0)
        summary += u' ' + tr("Already in the project and not added again: %1.").arg(duplicates);
    if (report.cancelled)
        summary += u' ' + tr("The import was cancelled; the sources imported before that are kept.");
    emit message(summary, 10000);
    if (!report.storageError.isEmpty()) {
        emit errorRaised(tr("Import stopped"), tr("The project could not be written: %1").arg(report.storageError));
    } else if (!problems.isEmpty()) {
        emit errorRaised(tr("Some files were not imported"),
                         summary + u' ' + tr("Files that could not be imported: %1.").arg(problems.size()),
                         problems.join(u'\n'));
    }
}

bool ImportProgress::startAnalysis(const QList<qint64> &ids, bool force)
{
    if (!m_project)
        return false;
    if (ids.isEmpty()) {
        emit message(tr("Select the sources to analyse in the library first."), 6000);
        return false;
    }
    if (m_analysis && m_analysis->isRunning()) {
        emit errorRaised(tr("An analysis is running"), tr("Wait for the current analysis to finish, or cancel it."));
        return false;
    }
    m_analysis = std::make_unique<BackgroundAnalysis>(*m_project);
    connect(m_analysis.get(), &BackgroundAnalysis::progressed, this, &ImportProgress::progressed);
    connect(m_analysis.get(), &BackgroundAnalysis::finished, this,
            [this, ids](const AnalysisSummary &summary, const QString &error) {
                hide();
                // Proposals are not undoable edits: the analysis can simply run again.
                emit analysisFinished(ids);
                if (!error.isEmpty()) {
                    emit errorRaised(tr("The analysis stopped"), error);
                    return;
                }
                QString text = tr("Proposed %1 mentions and %2 time expressions.")
                                   .arg(summary.mentionsProposed)
                                   .arg(summary.timexesProposed);
                if (summary.cancelled)
                    text += u' '
                        + tr("The analysis was cancelled; the sources analysed before that keep their proposals.");
                emit message(text, 8000);
            });
    showRunning(tr("Analysing %v of %m"));
    return m_analysis->start(ids, force);
}

bool ImportProgress::resumeInterruptedAnalysis()
{
    if (!m_project || m_project->isReadOnly() || !m_analyzeOnImport->isChecked())
        return false;
    const auto pending = PendingAnalysis::interrupted(*m_project);
    if (!pending) {
        emit errorRaised(tr("Cannot tell which sources still need analysis"), pending.error().message);
        return false;
    }
    return !pending->isEmpty() && startAnalysis(*pending, false);
}

void ImportProgress::acceptDropsOn(QWidget *target)
{
    target->setAcceptDrops(true);
    target->installEventFilter(this);
}

bool ImportProgress::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::DragEnter) {
        auto *drag = static_cast<QDragEnterEvent *>(event);
        if (m_project && drag->mimeData()->hasUrls())
            drag->acceptProposedAction();
        return true;
    }
    if (event->type() == QEvent::Drop) {
        auto *drop = static_cast<QDropEvent *>(event);
        QStringList paths;
        for (const QUrl &url : drop->mimeData()->urls()) {
            if (url.isLocalFile())
                paths << url.toLocalFile();
        }
        if (!paths.isEmpty()) {
            drop->acceptProposedAction();
            startImport(paths);
        }
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace annalist
