// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist {

// Why a storage operation failed, in words a user can act on.
struct StorageError
{
    enum class Code {
        Io, // the file could not be read or written
        NotAProject, // the file is not an Annalist project at all
        Corrupt, // the file is an Annalist project but damaged
        NewerVersion, // written by a newer Annalist; refused untouched
        AlreadyOpen, // another Annalist process holds the project
        NotFound, // no row with that id
        Duplicate, // the same content is already in the project
        InvalidQuery, // a search query the index cannot parse
        Constraint, // the change would break the project's rules
        Conflict, // someone else changed the row since it was read; nothing was overwritten
        AlreadyExists, // a project is already where a new one was to be made
        Cancelled, // stopped on request; nothing of it was kept
        Database // anything else the database reported
    };

    Code code = Code::Database;
    QString message;
};

} // namespace annalist
