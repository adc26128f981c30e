// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReadSnapshot.h"

#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace annalist {

ReadSnapshot::ReadSnapshot(const QSqlDatabase &database)
{
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return;
    m_connection = *static_cast<sqlite3 *const *>(handle.constData());
    // A deferred transaction takes its snapshot at the first read.
    m_held = m_connection && sqlite3_get_autocommit(m_connection) != 0
        && sqlite3_exec(m_connection, "BEGIN DEFERRED", nullptr, nullptr, nullptr) == SQLITE_OK;
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_held)
        sqlite3_exec(m_connection, "COMMIT", nullptr, nullptr, nullptr);
}

} // namespace annalist
