// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QSqlDatabase>
#include <QString>

namespace annalist {

// What other clients of a team project change, as the server announces it: every
// committed change names the table it touched (LISTEN/NOTIFY on the channel "annalist").
// Notices arrive through the event loop of the thread that owns the connection. On a
// project file, which one process holds at a time, nothing is ever announced.
class ChangeNotifications final : public QObject
{
    Q_OBJECT

public:
    explicit ChangeNotifications(QSqlDatabase database, QObject *parent = nullptr);
    ~ChangeNotifications() override;

    // Whether the connection can hear announcements at all (a server project).
    bool isListening() const { return m_listening; }

    static constexpr auto channel = "annalist";

signals:
    // A table changed; `self` when this very connection made the change.
    void changed(const QString &table, bool self);

private:
    QSqlDatabase m_database;
    bool m_listening = false;
};

} // namespace annalist
