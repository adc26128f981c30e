// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BackgroundExport.h"

#include "storage/Project.h"

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
    return m_worker.start(QStringLiteral("annalist-export"), QThread::InheritPriority, [this, path, options] {
        BackgroundExportResult result;
        // The connection belongs to the thread that opens it.
        auto worker = m_project.openWorkerConnection();
        if (!worker) {
            result.error = ExportError::failed(worker.error().message);
        } else {
            ChronologyExporter exporter(**worker);
            const auto exported = exporter.exportTo(path, options, [this](int done, int total) {
                emit progressed(done, total);
                return !m_worker.isCancelled();
            });
            if (exported) {
                result.summary = *exported;
                result.succeeded = true;
            } else {
                result.error = exported.error();
            }
        }
        emit finished(result);
    });
}

void BackgroundExport::cancel()
{
    m_worker.cancel();
}

bool BackgroundExport::isRunning() const
{
    return m_worker.isRunning();
}

bool BackgroundExport::wait(int timeoutMs)
{
    return m_worker.wait(timeoutMs);
}

} // namespace annalist
