// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EntityRepository.h"

#include "SqlErrors.h"
#include "SqlSteps.h"
#include "SqlValues.h"
#include "TimeValueColumns.h"
#include "WriteTransaction.h"

#include "model/Note.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <tuple>

namespace annalist {

namespace {

const QString roleColumns = QStringLiteral("id, entity_id, title, organisation, ")
    + TimeValueColumns::names(u"valid_from") + QStringLiteral(", ") + TimeValueColumns::names(u"valid_to");

// Chronological, with roles whose start is unknown after the dated ones.
const QString roleOrder = QStringLiteral(" ORDER BY valid_from_earliest IS NULL, valid_from_earliest, id");

EntityRole readRole(const QSqlQuery &query)
{
    EntityRole role;
    role.id = query.value(0).toLongLong();
    role.entityId = query.value(1).toLongLong();
    role.title = query.value(2).toString();
    role.organisation = query.value(3).toString();
    role.from = TimeValueColumns::read(query, 4);
    role.to = TimeValueColumns::read(query, 4 + TimeValueColumns::count);
    return role;
}

QString colorText(const QColor &color)
{
    return color.isValid() ? color.name(QColor::HexRgb) : QStringLiteral("");
}

QColor colorFromText(const QString &text)
{
    return text.isEmpty() ? QColor() : QColor::fromString(text);
}

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() > 0x7f)
            return false;
    }
    return true;
}

StorageError notFound(qint64 id)
{
    return { StorageError::Code::NotFound, QStringLiteral("there is no entity %1 in the project").arg(id) };
}

StorageError typeNotFound(qint64 id)
{
    return { StorageError::Code::NotFound, QStringLiteral("there is no entity type %1 in the project").arg(id) };
}

Status requireEntity(const QSqlDatabase &database, qint64 id)
{
    QSqlQuery query(database);
    query.prepare(QStringLiteral("SELECT 1 FROM entities WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read entity %1").arg(id));
    if (!query.next())
        return notFound(id);
    return ok();
}

} // namespace

EntityRepository::EntityRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

EntityRepository::~EntityRepository() = default;

Result<QList<EntityType>> EntityRepository::types()
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, name, color, built_in FROM entity_types ORDER BY built_in DESC, id")))
        return sqlError(query, QStringLiteral("list the entity types"));
    QList<EntityType> result;
    while (query.next()) {
        EntityType type;
        type.id = query.value(0).toLongLong();
        type.name = query.value(1).toString();
        type.color = colorFromText(query.value(2).toString());
        type.builtIn = query.value(3).toBool();
        result.append(type);
    }
    return result;
}

Result<EntityType> EntityRepository::findType(const QString &name)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT id, name, color, built_in FROM entity_types WHERE name = ? COLLATE NOCASE"));
    query.bindValue(0, textValue(name));
    if (!query.exec())
        return sqlError(query, QStringLiteral("look up the entity type \"%1\"").arg(name));
    if (!query.next())
        return StorageError { StorageError::Code::NotFound,
                              QStringLiteral("there is no entity type \"%1\"").arg(name) };
    EntityType type;
    type.id = query.value(0).toLongLong();
    type.name = query.value(1).toString();
    type.color = colorFromText(query.value(2).toString());
    type.builtIn = query.value(3).toBool();
    return type;
}

Result<qint64> EntityRepository::addType(const QString &name, const QColor &color)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return StorageError { StorageError::Code::Constraint, QStringLiteral("an entity type needs a name") };
    if (const Result<EntityType> existing = findType(trimmed); existing)
        return StorageError { StorageError::Code::Duplicate,
                              QStringLiteral("there is already an entity type \"%1\"").arg(existing->name) };
    else if (existing.error().code != StorageError::Code::NotFound)
        return existing.error();

    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("INSERT INTO entity_types (name, color, built_in) VALUES (?, ?, 0)"));
    query.bindValue(0, trimmed);
    query.bindValue(1, colorText(color));
    if (!query.exec())
        return sqlError(query, QStringLiteral("add the entity type \"%1\"").arg(trimmed));
    return query.lastInsertId().toLongLong();
}

