// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestServer.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUrlQuery>

namespace annalist::test {

namespace {

QHash<QString, QString> readState()
{
    QHash<QString, QString> values;
    QFile file(qEnvironmentVariable("ANNALIST_TEST_POSTGRES"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return values;
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        const qsizetype equals = line.indexOf(u'=');
        if (equals > 0)
            values.insert(line.left(equals), line.mid(equals + 1));
    }
    return values;
}

const QHash<QString, QString> &state()
{
    static const QHash<QString, QString> values = readState();
    return values;
}

} // namespace

bool TestServer::backendIsPostgreSql()
{
    return qEnvironmentVariable("ANNALIST_TEST_BACKEND") == QLatin1StringView("postgresql");
}

bool TestServer::isAvailable()
{
    return state().contains(QStringLiteral("port"));
}

QString TestServer::host()
{
    return state().value(QStringLiteral("host"));
}

int TestServer::port()
{
    return state().value(QStringLiteral("port")).toInt();
}

QString TestServer::socketDirectory()
{
    return state().value(QStringLiteral("socket"));
}

QString TestServer::adminUser()
{
    return state().value(QStringLiteral("user"));
}

QString TestServer::adminPassword()
{
    return state().value(QStringLiteral("password"));
}

QString TestServer::adminUri(const QString &database)
{
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(adminUser());
    url.setPort(port());
    url.setPath(u'/' + database);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("host"), socketDirectory());
    url.setQuery(query);
    return url.toString();
}

QString TestServer::userName(const QString &name)
{
    return QStringLiteral("%1_%2").arg(name).arg(QCoreApplication::applicationPid());
}

bool TestServer::createUser(const QString &name)
{
    return exec(QStringLiteral("postgres"), QStringLiteral("CREATE ROLE %1 LOGIN").arg(userName(name)));
}

void TestServer::dropUser(const QString &name)
{
    exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(userName(name)));
}

QString TestServer::userUri(const QString &database, const QString &name)
{
    QUrl url(adminUri(database));
    url.setUserName(userName(name));
    return url.toString();
}

bool TestServer::exec(const QString &database, const QString &sql)
{
    static QAtomicInt counter;
    const QString connection = QStringLiteral("annalist-test-admin-%1").arg(counter.fetchAndAddOrdered(1));
    bool done = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(socketDirectory());
        db.setPort(port());
        db.setUserName(adminUser());
        db.setDatabaseName(database);
        if (!db.open()) {
            qWarning("cannot connect to the test server: %s", qPrintable(db.lastError().text()));
        } else {
            QSqlQuery query(db);
            done = query.exec(sql);
            if (!done)
                qWarning("%s: %s", qPrintable(sql), qPrintable(query.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}

QString TestServer::createDatabase()
{
    static int counter = 0;
    const QString name = QStringLiteral("test_%1_%2_%3")
                             .arg(QCoreApplication::applicationName().toLower().remove(u'-'))
                             .arg(QCoreApplication::applicationPid())
                             .arg(++counter);
    if (!exec(QStringLiteral("postgres"), QStringLiteral("CREATE DATABASE %1").arg(name)))
        return {};
    return name;
}

void TestServer::dropDatabase(const QString &name)
{
    exec(QStringLiteral("postgres"), QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(name));
}

} // namespace annalist::test
