// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SqliteDialect.h"

#include "TimeValueColumns.h"

#include "SchemaMigrations.h"
#include "SearchQuery.h"
#include "SqlErrors.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace annalist {

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QStringList SqliteDialect::schemaStatements(const QString &statement) const
{
    return { statement };
}

QStringList SqliteDialect::beforeStep(int) const
{
    return {};
}

QStringList SqliteDialect::afterStep(int version) const
{
    QStringList statements;
    if (version == 1)
        statements.append(QStringLiteral("PRAGMA application_id = %1").arg(SchemaMigrations::applicationId));
    if (version == 10) {
        // The library lists every source. Read from the table, each row's first page holds
        // the start of its body too: 10,000 sources were 40 MB to read. This index holds
        // just what the list shows (SourceRepository::list), in the order it shows it.
        statements.append(QStringLiteral("CREATE INDEX sources_listed ON sources (id, title, outlet, %1,"
                                         " reliability, media_type, body_length, imported_at)")
                              .arg(TimeValueColumns::names(u"published")));
    }
    statements.append(QStringLiteral("PRAGMA user_version = %1").arg(version));
    return statements;
}

Result<QString> SqliteDialect::schemaOwnerOtherThanMe(const QSqlDatabase &) const
{
    return QString();
}

Result<int> SqliteDialect::schemaVersion(const QSqlDatabase &database) const
{
    QSqlQuery query(database);
    if (!query.exec(QStringLiteral("PRAGMA user_version")) || !query.next())
        return sqlError(query, QStringLiteral("read the schema version"));
    return query.value(0).toInt();
}

QString SqliteDialect::beginWrite() const
{
    // IMMEDIATE takes the write lock now, so the change cannot fail half-way because
    // another connection started writing first.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::returningId() const
{
    return {};
}

qint64 SqliteDialect::lastInsertedId(QSqlQuery &query) const
{
    return query.lastInsertId().toLongLong();
}

QString SqliteDialect::matchText(const SearchQuery &query) const
{
    return query.fts5();
}

QString SqliteDialect::rankSourcesSql() const
{
    return QStringLiteral("SELECT rowid, -bm25(source_text_index) FROM source_text_index"
                          " WHERE source_text_index MATCH ? ORDER BY rank LIMIT ?");
}

QString SqliteDialect::indexSourceSql() const
{
    // New rows are indexed here rather than by a trigger: a trigger makes every insert a
    // statement transaction, at which FTS5 flushes its buffers.
    return QStringLiteral("INSERT INTO source_text_index (rowid, title, body) VALUES (?, ?, ?)");
}

QString SqliteDialect::searchNotesSql(const QString &columns) const
{
    return QStringLiteral("SELECT ") + columns
        + QStringLiteral(" FROM note_text_index JOIN notes ON notes.id = note_text_index.rowid"
                         " WHERE note_text_index MATCH ? ORDER BY rank LIMIT ?");
}

bool SqliteDialect::isSearchSyntaxError(const QString &reason) const
{
    return reason.contains(QStringLiteral("fts5")) || reason.contains(QStringLiteral("syntax error"))
        || reason.contains(QStringLiteral("no such column")) || reason.contains(QStringLiteral("unterminated"));
}

Result<qint64> SqliteDialect::idCounter(const QSqlDatabase &database, const QString &table) const
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT max(coalesce((SELECT seq FROM sqlite_sequence WHERE name = ?), 0),"
                                 " coalesce((SELECT max(id) FROM %1), 0))")
                      .arg(table));
    query.bindValue(0, table);
    if (!query.exec() || !query.next())
        return sqlError(query, QStringLiteral("read the id counter of %1").arg(table));
    return query.value(0).toLongLong();
}

Status SqliteDialect::setIdCounter(const QSqlDatabase &database, const QString &table, qint64 used) const
{
    QSqlQuery query(database);
    // Only AUTOINCREMENT tables keep a counter; the others give out the highest id plus one.
    query.prepare(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = ? AND sql LIKE '%AUTOINCREMENT%'"));
    query.bindValue(0, table);
    if (!query.exec() || !query.next())
        return sqlError(query, QStringLiteral("read the id counter of %1").arg(table));
    if (query.value(0).toInt() == 0)
        return ok();
    query.finish();
    query.prepare(QStringLiteral("UPDATE sqlite_sequence SET seq = max(seq, ?) WHERE name = ?"));
    query.bindValue(0, used);
    query.bindValue(1, table);
    if (!query.exec())
        return sqlError(query, QStringLiteral("set the id counter of %1").arg(table));
    if (query.numRowsAffected() > 0 || used == 0)
        return ok();
    query.prepare(QStringLiteral("INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)"));
    query.bindValue(0, table);
    query.bindValue(1, used);
    if (!query.exec())
        return sqlError(query, QStringLiteral("set the id counter of %1").arg(table));
    return ok();
}

Status SqliteDialect::afterBulkLoad(const QSqlDatabase &database) const
{
    QSqlQuery query(database);
    // Sources are indexed by SourceRepository::add, not by a trigger (see indexSourceSql).
    if (!query.exec(QStringLiteral("INSERT INTO source_text_index (source_text_index) VALUES ('rebuild')")))
        return sqlError(query, QStringLiteral("index the sources"));
    return ok();
}

qint64 SqliteDialect::storedBytes(const QSqlDatabase &, const QString &path) const
{
    return QFileInfo(path).size();
}

// A project file knows no users: the connection stamps its rows itself, with the login
// name of the analyst's computer account, through triggers of its own (TEMP, so that
// they live and die with the connection). Recursive triggers are off, so the stamping
// update does not stamp again.
QStringList SqliteDialect::attributionStatements(const QString &user) const
{
    QString literal = user;
    literal.replace(u'\'', QStringLiteral("''"));
    const QString now = QStringLiteral("CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)");
    QStringList statements;
    for (const QString &table : attributedTables()) {
        // A proposed mention (status 0) is not a decision.
        const QString when
            = table == QLatin1StringView("mentions") ? QStringLiteral(" WHEN NEW.status <> 0") : QString();
        for (const char *event : { "INSERT", "UPDATE" })
            statements.append(
                QStringLiteral("CREATE TEMP TRIGGER IF NOT EXISTS %1_stamp_%2 AFTER %3 ON main.%1%4"
                               " BEGIN UPDATE %1 SET changed_by = '%5', changed_at = %6"
                               " WHERE rowid = NEW.rowid; END")
                    .arg(table, QString::fromLatin1(event).toLower(), QString::fromLatin1(event), when, literal, now));
    }
    return statements;
}

QStringList SqliteDialect::keepAttributionStatements() const
{
    QStringList statements;
    for (const QString &table : attributedTables()) {
        statements.append(QStringLiteral("DROP TRIGGER IF EXISTS temp.%1_stamp_insert").arg(table));
        statements.append(QStringLiteral("DROP TRIGGER IF EXISTS temp.%1_stamp_update").arg(table));
    }
    return statements;
}

} // namespace annalist
