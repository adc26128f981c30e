// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EvidenceRepository.h"

#include "SqlDialect.h"
#include "SqlErrors.h"
#include "SqlValues.h"
#include "TimeValueColumns.h"

#include <QSqlQuery>
#include <QVariant>

namespace annalist {

namespace {

const QString columns = QStringLiteral("id, event_id, source_id, start_offset, end_offset, quote, stance, note, ")
    + TimeValueColumns::names(u"reported") + QStringLiteral(", changed_by, changed_at");

Evidence readEvidence(const QSqlQuery &query)
{
    Evidence evidence;
    evidence.id = query.value(0).toLongLong();
    evidence.eventId = query.value(1).toLongLong();
    evidence.sourceId = query.value(2).toLongLong();
    evidence.start = query.value(3).toInt();
    evidence.end = query.value(4).toInt();
    evidence.quote = query.value(5).toString();
    evidence.stance = static_cast<Evidence::Stance>(query.value(6).toInt());
    evidence.note = query.value(7).toString();
    evidence.reported = TimeValueColumns::read(query, 8);
    evidence.changedBy = query.value(8 + TimeValueColumns::count).toString();
    evidence.changedAt = query.value(9 + TimeValueColumns::count).toLongLong();
    return evidence;
}

StorageError notFound(qint64 id)
{
    return { StorageError::Code::NotFound, QStringLiteral("there is no evidence %1 in the project").arg(id) };
}

} // namespace

EvidenceRepository::EvidenceRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

EvidenceRepository::~EvidenceRepository() = default;

Result<qint64> EvidenceRepository::insert(const Evidence &evidence, bool keepId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO evidence (") + (keepId ? QStringLiteral("id, ") : QString())
                  + QStringLiteral("event_id, source_id, start_offset, end_offset, quote, stance, note, ")
                  + TimeValueColumns::names(u"reported") + QStringLiteral(") VALUES (")
                  + (keepId ? QStringLiteral(":id, ") : QString())
                  + QStringLiteral(":event_id, :source_id, :start_offset, :end_offset, :quote, :stance, :note, ")
                  + TimeValueColumns::placeholders(u"reported") + QStringLiteral(")")
                  + (keepId ? QString() : SqlDialect::of(m_database).returningId()));
    if (keepId)
        query.bindValue(QStringLiteral(":id"), evidence.id);
    query.bindValue(QStringLiteral(":event_id"), evidence.eventId);
    query.bindValue(QStringLiteral(":source_id"), evidence.sourceId);
    query.bindValue(QStringLiteral(":start_offset"), evidence.start);
    query.bindValue(QStringLiteral(":end_offset"), evidence.end);
    query.bindValue(QStringLiteral(":quote"), textValue(evidence.quote));
    query.bindValue(QStringLiteral(":stance"), static_cast<int>(evidence.stance));
    query.bindValue(QStringLiteral(":note"), textValue(evidence.note));
    TimeValueColumns::bind(query, u"reported", evidence.reported);
    if (!query.exec())
        return sqlError(query, QStringLiteral("store the evidence \"%1\"").arg(evidence.quote));
    return keepId ? evidence.id : SqlDialect::of(m_database).lastInsertedId(query);
}

Result<qint64> EvidenceRepository::add(const Evidence &evidence)
{
    return insert(evidence, false);
}

Status EvidenceRepository::restore(const Evidence &evidence)
{
    if (evidence.id <= 0)
        return StorageError { StorageError::Code::Constraint,
                              QStringLiteral("evidence can only be restored under its id") };
    const Result<qint64> stored = insert(evidence, true);
    if (!stored)
        return stored.error();
    return ok();
}

Result<Evidence> EvidenceRepository::find(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM evidence WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read evidence %1").arg(id));
    if (!query.next())
        return notFound(id);
    return readEvidence(query);
}

Result<QList<Evidence>> EvidenceRepository::listWhere(const QString &condition, qint64 value, const QString &doing)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM evidence WHERE ") + condition);
    query.bindValue(0, value);
    if (!query.exec())
        return sqlError(query, doing);
    QList<Evidence> result;
    while (query.next())
        result.append(readEvidence(query));
    return result;
}

Result<QList<Evidence>> EvidenceRepository::listForEvent(qint64 eventId)
{
    return listWhere(QStringLiteral("event_id = ? ORDER BY source_id, start_offset, end_offset, id"), eventId,
                     QStringLiteral("list the evidence for event %1").arg(eventId));
}

Result<QList<Evidence>> EvidenceRepository::listForSource(qint64 sourceId)
{
    return listWhere(QStringLiteral("source_id = ? ORDER BY start_offset, end_offset, id"), sourceId,
                     QStringLiteral("list the evidence from source %1").arg(sourceId));
}

Status EvidenceRepository::update(qint64 id, const QString &assignments, const std::function<void(QSqlQuery &)> &bind)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE evidence SET ") + assignments + QStringLiteral(" WHERE id = :id"));
    bind(query);
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("change evidence %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return ok();
}

Status EvidenceRepository::setStance(qint64 id, Evidence::Stance stance)
{
    return update(id, QStringLiteral("stance = :stance"),
                  [&](QSqlQuery &query) { query.bindValue(QStringLiteral(":stance"), static_cast<int>(stance)); });
}

Status EvidenceRepository::setNote(qint64 id, const QString &note)
{
    return update(id, QStringLiteral("note = :note"),
                  [&](QSqlQuery &query) { query.bindValue(QStringLiteral(":note"), textValue(note)); });
}

Status EvidenceRepository::setReported(qint64 id, const TimeValue &reported)
{
    return update(id, TimeValueColumns::assignments(u"reported"),
                  [&](QSqlQuery &query) { TimeValueColumns::bind(query, u"reported", reported); });
}

Status EvidenceRepository::remove(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM evidence WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove evidence %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return ok();
}

} // namespace annalist
