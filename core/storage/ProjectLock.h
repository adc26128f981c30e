// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <memory>

class QLockFile;

namespace annalist {

// Keeps other Annalist processes out of a project while it is open. The lock is a
// "<project>.lock" file with the holder's pid; a lock left by a dead process is taken over.
class ProjectLock final
{
public:
    explicit ProjectLock(const QString &projectPath);
    ~ProjectLock();
    ProjectLock(const ProjectLock &) = delete;
    ProjectLock &operator=(const ProjectLock &) = delete;

    // Empty on success, else the reason in words ("it is already open by another Annalist (pid 42)").
    QString acquire();
    void release();

    static QString lockPathFor(const QString &projectPath);

private:
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace annalist
