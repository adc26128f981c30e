// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PendingAnalysis.h"

#include "storage/Project.h"
#include "storage/SqlErrors.h"

#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace annalist {

Result<QList<qint64>> PendingAnalysis::sources(Project &project)
{
    QSqlQuery query(project.database());
    query.setForwardOnly(true);
    // An empty fingerprint marks an analysis that began and never ended.
    if (!query.exec(QStringLiteral("SELECT id FROM sources WHERE NOT EXISTS "
                                   "(SELECT 1 FROM source_analysis WHERE source_analysis.source_id = sources.id "
                                   "AND length(source_analysis.fingerprint) > 0) "
                                   "ORDER BY id")))
        return sqlError(query, QStringLiteral("find the sources not yet analysed"));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Result<QList<qint64>> PendingAnalysis::interrupted(Project &project)
{
    QSqlQuery query(project.database());
    query.setForwardOnly(true);
    if (!query.exec(
            QStringLiteral("SELECT source_id FROM source_analysis WHERE length(fingerprint) = 0 ORDER BY source_id")))
        return sqlError(query, QStringLiteral("find the sources whose analysis was interrupted"));
    QList<qint64> ids;
    while (query.next())
        ids << query.value(0).toLongLong();
    return ids;
}

Result<QList<qint64>> PendingAnalysis::withPending(Project &project, const QList<qint64> &ids)
{
    const auto pending = sources(project);
    if (!pending)
        return pending.error();
    QList<qint64> all = ids;
    const QSet<qint64> given(ids.cbegin(), ids.cend());
    for (qint64 id : *pending) {
        if (!given.contains(id))
            all << id;
    }
    return all;
}

} // namespace annalist
