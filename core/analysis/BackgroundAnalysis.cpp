#include "BackgroundAnalysis.h"

#include "storage/Project.h"

#include <QThread>

namespace annalist {

BackgroundAnalysis::BackgroundAnalysis(const Project &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
}

BackgroundAnalysis::~BackgroundAnalysis()
{
    cancel();
    wait();
}

bool BackgroundAnalysis::start(const QList<qint64> &sourceIds, bool force)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait();
    m_cancelled = false;
    m_thread.reset(QThread::create([this, sourceIds, force] {
        // The connection belongs to the thread that opens it.
        auto worker = m_project.openWorkerConnection();
        if (!worker) {
            emit finished({}, worker.error().message);
            return;
        }
        ProjectAnalyzer analyzer(**worker);
        const auto summary = analyzer.analyze(sourceIds, force, [this](int done, int total) {
            emit progressed(done, total);
            return !m_cancelled.load();
        });
        if (summary)
            emit finished(*summary, QString());
        else
            emit finished({}, summary.error().message);
    }));
    m_thread->setObjectName(QStringLiteral("annalist-analysis"));
    m_thread->start(QThread::LowPriority);
    return true;
}

void BackgroundAnalysis::cancel()
{
    m_cancelled = true;
}

bool BackgroundAnalysis::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

bool BackgroundAnalysis::wait()
{
    return !m_thread || m_thread->wait();
}

} // namespace annalist
