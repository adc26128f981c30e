// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectLocation.h"

#include <QUrl>
#include <QUrlQuery>

namespace annalist {

namespace {

StorageError badUri(const QString &text, const QString &reason)
{
    return { StorageError::Code::Io,
             QStringLiteral("bad PostgreSQL URI \"%1\": %2 (expected postgresql://user@host:port/database)")
                 .arg(text, reason) };
}

QString withoutPassword(const QString &text)
{
    QUrl url(text);
    if (!url.isValid())
        return text;
    url.setPassword(QString());
    return url.toString();
}

} // namespace

bool ProjectLocation::isServerUri(const QString &text)
{
    return text.startsWith(QLatin1StringView("postgresql://"), Qt::CaseInsensitive)
        || text.startsWith(QLatin1StringView("postgres://"), Qt::CaseInsensitive);
}

Result<ProjectLocation> ProjectLocation::parse(const QString &text)
{
    ProjectLocation location;
    if (!isServerUri(text)) {
        location.m_path = text;
        return location;
    }
    const QString shown = withoutPassword(text);
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid())
        return badUri(shown, url.errorString());
    location.m_server = true;
    location.m_host = url.host();
    location.m_user = url.userName();
    location.m_password = url.password();
    if (url.port() == 0)
        return badUri(shown, QStringLiteral("the port must be a number from 1 to 65535"));
    if (url.port() > 0)
        location.m_port = url.port();
    QString database = url.path();
    if (database.startsWith(u'/'))
        database.remove(0, 1);
    if (database.contains(u'/'))
        return badUri(shown, QStringLiteral("the database name \"%1\" contains a slash").arg(database));
    location.m_database = database;

    static const QStringList known = { QStringLiteral("sslmode"),          QStringLiteral("connect_timeout"),
                                       QStringLiteral("application_name"), QStringLiteral("sslrootcert"),
                                       QStringLiteral("sslcert"),          QStringLiteral("sslkey"),
                                       QStringLiteral("passfile"),         QStringLiteral("target_session_attrs") };
    static const QStringList sslModes
        = { QStringLiteral("disable"), QStringLiteral("allow"),     QStringLiteral("prefer"),
            QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key == QLatin1StringView("host")) {
            location.m_host = value;
        } else if (key == QLatin1StringView("port")) {
            bool numeric = false;
            const int port = value.toInt(&numeric);
            if (!numeric || port < 1 || port > 65535)
                return badUri(shown, QStringLiteral("the port must be a number from 1 to 65535"));
            location.m_port = port;
        } else if (key == QLatin1StringView("user")) {
            location.m_user = value;
        } else if (key == QLatin1StringView("dbname")) {
            location.m_database = value;
        } else if (key == QLatin1StringView("password")) {
            location.m_password = value;
        } else if (known.contains(key)) {
            if (key == QLatin1StringView("sslmode") && !sslModes.contains(value))
                return badUri(shown,
                              QStringLiteral("sslmode \"%1\" is not one of %2").arg(value, sslModes.join(u", ")));
            location.m_options.append({ key, value });
        } else {
            return badUri(shown, QStringLiteral("unknown parameter \"%1\"").arg(key));
        }
    }
    if (location.m_database.isEmpty())
        return badUri(shown, QStringLiteral("it names no database"));
    return location;
}

ProjectLocation ProjectLocation::forServer(const QString &host, int port, const QString &database, const QString &user,
                                           const QList<QPair<QString, QString>> &options)
{
    ProjectLocation location;
    location.m_server = true;
    location.m_host = host;
    location.m_port = port;
    location.m_database = database;
    location.m_user = user;
    location.m_options = options;
    return location;
}

QString ProjectLocation::displayName() const
{
    if (!m_server)
        return m_path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(m_user);
    const bool socket = m_host.startsWith(u'/');
    if (!socket)
        url.setHost(m_host);
    url.setPort(m_port);
    url.setPath(u'/' + m_database);
    QUrlQuery query;
    if (socket)
        query.addQueryItem(QStringLiteral("host"), m_host);
    for (const auto &[key, value] : m_options)
        query.addQueryItem(key, value);
    url.setQuery(query);
    return url.toString();
}

QString ProjectLocation::serverName() const
{
    const QString host = m_host.isEmpty() ? QStringLiteral("localhost") : m_host;
    return QStringLiteral("%1:%2").arg(host).arg(m_port);
}

QString ProjectLocation::connectOptions() const
{
    QStringList options;
    for (const auto &[key, value] : m_options)
        options.append(key + u'=' + value);
    return options.join(u';');
}

} // namespace annalist
