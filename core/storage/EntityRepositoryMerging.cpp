// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Merging two entities into one, recording what the merge changed so that it can be
// undone, and undoing it.

#include "EntityRepository.h"
#include "EntityRepositorySql.h"

#include "SqlDialect.h"
#include "SqlErrors.h"
#include "SqlValues.h"
#include "TimeValueColumns.h"
#include "WriteTransaction.h"

#include "MentionRepository.h"
#include "model/Note.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace annalist {

using namespace entitysql;

namespace {

// The mention `other` lies on the same span of the same source as the row of `table`.
QString sameSpanAs(const QString &table)
{
    return QStringLiteral("other.source_id = %1.source_id AND other.start_offset = %1.start_offset"
                          " AND other.end_offset = %1.end_offset")
        .arg(table);
}

} // namespace

Status EntityRepository::merge(qint64 fromId, qint64 intoId)
{
    if (fromId == intoId)
        return StorageError { StorageError::Code::Constraint,
                              QStringLiteral("entity %1 cannot be merged into itself").arg(fromId) };

    QSqlQuery query(m_database);
    const auto readNameAndNotes = [&](qint64 id) -> Result<QPair<QString, QString>> {
        query.prepare(QStringLiteral("SELECT canonical_name, notes FROM entities WHERE id = ?"));
        query.bindValue(0, id);
        if (!query.exec())
            return sqlError(query, QStringLiteral("read entity %1").arg(id));
        if (!query.next())
            return notFound(id);
        QPair<QString, QString> result { query.value(0).toString(), query.value(1).toString() };
        query.finish();
        return result;
    };
    const Result<QPair<QString, QString>> from = readNameAndNotes(fromId);
    if (!from)
        return from.error();
    const Result<QPair<QString, QString>> into = readNameAndNotes(intoId);
    if (!into)
        return into.error();

    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();

    const auto run = [&](const QString &sql, const QVariantList &values, const QString &doing) -> Status {
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return sqlError(query, doing);
        query.finish();
        return ok();
    };

    const QString mergeDoing = QStringLiteral("merge entity %1 into %2").arg(fromId).arg(intoId);
    const QString &intoName = into->first;
    QString mergedNotes = into->second;
    if (!from->second.isEmpty())
        mergedNotes = mergedNotes.isEmpty() ? from->second : mergedNotes + QStringLiteral("\n\n") + from->second;
    const int entitySubject = static_cast<int>(Note::Subject::Entity);

    const int confirmed = static_cast<int>(Mention::Status::Confirmed);
    const QList<std::tuple<QString, QVariantList>> steps = {
        // A span holds one mention per entity: where both were marked on one span, the
        // target's mention stays, confirmed if either was, and the other goes.
        { QStringLiteral("UPDATE mentions SET status = ? WHERE entity_id = ? AND status <> ? AND EXISTS ("
                         "SELECT 1 FROM mentions AS other WHERE ")
              + sameSpanAs(QStringLiteral("mentions"))
              + QStringLiteral(" AND other.entity_id = ? AND other.status = ?)"),
          { confirmed, intoId, confirmed, fromId, confirmed } },
        { QStringLiteral("DELETE FROM mentions WHERE entity_id = ? AND EXISTS ("
                         "SELECT 1 FROM mentions AS other WHERE ")
              + sameSpanAs(QStringLiteral("mentions")) + QStringLiteral(" AND other.entity_id = ?)"),
          { fromId, intoId } },
        { QStringLiteral("UPDATE mentions SET entity_id = ? WHERE entity_id = ?"), { intoId, fromId } },
        // Aliases the target already has, or its own name, are not repeated.
        { QStringLiteral("INSERT INTO entity_aliases (entity_id, alias)"
                         " SELECT CAST(? AS INTEGER), alias FROM entity_aliases WHERE entity_id = ? AND alias <> ?"
                         " ON CONFLICT DO NOTHING"),
          { intoId, fromId, intoName } },
        { QStringLiteral("INSERT INTO entity_aliases (entity_id, alias)"
                         " SELECT CAST(? AS INTEGER), canonical_name FROM entities WHERE id = ? AND canonical_name <> ?"
                         " ON CONFLICT DO NOTHING"),
          { intoId, fromId, intoName } },
        { QStringLiteral("UPDATE entity_roles SET entity_id = ? WHERE entity_id = ?"), { intoId, fromId } },
        // Where both took part in an event in the same role, the target's place in the list stays.
        { QStringLiteral("DELETE FROM event_participants WHERE entity_id = ? AND EXISTS ("
                         "SELECT 1 FROM event_participants AS other WHERE other.event_id = event_participants.event_id"
                         " AND other.role = event_participants.role AND other.entity_id = ?)"),
          { fromId, intoId } },
        { QStringLiteral("UPDATE event_participants SET entity_id = ? WHERE entity_id = ?"), { intoId, fromId } },
        { QStringLiteral("UPDATE events SET place_entity_id = ? WHERE place_entity_id = ?"), { intoId, fromId } },
        { QStringLiteral("UPDATE notes SET subject_id = ? WHERE subject = ? AND subject_id = ?"),
          { intoId, entitySubject, fromId } },
        { QStringLiteral("UPDATE entities SET notes = ? WHERE id = ?"), { textValue(mergedNotes), intoId } },
        { QStringLiteral("DELETE FROM entities WHERE id = ?"), { fromId } },
    };
    for (const auto &[sql, values] : steps) {
        if (Status done = run(sql, values, mergeDoing); !done)
            return done;
    }
    return transaction.commit();
}

