// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/Timex.h"

#include <QList>
#include <QSqlDatabase>

#include <memory>

class QSqlQuery;

namespace annalist {

// Reads and writes the time expressions found in sources.
class TimexRepository final
{
public:
    explicit TimexRepository(QSqlDatabase database);
    ~TimexRepository();
    TimexRepository(const TimexRepository &) = delete;
    TimexRepository &operator=(const TimexRepository &) = delete;

    // Returns the new id; an unknown source or an empty span fails with Code::Constraint.
    Result<qint64> add(const Timex &timex);
    // Stores all or none; returns the ids in the order given.
    Result<QList<qint64>> addAll(const QList<Timex> &timexes);
    Result<Timex> find(qint64 id);
    // In text order: by start, then by end.
    Result<QList<Timex>> listForSource(qint64 sourceId);

    Status setStatus(qint64 id, Mention::Status status);
    // Replaces the TIMEX3 value and the resolved time, as when the source's
    // publication time (the anchor) changes.
    Status setResolution(qint64 id, const QString &value, const TimeValue &resolved);
    Status remove(qint64 id);
    // Removes the automatic proposals (candidates from the gazetteer or a detector) of a
    // source, so that a new analysis replaces them; what the analyst made, accepted or
    // rejected stays. Returns how many were removed.
    Result<int> removeProposals(qint64 sourceId);

private:
    Result<qint64> insert(const Timex &timex);

    QSqlDatabase m_database;
    std::unique_ptr<QSqlQuery> m_insert;
};

} // namespace annalist
