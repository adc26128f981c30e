// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace annalist {

// Who last changed rows of a project, as the database stamped them (changed_by,
// changed_at): what an undo needs to know before it puts back what was there, so that it
// never overwrites another analyst's later decision.
class RowAttribution final
{
public:
    // Rows of one table, picked by a column (the rows' own ids, or the id they belong to).
    struct Rows
    {
        QString table;
        QString column;
        QList<qint64> ids;
    };
    struct Change
    {
        QString by;
        qint64 at = 0; // milliseconds since the epoch, UTC
    };

    // The latest change of any of the rows made by someone other than `self`, if there is one.
    // Only the tables that carry the stamps may be asked for.
    static Result<std::optional<Change>> latestByOthers(const QSqlDatabase &database, const Rows &rows,
                                                        const QString &self);
};

} // namespace annalist
