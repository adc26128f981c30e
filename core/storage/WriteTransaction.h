// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace annalist {

// One all-or-nothing change: rolls back unless committed. Transactions on the same
// connection nest flatly: only the outermost one talks to SQLite, and an inner one
// that is not committed makes the outer one fail. No SAVEPOINTs are used, because
// FTS5 writes its pending index data out at every savepoint, which would make
// batched imports many times slower.
class WriteTransaction final
{
public:
    explicit WriteTransaction(QSqlDatabase database);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    // False when the transaction could not be started; error() tells why.
    bool isOpen() const { return m_open; }
    StorageError error() const { return m_error; }
    Status commit();

private:
    void finish(bool committed);

    QSqlDatabase m_database;
    bool m_open = false;
    bool m_outermost = false;
    StorageError m_error;
};

} // namespace annalist
