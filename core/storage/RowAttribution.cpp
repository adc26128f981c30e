// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RowAttribution.h"

#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QSqlQuery>
#include <QVariant>

namespace annalist {

namespace {

bool isAttributed(const QString &table, const QString &column)
{
    static const QStringList columns = { QStringLiteral("id"), QStringLiteral("entity_id"), QStringLiteral("event_id"),
                                         QStringLiteral("source_id") };
    return SqlDialect::attributedTables().contains(table) && columns.contains(column);
}

} // namespace

Result<std::optional<RowAttribution::Change>> RowAttribution::latestByOthers(const QSqlDatabase &database,
                                                                             const Rows &rows, const QString &self)
{
    if (!isAttributed(rows.table, rows.column))
        return StorageError {
            StorageError::Code::Constraint,
            QStringLiteral("%1.%2 carries no record of who changed it").arg(rows.table, rows.column)
        };
    std::optional<Change> latest;
    QSqlQuery query(database);
    query.setForwardOnly(true);
    if (!query.prepare(QStringLiteral("SELECT changed_by, changed_at FROM %1 WHERE %2 = ? AND changed_by <> ''"
                                      " AND changed_by <> ?")
                           .arg(rows.table, rows.column)))
        return sqlError(query, QStringLiteral("read who changed %1").arg(rows.table));
    for (qint64 id : rows.ids) {
        query.bindValue(0, id);
        query.bindValue(1, self);
        if (!query.exec())
            return sqlError(query, QStringLiteral("read who changed %1").arg(rows.table));
        while (query.next()) {
            const qint64 at = query.value(1).toLongLong();
            if (!latest || at > latest->at)
                latest = Change { query.value(0).toString(), at };
        }
    }
    return latest;
}

} // namespace annalist
