// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/Event.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>

class QSqlQuery;

namespace annalist {

// Reads and writes events with their participants (kept in the order given) and tags
// (returned in alphabetical order). A participant or tag given twice is stored once.
class EventRepository final
{
public:
    explicit EventRepository(QSqlDatabase database);
    ~EventRepository();
    EventRepository(const EventRepository &) = delete;
    EventRepository &operator=(const EventRepository &) = delete;

    // Stores the event, its participants and tags; returns its id. An unknown place or
    // participant, or a credibility outside 0–6, fails with Code::Constraint.
    Result<qint64> add(const Event &event);
    // Stores the event under event.id (for undo), with its participants and tags. An id
    // in use fails with Code::Constraint.
    Status restore(const Event &event);
    Result<Event> find(qint64 id);
    // Chronological: by earliest, then latest bound; open bounds after known ones.
    Result<QList<Event>> list();
    // Replaces every field, the participants and the tags of the event with event.id.
    Status update(const Event &event);
    // Removes the event with its participants, tags, evidence, annotations and notes.
    Status remove(qint64 id);

private:
    Result<qint64> insertEvent(const Event &event, bool keepId);
    Status insertParticipantsAndTags(qint64 id, const Event &event);
    Result<QList<Event>> eventsWhere(const QString &condition, qint64 value);

    QSqlDatabase m_database;
    std::unique_ptr<QSqlQuery> m_insertParticipant;
    std::unique_ptr<QSqlQuery> m_insertTag;
};

} // namespace annalist
