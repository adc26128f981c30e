// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/Entity.h"
#include "model/Mention.h"

#include <QColor>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <utility>

class QSqlQuery;

namespace annalist {

// What EntityRepository::mergeRecorded moved, so that unmerge can move it back.
struct EntityMergeRecord
{
    // An event participation of the merged-away entity. `moved` ones went to the
    // target; the others duplicated one of the target's and were dropped.
    struct Participation
    {
        qint64 eventId = 0;
        QString role;
        int position = 0;
        bool moved = true;
    };

    // The merged-away entity as it was, with its aliases and roles.
    Entity from;
    qint64 fromCreatedAt = 0;
    qint64 intoId = 0;
    QString intoNotes;
    // Aliases the target gained: the other's name and aliases it did not have.
    QStringList aliasesAdded;
    QList<qint64> mentionIds;
    // Those of them on a span the target was already marked on: a span holds one
    // mention per entity, so they were dropped (the target's stays, confirmed if
    // either was), as they were.
    QList<Mention> mentionsDropped;
    // The target's mentions on those spans that were confirmed by the merge, with the
    // status each had before.
    QList<std::pair<qint64, Mention::Status>> statusesRaised;
    // The sources those mentions are in, ascending.
    QList<qint64> mentionSourceIds;
    QList<Participation> participations;
    QList<qint64> placeEventIds;
    QList<qint64> noteIds;
};

// Reads and writes entity types, entities, their aliases and time-scoped roles.
// Aliases come back in alphabetical order, roles in order of their start (open
// starts last).
class EntityRepository final
{
public:
    explicit EntityRepository(QSqlDatabase database);
    ~EntityRepository();
    EntityRepository(const EntityRepository &) = delete;
    EntityRepository &operator=(const EntityRepository &) = delete;

    // Built-in types first, then the analyst's in the order they were added.
    Result<QList<EntityType>> types();
    // Names are unique regardless of case: a taken name fails with Code::Duplicate.
    Result<qint64> addType(const QString &name, const QColor &color);
    // Case-insensitive; Code::NotFound when there is no such type.
    Result<EntityType> findType(const QString &name);
    Status setTypeColor(qint64 typeId, const QColor &color);
    // Built-in types and types still in use cannot be removed (Code::Constraint).
    Status removeType(qint64 typeId);

    // Stores the entity with its aliases and roles; returns its id. Repeated aliases
    // are stored once.
    Result<qint64> add(const Entity &entity);
    // Stores the entity under entity.id (for undo), with its aliases and its roles
    // under their ids (roles with id 0 get a new one). An id in use fails with
    // Code::Constraint.
    Status restore(const Entity &entity);
    Result<Entity> find(qint64 id);
    // Every entity with aliases and roles, by canonical name.
    Result<QList<Entity>> list();
    // Entities whose canonical name or one of whose aliases is `name`, ignoring case.
    Result<QList<Entity>> findByName(const QString &name);

    Status rename(qint64 id, const QString &canonicalName);
    Status setType(qint64 id, qint64 typeId);
    Status setNotes(qint64 id, const QString &notes);
    // An alias the entity already has fails with Code::Duplicate.
    Status addAlias(qint64 id, const QString &alias);
    Status removeAlias(qint64 id, const QString &alias);
    // Replaces all aliases of the entity; repeated ones are stored once.
    Status setAliases(qint64 id, const QStringList &aliases);

    // role.entityId is ignored in favour of `entityId`; returns the role's id.
    Result<qint64> addRole(qint64 entityId, const EntityRole &role);
    // Changes title, organisation and validity of the role with role.id.
    Status updateRole(const EntityRole &role);
    Status removeRole(qint64 roleId);
    // Replaces all roles of the entity, all or nothing. Roles with an id keep it (an id
    // another entity's role has fails with Code::Constraint); others get a new one.
    // Returns the roles' ids in the order given.
    Result<QList<qint64>> setRoles(qint64 entityId, const QList<EntityRole> &roles);

    // Removes the entity with its aliases, roles, mentions, participations and notes;
    // events that took place there keep no place.
    Status remove(qint64 id);
    // Folds `fromId` into `intoId`: its mentions, aliases, roles, participations,
    // place references and notes move to the target, its canonical name becomes an
    // alias of the target, and `fromId` is removed. All or nothing.
    Status merge(qint64 fromId, qint64 intoId);
    // merge() that also returns what it moved, read in the same transaction.
    Result<EntityMergeRecord> mergeRecorded(qint64 fromId, qint64 intoId);
    // Undoes a merge: the merged-away entity is stored again under its id with its
    // name, type, notes, aliases and creation time, and what moved moves back. Mentions,
    // roles and references deleted or moved elsewhere since are left alone.
    Status unmerge(const EntityMergeRecord &record);

private:
    Status update(qint64 id, const QString &assignment, const QVariant &value);
    Status insertAliases(qint64 id, const QStringList &aliases);
    Status insertRole(qint64 entityId, const EntityRole &role, qint64 *roleId);
    Status insertEntity(const Entity &entity, qint64 createdAt, qint64 *id);
    Result<EntityMergeRecord> recordMerge(qint64 fromId, qint64 intoId);
    Result<QList<Entity>> entitiesWhere(const QString &condition, const QVariantList &values);

    QSqlDatabase m_database;
    std::unique_ptr<QSqlQuery> m_insertAlias;
    std::unique_ptr<QSqlQuery> m_insertRole;
    std::unique_ptr<QSqlQuery> m_insertRoleWithId;
};

} // namespace annalist
