// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ServerConnectionKeeper.h"

#include "Project.h"
#include "ProjectSignals.h"
#include "ServerChangeRelay.h"
#include "ServerConnection.h"

#include <QThread>

namespace annalist {

ServerConnectionKeeper::ServerConnectionKeeper(Project &project, ProjectSignals &projectSignals, QObject *parent)
    : QObject(parent)
    , m_project(project)
    , m_signals(projectSignals)
    , m_relay(std::make_unique<ServerChangeRelay>(project.database(), projectSignals))
{
    m_check.setInterval(defaultCheckMilliseconds);
    m_retry.setInterval(defaultRetryMilliseconds);
    m_retry.setSingleShot(true);
    connect(&m_check, &QTimer::timeout, this, &ServerConnectionKeeper::checkNow);
    connect(&m_retry, &QTimer::timeout, this, &ServerConnectionKeeper::attempt);
    // An edit that could not be written may be the first sign of a lost connection.
    connect(&m_signals, &ProjectSignals::errorOccurred, this, [this] {
        if (m_connected)
            QTimer::singleShot(0, this, &ServerConnectionKeeper::checkNow);
    });
    if (m_project.isOnServer())
        m_check.start();
}

ServerConnectionKeeper::~ServerConnectionKeeper()
{
    if (m_attempt) {
        // At most one attempt's timeout.
        m_attempt->wait();
        delete m_attempt;
    }
}

void ServerConnectionKeeper::setIntervals(int checkMilliseconds, int retryMilliseconds)
{
    m_check.setInterval(checkMilliseconds);
    m_retry.setInterval(retryMilliseconds);
}

void ServerConnectionKeeper::checkNow()
{
    if (!m_connected || !m_project.isOnServer())
        return;
    if (Status answered = m_project.checkConnection(); !answered)
        lose(answered.error());
}

void ServerConnectionKeeper::lose(const StorageError &error)
{
    m_connected = false;
    m_check.stop();
    m_relay.reset();
    m_project.setOffline(
        QStringLiteral("%1; Annalist reconnects by itself, and until then nothing can be changed").arg(error.message));
    emit connectionLost(error.message);
    m_retry.start();
}

void ServerConnectionKeeper::attempt()
{
    if (m_attempt || m_connected)
        return;
    auto reached = std::make_shared<Status>(ok());
    m_attempt = QThread::create([location = m_project.location(), reached] {
        *reached = ServerConnection::probe(location, attemptTimeoutSeconds);
    });
    connect(m_attempt, &QThread::finished, this, [this, reached] {
        m_attempt->deleteLater();
        m_attempt = nullptr;
        attemptFinished(*reached);
    });
    m_attempt->start();
}

void ServerConnectionKeeper::attemptFinished(const Status &reached)
{
    // The server answers a new connection: this one is made anew, here, where it belongs.
    if (!reached || !m_project.reconnect()) {
        m_retry.start();
        return;
    }
    m_connected = true;
    m_relay = std::make_unique<ServerChangeRelay>(m_project.database(), m_signals);
    m_check.start();
    announceEverything();
    emit connectionRestored();
}

void ServerConnectionKeeper::announceEverything()
{
    // Nobody heard what the others changed while the connection was down.
    emit m_signals.sourcesChanged();
    emit m_signals.entitiesChanged();
    emit m_signals.mentionsChanged(0);
    emit m_signals.timexesChanged(0);
    emit m_signals.eventsChanged(0);
    emit m_signals.evidenceChanged(0);
    emit m_signals.annotationsChanged(0);
}

} // namespace annalist
