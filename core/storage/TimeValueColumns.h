// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TimeValue.h"

#include <QString>

class QSqlQuery;

namespace annalist {

// A TimeValue is stored in six columns sharing a prefix (see SchemaMigrations);
// bounds are milliseconds since the epoch, NULL when open.
namespace TimeValueColumns {

constexpr int count = 6;

// "published_earliest, published_latest, …" in the order read() expects.
QString names(QStringView prefix);
// ":published_earliest, :published_latest, …"
QString placeholders(QStringView prefix);
// "published_earliest = :published_earliest, …"
QString assignments(QStringView prefix);
void bind(QSqlQuery &query, QStringView prefix, const TimeValue &value);
TimeValue read(const QSqlQuery &query, int firstColumn);

} // namespace TimeValueColumns
} // namespace annalist
