// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectCopy.h"

#include "Project.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "WriteTransaction.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

namespace annalist {

namespace {

// Every table of the schema, each after the tables it refers to.
const QStringList tables = {
    QStringLiteral("sources"),         QStringLiteral("source_files"), QStringLiteral("source_pages"),
    QStringLiteral("source_analysis"), QStringLiteral("entity_types"), QStringLiteral("entities"),
    QStringLiteral("entity_aliases"),  QStringLiteral("entity_roles"), QStringLiteral("mentions"),
    QStringLiteral("timexes"),         QStringLiteral("events"),       QStringLiteral("event_participants"),
    QStringLiteral("event_tags"),      QStringLiteral("evidence"),     QStringLiteral("chronology_annotations"),
    QStringLiteral("notes"),
};

Result<qint64> copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table)
{
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (!read.exec(QStringLiteral("SELECT * FROM ") + table))
        return sqlError(read, QStringLiteral("read the table %1").arg(table));
    const QSqlRecord record = read.record();
    QStringList columns;
    QStringList placeholders;
    for (int i = 0; i < record.count(); ++i) {
        columns.append(record.fieldName(i));
        placeholders.append(QStringLiteral("?"));
    }
    QSqlQuery write(to);
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")))))
        return sqlError(write, QStringLiteral("prepare the copy of %1").arg(table));
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec())
            return sqlError(write, QStringLiteral("copy a row of %1").arg(table));
        ++rows;
    }
    if (read.lastError().isValid())
        return sqlError(read, QStringLiteral("read the table %1").arg(table));
    return rows;
}

} // namespace

Result<ProjectCopy::Counts> ProjectCopy::copy(Project &source, Project &target)
{
    const QSqlDatabase from = source.database();
    const QSqlDatabase to = target.database();
    const SqlDialect &sourceDialect = SqlDialect::of(from);
    const SqlDialect &targetDialect = SqlDialect::of(to);

    WriteTransaction transaction(to);
    if (!transaction.isOpen())
        return transaction.error();
    QSqlQuery clear(to);
    // Who made each decision, and when, is copied as it stands, not stamped anew.
    for (const QString &statement : targetDialect.keepAttributionStatements()) {
        if (!clear.exec(statement))
            return sqlError(clear, QStringLiteral("keep who made each decision"));
    }
    // The built-in entity types of a new project come again from the source, ids and all.
    if (!clear.exec(QStringLiteral("DELETE FROM entity_types")))
        return sqlError(clear, QStringLiteral("clear the new project"));
    Counts counts;
    for (const QString &table : tables) {
        const Result<qint64> rows = copyTable(from, to, table);
        if (!rows)
            return rows.error();
        counts.rows += *rows;
        ++counts.tables;
        if (table == QLatin1StringView("source_analysis") || !SqlDialect::hasIdCounter(table))
            continue;
        const Result<qint64> used = sourceDialect.idCounter(from, table);
        if (!used)
            return used.error();
        if (Status set = targetDialect.setIdCounter(to, table, *used); !set)
            return set.error();
    }
    if (Status loaded = targetDialect.afterBulkLoad(to); !loaded)
        return loaded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return counts;
}

} // namespace annalist
