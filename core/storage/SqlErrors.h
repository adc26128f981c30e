// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/StorageError.h"

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace annalist {

// Turns what SQLite reported into a StorageError; `doing` completes "could not …".
StorageError sqlError(const QSqlError &error, const QString &doing);
StorageError sqlError(const QSqlQuery &query, const QString &doing);
StorageError sqlError(const QSqlDatabase &database, const QString &doing);

} // namespace annalist
