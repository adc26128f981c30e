#include "EntityRepository.h"

#include "SqlErrors.h"
#include "SqlValues.h"
#include "TimeValueColumns.h"
#include "WriteTransaction.h"

#include "model/Note.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QSqlQuery>
#include <QVariant>

#include <tuple>

namespace annalist {

namespace {

const QString roleColumns = QStringLiteral("id, entity_id, title, organisation, ") + TimeValueColumns::names(u"valid_from")
    + QStringLiteral(", ") + TimeValueColumns::names(u"valid_to");

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
    return {StorageError::Code::NotFound, QStringLiteral("there is no entity %1 in the project").arg(id)};
}

StorageError typeNotFound(qint64 id)
{
    return {StorageError::Code::NotFound, QStringLiteral("there is no entity type %1 in the project").arg(id)};
}

std::unique_ptr<QSqlQuery> prepared(const QSqlDatabase &database, const QString &sql)
{
    auto query = std::make_unique<QSqlQuery>(database);
    query->prepare(sql);
    return query;
}

// Runs a prepared single-row change; Code::NotFound when it touched nothing.
Status execChange(QSqlQuery &query, const QString &doing, const StorageError &missing)
{
    if (!query.exec())
        return sqlError(query, doing);
    if (query.numRowsAffected() == 0)
        return missing;
    return ok();
}

} // namespace

EntityRepository::EntityRepository(QSqlDatabase database)
    : m_database(std::move(database))
{
}

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
        return StorageError{StorageError::Code::NotFound, QStringLiteral("there is no entity type \"%1\"").arg(name)};
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
        return StorageError{StorageError::Code::Constraint, QStringLiteral("an entity type needs a name")};
    if (const Result<EntityType> existing = findType(trimmed); existing)
        return StorageError{StorageError::Code::Duplicate, QStringLiteral("there is already an entity type \"%1\"").arg(existing->name)};
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
        return StorageError{StorageError::Code::Constraint,
                            QStringLiteral("the entity type \"%1\" is built in and cannot be removed").arg(query.value(1).toString())};
    query.finish();

    query.prepare(QStringLiteral("DELETE FROM entity_types WHERE id = ?"));
    query.bindValue(0, typeId);
    return execChange(query, QStringLiteral("remove entity type %1").arg(typeId), typeNotFound(typeId));
}

Status EntityRepository::insertAliases(qint64 id, const QStringList &aliases)
{
    if (!m_insertAlias)
        m_insertAlias = prepared(m_database, QStringLiteral("INSERT INTO entity_aliases (entity_id, alias) VALUES (?, ?)"));
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
    if (!m_insertRole) {
        m_insertRole = prepared(m_database,
            QStringLiteral("INSERT INTO entity_roles (entity_id, title, organisation, ") + TimeValueColumns::names(u"valid_from")
                + QStringLiteral(", ") + TimeValueColumns::names(u"valid_to")
                + QStringLiteral(") VALUES (:entity_id, :title, :organisation, ") + TimeValueColumns::placeholders(u"valid_from")
                + QStringLiteral(", ") + TimeValueColumns::placeholders(u"valid_to") + QStringLiteral(")"));
    }
    QSqlQuery &insert = *m_insertRole;
    insert.bindValue(QStringLiteral(":entity_id"), entityId);
    insert.bindValue(QStringLiteral(":title"), textValue(role.title));
    insert.bindValue(QStringLiteral(":organisation"), textValue(role.organisation));
    TimeValueColumns::bind(insert, u"valid_from", role.from);
    TimeValueColumns::bind(insert, u"valid_to", role.to);
    if (!insert.exec())
        return sqlError(insert, QStringLiteral("store the role \"%1\"").arg(role.title));
    if (roleId)
        *roleId = insert.lastInsertId().toLongLong();
    insert.finish();
    return ok();
}

