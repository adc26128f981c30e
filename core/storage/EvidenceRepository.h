// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/Evidence.h"

#include <QList>
#include <QSqlDatabase>

#include <functional>

class QSqlQuery;

namespace annalist {

// Reads and writes the passages of sources quoted for or against events.
class EvidenceRepository final
{
public:
    explicit EvidenceRepository(QSqlDatabase database);
    ~EvidenceRepository();
    EvidenceRepository(const EvidenceRepository &) = delete;
    EvidenceRepository &operator=(const EvidenceRepository &) = delete;

    // Returns the new id; an unknown event or source, or an empty span, fails with
    // Code::Constraint.
    Result<qint64> add(const Evidence &evidence);
    // Stores the evidence under evidence.id (for undo); an id in use fails with
    // Code::Constraint.
    Status restore(const Evidence &evidence);
    Result<Evidence> find(qint64 id);
    // By source, then in text order.
    Result<QList<Evidence>> listForEvent(qint64 eventId);
    // In text order.
    Result<QList<Evidence>> listForSource(qint64 sourceId);

    Status setStance(qint64 id, Evidence::Stance stance);
    Status setNote(qint64 id, const QString &note);
    Status setReported(qint64 id, const TimeValue &reported);
    Status remove(qint64 id);

private:
    Result<qint64> insert(const Evidence &evidence, bool keepId);
    Result<QList<Evidence>> listWhere(const QString &condition, qint64 value, const QString &doing);
    Status update(qint64 id, const QString &assignments, const std::function<void(QSqlQuery &)> &bind);

    QSqlDatabase m_database;
};

} // namespace annalist
