#include "BackgroundImport.h"

#include "analysis/ProjectAnalyzer.h"
#include "storage/Project.h"

#include <QThread>

namespace annalist {

BackgroundImport::BackgroundImport(const Project &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
}

BackgroundImport::~BackgroundImport()
{
    cancel();
    wait();
}

bool BackgroundImport::start(const QStringList &paths, const SourceImporter::Options &options)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait();
    m_cancelled = false;
    m_thread.reset(QThread::create([this, paths, options] {
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
                return !m_cancelled.load();
            });
            // New sources get their proposals at once, on this thread too.
            const QList<qint64> imported = report.importedIds();
            if (m_analyze && !imported.isEmpty() && !m_cancelled.load()) {
                ProjectAnalyzer analyzer(**worker);
                const auto analysis = analyzer.analyze(imported, false, [this](int, int) { return !m_cancelled.load(); });
                if (!analysis)
                    report.storageError = analysis.error().message;
            }
        }
        emit finished(report);
    }));
    m_thread->setObjectName(QStringLiteral("annalist-import"));
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackgroundImport::cancel()
{
    m_cancelled = true;
}

bool BackgroundImport::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BackgroundImport::wait(int timeoutMs)
{
    if (!m_thread)
        return true;
    return m_thread->wait(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs));
}

} // namespace annalist
