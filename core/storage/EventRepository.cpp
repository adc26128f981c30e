// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EventRepository.h"

#include "SqlDialect.h"
#include "SqlErrors.h"
#include "SqlValues.h"
#include "TimeValueColumns.h"
#include "WriteTransaction.h"

#include "model/Note.h"
#include "model/TagOrder.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

namespace annalist {

namespace {

const QString columns = QStringLiteral("id, title, kind, ") + TimeValueColumns::names(u"time")
    + QStringLiteral(", place_entity_id, description, assessment, credibility, lane, changed_by, changed_at");

const QString assignments = QStringLiteral("title = :title, kind = :kind, ") + TimeValueColumns::assignments(u"time")
    + QStringLiteral(", place_entity_id = :place_entity_id, description = :description, assessment = :assessment,"
                     " credibility = :credibility, lane = :lane");

Event readEvent(const QSqlQuery &query)
{
    Event event;
    int column = 0;
    event.id = query.value(column++).toLongLong();
    event.title = query.value(column++).toString();
    event.kind = query.value(column++).toString();
    event.time = TimeValueColumns::read(query, column);
    column += TimeValueColumns::count;
    event.placeEntityId = query.value(column++).toLongLong();
    event.description = query.value(column++).toString();
    event.assessment = query.value(column++).toString();
    event.credibility = query.value(column++).toInt();
    event.lane = query.value(column++).toString();
    event.changedBy = query.value(column++).toString();
    event.changedAt = query.value(column++).toLongLong();
    return event;
}

void bindEvent(QSqlQuery &query, const Event &event)
{
    query.bindValue(QStringLiteral(":title"), textValue(event.title));
    query.bindValue(QStringLiteral(":kind"), textValue(event.kind));
    TimeValueColumns::bind(query, u"time", event.time);
    // 0 means "no place"; the column is NULL then so that the foreign key holds.
    query.bindValue(QStringLiteral(":place_entity_id"),
                    event.placeEntityId != 0 ? QVariant(event.placeEntityId) : QVariant(QMetaType::fromType<qint64>()));
    query.bindValue(QStringLiteral(":description"), textValue(event.description));
    query.bindValue(QStringLiteral(":assessment"), textValue(event.assessment));
    query.bindValue(QStringLiteral(":credibility"), event.credibility);
    query.bindValue(QStringLiteral(":lane"), textValue(event.lane));
}

StorageError notFound(qint64 id)
{
    return { StorageError::Code::NotFound, QStringLiteral("there is no event %1 in the project").arg(id) };
}

std::unique_ptr<QSqlQuery> prepared(const QSqlDatabase &database, const QString &sql)
{
    auto query = std::make_unique<QSqlQuery>(database);
    query->prepare(sql);
    return query;
}

} // namespace

EventRepository::EventRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

EventRepository::~EventRepository() = default;

Status EventRepository::insertParticipantsAndTags(qint64 id, const Event &event)
{
    if (!m_insertParticipant) {
        m_insertParticipant = prepared(
            m_database,
            QStringLiteral("INSERT INTO event_participants (event_id, entity_id, role, position) VALUES (?, ?, ?, ?)"));
        m_insertTag = prepared(m_database, QStringLiteral("INSERT INTO event_tags (event_id, tag) VALUES (?, ?)"));
    }

    QList<EventParticipant> stored;
    int position = 0;
    for (const EventParticipant &participant : event.participants) {
        if (stored.contains(participant))
            continue;
        stored.append(participant);
        m_insertParticipant->bindValue(0, id);
        m_insertParticipant->bindValue(1, participant.entityId);
        m_insertParticipant->bindValue(2, textValue(participant.role));
        m_insertParticipant->bindValue(3, position++);
        if (!m_insertParticipant->exec())
            return sqlError(
                *m_insertParticipant,
                QStringLiteral("store participant %1 of \"%2\"").arg(participant.entityId).arg(event.title));
        m_insertParticipant->finish();
    }

    QSet<QString> tags;
    for (const QString &tag : event.tags) {
        if (tags.contains(tag))
            continue;
        tags.insert(tag);
        m_insertTag->bindValue(0, id);
        m_insertTag->bindValue(1, textValue(tag));
        if (!m_insertTag->exec())
            return sqlError(*m_insertTag, QStringLiteral("store the tag \"%1\" of \"%2\"").arg(tag, event.title));
        m_insertTag->finish();
    }
    return ok();
}

Result<qint64> EventRepository::insertEvent(const Event &event, bool keepId)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();

