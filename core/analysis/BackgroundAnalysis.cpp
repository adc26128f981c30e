// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BackgroundAnalysis.h"

#include "storage/Project.h"

namespace annalist {

BackgroundAnalysis::BackgroundAnalysis(const Project &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{ }

BackgroundAnalysis::~BackgroundAnalysis()
{
    cancel();
    wait();
}

bool BackgroundAnalysis::start(const QList<qint64> &sourceIds, bool force)
{
    return m_worker.start(QStringLiteral("annalist-analysis"), QThread::LowPriority,
                          [this, sourceIds, force, learning = m_learning] {
                              // The connection belongs to the thread that opens it.
                              auto worker = m_project.openWorkerConnection();
                              if (!worker) {
                                  emit finished({}, worker.error().message);
                                  return;
                              }
                              ProjectAnalyzer analyzer(**worker);
                              analyzer.setLearning(learning);
                              const auto summary = analyzer.analyze(sourceIds, force, [this](int done, int total) {
                                  emit progressed(done, total);
                                  return !m_worker.isCancelled();
                              });
                              if (summary)
                                  emit finished(*summary, QString());
                              else
                                  emit finished({}, summary.error().message);
                          });
}

void BackgroundAnalysis::cancel()
{
    m_worker.cancel();
}

bool BackgroundAnalysis::isRunning() const
{
    return m_worker.isRunning();
}

bool BackgroundAnalysis::wait()
{
    return m_worker.wait();
}

} // namespace annalist