Status EntityRepository::setTypeColor(qint64 typeId, const QColor &color)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE entity_types SET color = ? WHERE id = ?"));
    query.bindValue(0, colorText(color));
    query.bindValue(1, typeId);
    return execChange(query, QStringLiteral("change the colour of entity type %1").arg(typeId), typeNotFound(typeId));
}

Status EntityRepository::removeType(qint64 typeId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT built_in, name FROM entity_types WHERE id = ?"));
    query.bindValue(0, typeId);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read entity type %1").arg(typeId));
    if (!query.next())
        return typeNotFound(typeId);
    if (query.value(0).toBool())
        return StorageError {
            StorageError::Code::Constraint,
            QStringLiteral("the entity type \"%1\" is built in and cannot be removed").arg(query.value(1).toString())
        };
    query.finish();

    query.prepare(QStringLiteral("DELETE FROM entity_types WHERE id = ?"));
    query.bindValue(0, typeId);
    return execChange(query, QStringLiteral("remove entity type %1").arg(typeId), typeNotFound(typeId));
}

Status EntityRepository::insertAliases(qint64 id, const QStringList &aliases)
{
    if (!m_insertAlias)
        m_insertAlias
            = prepared(m_database, QStringLiteral("INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?)"));
    QSet<QString> seen;
    for (const QString &alias : aliases) {
        if (seen.contains(alias))
            continue;
        seen.insert(alias);
        m_insertAlias->bindValue(0, id);
        m_insertAlias->bindValue(1, textValue(alias));
        if (!m_insertAlias->exec())
            return sqlError(*m_insertAlias, QStringLiteral("store the alias \"%1\"").arg(alias));
        m_insertAlias->finish();
    }
    return ok();
}

Status EntityRepository::insertRole(qint64 entityId, const EntityRole &role, qint64 *roleId)
{
    // A role with an id is being restored (undo) and keeps it.
    const bool keepId = role.id > 0;
    std::unique_ptr<QSqlQuery> &statement = keepId ? m_insertRoleWithId : m_insertRole;
    if (!statement) {
        statement = prepared(
            m_database,
            QStringLiteral("INSERT INTO entity_roles (") + (keepId ? QStringLiteral("id, ") : QString())
                + QStringLiteral("entity_id, title, organisation, ") + TimeValueColumns::names(u"valid_from")
                + QStringLiteral(", ") + TimeValueColumns::names(u"valid_to") + QStringLiteral(") VALUES (")
                + (keepId ? QStringLiteral(":id, ") : QString()) + QStringLiteral(":entity_id, :title, :organisation, ")
                + TimeValueColumns::placeholders(u"valid_from") + QStringLiteral(", ")
                + TimeValueColumns::placeholders(u"valid_to") + QStringLiteral(")"));
    }
    QSqlQuery &insert = *statement;
    if (keepId)
        insert.bindValue(QStringLiteral(":id"), role.id);
    insert.bindValue(QStringLiteral(":entity_id"), entityId);
    insert.bindValue(QStringLiteral(":title"), textValue(role.title));
    insert.bindValue(QStringLiteral(":organisation"), textValue(role.organisation));
    TimeValueColumns::bind(insert, u"valid_from", role.from);
    TimeValueColumns::bind(insert, u"valid_to", role.to);
    if (!insert.exec())
        return sqlError(insert, QStringLiteral("store the role \"%1\"").arg(role.title));
    if (roleId)
        *roleId = keepId ? role.id : insert.lastInsertId().toLongLong();
    insert.finish();
    return ok();
}

Status EntityRepository::insertEntity(const Entity &entity, qint64 createdAt, qint64 *id)
{
    const bool keepId = entity.id > 0;
    QSqlQuery insert(m_database);
    insert.prepare(keepId ? QStringLiteral(
                       "INSERT INTO entities (id, type_id, canonical_name, notes, created_at) VALUES (?, ?, ?, ?, ?)")
                          : QStringLiteral(
                              "INSERT INTO entities (type_id, canonical_name, notes, created_at) VALUES (?, ?, ?, ?)"));
    int column = 0;
    if (keepId)
        insert.bindValue(column++, entity.id);
    insert.bindValue(column++, entity.typeId);
    insert.bindValue(column++, textValue(entity.canonicalName));
    insert.bindValue(column++, textValue(entity.notes));
    insert.bindValue(column++, createdAt);
    if (!insert.exec())
        return sqlError(insert, QStringLiteral("store the entity \"%1\"").arg(entity.canonicalName));
    if (id)
        *id = keepId ? entity.id : insert.lastInsertId().toLongLong();
    return ok();
}

