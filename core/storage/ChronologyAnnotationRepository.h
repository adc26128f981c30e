// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/ChronologyAnnotation.h"

#include <QList>
#include <QSqlDatabase>

namespace annalist {

// Reads and writes the analyst's comments and highlights on chronology entries.
// Highlights are stored as opaque "#rrggbb"; an invalid colour means "none".
class ChronologyAnnotationRepository final
{
public:
    explicit ChronologyAnnotationRepository(QSqlDatabase database);
    ~ChronologyAnnotationRepository();
    ChronologyAnnotationRepository(const ChronologyAnnotationRepository &) = delete;
    ChronologyAnnotationRepository &operator=(const ChronologyAnnotationRepository &) = delete;

    // Returns the new id; createdAt defaults to now. An unknown event fails with
    // Code::Constraint.
    Result<qint64> add(const ChronologyAnnotation &annotation);
    // Stores the annotation under annotation.id with its creation time (for undo); an
    // id in use fails with Code::Constraint.
    Status restore(const ChronologyAnnotation &annotation);
    Result<ChronologyAnnotation> find(qint64 id);
    // Oldest first.
    Result<QList<ChronologyAnnotation>> listForEvent(qint64 eventId);
    // Every annotation of the project, by event, oldest first.
    Result<QList<ChronologyAnnotation>> list();

    Status setComment(qint64 id, const QString &comment);
    Status setHighlight(qint64 id, const QColor &highlight);
    Status remove(qint64 id);

private:
    Result<qint64> insert(const ChronologyAnnotation &annotation, bool keepId);
    Result<QList<ChronologyAnnotation>> listWhere(const QString &condition, qint64 value);
    Status change(const QString &sql, qint64 id, const QString &value);

    QSqlDatabase m_database;
};

} // namespace annalist
