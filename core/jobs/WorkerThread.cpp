// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WorkerThread.h"

namespace annalist {

WorkerThread::~WorkerThread()
{
    cancel();
    wait();
}

bool WorkerThread::start(const QString &name, QThread::Priority priority, std::function<void()> job)
{
    if (isRunning())
        return false;
    if (m_thread)
        m_thread->wait();
    m_cancelled = false;
    m_thread.reset(QThread::create(std::move(job)));
    m_thread->setObjectName(name);
    m_thread->start(priority);
    return true;
}

bool WorkerThread::wait(int timeoutMs)
{
    if (!m_thread)
        return true;
    return m_thread->wait(timeoutMs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever) : QDeadlineTimer(timeoutMs));
}

} // namespace annalist
