// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QString>

#include <functional>
#include <memory>

namespace annalist {

class Project;
class ProjectLocation;

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

    // Called after each table and every few thousand rows with the rows copied so far of
    // all there are; returning false cancels the copy.
    using Progress = std::function<bool(qint64 done, qint64 total)>;
    // Makes (create) or opens a project at a location: Project::create and Project::open,
    // or ways that ask for a password.
    using Connect = std::function<Result<std::unique_ptr<Project>>(const ProjectLocation &location, bool create)>;

    // Fills a project made a moment ago. A failed or cancelled copy (Code::Cancelled)
    // writes nothing to the target.
    static Result<Counts> copy(Project &source, Project &target, const Progress &progress = {});

    // Makes the target, a new project file or a project in an empty server database, and
    // copies the source into it. When the copy fails or is cancelled, a half-made file is
    // removed with its -wal and -shm files; a database keeps the empty project, which the
    // next copy to it fills.
    static Result<Counts> copyTo(Project &source, const ProjectLocation &target, const Progress &progress = {},
                                 const Connect &connect = {});

    // Whether a project holds nothing but its built-in entity types.
    static Result<bool> isEmpty(Project &project);
};

} // namespace annalist
