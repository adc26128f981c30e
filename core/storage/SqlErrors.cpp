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

// PostgreSQL's five-character SQLSTATE, by its class (the first two characters).
StorageError::Code codeForSqlState(const QString &state)
{
    const QStringView kind = QStringView(state).left(2);
    if (kind == u"23") // integrity constraint violation
        return StorageError::Code::Constraint;
    if (kind == u"08" || kind == u"53" || kind == u"58") // connection, resources, system
        return StorageError::Code::Io;
    if (kind == u"XX") // internal error, data corrupted
        return StorageError::Code::Corrupt;
    return StorageError::Code::Database;
}

} // namespace

StorageError sqlError(const QSqlError &error, const QString &doing)
{
    // SQLite reports a number of at most four digits, PostgreSQL a five-character SQLSTATE.
    const QString native = error.nativeErrorCode();
    bool numeric = false;
    const int nativeCode = native.toInt(&numeric);
    StorageError::Code code = StorageError::Code::Database;
    if (native.size() == 5)
        code = codeForSqlState(native);
    else if (numeric)
        code = codeFor(nativeCode);
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
