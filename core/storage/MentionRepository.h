// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/Mention.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>

class QSqlQuery;

namespace annalist {

// How often an entity is mentioned (confirmed and candidate, not rejected) and in how
// many distinct sources.
struct EntityMentionCount
{
    int mentions = 0;
    int sources = 0;
};

// Reads and writes the spans of sources that refer to entities.
class MentionRepository final
{
public:
    explicit MentionRepository(QSqlDatabase database);
    ~MentionRepository();
    MentionRepository(const MentionRepository &) = delete;
    MentionRepository &operator=(const MentionRepository &) = delete;

    // Returns the new id; an unknown entity or source, or an empty or negative span,
    // fails with Code::Constraint.
    Result<qint64> add(const Mention &mention);
    // Stores all mentions or none; returns their ids in the order given.
    Result<QList<qint64>> addAll(const QList<Mention> &mentions);
    // Stores the mention under mention.id (for undo); an id in use fails with
    // Code::Constraint.
    Status restore(const Mention &mention);
    Result<Mention> find(qint64 id);
    // In text order: by start, then by end.
    Result<QList<Mention>> listForSource(qint64 sourceId);
    // By source, then in text order.
    Result<QList<Mention>> listForEntity(qint64 entityId);

    Status setStatus(qint64 id, Mention::Status status);
    Status setEntity(qint64 id, qint64 entityId);
    Status remove(qint64 id);
    // Removes the automatic proposals (candidates from the gazetteer or a detector) of a
    // source, so that a new analysis replaces them; what the analyst made, accepted or
    // rejected stays. Returns how many were removed.
    Result<int> removeProposals(qint64 sourceId);

    // How many mentions have each status, in the whole project; every status is present.
    Result<QMap<Mention::Status, int>> countByStatus();
    // The same for one source.
    Result<QMap<Mention::Status, int>> countByStatus(qint64 sourceId);
    // Per entity id, in one pass; entities without such mentions are absent.
    Result<QHash<qint64, EntityMentionCount>> countByEntity();

private:
    Result<qint64> insert(const Mention &mention, bool keepId);
    Result<QList<Mention>> listWhere(const QString &condition, qint64 value, const QString &doing);
    Result<QMap<Mention::Status, int>> countWhere(const QString &condition, qint64 value);
    Status update(qint64 id, const QString &assignment, const QVariant &value);

    QSqlDatabase m_database;
    std::unique_ptr<QSqlQuery> m_insert;
    std::unique_ptr<QSqlQuery> m_insertWithId;
    std::unique_ptr<QSqlQuery> m_listForSource;
};

} // namespace annalist
