// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "WorkerThread.h"

#include "common/StorageError.h"

#include <QObject>
#include <QString>

namespace annalist {

class Project;
class ProjectLocation;

// How a copy in the background ended: what it copied, or why not (cancelled on request
// or failed).
struct BackgroundCopyResult
{
    qint64 rows = 0;
    int tables = 0;
    bool succeeded = false;
    StorageError error;
};

// Copies the project into a new one (ProjectCopy::copyTo) on a thread of its own, with a
// connection of its own to the project, so that the window stays responsive and the copy
// can be cancelled. The project itself is only read.
class BackgroundCopy final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundCopy)

public:
    explicit BackgroundCopy(const Project &project, QObject *parent = nullptr);
    // Cancels a running copy and waits for it.
    ~BackgroundCopy() override;

    // False when a copy is already running.
    bool start(const ProjectLocation &target);
    void cancel();
    bool isRunning() const;
    // Waits until the running copy is over, at most timeoutMs (-1: for ever).
    bool wait(int timeoutMs = -1);

signals:
    void progressed(qint64 done, qint64 total);
    void finished(const annalist::BackgroundCopyResult &result);

private:
    const Project &m_project;
    WorkerThread m_worker;
};

} // namespace annalist

Q_DECLARE_METATYPE(annalist::BackgroundCopyResult)
