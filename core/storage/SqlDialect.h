// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlQuery;

namespace annalist {

class SearchQuery;

// What differs between the database engines a project can live in: a SQLite file or
// a PostgreSQL server. Each concern has one place here; the repositories write the SQL
// both engines share and ask the dialect for the rest.
class SqlDialect
{
public:
    enum class Backend { Sqlite, PostgreSql };

    virtual ~SqlDialect() = default;

    // The dialect of a connection, by its Qt driver.
    static const SqlDialect &of(const QSqlDatabase &database);
    static const SqlDialect &sqlite();
    static const SqlDialect &postgreSql();

    virtual Backend backend() const = 0;
    // The Qt Sql driver that opens this kind of database.
    virtual QString driverName() const = 0;

    // Schema. The migration steps are written once, in SQLite's words; each statement
    // becomes what this engine runs for it (none when it has no meaning here, as a
    // trigger that keeps an FTS5 table up to date).
    virtual QStringList schemaStatements(const QString &statement) const = 0;
    // Run before and after the statements of a migration step, in the same transaction;
    // after them the database records `version` as its schema version.
    virtual QStringList beforeStep(int version) const = 0;
    virtual QStringList afterStep(int version) const = 0;
    // The schema version recorded in the database: 0 for a database without a project.
    virtual Result<int> schemaVersion(const QSqlDatabase &database) const = 0;
    // Who alone may change the schema when it is not this connection's user: a team
    // project's tables belong to the database user who created them. Empty for a file.
    virtual Result<QString> schemaOwnerOtherThanMe(const QSqlDatabase &database) const = 0;

    // Starts a transaction that will write: SQLite takes the write lock at once.
    virtual QString beginWrite() const = 0;
    // Appended to an INSERT so that lastInsertedId() can read the new row's id.
    virtual QString returningId() const = 0;
    // The id of the row an INSERT (with returningId()) just made.
    virtual qint64 lastInsertedId(QSqlQuery &query) const = 0;

    // Full-text search. The query as the statements below take it.
    virtual QString matchText(const SearchQuery &query) const = 0;
    // The ids and scores of the best `limit` sources for a query (bound: query, limit),
    // best first.
    virtual QString rankSourcesSql() const = 0;
    // Keeps the source index up to date after an insert (bound: id, title, body); empty
    // where the index follows the table by itself.
    virtual QString indexSourceSql() const = 0;
    // Notes matching a query, best first (bound: query, limit); `columns` are read from `notes`.
    virtual QString searchNotesSql(const QString &columns) const = 0;
    // Whether an error message of the engine says that a search query could not be parsed.
    virtual bool isSearchSyntaxError(const QString &reason) const = 0;

    // Bulk loading (a copied project). Columns the database computes from the others
    // (a server's stored words for searching), which are never written.
    static bool isComputedColumn(const QString &column);
    // Tables whose rows have an id the database gives out.
    static bool hasIdCounter(const QString &table);
    // The highest id the table has given out, also of rows removed since.
    virtual Result<qint64> idCounter(const QSqlDatabase &database, const QString &table) const = 0;
    // Makes the next id the table gives out higher than `used`.
    virtual Status setIdCounter(const QSqlDatabase &database, const QString &table, qint64 used) const = 0;
    // How many bytes the project takes: the file at `path`, or the database on the server.
    virtual qint64 storedBytes(const QSqlDatabase &database, const QString &path) const = 0;
    // After rows were written straight into the tables: indexes and statistics brought up to date.
    virtual Status afterBulkLoad(const QSqlDatabase &database) const = 0;

    // Attribution: the tables of the analysts' decisions, whose rows record who changed
    // them last and when (changed_by, changed_at; schema version 6 on).
    static const QStringList &attributedTables();
    // What a new connection runs so that the database records `user` on every decision
    // it writes (a proposed mention is not a decision). A server records its own login
    // user, whatever the client says.
    virtual QStringList attributionStatements(const QString &user) const = 0;
    // What a copy runs, in its transaction, to write the attribution the rows carry.
    virtual QStringList keepAttributionStatements() const = 0;
};

} // namespace annalist
