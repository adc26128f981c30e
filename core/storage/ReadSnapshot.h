// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace annalist {

// One read transaction on a connection for as long as it lives, so that a series of
// reads sees one state of the project even while another connection (a background
// import or analysis) writes. Does nothing when a transaction is already open.
class ReadSnapshot final
{
public:
    explicit ReadSnapshot(const QSqlDatabase &database);
    ~ReadSnapshot();
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    bool isHeld() const { return m_held; }

private:
    sqlite3 *m_connection = nullptr;
    QSqlDatabase m_server; // when the project is on a PostgreSQL server
    bool m_held = false;
};

} // namespace annalist
