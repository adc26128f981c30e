// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QTimer>

namespace annalist {

class ChangeNotifications;
class ProjectSignals;

// Passes what the other analysts of a team project change on to this window's views:
// each table the server announces (ChangeNotifications) becomes the ProjectSignals
// signal its views follow, with 0 for "which one is not known". Notices that arrive
// together (an import, an analysis, a merge) are gathered for a moment and passed on
// once. The connection's own changes are left out: its commands announce them already.
class ServerChangeRelay final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerChangeRelay)

public:
    ServerChangeRelay(QSqlDatabase database, ProjectSignals &projectSignals, QObject *parent = nullptr);
    ~ServerChangeRelay() override;

    // Whether the server announces changes on this connection (a team project).
    bool isListening() const;

    // How long notices are gathered before they are passed on.
    static constexpr int gatherMilliseconds = 150;

signals:
    // Passed on: the tables others changed, once per gathering.
    void relayed(const QStringList &tables);

private:
    void relay();

    ProjectSignals &m_signals;
    ChangeNotifications *m_notifications;
    QSet<QString> m_pending;
    QTimer m_gather;
};

} // namespace annalist
