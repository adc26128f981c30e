// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist {

// What the first 100 bytes of a file say about it, read without opening it as a
// database, so that foreign and newer files are refused before SQLite touches them.
struct ProjectFileHeader
{
    enum class Kind { Missing, Unreadable, Empty, NotSqlite, ForeignSqlite, Project };

    Kind kind = Kind::Missing;
    int userVersion = 0;
    int applicationId = 0;
    QString reason; // for Unreadable

    static ProjectFileHeader read(const QString &path);
};

} // namespace annalist
