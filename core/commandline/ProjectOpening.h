// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

namespace annalist {

class Project;

// Opens or makes the project the command line names (a path or a postgresql:// URI).
// Passwords follow libpq: the URI, PGPASSWORD, ~/.pgpass; when the server still asks
// for one and the command runs on a terminal, it is asked for there, without echo.
class ProjectOpening final
{
public:
    static Result<std::unique_ptr<Project>> open(const QString &location);
    // For the commands that only read: see Project::openReadOnly.
    static Result<std::unique_ptr<Project>> openReadOnly(const QString &location);
    static Result<std::unique_ptr<Project>> create(const QString &location);
};

} // namespace annalist
