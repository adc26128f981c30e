// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BackgroundImport.h"

#include "analysis/PendingAnalysis.h"
#include "analysis/ProjectAnalyzer.h"
#include "storage/Project.h"

namespace annalist {

BackgroundImport::BackgroundImport(const Project &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{ }

BackgroundImport::~BackgroundImport()
{
    cancel();
    wait();
}

bool BackgroundImport::start(const QStringList &paths, const SourceImporter::Options &options)
{
    return m_worker.start(QStringLiteral("annalist-import"), QThread::LowPriority, [this, paths, options] {
        ImportReport report;
        // The connection is made here because it belongs to the thread that opens it.
        auto worker = m_project.openWorkerConnection();
        if (!worker) {
            report.storageError = worker.error().message;
        } else {
            SourceImporter importer(**worker, options);
            report = importer.importPaths(paths, [this](const QList<ImportOutcome> &batch, int done, int total) {
                emit batchImported(batch);
                emit progressed(done, total);
                return !m_worker.isCancelled();
            });
            // New sources get their proposals at once, on this thread too, and so do
            // those whose analysis an earlier run never finished.
            const auto toAnalyze = m_analyze && !m_worker.isCancelled()
                ? PendingAnalysis::withPending(**worker, report.importedIds())
                : Result<QList<qint64>>(QList<qint64>());
            if (!toAnalyze) {
                report.storageError = toAnalyze.error().message;
            } else if (!toAnalyze->isEmpty()) {
                ProjectAnalyzer analyzer(**worker);
                const auto analysis
                    = analyzer.analyze(*toAnalyze, false, [this](int, int) { return !m_worker.isCancelled(); });
                if (!analysis)
                    report.storageError = analysis.error().message;
            }
        }
        emit finished(report);
    });
}

void BackgroundImport::cancel()
{
    m_worker.cancel();
}

bool BackgroundImport::isRunning() const
{
    return m_worker.isRunning();
}

bool BackgroundImport::wait(int timeoutMs)
{
    return m_worker.wait(timeoutMs);
}

} // namespace annalist