    QSqlQuery insert(m_database);
    insert.prepare(QStringLiteral("INSERT INTO events (") + (keepId ? QStringLiteral("id, ") : QString())
                   + QStringLiteral("title, kind, ") + TimeValueColumns::names(u"time")
                   + QStringLiteral(", place_entity_id, description, assessment, credibility, lane) VALUES (")
                   + (keepId ? QStringLiteral(":id, ") : QString()) + QStringLiteral(":title, :kind, ")
                   + TimeValueColumns::placeholders(u"time")
                   + QStringLiteral(", :place_entity_id, :description, :assessment, :credibility, :lane)")
                   + (keepId ? QString() : SqlDialect::of(m_database).returningId()));
    if (keepId)
        insert.bindValue(QStringLiteral(":id"), event.id);
    bindEvent(insert, event);
    if (!insert.exec())
        return sqlError(insert, QStringLiteral("store the event \"%1\"").arg(event.title));
    const qint64 id = keepId ? event.id : SqlDialect::of(m_database).lastInsertedId(insert);
    insert.finish();

    if (Status stored = insertParticipantsAndTags(id, event); !stored)
        return stored.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<qint64> EventRepository::add(const Event &event)
{
    return insertEvent(event, false);
}

Status EventRepository::restore(const Event &event)
{
    if (event.id <= 0)
        return StorageError { StorageError::Code::Constraint,
                              QStringLiteral("an event can only be restored under its id") };
    const Result<qint64> stored = insertEvent(event, true);
    if (!stored)
        return stored.error();
    return ok();
}

Result<QList<Event>> EventRepository::eventsWhere(const QString &condition, qint64 value)
{
    const QString where = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
    const QString owned = condition.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE event_id IN (SELECT id FROM events WHERE ") + condition + QStringLiteral(")");
    const auto run = [&](QSqlQuery &query, const QString &sql) {
        query.setForwardOnly(true);
        query.prepare(sql);
        if (!condition.isEmpty())
            query.bindValue(0, value);
        return query.exec();
    };

    QList<Event> events;
    QHash<qint64, qsizetype> indexOf;
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM events") + where
                 + QStringLiteral(
                     " ORDER BY time_earliest IS NULL, time_earliest, time_latest IS NULL, time_latest, id")))
        return sqlError(query, QStringLiteral("read the events"));
    while (query.next()) {
        indexOf.insert(query.value(0).toLongLong(), events.size());
        events.append(readEvent(query));
    }
    query.finish();
    if (events.isEmpty())
        return events;

    if (!run(query,
             QStringLiteral("SELECT event_id, entity_id, role FROM event_participants") + owned
                 + QStringLiteral(" ORDER BY event_id, position")))
        return sqlError(query, QStringLiteral("read the participants of events"));
    while (query.next()) {
        if (const auto it = indexOf.constFind(query.value(0).toLongLong()); it != indexOf.cend())
            events[*it].participants.append({ query.value(1).toLongLong(), query.value(2).toString() });
    }
    query.finish();

    if (!run(query,
             QStringLiteral("SELECT event_id, tag FROM event_tags") + owned + QStringLiteral(" ORDER BY event_id")))
        return sqlError(query, QStringLiteral("read the tags of events"));
    while (query.next()) {
        if (const auto it = indexOf.constFind(query.value(0).toLongLong()); it != indexOf.cend())
            events[*it].tags.append(query.value(1).toString());
    }
    for (Event &event : events)
        sortTags(event.tags);
    return events;
}

Result<Event> EventRepository::find(qint64 id)
{
    Result<QList<Event>> found = eventsWhere(QStringLiteral("id = ?"), id);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(id);
    return found->takeFirst();
}

Result<QList<Event>> EventRepository::list()
{
    return eventsWhere({}, 0);
}

Status EventRepository::update(const Event &event)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();

    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE events SET ") + assignments + QStringLiteral(" WHERE id = :id"));
    bindEvent(query, event);
    query.bindValue(QStringLiteral(":id"), event.id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("change event %1").arg(event.id));
    if (query.numRowsAffected() == 0)
        return notFound(event.id);
    query.finish();

    for (const QString &table : { QStringLiteral("event_participants"), QStringLiteral("event_tags") }) {
        query.prepare(QStringLiteral("DELETE FROM ") + table + QStringLiteral(" WHERE event_id = ?"));
        query.bindValue(0, event.id);
        if (!query.exec())
            return sqlError(query, QStringLiteral("change event %1").arg(event.id));
        query.finish();
    }
    if (Status stored = insertParticipantsAndTags(event.id, event); !stored)
        return stored;
    return transaction.commit();
}

Status EventRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();

    // Notes name their subject without a foreign key, so they go by hand.
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM notes WHERE subject = ? AND subject_id = ?"));
    query.bindValue(0, static_cast<int>(Note::Subject::Event));
    query.bindValue(1, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove the notes on event %1").arg(id));
    query.finish();

    query.prepare(QStringLiteral("DELETE FROM events WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove event %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    query.finish();
    return transaction.commit();
}

} // namespace annalist
