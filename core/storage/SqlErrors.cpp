// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SqlErrors.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace annalist {

namespace {

// Primary SQLite result codes (the low byte of an extended code).
constexpr int sqliteIoErr = 10;
constexpr int sqliteCorrupt = 11;
constexpr int sqliteFull = 13;
constexpr int sqliteCantOpen = 14;
constexpr int sqliteConstraint = 19;
constexpr int sqliteNotADb = 26;

StorageError::Code codeFor(int nativeCode)
{
    switch (nativeCode & 0xff) {
    case sqliteIoErr:
    case sqliteFull:
    case sqliteCantOpen:
        return StorageError::Code::Io;
    case sqliteCorrupt:
        return StorageError::Code::Corrupt;
    case sqliteNotADb:
        return StorageError::Code::NotAProject;
    case sqliteConstraint:
        return StorageError::Code::Constraint;
    default:
        return StorageError::Code::Database;
    }
}

} // namespace

StorageError sqlError(const QSqlError &error, const QString &doing)
{
    bool numeric = false;
    const int nativeCode = error.nativeErrorCode().toInt(&numeric);
    const StorageError::Code code = numeric ? codeFor(nativeCode) : StorageError::Code::Database;
    QString reason = error.databaseText();
    if (reason.isEmpty())
        reason = error.driverText();
    if (reason.isEmpty())
        reason = QStringLiteral("unknown database error");
    return StorageError { code, QStringLiteral("could not %1: %2").arg(doing, reason) };
}

StorageError sqlError(const QSqlQuery &query, const QString &doing)
{
    return sqlError(query.lastError(), doing);
}

StorageError sqlError(const QSqlDatabase &database, const QString &doing)
{
    return sqlError(database.lastError(), doing);
}

} // namespace annalist
