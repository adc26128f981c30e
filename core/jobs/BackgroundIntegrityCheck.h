// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "WorkerThread.h"

#include <QObject>
#include <QString>

#include <memory>

namespace annalist {

class IntegrityCheck;

// Checks a project file for damage on a thread of its own, with a read-only connection
// of its own, while the window already shows the project (Project::isCheckDeferred).
class BackgroundIntegrityCheck final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundIntegrityCheck)

public:
    explicit BackgroundIntegrityCheck(QObject *parent = nullptr);
    // Stops a running check and waits for it.
    ~BackgroundIntegrityCheck() override;

    // False when a check is already running.
    bool start(const QString &path);
    // Stops the check at once; finished() is not emitted.
    void stop();
    bool isRunning() const;
    bool wait(int timeoutMs = -1);

signals:
    // The damage found, in SQLite's words; empty when the file is sound. `problem` when
    // the check itself could not run.
    void finished(const QString &damage, const QString &problem);

private:
    WorkerThread m_worker;
    std::shared_ptr<IntegrityCheck> m_check; // the running check, one for each start()
};

} // namespace annalist
