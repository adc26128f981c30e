// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/StorageError.h"
#include "model/TimeValue.h"

#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlQuery;

struct sqlite3;
struct sqlite3_stmt;

namespace annalist {

// A prepared read straight on SQLite's C API, on the connection of a QSqlDatabase, for
// reads of hundreds of thousands of values: QSqlQuery makes a QVariant of every value
// of every row, which costs several times what SQLite takes to find them. On another
// database (a project on a PostgreSQL server) the same calls go through a QSqlQuery.
class SqliteStatement final
{
public:
    explicit SqliteStatement(const QSqlDatabase &database);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Replaces the statement before; false when the SQL does not compile.
    bool prepare(const QString &sql);
    // 1-based, as SQLite counts placeholders.
    void bind(int position, qint64 value);
    // A named placeholder (":event"); nothing when the statement has none of that name.
    void bind(const char *name, qint64 value);
    // Steps to the next row; false after the last one or on an error (see failed()).
    bool next();
    bool failed() const { return m_failed; }
    // What went wrong, as the repositories report it: "could not DOING: reason".
    StorageError error(const QString &doing) const;

    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    // The text's UTF-8 bytes, valid until the next step.
    QByteArrayView utf8(int column) const;
    // Six columns from `column` on, as TimeValueColumns lays them out.
    TimeValue time(int column) const;

private:
    // `sql` with its named placeholders made positional, noted in m_positional and m_named.
    QString positionalOnly(const QString &sql);

    QSqlDatabase m_database;
    std::unique_ptr<QSqlQuery> m_query; // when the database is not SQLite
    mutable QHash<int, QByteArray> m_utf8; // what utf8() gave of the row, for m_query
    // For m_query, whose driver takes one kind of placeholder: every placeholder became a
    // positional one; where the statement's own positional and named ones went.
    QList<int> m_positional;
    QHash<QByteArray, QList<int>> m_named;
    sqlite3 *m_connection = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    bool m_failed = false;
    bool m_executed = false;
};

} // namespace annalist