Result<qint64> EntityRepository::add(const Entity &entity)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();

    Entity fresh = entity;
    fresh.id = 0;
    qint64 id = 0;
    if (Status stored = insertEntity(fresh, QDateTime::currentMSecsSinceEpoch(), &id); !stored)
        return stored.error();
    if (Status stored = insertAliases(id, entity.aliases); !stored)
        return stored.error();
    for (EntityRole role : entity.roles) {
        role.id = 0;
        if (Status stored = insertRole(id, role, nullptr); !stored)
            return stored.error();
    }

    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Status EntityRepository::restore(const Entity &entity)
{
    if (entity.id <= 0)
        return StorageError { StorageError::Code::Constraint,
                              QStringLiteral("an entity can only be restored under its id") };
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    if (Status stored = insertEntity(entity, QDateTime::currentMSecsSinceEpoch(), nullptr); !stored)
        return stored;
    if (Status stored = insertAliases(entity.id, entity.aliases); !stored)
        return stored;
    for (const EntityRole &role : entity.roles) {
        if (Status stored = insertRole(entity.id, role, nullptr); !stored)
            return stored;
    }
    return transaction.commit();
}

Result<QList<Entity>> EntityRepository::entitiesWhere(const QString &condition, const QVariantList &values)
{
    const auto run = [&](QSqlQuery &query, const QString &sql) {
        query.setForwardOnly(true);
        query.prepare(sql);
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        return query.exec();
    };
    const QString where = condition.isEmpty() ? QString() : QStringLiteral(" WHERE ") + condition;
    const QString owned = condition.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE entity_id IN (SELECT id FROM entities WHERE ") + condition + QStringLiteral(")");

    QList<Entity> entities;
    QHash<qint64, qsizetype> indexOf;
    QSqlQuery query(m_database);
    if (!run(query,
             QStringLiteral("SELECT id, type_id, canonical_name, notes FROM entities") + where
                 + QStringLiteral(" ORDER BY canonical_name COLLATE NOCASE, canonical_name, id")))
        return sqlError(query, QStringLiteral("read the entities"));
    while (query.next()) {
        Entity entity;
        entity.id = query.value(0).toLongLong();
        entity.typeId = query.value(1).toLongLong();
        entity.canonicalName = query.value(2).toString();
        entity.notes = query.value(3).toString();
        indexOf.insert(entity.id, entities.size());
        entities.append(entity);
    }
    query.finish();
    if (entities.isEmpty())
        return entities;

    if (!run(query,
             QStringLiteral("SELECT entity_id, alias FROM entity_aliases") + owned
                 + QStringLiteral(" ORDER BY alias COLLATE NOCASE, alias")))
        return sqlError(query, QStringLiteral("read the aliases"));
    while (query.next()) {
        if (const auto it = indexOf.constFind(query.value(0).toLongLong()); it != indexOf.cend())
            entities[*it].aliases.append(query.value(1).toString());
    }
    query.finish();

    if (!run(query, QStringLiteral("SELECT ") + roleColumns + QStringLiteral(" FROM entity_roles") + owned + roleOrder))
        return sqlError(query, QStringLiteral("read the roles"));
    while (query.next()) {
        const EntityRole role = readRole(query);
        if (const auto it = indexOf.constFind(role.entityId); it != indexOf.cend())
            entities[*it].roles.append(role);
    }
    return entities;
}

Result<Entity> EntityRepository::find(qint64 id)
{
    Result<QList<Entity>> found = entitiesWhere(QStringLiteral("id = ?"), { id });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return notFound(id);
    return found->takeFirst();
}

Result<QList<Entity>> EntityRepository::list()
{
    return entitiesWhere({}, {});
}

