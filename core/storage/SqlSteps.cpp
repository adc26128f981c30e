// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SqlSteps.h"

#include "SqlErrors.h"

namespace annalist {

Status runEach(QSqlQuery &query, const QString &sql, const QList<QVariantList> &rows, const QString &doing)
{
    if (rows.isEmpty())
        return ok();
    query.prepare(sql);
    for (const QVariantList &values : rows) {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return sqlError(query, doing);
        query.finish();
    }
    return ok();
}

std::unique_ptr<QSqlQuery> prepared(const QSqlDatabase &database, const QString &sql)
{
    auto query = std::make_unique<QSqlQuery>(database);
    query->prepare(sql);
    return query;
}

Status execChange(QSqlQuery &query, const QString &doing, const StorageError &missing)
{
    if (!query.exec())
        return sqlError(query, doing);
    if (query.numRowsAffected() == 0)
        return missing;
    return ok();
}

} // namespace annalist
