// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "WriteTransaction.h"
#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>

namespace annalist {

// Adds every item with `insert` (Item -> Result<qint64>) in one transaction, so that
// either all are stored or none; returns their ids in the order given.
template<typename Item, typename Insert>
Result<QList<qint64>> addAllOrNone(const QSqlDatabase &database, const QList<Item> &items, Insert &&insert)
{
    WriteTransaction transaction(database);
    if (!transaction.isOpen())
        return transaction.error();
    QList<qint64> ids;
    ids.reserve(items.size());
    for (const Item &item : items) {
        const Result<qint64> id = insert(item);
        if (!id)
            return id.error();
        ids.append(*id);
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return ids;
}

} // namespace annalist
