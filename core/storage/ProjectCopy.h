// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QString>

namespace annalist {

class Project;

// Copies a whole project into a new one, file or server either way: every row under
// its id, the original files byte for byte, the id counters so that no id is ever
// given twice. The target is made by the copy (a new file, or an empty database) and
// filled in one transaction, so that a failed copy leaves no half project behind.
class ProjectCopy final
{
public:
    struct Counts
    {
        qint64 rows = 0;
        int tables = 0;
    };

    static Result<Counts> copy(Project &source, Project &target);
};

} // namespace annalist
