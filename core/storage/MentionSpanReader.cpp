// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MentionSpanReader.h"

#include "SqlErrors.h"

#include <QSqlQuery>
#include <QVariant>

namespace annalist {

namespace {

const QString columns = QStringLiteral("SELECT id, entity_id, source_id, start_offset, end_offset, origin, status,"
                                       " reason FROM mentions WHERE source_id = ?");
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
        mention.reason = query.value(7).toString();
        mentions.append(mention);
    }
    query.finish();
    return mentions;
}

Result<QList<Mention>> MentionSpanReader::list(qint64 sourceId)
{
    if (!m_list)
        m_list = prepared(m_database, columns + order);
    m_list->bindValue(0, sourceId);
    return read(*m_list, QStringLiteral("list the mentions in source %1").arg(sourceId));
}

Result<QList<Mention>> MentionSpanReader::listStartingIn(qint64 sourceId, int from, int to)
{
    if (!m_listRange)
        m_listRange
            = prepared(m_database, columns + QStringLiteral(" AND start_offset >= ? AND start_offset < ?") + order);
    m_listRange->bindValue(0, sourceId);
    m_listRange->bindValue(1, from);
    m_listRange->bindValue(2, to);
    return read(*m_listRange, QStringLiteral("list the mentions in part of source %1").arg(sourceId));
}

} // namespace annalist