Result<EntityMergeRecord> EntityRepository::recordMerge(qint64 fromId, qint64 intoId)
{
    Result<Entity> from = find(fromId);
    if (!from)
        return from.error();
    const Result<Entity> into = find(intoId);
    if (!into)
        return into.error();

    EntityMergeRecord record;
    record.from = *from;
    record.intoId = intoId;
    record.intoNotes = into->notes;
    // As merge() does: names compare exactly, as the alias key does.
    QStringList candidates = from->aliases;
    candidates.append(from->canonicalName);
    for (const QString &alias : std::as_const(candidates)) {
        if (alias != into->canonicalName && !into->aliases.contains(alias) && !record.aliasesAdded.contains(alias))
            record.aliasesAdded.append(alias);
    }

    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    const QString doing = QStringLiteral("read what merging entity %1 into %2 moves").arg(fromId).arg(intoId);
    const auto select = [&](const QString &sql, const QVariantList &values) {
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        return query.exec();
    };

    if (!select(QStringLiteral("SELECT created_at FROM entities WHERE id = ?"), { fromId }) || !query.next())
        return sqlError(query, doing);
    record.fromCreatedAt = query.value(0).toLongLong();
    query.finish();

    if (!select(QStringLiteral("SELECT id, source_id FROM mentions WHERE entity_id = ? ORDER BY id"), { fromId }))
        return sqlError(query, doing);
    QSet<qint64> sourceIds;
    while (query.next()) {
        record.mentionIds.append(query.value(0).toLongLong());
        sourceIds.insert(query.value(1).toLongLong());
    }
    query.finish();
    record.mentionSourceIds = QList<qint64>(sourceIds.cbegin(), sourceIds.cend());
    std::sort(record.mentionSourceIds.begin(), record.mentionSourceIds.end());

    // The mentions of both on one span, which merge() makes one.
    if (!select(QStringLiteral("SELECT mentions.id, other.id, mentions.status, other.status FROM mentions"
                               " JOIN mentions AS other ON ")
                    + sameSpanAs(QStringLiteral("mentions"))
                    + QStringLiteral(" WHERE mentions.entity_id = ? AND other.entity_id = ? ORDER BY mentions.id"),
                { fromId, intoId }))
        return sqlError(query, doing);
    QList<qint64> droppedIds;
    while (query.next()) {
        droppedIds.append(query.value(0).toLongLong());
        const auto intoStatus = static_cast<Mention::Status>(query.value(3).toInt());
        if (static_cast<Mention::Status>(query.value(2).toInt()) == Mention::Status::Confirmed
            && intoStatus != Mention::Status::Confirmed)
            record.statusesRaised.append({ query.value(1).toLongLong(), intoStatus });
    }
    query.finish();
    MentionRepository mentions(m_database);
    for (qint64 id : std::as_const(droppedIds)) {
        Result<Mention> dropped = mentions.find(id);
        if (!dropped)
            return dropped.error();
        record.mentionsDropped.append(std::move(*dropped));
    }

    if (!select(QStringLiteral("SELECT p.event_id, p.role, p.position, EXISTS (SELECT 1 FROM event_participants q"
                               " WHERE q.event_id = p.event_id AND q.entity_id = ? AND q.role = p.role)"
                               " FROM event_participants p WHERE p.entity_id = ? ORDER BY p.event_id, p.position"),
                { intoId, fromId }))
        return sqlError(query, doing);
    while (query.next()) {
        EntityMergeRecord::Participation participation;
        participation.eventId = query.value(0).toLongLong();
        participation.role = query.value(1).toString();
        participation.position = query.value(2).toInt();
        participation.moved = !query.value(3).toBool();
        record.participations.append(participation);
    }
    query.finish();

    if (!select(QStringLiteral("SELECT id FROM events WHERE place_entity_id = ? ORDER BY id"), { fromId }))
        return sqlError(query, doing);
    while (query.next())
        record.placeEventIds.append(query.value(0).toLongLong());
    query.finish();

    if (!select(QStringLiteral("SELECT id FROM notes WHERE subject = ? AND subject_id = ? ORDER BY id"),
                { static_cast<int>(Note::Subject::Entity), fromId }))
        return sqlError(query, doing);
    while (query.next())
        record.noteIds.append(query.value(0).toLongLong());
    return record;
}

