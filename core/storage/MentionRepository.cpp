// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "MentionRepository.h"

#include "AddAllOrNone.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "SqlValues.h"

#include <QSqlQuery>

namespace annalist {

namespace {

const QString columns = QStringLiteral(
    "id, entity_id, source_id, start_offset, end_offset, origin, status, quote, context_before, context_after,"
    " changed_by, changed_at");

Mention readMention(const QSqlQuery &query)
{
    Mention mention;
    mention.id = query.value(0).toLongLong();
    mention.entityId = query.value(1).toLongLong();
    mention.sourceId = query.value(2).toLongLong();
    mention.start = query.value(3).toInt();
    mention.end = query.value(4).toInt();
    mention.origin = static_cast<Mention::Origin>(query.value(5).toInt());
    mention.status = static_cast<Mention::Status>(query.value(6).toInt());
    mention.quote = query.value(7).toString();
    mention.contextBefore = query.value(8).toString();
    mention.contextAfter = query.value(9).toString();
    mention.changedBy = query.value(10).toString();
    mention.changedAt = query.value(11).toLongLong();
    return mention;
}

StorageError notFound(qint64 id)
{
    return { StorageError::Code::NotFound, QStringLiteral("there is no mention %1 in the project").arg(id) };
}

std::unique_ptr<QSqlQuery> prepared(const QSqlDatabase &database, const QString &sql)
{
    auto query = std::make_unique<QSqlQuery>(database);
    query->setForwardOnly(true);
    query->prepare(sql);
    return query;
}

} // namespace

MentionRepository::MentionRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

MentionRepository::~MentionRepository() = default;

Result<qint64> MentionRepository::insert(const Mention &mention, bool keepId)
{
    std::unique_ptr<QSqlQuery> &statement = keepId ? m_insertWithId : m_insert;
    if (!statement) {
        statement
            = prepared(m_database,
                       QStringLiteral("INSERT INTO mentions (") + (keepId ? QStringLiteral("id, ") : QString())
                           + QStringLiteral("entity_id, source_id, start_offset, end_offset, origin, status,"
                                            " quote, context_before, context_after) VALUES (")
                           + (keepId ? QStringLiteral("?, ") : QString()) + QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?)")
                           + (keepId ? QString() : SqlDialect::of(m_database).returningId()));
    }
    QSqlQuery &query = *statement;
    int column = 0;
    if (keepId)
        query.bindValue(column++, mention.id);
    query.bindValue(column++, mention.entityId);
    query.bindValue(column++, mention.sourceId);
    query.bindValue(column++, mention.start);
    query.bindValue(column++, mention.end);
    query.bindValue(column++, static_cast<int>(mention.origin));
    query.bindValue(column++, static_cast<int>(mention.status));
    query.bindValue(column++, textValue(mention.quote));
    query.bindValue(column++, textValue(mention.contextBefore));
    query.bindValue(column++, textValue(mention.contextAfter));
    if (!query.exec())
        return sqlError(query, QStringLiteral("store the mention \"%1\"").arg(mention.quote));
    const qint64 id = keepId ? mention.id : SqlDialect::of(m_database).lastInsertedId(query);
    query.finish();
    return id;
}

Result<qint64> MentionRepository::add(const Mention &mention)
{
    return insert(mention, false);
}

Status MentionRepository::restore(const Mention &mention)
{
    if (mention.id <= 0)
        return StorageError { StorageError::Code::Constraint,
                              QStringLiteral("a mention can only be restored under its id") };
    const Result<qint64> stored = insert(mention, true);
    if (!stored)
        return stored.error();
    return ok();
}

Result<QList<qint64>> MentionRepository::addAll(const QList<Mention> &mentions)
{
    return addAllOrNone(m_database, mentions, [this](const Mention &item) { return insert(item, false); });
}

Result<Mention> MentionRepository::find(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM mentions WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read mention %1").arg(id));
    if (!query.next())
        return notFound(id);
    return readMention(query);
}