Result<QList<Entity>> EntityRepository::findByName(const QString &name)
{
    if (name.isEmpty())
        return QList<Entity>();
    // SQLite's NOCASE folds ASCII only; other names are compared here, which a
    // project's few thousand names allow.
    if (isAscii(name)) {
        return entitiesWhere(
            QStringLiteral("canonical_name = ? COLLATE NOCASE"
                           " OR id IN (SELECT entity_id FROM entity_aliases WHERE alias = ? COLLATE NOCASE)"),
            { name, name });
    }

    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral(
            "SELECT id, canonical_name FROM entities UNION ALL SELECT entity_id, alias FROM entity_aliases")))
        return sqlError(query, QStringLiteral("look up \"%1\"").arg(name));
    QSet<qint64> ids;
    while (query.next()) {
        if (query.value(1).toString().compare(name, Qt::CaseInsensitive) == 0)
            ids.insert(query.value(0).toLongLong());
    }
    query.finish();
    if (ids.isEmpty())
        return QList<Entity>();

    QStringList placeholders;
    QVariantList values;
    for (qint64 id : std::as_const(ids)) {
        placeholders.append(QStringLiteral("?"));
        values.append(id);
    }
    return entitiesWhere(QStringLiteral("id IN (") + placeholders.join(u',') + QStringLiteral(")"), values);
}

Status EntityRepository::update(qint64 id, const QString &assignment, const QVariant &value)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE entities SET ") + assignment + QStringLiteral(" WHERE id = ?"));
    query.bindValue(0, value);
    query.bindValue(1, id);
    return execChange(query, QStringLiteral("change entity %1").arg(id), notFound(id));
}

Status EntityRepository::rename(qint64 id, const QString &canonicalName)
{
    return update(id, QStringLiteral("canonical_name = ?"), textValue(canonicalName));
}

Status EntityRepository::setType(qint64 id, qint64 typeId)
{
    return update(id, QStringLiteral("type_id = ?"), typeId);
}

Status EntityRepository::setNotes(qint64 id, const QString &notes)
{
    return update(id, QStringLiteral("notes = ?"), textValue(notes));
}

Status EntityRepository::addAlias(qint64 id, const QString &alias)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT 1 FROM entity_aliases WHERE entity_id = ? AND alias = ?"));
    query.bindValue(0, id);
    query.bindValue(1, textValue(alias));
    if (!query.exec())
        return sqlError(query, QStringLiteral("read the aliases of entity %1").arg(id));
    if (query.next())
        return StorageError { StorageError::Code::Duplicate,
                              QStringLiteral("\"%1\" is already an alias of entity %2").arg(alias).arg(id) };
    query.finish();
    return insertAliases(id, { alias });
}

Status EntityRepository::removeAlias(qint64 id, const QString &alias)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?"));
    query.bindValue(0, id);
    query.bindValue(1, textValue(alias));
    return execChange(
        query, QStringLiteral("remove the alias \"%1\"").arg(alias),
        { StorageError::Code::NotFound, QStringLiteral("\"%1\" is not an alias of entity %2").arg(alias).arg(id) });
}

Status EntityRepository::setAliases(qint64 id, const QStringList &aliases)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    if (Status exists = requireEntity(m_database, id); !exists)
        return exists;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM entity_aliases WHERE entity_id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("replace the aliases of entity %1").arg(id));
    query.finish();
    if (Status stored = insertAliases(id, aliases); !stored)
        return stored;
    return transaction.commit();
}

Result<qint64> EntityRepository::addRole(qint64 entityId, const EntityRole &role)
{
    qint64 roleId = 0;
    EntityRole fresh = role;
    fresh.id = 0;
    if (Status stored = insertRole(entityId, fresh, &roleId); !stored)
        return stored.error();
    return roleId;
}

