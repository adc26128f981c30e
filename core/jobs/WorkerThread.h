// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace annalist {

// One job at a time on a thread of its own, which the job is asked to stop by a flag
// it reads between steps. The background import, analysis and export each run on one.
// The owner cancels and waits before it goes, since the job refers to it.
class WorkerThread final
{
public:
    WorkerThread() = default;
    // Cancels a running job and waits for it.
    ~WorkerThread();
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    // Runs the job on a new thread of that name; false while a job is running.
    bool start(const QString &name, QThread::Priority priority, std::function<void()> job);
    void cancel() { m_cancelled = true; }
    // Whether the running job was asked to stop; the job polls it.
    bool isCancelled() const { return m_cancelled.load(); }
    bool isRunning() const { return m_thread && m_thread->isRunning(); }
    // Waits until the job is over, at most timeoutMs (-1: for ever); true when it is.
    bool wait(int timeoutMs = -1);

private:
    std::unique_ptr<QThread> m_thread;
    std::atomic<bool> m_cancelled { false };
};

} // namespace annalist
