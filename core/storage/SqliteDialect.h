// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "SqlDialect.h"

namespace annalist {

// A project file: SQLite with FTS5, the version in PRAGMA user_version.
class SqliteDialect final : public SqlDialect
{
public:
    Backend backend() const override { return Backend::Sqlite; }
    QString driverName() const override;
    QStringList schemaStatements(const QString &statement) const override;
    QStringList beforeStep(int version) const override;
    QStringList afterStep(int version) const override;
    Result<int> schemaVersion(const QSqlDatabase &database) const override;
    Result<QString> schemaOwnerOtherThanMe(const QSqlDatabase &database) const override;
    QString beginWrite() const override;
    QString returningId() const override;
    qint64 lastInsertedId(QSqlQuery &query) const override;
    QString matchText(const SearchQuery &query) const override;
    QString rankSourcesSql() const override;
    QString indexSourceSql() const override;
    QString searchNotesSql(const QString &columns) const override;
    bool isSearchSyntaxError(const QString &reason) const override;
    Result<qint64> idCounter(const QSqlDatabase &database, const QString &table) const override;
    Status setIdCounter(const QSqlDatabase &database, const QString &table, qint64 used) const override;
    Status afterBulkLoad(const QSqlDatabase &database) const override;
    QStringList attributionStatements(const QString &user) const override;
    QStringList keepAttributionStatements() const override;
    qint64 storedBytes(const QSqlDatabase &database, const QString &path) const override;
};

} // namespace annalist
