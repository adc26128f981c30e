// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace annalist {

// How much a project holds, for `annalist-cli info` and the status bar.
struct ProjectStatistics
{
    int schemaVersion = 0;
    qint64 sources = 0;
    qint64 entities = 0;
    qint64 mentions = 0;
    qint64 timexes = 0;
    qint64 events = 0;
    qint64 evidence = 0;
    qint64 notes = 0;
    qint64 textCharacters = 0;
    qint64 fileBytes = 0;

    static Result<ProjectStatistics> collect(const QSqlDatabase &database, const QString &path);
};

} // namespace annalist
