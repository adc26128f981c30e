// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BackgroundCopy.h"

#include "storage/Project.h"
#include "storage/ProjectCopy.h"
#include "storage/ProjectLocation.h"

namespace annalist {

BackgroundCopy::BackgroundCopy(const Project &project, QObject *parent)
    : QObject(parent)
    , m_project(project)
{
    qRegisterMetaType<BackgroundCopyResult>();
}

BackgroundCopy::~BackgroundCopy()
{
    cancel();
    wait();
}

bool BackgroundCopy::start(const ProjectLocation &target)
{
    return m_worker.start(QStringLiteral("annalist-copy"), QThread::InheritPriority, [this, target] {
        BackgroundCopyResult result;
        // The connections belong to the thread that opens them; a file is read without
        // taking its lock, beside the window that holds it.
        auto source
            = m_project.isOnServer() ? m_project.openWorkerConnection() : Project::openReadOnly(m_project.path());
        if (!source) {
            result.error = source.error();
        } else {
            const auto copied = ProjectCopy::copyTo(**source, target, [this](qint64 done, qint64 total) {
                emit progressed(done, total);
                return !m_worker.isCancelled();
            });
            if (copied) {
                result.rows = copied->rows;
                result.tables = copied->tables;
                result.succeeded = true;
            } else {
                result.error = copied.error();
            }
        }
        emit finished(result);
    });
}

void BackgroundCopy::cancel()
{
    m_worker.cancel();
}

bool BackgroundCopy::isRunning() const
{
    return m_worker.isRunning();
}

bool BackgroundCopy::wait(int timeoutMs)
{
    return m_worker.wait(timeoutMs);
}

} // namespace annalist
