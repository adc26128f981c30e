// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimexRepository.h"

#include "AddAllOrNone.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "SqlValues.h"
#include "TimeValueColumns.h"

#include <QSqlQuery>
#include <QVariant>

namespace annalist {

namespace {

const QString columns = QStringLiteral("id, source_id, start_offset, end_offset, type, value, origin, status, ")
    + TimeValueColumns::names(u"resolved");

Timex readTimex(const QSqlQuery &query)
{
    Timex timex;
    timex.id = query.value(0).toLongLong();
    timex.sourceId = query.value(1).toLongLong();
    timex.start = query.value(2).toInt();
    timex.end = query.value(3).toInt();
    timex.type = static_cast<Timex::Type>(query.value(4).toInt());
    timex.value = query.value(5).toString();
    timex.origin = static_cast<Mention::Origin>(query.value(6).toInt());
    timex.status = static_cast<Mention::Status>(query.value(7).toInt());
    timex.resolved = TimeValueColumns::read(query, 8);
    return timex;
}

StorageError notFound(qint64 id)
{
    return { StorageError::Code::NotFound, QStringLiteral("there is no time expression %1 in the project").arg(id) };
}

} // namespace

TimexRepository::TimexRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

TimexRepository::~TimexRepository() = default;

Result<qint64> TimexRepository::insert(const Timex &timex)
{
    if (!m_insert) {
        m_insert = std::make_unique<QSqlQuery>(m_database);
        m_insert->prepare(
            QStringLiteral("INSERT INTO timexes (source_id, start_offset, end_offset, type, value, origin, status, ")
            + TimeValueColumns::names(u"resolved")
            + QStringLiteral(") VALUES (:source_id, :start_offset, :end_offset, :type, :value, :origin, :status, ")
            + TimeValueColumns::placeholders(u"resolved") + QStringLiteral(")")
            + SqlDialect::of(m_database).returningId());
    }
    QSqlQuery &query = *m_insert;
    query.bindValue(QStringLiteral(":source_id"), timex.sourceId);
    query.bindValue(QStringLiteral(":start_offset"), timex.start);
    query.bindValue(QStringLiteral(":end_offset"), timex.end);
    query.bindValue(QStringLiteral(":type"), static_cast<int>(timex.type));
    query.bindValue(QStringLiteral(":value"), textValue(timex.value));
    query.bindValue(QStringLiteral(":origin"), static_cast<int>(timex.origin));
    query.bindValue(QStringLiteral(":status"), static_cast<int>(timex.status));
    TimeValueColumns::bind(query, u"resolved", timex.resolved);
    if (!query.exec())
        return sqlError(query, QStringLiteral("store the time expression \"%1\"").arg(timex.value));
    const qint64 id = SqlDialect::of(m_database).lastInsertedId(query);
    query.finish();
    return id;
}

Result<qint64> TimexRepository::add(const Timex &timex)
{
    return insert(timex);
}

Result<QList<qint64>> TimexRepository::addAll(const QList<Timex> &timexes)
{
    return addAllOrNone(m_database, timexes, [this](const Timex &item) { return insert(item); });
}

Result<Timex> TimexRepository::find(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM timexes WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read time expression %1").arg(id));
    if (!query.next())
        return notFound(id);
    return readTimex(query);
}

Result<QList<Timex>> TimexRepository::listForSource(qint64 sourceId)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns
                  + QStringLiteral(" FROM timexes WHERE source_id = ? ORDER BY start_offset, end_offset, id"));
    query.bindValue(0, sourceId);
    if (!query.exec())
        return sqlError(query, QStringLiteral("list the time expressions in source %1").arg(sourceId));
    QList<Timex> timexes;
    while (query.next())
        timexes.append(readTimex(query));
    return timexes;
}

Status TimexRepository::setStatus(qint64 id, Mention::Status status)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE timexes SET status = ? WHERE id = ?"));
    query.bindValue(0, static_cast<int>(status));
    query.bindValue(1, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("change time expression %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return ok();
}

Status TimexRepository::setResolution(qint64 id, const QString &value, const TimeValue &resolved)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE timexes SET value = :value, ") + TimeValueColumns::assignments(u"resolved")
                  + QStringLiteral(" WHERE id = :id"));
    query.bindValue(QStringLiteral(":value"), textValue(value));
    TimeValueColumns::bind(query, u"resolved", resolved);
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("change time expression %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return ok();
}

Status TimexRepository::remove(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM timexes WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove time expression %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return ok();
}

Result<int> TimexRepository::removeProposals(qint64 sourceId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM timexes WHERE source_id = ? AND status = ? AND origin <> ?"));
    query.bindValue(0, sourceId);
    query.bindValue(1, static_cast<int>(Mention::Status::Candidate));
    query.bindValue(2, static_cast<int>(Mention::Origin::Manual));
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove the proposed time expressions of source %1").arg(sourceId));
    return query.numRowsAffected();
}

} // namespace annalist