Status EntityRepository::updateRole(const EntityRole &role)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE entity_roles SET title = :title, organisation = :organisation, ")
                  + TimeValueColumns::assignments(u"valid_from") + QStringLiteral(", ")
                  + TimeValueColumns::assignments(u"valid_to") + QStringLiteral(" WHERE id = :id"));
    query.bindValue(QStringLiteral(":title"), textValue(role.title));
    query.bindValue(QStringLiteral(":organisation"), textValue(role.organisation));
    TimeValueColumns::bind(query, u"valid_from", role.from);
    TimeValueColumns::bind(query, u"valid_to", role.to);
    query.bindValue(QStringLiteral(":id"), role.id);
    return execChange(
        query, QStringLiteral("change role %1").arg(role.id),
        { StorageError::Code::NotFound, QStringLiteral("there is no role %1 in the project").arg(role.id) });
}

Result<QList<qint64>> EntityRepository::setRoles(qint64 entityId, const QList<EntityRole> &roles)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    if (Status exists = requireEntity(m_database, entityId); !exists)
        return exists.error();
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM entity_roles WHERE entity_id = ?"));
    query.bindValue(0, entityId);
    if (!query.exec())
        return sqlError(query, QStringLiteral("replace the roles of entity %1").arg(entityId));
    query.finish();
    QList<qint64> ids;
    ids.reserve(roles.size());
    for (const EntityRole &role : roles) {
        qint64 roleId = 0;
        if (Status stored = insertRole(entityId, role, &roleId); !stored)
            return stored.error();
        ids.append(roleId);
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return ids;
}

Status EntityRepository::removeRole(qint64 roleId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM entity_roles WHERE id = ?"));
    query.bindValue(0, roleId);
    return execChange(
        query, QStringLiteral("remove role %1").arg(roleId),
        { StorageError::Code::NotFound, QStringLiteral("there is no role %1 in the project").arg(roleId) });
}

Status EntityRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();

    // Notes name their subject without a foreign key, so they go by hand.
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM notes WHERE subject = ? AND subject_id = ?"));
    query.bindValue(0, static_cast<int>(Note::Subject::Entity));
    query.bindValue(1, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove the notes on entity %1").arg(id));
    query.finish();

    query.prepare(QStringLiteral("DELETE FROM entities WHERE id = ?"));
    query.bindValue(0, id);
    if (Status removed = execChange(query, QStringLiteral("remove entity %1").arg(id), notFound(id)); !removed)
        return removed;
    return transaction.commit();
}

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

    const QList<std::tuple<QString, QVariantList>> steps = {
        { QStringLiteral("UPDATE mentions SET entity_id = ? WHERE entity_id = ?"), { intoId, fromId } },
        // Aliases the target already has, or its own name, are not repeated.
        { QStringLiteral("INSERT OR IGNORE INTO entity_aliases (entity_id, alias)"
                         " SELECT ?, alias FROM entity_aliases WHERE entity_id = ? AND alias <> ?"),
          { intoId, fromId, intoName } },
        { QStringLiteral("INSERT OR IGNORE INTO entity_aliases (entity_id, alias)"
                         " SELECT ?, canonical_name FROM entities WHERE id = ? AND canonical_name <> ?"),
          { intoId, fromId, intoName } },
        { QStringLiteral("UPDATE entity_roles SET entity_id = ? WHERE entity_id = ?"), { intoId, fromId } },
        // Where both took part in an event in the same role, the target's place in the list stays.
        { QStringLiteral("UPDATE OR IGNORE event_participants SET entity_id = ? WHERE entity_id = ?"),
          { intoId, fromId } },
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
        { QStringLiteral("INSERT OR IGNORE INTO event_participants (event_id, entity_id, role, position)"
                         " SELECT ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM events WHERE id = ?)"),
          droppedRows },
        { QStringLiteral("UPDATE events SET place_entity_id = ? WHERE id = ? AND place_entity_id = ?"), placeRows },
        { QStringLiteral("UPDATE notes SET subject_id = ? WHERE id = ? AND subject = ? AND subject_id = ?"), noteRows },
        { QStringLiteral("UPDATE entities SET notes = ? WHERE id = ?"), { { textValue(record.intoNotes), intoId } } },
    };
    for (const auto &[sql, rows] : steps) {
        if (Status done = each(sql, rows); !done)
            return done;
    }
    return transaction.commit();
}

} // namespace annalist
