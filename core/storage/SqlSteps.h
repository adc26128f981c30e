// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <memory>

namespace annalist {

// Small steps of running statements that the repositories repeat.
// Runs a prepared statement once per set of values, stopping at the first failure.
Status runEach(QSqlQuery &query, const QString &sql, const QList<QVariantList> &rows, const QString &doing);
std::unique_ptr<QSqlQuery> prepared(const QSqlDatabase &database, const QString &sql);
// Runs a prepared single-row change; Code::NotFound when it touched nothing.
Status execChange(QSqlQuery &query, const QString &doing, const StorageError &missing);

} // namespace annalist
