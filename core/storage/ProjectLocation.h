// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QList>
#include <QPair>
#include <QString>

namespace annalist {

// Where a project lives: a file path, or a database on a PostgreSQL server given as a
// libpq connection URI (postgresql://analyst@host:5432/case?sslmode=verify-full). A URI
// without a password leaves it to libpq: PGPASSWORD, then ~/.pgpass.
class ProjectLocation final
{
public:
    // True for text that is meant as a server URI (postgresql:// or postgres://), even a
    // malformed one: such text is never taken for a file name.
    static bool isServerUri(const QString &text);
    // A path as it is, or a URI read into its parts; a one-line reason for a bad URI.
    static Result<ProjectLocation> parse(const QString &text);
    // A database on a server (a host name, an address or a socket folder), as a form
    // that asks for each part gives it.
    static ProjectLocation forServer(const QString &host, int port, const QString &database, const QString &user,
                                     const QList<QPair<QString, QString>> &options = {});

    bool isServer() const { return m_server; }
    QString path() const { return m_path; }

    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString database() const { return m_database; }
    QString user() const { return m_user; }
    QString password() const { return m_password; }
    void setPassword(const QString &password) { m_password = password; }
    // libpq parameters other than the above (sslmode, connect_timeout …), in URI order.
    QList<QPair<QString, QString>> options() const { return m_options; }

    // The URI without the password, to show and to remember; the path of a file.
    QString displayName() const;
    // "host:port" or the socket folder, to name the server in messages.
    QString serverName() const;
    // The options in the form Qt's PostgreSQL driver takes ("sslmode=require;connect_timeout=10").
    QString connectOptions() const;

private:
    bool m_server = false;
    QString m_path;
    QString m_host;
    int m_port = 5432;
    QString m_database;
    QString m_user;
    QString m_password;
    QList<QPair<QString, QString>> m_options;
};

} // namespace annalist
