// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

class QSqlDatabase;
class QSqlError;

namespace annalist {

class ProjectLocation;

// Connecting to a PostgreSQL server, with what went wrong in one line a user can act
// on: the server is down, the password is wrong, the database does not exist.
class ServerConnection final
{
public:
    // Opens `database` (a QPSQL connection) at the location; passwords as libpq finds them.
    // A server that does not answer within the timeout (unless the location sets one) is
    // taken to be out of reach.
    static Status open(QSqlDatabase &database, const ProjectLocation &location, int timeoutSeconds = 10);
    // Whether a new connection to the location can be made now, and the server lets the user
    // into the database (opened and closed again on a connection of its own, so it may run on
    // any thread).
    static Status probe(const ProjectLocation &location, int timeoutSeconds = 10);
    // The error of a failed connection attempt, in words.
    static StorageError connectionError(const QSqlError &error, const ProjectLocation &location);
    // Whether the server turned the connection away for its user or password, so that
    // asking for the password may help.
    static bool isRefusedLogin(const StorageError &error);
    // How many tables the connection's schema holds.
    static Result<int> tableCount(const QSqlDatabase &database);
};

} // namespace annalist
