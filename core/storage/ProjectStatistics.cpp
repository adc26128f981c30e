// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectStatistics.h"

#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QVariant>

namespace annalist {

Result<ProjectStatistics> ProjectStatistics::collect(const QSqlDatabase &database, const QString &path)
{
    ProjectStatistics statistics;
    QSqlQuery query(database);
    if (!query.exec(
            QStringLiteral("SELECT (SELECT count(*) FROM sources), (SELECT count(*) FROM entities),"
                           " (SELECT count(*) FROM mentions), (SELECT count(*) FROM timexes),"
                           " (SELECT count(*) FROM events), (SELECT count(*) FROM evidence),"
                           " (SELECT count(*) FROM notes), (SELECT coalesce(sum(body_length), 0) FROM sources)"))
        || !query.next())
        return sqlError(query, QStringLiteral("count what the project holds"));
    statistics.sources = query.value(0).toLongLong();
    statistics.entities = query.value(1).toLongLong();
    statistics.mentions = query.value(2).toLongLong();
    statistics.timexes = query.value(3).toLongLong();
    statistics.events = query.value(4).toLongLong();
    statistics.evidence = query.value(5).toLongLong();
    statistics.notes = query.value(6).toLongLong();
    statistics.textCharacters = query.value(7).toLongLong();
    query.finish();
    const Result<int> version = SqlDialect::of(database).schemaVersion(database);
    if (!version)
        return version.error();
    statistics.schemaVersion = *version;
    statistics.fileBytes = SqlDialect::of(database).storedBytes(database, path);
    return statistics;
}

} // namespace annalist
