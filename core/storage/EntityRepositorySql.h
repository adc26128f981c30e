// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Small SQL helpers shared by the files of EntityRepository (EntityRepository*.cpp).

#include "SqlErrors.h"
#include "SqlValues.h"
#include "TimeValueColumns.h"
#include "common/Result.h"
#include "model/Entity.h"

#include <QColor>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace annalist::entitysql {

inline const QString roleColumns = QStringLiteral("id, entity_id, title, organisation, ")
    + TimeValueColumns::names(u"valid_from") + QStringLiteral(", ") + TimeValueColumns::names(u"valid_to");

// Chronological, with roles whose start is unknown after the dated ones.
inline const QString roleOrder = QStringLiteral(" ORDER BY valid_from_earliest IS NULL, valid_from_earliest, id");

inline EntityRole readRole(const QSqlQuery &query)
{
    EntityRole role;
    role.id = query.value(0).toLongLong();
    role.entityId = query.value(1).toLongLong();
    role.title = query.value(2).toString();
    role.organisation = query.value(3).toString();
    role.from = TimeValueColumns::read(query, 4);
    role.to = TimeValueColumns::read(query, 4 + TimeValueColumns::count);
    return role;
}

inline QString colorText(const QColor &color)
{
    return color.isValid() ? color.name(QColor::HexRgb) : QStringLiteral("");
}

inline QColor colorFromText(const QString &text)
{
    return text.isEmpty() ? QColor() : QColor::fromString(text);
}

inline bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

inline StorageError notFound(qint64 id)
{
    return { StorageError::Code::NotFound, QStringLiteral("there is no entity %1 in the project").arg(id) };
}

inline StorageError typeNotFound(qint64 id)
{
    return { StorageError::Code::NotFound, QStringLiteral("there is no entity type %1 in the project").arg(id) };
}

inline Status requireEntity(const QSqlDatabase &database, qint64 id)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT 1 FROM entities WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read entity %1").arg(id));
    if (!query.next())
        return notFound(id);
    return ok();
}

// Runs a prepared statement once per set of values, stopping at the first failure.
inline Status runEach(QSqlQuery &query, const QString &sql, const QList<QVariantList> &rows, const QString &doing)
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

inline std::unique_ptr<QSqlQuery> prepared(const QSqlDatabase &database, const QString &sql)
{
    auto query = std::make_unique<QSqlQuery>(database);
    query->prepare(sql);
    return query;
}

// Runs a prepared single-row change; Code::NotFound when it touched nothing.
inline Status execChange(QSqlQuery &query, const QString &doing, const StorageError &missing)
{
    if (!query.exec())
        return sqlError(query, doing);
    if (query.numRowsAffected() == 0)
        return missing;
    return ok();
}

} // namespace annalist::entitysql
