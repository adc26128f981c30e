// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/ChronologyExporter.h"

#include "WorkerThread.h"

#include <QObject>

namespace annalist {

class Project;

// How an export in the background ended: what it wrote, or why not (cancelled on
// request, or failed with a reason to show).
struct BackgroundExportResult
{
    ExportSummary summary;
    bool succeeded = false;
    ExportError error;
};

// Runs ChronologyExporter on a thread of its own, with a connection of its own to the
// project, so that the window stays responsive and the export can be cancelled. A
// cancelled or failed export leaves nothing under the file's name.
class BackgroundExport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundExport)

public:
    explicit BackgroundExport(const Project &project, QObject *parent = nullptr);
    // Cancels a running export and waits for it.
    ~BackgroundExport() override;

    // False when an export is already running.
    bool start(const QString &path, const ExportOptions &options);
    void cancel();
    bool isRunning() const;
    // Waits until the running export is over, at most timeoutMs (-1: for ever).
    bool wait(int timeoutMs = -1);

signals:
    void progressed(int done, int total);
    void finished(const annalist::BackgroundExportResult &result);

private:
    const Project &m_project;
    WorkerThread m_worker;
};

} // namespace annalist

Q_DECLARE_METATYPE(annalist::BackgroundExportResult)