Result<EntityMergeRecord> EntityRepository::mergeRecorded(qint64 fromId, qint64 intoId)
{
    if (fromId == intoId)
        return StorageError { StorageError::Code::Constraint,
                              QStringLiteral("entity %1 cannot be merged into itself").arg(fromId) };
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    Result<EntityMergeRecord> record = recordMerge(fromId, intoId);
    if (!record)
        return record.error();
    if (Status merged = merge(fromId, intoId); !merged)
        return merged.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return record;
}

Status EntityRepository::unmerge(const EntityMergeRecord &record)
{
    const qint64 fromId = record.from.id;
    const qint64 intoId = record.intoId;
    if (fromId <= 0 || intoId <= 0 || fromId == intoId)
        return StorageError { StorageError::Code::Constraint, QStringLiteral("there is no merge to undo") };

    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    if (Status exists = requireEntity(m_database, intoId); !exists)
        return exists;

    Entity from = record.from;
    from.roles.clear(); // they still exist, under the target
    if (Status stored = insertEntity(from, record.fromCreatedAt, nullptr); !stored)
        return stored;
    if (Status stored = insertAliases(fromId, from.aliases); !stored)
        return stored;

    const QString doing = QStringLiteral("undo the merge of entity %1 into %2").arg(fromId).arg(intoId);
    QSqlQuery query(m_database);
    const auto each = [&](const QString &sql, const QList<QVariantList> &rows) {
        return runEach(query, sql, rows, doing);
    };

    QList<QVariantList> aliasRows;
    for (const QString &alias : record.aliasesAdded)
        aliasRows.append({ intoId, textValue(alias) });
    QList<QVariantList> roleRows;
    for (const EntityRole &role : record.from.roles)
        roleRows.append({ fromId, role.id, intoId });
    QList<QVariantList> mentionRows;
    for (qint64 mentionId : record.mentionIds)
        mentionRows.append({ fromId, mentionId, intoId });
    QList<QVariantList> movedRows;
    QList<QVariantList> droppedRows;
    for (const EntityMergeRecord::Participation &participation : record.participations) {
        if (participation.moved)
            movedRows.append({ fromId, participation.eventId, intoId, textValue(participation.role) });
        else
            droppedRows.append({ participation.eventId, fromId, textValue(participation.role), participation.position,
                                 participation.eventId });
    }
    QList<QVariantList> placeRows;
    for (qint64 eventId : record.placeEventIds)
        placeRows.append({ fromId, eventId, intoId });
    QList<QVariantList> noteRows;
    for (qint64 noteId : record.noteIds)
        noteRows.append({ fromId, noteId, static_cast<int>(Note::Subject::Entity), intoId });

    // Each move checks that the row is still where the merge put it.
    const QList<std::tuple<QString, QList<QVariantList>>> steps = {
        { QStringLiteral("DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?"), aliasRows },
        { QStringLiteral("UPDATE entity_roles SET entity_id = ? WHERE id = ? AND entity_id = ?"), roleRows },
        { QStringLiteral("UPDATE mentions SET entity_id = ? WHERE id = ? AND entity_id = ?"), mentionRows },
        { QStringLiteral(
              "UPDATE event_participants SET entity_id = ? WHERE event_id = ? AND entity_id = ? AND role = ?"),
          movedRows },
        { QStringLiteral("INSERT INTO event_participants (event_id, entity_id, role, position)"
                         " SELECT CAST(? AS INTEGER), CAST(? AS INTEGER), CAST(? AS TEXT), CAST(? AS INTEGER)"
                         " WHERE EXISTS (SELECT 1 FROM events WHERE id = ?)"
                         " ON CONFLICT DO NOTHING"),
          droppedRows },
        { QStringLiteral("UPDATE events SET place_entity_id = ? WHERE id = ? AND place_entity_id = ?"), placeRows },
        { QStringLiteral("UPDATE notes SET subject_id = ? WHERE id = ? AND subject = ? AND subject_id = ?"), noteRows },
        { QStringLiteral("UPDATE entities SET notes = ? WHERE id = ?"), { { textValue(record.intoNotes), intoId } } },
    };
    for (const auto &[sql, rows] : steps) {
        if (Status done = each(sql, rows); !done)
            return done;
    }
    // The mentions the merge made one with the target's are two again.
    QList<QVariantList> statusRows;
    for (const auto &[mentionId, status] : record.statusesRaised)
        statusRows.append({ static_cast<int>(status), mentionId, intoId });
    if (Status done = each(QStringLiteral("UPDATE mentions SET status = ? WHERE id = ? AND entity_id = ?"), statusRows);
        !done)
        return done;
    MentionRepository mentions(m_database);
    for (const Mention &dropped : record.mentionsDropped) {
        if (Status restored = mentions.restore(dropped); !restored)
            return restored;
    }
    return transaction.commit();
}

} // namespace annalist
