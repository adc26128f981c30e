// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/Entity.h"

#include <QList>
#include <QString>

namespace annalist {

class Project;

// Who held which title when, as a CSV file analysts keep and share: columns entity,
// entity type, title, organisation, from, to. Dates take any form TimeValueParser
// reads and may be empty (open).
class RoleTable final
{
public:
    struct Row
    {
        int line = 0;
        QString entity;
        QString entityType;
        EntityRole role;
    };

    struct ImportSummary
    {
        int entitiesCreated = 0;
        int rolesAdded = 0;
        int rolesAlreadyThere = 0;
        // What was written, for undoing it.
        QList<qint64> createdEntityIds;
        QList<EntityRole> addedRoles; // with their ids and entity ids
    };

    // Parses the file; a bad row fails the whole file with "FILE:LINE: reason".
    static Result<QList<Row>, QString> parse(const QString &text, const QString &fileName);
    // Adds the rows' roles to the project, making the entities that are missing; one
    // transaction, so a failure adds nothing.
    static Result<ImportSummary> apply(Project &project, const QList<Row> &rows);
    // The project's roles in the same CSV form.
    static Result<QString> write(Project &project);
};

} // namespace annalist
