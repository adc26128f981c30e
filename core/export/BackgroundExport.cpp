#include "BackgroundExport.h"

#include "storage/Project.h"

#include <QThread>

namespace annalist {

BackgroundExport::BackgroundExport(const Project &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    qRegisterMetaType<BackgroundExportResult>();
}

BackgroundExport::~BackgroundExport()
{
    cancel();
    wait();
}

bool BackgroundExport::start(const QString &path, const ExportOptions &options)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait();
    m_cancelled = false;
    m_thread.reset(QThread::create([this, path, options] {
        BackgroundExportResult result;
        // The connection belongs to the thread that opens it.
        auto worker = m_project.openWorkerConnection();
        if (!worker) {
            result.error = ExportError::failed(worker.error().message);
        } else {
            ChronologyExporter exporter(**worker);
            const auto exported = exporter.exportTo(path, options, [this](int done, int total) {
                emit progressed(done, total);
                return !m_cancelled.load();
            });
            if (exported) {
                result.summary = *exported;
                result.succeeded = true;
            } else {
                result.error = exported.error();
            }
        }
        emit finished(result);
    }));
    m_thread->setObjectName(QStringLiteral("annalist-export"));
    m_thread->start();
    return true;
}

void BackgroundExport::cancel()
{
    m_cancelled = true;
}

bool BackgroundExport::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BackgroundExport::wait(int timeoutMs)
{
    if (!m_thread)
        return true;
    return m_thread->wait(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs));
}

} // namespace annalist
