// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

class QSqlDatabase;

namespace annalist {

// The project schema as a list of numbered steps, the same for every backend: each
// statement passes through the connection's SqlDialect. The database records the number
// of the last step applied (SQLite: PRAGMA user_version); every step runs inside one
// transaction with the version bump. New steps go at the end of the list.
class SchemaMigrations final
{
public:
    // "ANLS": marks a SQLite file as an Annalist project (PRAGMA application_id).
    static constexpr int applicationId = 0x414E4C53;

    static int latestVersion();

    // Applies the steps after the database's current version up to targetVersion.
    static Status migrate(QSqlDatabase &database, int targetVersion = latestVersion());
};

} // namespace annalist
