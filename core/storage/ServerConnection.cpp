// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ServerConnection.h"

#include "ProjectLocation.h"
#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace annalist {

Status ServerConnection::open(QSqlDatabase &database, const ProjectLocation &location, int timeoutSeconds)
{
    database.setHostName(location.host());
    database.setPort(location.port());
    database.setDatabaseName(location.database());
    database.setUserName(location.user());
    database.setPassword(location.password());
    QString options = location.connectOptions();
    if (!options.contains(QLatin1StringView("connect_timeout=")))
        options += (options.isEmpty() ? QString() : QStringLiteral(";"))
            + QStringLiteral("connect_timeout=%1").arg(timeoutSeconds);
    if (!options.contains(QLatin1StringView("application_name=")))
        options += QStringLiteral(";application_name=annalist");
    database.setConnectOptions(options);
    if (!database.open())
        return connectionError(database.lastError(), location);
    QSqlQuery query(database);
    // Notices (an index that already exists …) are of no use to anyone reading Annalist's output.
    if (!query.exec(QStringLiteral("SET client_min_messages = warning")))
        return sqlError(query, QStringLiteral("prepare the connection to %1").arg(location.serverName()));
    return ok();
}

Status ServerConnection::probe(const ProjectLocation &location, int timeoutSeconds)
{
    static QAtomicInt probes;
    const QString name = QStringLiteral("annalist-probe-%1").arg(probes.fetchAndAddRelaxed(1));
    Status reached = ok();
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(SqlDialect::postgreSql().driverName(), name);
        reached = open(database, location, timeoutSeconds);
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return reached;
}

StorageError ServerConnection::connectionError(const QSqlError &error, const ProjectLocation &location)
{
    const QString text = error.databaseText().isEmpty() ? error.driverText() : error.databaseText();
    const QString server = location.serverName();
    const QString user = location.user().isEmpty() ? QStringLiteral("(the login name)") : location.user();
    const auto has = [&text](const char *words) {
        return text.contains(QLatin1StringView(words));
    };
    if (has("password authentication failed"))
        return { StorageError::Code::Database,
                 QStringLiteral("the server %1 refused the password of user %2").arg(server, user) };
    if (has("no password supplied"))
        return { StorageError::Code::Database,
                 QStringLiteral("the server %1 asks for the password of user %2 and none was given (PGPASSWORD, "
                                "~/.pgpass or the URI)")
                     .arg(server, user) };
    if (has("role") && has("does not exist"))
        return { StorageError::Code::Database, QStringLiteral("the server %1 has no user %2").arg(server, user) };
    if (has("database") && has("does not exist"))
        return { StorageError::Code::NotFound,
                 QStringLiteral("the server %1 has no database %2").arg(server, location.database()) };
    if (has("Connection refused") || has("No such file or directory") || has("could not translate host name")
        || has("timeout expired") || has("Network is unreachable") || has("No route to host"))
        return { StorageError::Code::Io,
                 QStringLiteral("cannot reach the PostgreSQL server %1: is it running, and is the address right?")
                     .arg(server) };
    if (has("server closed the connection") || has("no connection to the server") || has("terminating connection")
        || has("connection to server was lost") || has("could not send data to server")
        || has("could not receive data from server"))
        return { StorageError::Code::Io,
                 QStringLiteral("the connection to the PostgreSQL server %1 was lost").arg(server) };
    if (has("permission denied") || has("no pg_hba.conf entry"))
        return { StorageError::Code::Database,
                 QStringLiteral("the server %1 does not let user %2 into the database %3")
                     .arg(server, user, location.database()) };
    QString reason = text.simplified();
    if (reason.isEmpty())
        reason = QStringLiteral("unknown error");
    return { StorageError::Code::Database,
             QStringLiteral("could not connect to the PostgreSQL server %1: %2").arg(server, reason) };
}

bool ServerConnection::isRefusedLogin(const StorageError &error)
{
    return error.message.contains(QLatin1StringView(" the password of user "));
}

Result<int> ServerConnection::tableCount(const QSqlDatabase &database)
{
    QSqlQuery query(database);
    if (!query.exec(
            QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()"))
        || !query.next())
        return sqlError(query, QStringLiteral("list the tables of the database"));
    return query.value(0).toInt();
}

} // namespace annalist
