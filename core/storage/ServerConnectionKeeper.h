// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QObject>
#include <QTimer>

#include <memory>

class QThread;

namespace annalist {

class Project;
class ProjectSignals;
class ServerChangeRelay;

// Keeps a team project's connection to its server. It checks now and then that the
// server still answers; when it does not (the server restarted, the network dropped), the
// project becomes read-only (Project::isOffline) and a new connection is tried on another
// thread until the server answers again, so that the window never waits on an unreachable
// host. Back online, the project is connected anew and every view is told to read again
// what others may have changed meanwhile. It also passes on the other analysts' changes
// (a ServerChangeRelay on the current connection).
class ServerConnectionKeeper final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnectionKeeper)

public:
    ServerConnectionKeeper(Project &project, ProjectSignals &projectSignals, QObject *parent = nullptr);
    ~ServerConnectionKeeper() override;

    bool isConnected() const { return m_connected; }
    // How often the connection is checked while it is up, and a new one tried while it is down.
    void setIntervals(int checkMilliseconds, int retryMilliseconds);
    // Checks the connection at once (say, after an edit could not be written).
    void checkNow();

    static constexpr int defaultCheckMilliseconds = 2000;
    static constexpr int defaultRetryMilliseconds = 1000;
    // How long one attempt waits for a server that does not answer at all.
    static constexpr int attemptTimeoutSeconds = 3;

signals:
    // The connection is lost for the reason given; the project is read-only until connectionRestored().
    void connectionLost(const QString &reason);
    // Connected again; the views were told to read the project again.
    void connectionRestored();

private:
    void lose(const StorageError &error);
    void attempt();
    void attemptFinished(const Status &reached);
    void announceEverything();

    Project &m_project;
    ProjectSignals &m_signals;
    std::unique_ptr<ServerChangeRelay> m_relay;
    QTimer m_check;
    QTimer m_retry;
    QThread *m_attempt = nullptr;
    bool m_connected = true;
};

} // namespace annalist
