// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

#include <memory>

class QAction;
class QProgressBar;
class QToolButton;

namespace annalist {

class BackgroundAnalysis;
class BackgroundImport;
class Project;
struct ImportReport;

// Bringing sources in: the File menu's import actions and pasting, and the status
// bar's progress of an import or an analysis running in the background, with its
// Cancel button; it starts the work, follows it and says how it ended. The progress
// is hidden while nothing runs.
class ImportProgress final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportProgress)

public:
    explicit ImportProgress(QWidget *parent = nullptr);
    ~ImportProgress() override;

    // Cancels and waits for any running work before the project changes.
    void setProject(Project *project);

    // Import Files, Import Folder, Paste as New Source (for the File menu).
    QList<QAction *> importActions() const { return m_importActions; }
    // Annotate ▸ Analyse New Sources on Import, remembered.
    QAction *analyzeOnImportAction() const { return m_analyzeOnImport; }

    // Imports in the background; false (after saying why) if an import is running.
    bool startImport(const QStringList &paths);
    // Imports and waits for the end (for scripted use); returns the number imported.
    int importPaths(const QStringList &paths);
    // Analyses the sources in the background: again, or (force false) only where
    // their analysis has not finished.
    bool startAnalysis(const QList<qint64> &sourceIds, bool force = true);
    // Sources whose analysis an earlier session began and never finished get it now
    // (when new sources are analysed on import and the project can be changed).
    bool resumeInterruptedAnalysis();

    QProgressBar *progressBar() const { return m_bar; }

    // Files and folders dropped on `target` are imported (while a project is open).
    void acceptDropsOn(QWidget *target);
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void batchImported();
    // The import ended; lastImported is the last source that came in, or 0.
    void importFinished(qint64 lastImported);
    // A source made of the clipboard's text.
    void sourcePasted(qint64 sourceId);
    void analysisFinished(const QList<qint64> &sourceIds);
    void message(const QString &text, int timeout);
    void errorRaised(const QString &title, const QString &message, const QString &details = {});

private:
    void chooseFiles();
    void chooseFolder();
    void pasteAsSource();
    void showRunning(const QString &format);
    void progressed(int done, int total);
    void finishImport(const ImportReport &report);

    Project *m_project = nullptr;
    std::unique_ptr<BackgroundImport> m_import;
    std::unique_ptr<BackgroundAnalysis> m_analysis;
    QProgressBar *m_bar;
    QToolButton *m_cancel;
    QAction *m_analyzeOnImport;
    QList<QAction *> m_importActions;
};

} // namespace annalist