Result<QList<Mention>> MentionRepository::listWhere(const QString &condition, qint64 value, const QString &doing)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM mentions WHERE ") + condition);
    query.bindValue(0, value);
    if (!query.exec())
        return sqlError(query, doing);
    QList<Mention> mentions;
    while (query.next())
        mentions.append(readMention(query));
    return mentions;
}

Result<QList<Mention>> MentionRepository::listForSource(qint64 sourceId)
{
    // Readers ask for this on every source they open.
    if (!m_listForSource) {
        m_listForSource = prepared(
            m_database,
            QStringLiteral("SELECT ") + columns
                + QStringLiteral(" FROM mentions WHERE source_id = ? ORDER BY start_offset, end_offset, id"));
    }
    QSqlQuery &query = *m_listForSource;
    query.bindValue(0, sourceId);
    if (!query.exec())
        return sqlError(query, QStringLiteral("list the mentions in source %1").arg(sourceId));
    QList<Mention> mentions;
    while (query.next())
        mentions.append(readMention(query));
    query.finish();
    return mentions;
}

Result<QList<Mention>> MentionRepository::listForEntity(qint64 entityId)
{
    return listWhere(QStringLiteral("entity_id = ? ORDER BY source_id, start_offset, end_offset, id"), entityId,
                     QStringLiteral("list the mentions of entity %1").arg(entityId));
}

Status MentionRepository::update(qint64 id, const QString &assignment, const QVariant &value)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE mentions SET ") + assignment + QStringLiteral(" WHERE id = ?"));
    query.bindValue(0, value);
    query.bindValue(1, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("change mention %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return ok();
}

Status MentionRepository::setStatus(qint64 id, Mention::Status status)
{
    return update(id, QStringLiteral("status = ?"), static_cast<int>(status));
}

Status MentionRepository::setEntity(qint64 id, qint64 entityId)
{
    return update(id, QStringLiteral("entity_id = ?"), entityId);
}

Status MentionRepository::remove(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM mentions WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove mention %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return ok();
}

Result<QMap<Mention::Status, int>> MentionRepository::countWhere(const QString &condition, qint64 value)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT status, count(*) FROM mentions") + condition
                  + QStringLiteral(" GROUP BY status"));
    if (!condition.isEmpty())
        query.bindValue(0, value);
    if (!query.exec())
        return sqlError(query, QStringLiteral("count the mentions"));
    QMap<Mention::Status, int> counts = {
        { Mention::Status::Candidate, 0 },
        { Mention::Status::Confirmed, 0 },
        { Mention::Status::Rejected, 0 },
    };
    while (query.next())
        counts[static_cast<Mention::Status>(query.value(0).toInt())] = query.value(1).toInt();
    return counts;
}

Result<QMap<Mention::Status, int>> MentionRepository::countByStatus()
{
    return countWhere({}, 0);
}

Result<QMap<Mention::Status, int>> MentionRepository::countByStatus(qint64 sourceId)
{
    return countWhere(QStringLiteral(" WHERE source_id = ?"), sourceId);
}

Result<QHash<qint64, EntityMentionCount>> MentionRepository::countByEntity()
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT entity_id, count(*), count(DISTINCT source_id) FROM mentions"
                                 " WHERE status <> ? GROUP BY entity_id"));
    query.bindValue(0, static_cast<int>(Mention::Status::Rejected));
    if (!query.exec())
        return sqlError(query, QStringLiteral("count the mentions of each entity"));
    QHash<qint64, EntityMentionCount> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), { query.value(1).toInt(), query.value(2).toInt() });
    return counts;
}

Result<int> MentionRepository::removeProposals(qint64 sourceId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM mentions WHERE source_id = ? AND status = ? AND origin <> ?"));
    query.bindValue(0, sourceId);
    query.bindValue(1, static_cast<int>(Mention::Status::Candidate));
    query.bindValue(2, static_cast<int>(Mention::Origin::Manual));
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove the proposed mentions of source %1").arg(sourceId));
    return query.numRowsAffected();
}

} // namespace annalist
