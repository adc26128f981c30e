// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SqlDialect.h"

#include "PostgreSqlDialect.h"
#include "SqliteDialect.h"

#include <QSqlDatabase>
#include <QStringList>

namespace annalist {

const SqlDialect &SqlDialect::sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

const SqlDialect &SqlDialect::postgreSql()
{
    static const PostgreSqlDialect dialect;
    return dialect;
}

bool SqlDialect::isComputedColumn(const QString &column)
{
    return column == QLatin1StringView("text_vector"); // PostgreSqlDialect's full-text index
}

bool SqlDialect::hasIdCounter(const QString &table)
{
    static const QStringList tables
        = { QStringLiteral("sources"),      QStringLiteral("entity_types"), QStringLiteral("entities"),
            QStringLiteral("entity_roles"), QStringLiteral("mentions"),     QStringLiteral("timexes"),
            QStringLiteral("events"),       QStringLiteral("evidence"),     QStringLiteral("chronology_annotations"),
            QStringLiteral("notes") };
    return tables.contains(table);
}

const QStringList &SqlDialect::attributedTables()
{
    static const QStringList tables = { QStringLiteral("sources"),
                                        QStringLiteral("entities"),
                                        QStringLiteral("entity_roles"),
                                        QStringLiteral("mentions"),
                                        QStringLiteral("events"),
                                        QStringLiteral("evidence"),
                                        QStringLiteral("chronology_annotations"),
                                        QStringLiteral("notes") };
    return tables;
}

const SqlDialect &SqlDialect::of(const QSqlDatabase &database)
{
    return database.driverName() == QLatin1StringView("QPSQL") ? postgreSql() : sqlite();
}

} // namespace annalist
