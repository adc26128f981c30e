// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MentionSpanReader.h"

#include "SqlErrors.h"

#include <QSqlQuery>
#include <QVariant>

namespace annalist {

namespace {

const QString columns = QStringLiteral("SELECT id, entity_id, source_id, start_offset, end_offset, origin, status"
                                       " FROM mentions WHERE source_id = ?");
const QString order = QStringLiteral(" ORDER BY start_offset, end_offset, id");

std::unique_ptr<QSqlQuery> prepared(const QSqlDatabase &database, const QString &sql)
{
    auto query = std::make_unique<QSqlQuery>(database);
    query->setForwardOnly(true);
    query->prepare(sql);
    return query;
}

} // namespace

MentionSpanReader::MentionSpanReader(QSqlDatabase database)
    : m_database(std::move(database))
{ }

MentionSpanReader::~MentionSpanReader() = default;

Result<QList<Mention>> MentionSpanReader::read(QSqlQuery &query, const QString &doing)
{
    if (!query.exec())
        return sqlError(query, doing);
    QList<Mention> mentions;
    while (query.next()) {
        Mention mention;
        mention.id = query.value(0).toLongLong();
        mention.entityId = query.value(1).toLongLong();
        mention.sourceId = query.value(2).toLongLong();
        mention.start = query.value(3).toInt();
        mention.end = query.value(4).toInt();
        mention.origin = static_cast<Mention::Origin>(query.value(5).toInt());
        mention.status = static_cast<Mention::Status>(query.value(6).toInt());
        mentions.append(mention);
    }
    query.finish();
    return mentions;
}

Result<QList<Mention>> MentionSpanReader::run(std::unique_ptr<QSqlQuery> &statement, const QString &sql,
                                              const QVariantList &values, const QString &doing)
{
    const bool wasPrepared = statement != nullptr;
    if (!statement)
        statement = prepared(m_database, sql);
    for (qsizetype i = 0; i < values.size(); ++i)
        statement->bindValue(int(i), values.at(i));
    Result<QList<Mention>> mentions = read(*statement, doing);
    if (mentions || !wasPrepared)
        return mentions;
    // A statement kept from a connection made anew since (a team project that reconnected
    // to its server) is prepared once more.
    statement.reset();
    return run(statement, sql, values, doing);
}

Result<QList<Mention>> MentionSpanReader::list(qint64 sourceId)
{
    return run(m_list, columns + order, { sourceId }, QStringLiteral("list the mentions in source %1").arg(sourceId));
}

Result<QList<Mention>> MentionSpanReader::listStartingIn(qint64 sourceId, int from, int to)
{
    return run(m_listRange, columns + QStringLiteral(" AND start_offset >= ? AND start_offset < ?") + order,
               { sourceId, from, to }, QStringLiteral("list the mentions in part of source %1").arg(sourceId));
}

} // namespace annalist