Result<qint64> EntityRepository::add(const Entity &entity)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();

    QSqlQuery insert(m_database);
    insert.prepare(QStringLiteral("INSERT INTO entities (type_id, canonical_name, notes, created_at) VALUES (?, ?, ?, ?)"));
    insert.bindValue(0, entity.typeId);
    insert.bindValue(1, textValue(entity.canonicalName));
    insert.bindValue(2, textValue(entity.notes));
    insert.bindValue(3, QDateTime::currentMSecsSinceEpoch());
    if (!insert.exec())
        return sqlError(insert, QStringLiteral("store the entity \"%1\"").arg(entity.canonicalName));
    const qint64 id = insert.lastInsertId().toLongLong();
    insert.finish();

    if (Status stored = insertAliases(id, entity.aliases); !stored)
        return stored.error();
    for (const EntityRole &role : entity.roles) {
        if (Status stored = insertRole(id, role, nullptr); !stored)
            return stored.error();
    }

    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
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
    if (!run(query, QStringLiteral("SELECT id, type_id, canonical_name, notes FROM entities") + where
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

    if (!run(query, QStringLiteral("SELECT entity_id, alias FROM entity_aliases") + owned
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
    Result<QList<Entity>> found = entitiesWhere(QStringLiteral("id = ?"), {id});
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
        return entitiesWhere(QStringLiteral("canonical_name = ? COLLATE NOCASE"
                                            " OR id IN (SELECT entity_id FROM entity_aliases WHERE alias = ? COLLATE NOCASE)"),
                             {name, name});
    }

    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT id, canonical_name FROM entities UNION ALL SELECT entity_id, alias FROM entity_aliases")))
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
        return StorageError{StorageError::Code::Duplicate, QStringLiteral("\"%1\" is already an alias of entity %2").arg(alias).arg(id)};
    query.finish();
    return insertAliases(id, {alias});
}

Status EntityRepository::removeAlias(qint64 id, const QString &alias)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM entity_aliases WHERE entity_id = ? AND alias = ?"));
    query.bindValue(0, id);
    query.bindValue(1, textValue(alias));
    return execChange(query, QStringLiteral("remove the alias \"%1\"").arg(alias),
                      {StorageError::Code::NotFound, QStringLiteral("\"%1\" is not an alias of entity %2").arg(alias).arg(id)});
}

Result<qint64> EntityRepository::addRole(qint64 entityId, const EntityRole &role)
{
    qint64 roleId = 0;
    if (Status stored = insertRole(entityId, role, &roleId); !stored)
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
    return execChange(query, QStringLiteral("change role %1").arg(role.id),
                      {StorageError::Code::NotFound, QStringLiteral("there is no role %1 in the project").arg(role.id)});
}

Status EntityRepository::removeRole(qint64 roleId)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM entity_roles WHERE id = ?"));
    query.bindValue(0, roleId);
    return execChange(query, QStringLiteral("remove role %1").arg(roleId),
                      {StorageError::Code::NotFound, QStringLiteral("there is no role %1 in the project").arg(roleId)});
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
        return StorageError{StorageError::Code::Constraint, QStringLiteral("entity %1 cannot be merged into itself").arg(fromId)};

    QSqlQuery query(m_database);
    const auto readNameAndNotes = [&](qint64 id) -> Result<QPair<QString, QString>> {
        query.prepare(QStringLiteral("SELECT canonical_name, notes FROM entities WHERE id = ?"));
        query.bindValue(0, id);
        if (!query.exec())
            return sqlError(query, QStringLiteral("read entity %1").arg(id));
        if (!query.next())
            return notFound(id);
        QPair<QString, QString> result{query.value(0).toString(), query.value(1).toString()};
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
        {QStringLiteral("UPDATE mentions SET entity_id = ? WHERE entity_id = ?"), {intoId, fromId}},
        // Aliases the target already has, or its own name, are not repeated.
        {QStringLiteral("INSERT OR IGNORE INTO entity_aliases (entity_id, alias)"
                        " SELECT ?, alias FROM entity_aliases WHERE entity_id = ? AND alias <> ?"),
         {intoId, fromId, intoName}},
        {QStringLiteral("INSERT OR IGNORE INTO entity_aliases (entity_id, alias)"
                        " SELECT ?, canonical_name FROM entities WHERE id = ? AND canonical_name <> ?"),
         {intoId, fromId, intoName}},
        {QStringLiteral("UPDATE entity_roles SET entity_id = ? WHERE entity_id = ?"), {intoId, fromId}},
        // Where both took part in an event in the same role, the target's place in the list stays.
        {QStringLiteral("UPDATE OR IGNORE event_participants SET entity_id = ? WHERE entity_id = ?"), {intoId, fromId}},
        {QStringLiteral("UPDATE events SET place_entity_id = ? WHERE place_entity_id = ?"), {intoId, fromId}},
        {QStringLiteral("UPDATE notes SET subject_id = ? WHERE subject = ? AND subject_id = ?"), {intoId, entitySubject, fromId}},
        {QStringLiteral("UPDATE entities SET notes = ? WHERE id = ?"), {textValue(mergedNotes), intoId}},
        {QStringLiteral("DELETE FROM entities WHERE id = ?"), {fromId}},
    };
    for (const auto &[sql, values] : steps) {
        if (Status done = run(sql, values, mergeDoing); !done)
            return done;
    }
    return transaction.commit();
}

} // namespace annalist
