// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReadSnapshot.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QVariant>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace annalist {

ReadSnapshot::ReadSnapshot(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid())
        return;
    if (qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_connection = *static_cast<sqlite3 *const *>(handle.constData());
        // A deferred transaction takes its snapshot at the first read.
        m_held = m_connection && sqlite3_get_autocommit(m_connection) != 0
            && sqlite3_exec(m_connection, "BEGIN DEFERRED", nullptr, nullptr, nullptr) == SQLITE_OK;
    } else if (qstrcmp(handle.typeName(), "pg_conn*") == 0) {
        // On a server, a repeatable-read transaction sees the state at its first read; as
        // on SQLite, a write inside it is kept and committed with it.
        PGconn *connection = *static_cast<PGconn *const *>(handle.constData()); // Qt names the type pg_conn*
        if (!connection || PQtransactionStatus(connection) != PQTRANS_IDLE)
            return;
        m_server = database;
        QSqlQuery begin(m_server);
        m_held = begin.exec(QStringLiteral("START TRANSACTION ISOLATION LEVEL REPEATABLE READ"));
    }
}

ReadSnapshot::~ReadSnapshot()
{
    if (!m_held)
        return;
    if (m_connection) {
        sqlite3_exec(m_connection, "COMMIT", nullptr, nullptr, nullptr);
    } else {
        QSqlQuery end(m_server);
        end.exec(QStringLiteral("COMMIT"));
    }
}

} // namespace annalist
