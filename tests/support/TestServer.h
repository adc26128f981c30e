// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist::test {

// The throw-away PostgreSQL server that ctest starts for the tests labelled
// "postgresql" (scripts/postgres-test-server). Tests that run on both backends ask
// backendIsPostgreSql() which one this run is for.
class TestServer final
{
public:
    // Whether this run of the test is the PostgreSQL one (ANNALIST_TEST_BACKEND=postgresql).
    static bool backendIsPostgreSql();
    // Whether ctest started a server for this test (ANNALIST_TEST_POSTGRES names its state file).
    static bool isAvailable();

    static QString host(); // 127.0.0.1
    static int port();
    static QString socketDirectory();
    // The superuser and its password (needed over TCP; the socket trusts local users).
    static QString adminUser();
    static QString adminPassword();

    // A URI through the socket, as the superuser, to the database.
    static QString adminUri(const QString &database);
    // A new empty database with a name not used before; empty on failure (with a warning).
    static QString createDatabase();
    // Removes a database made by createDatabase(), closing what still uses it.
    static void dropDatabase(const QString &name);
    // An analyst's login role on the server: `name` with this process's id, so that tests
    // running side by side never share one.
    static QString userName(const QString &name);
    static bool createUser(const QString &name);
    static void dropUser(const QString &name);
    // A URI through the socket, as that analyst (the socket trusts local connections).
    static QString userUri(const QString &database, const QString &name);
    // Runs one statement as the superuser in the database; false (with a warning) when it fails.
    static bool exec(const QString &database, const QString &sql);
};

} // namespace annalist::test
