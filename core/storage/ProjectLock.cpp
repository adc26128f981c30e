// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectLock.h"

#include <QLockFile>

namespace annalist {

ProjectLock::ProjectLock(const QString &projectPath)
    : m_lock(std::make_unique<QLockFile>(lockPathFor(projectPath)))
{
    // Only a dead holder makes a lock stale, never its age: imports can run for hours.
    m_lock->setStaleLockTime(0);
}

ProjectLock::~ProjectLock() = default;

QString ProjectLock::lockPathFor(const QString &projectPath)
{
    return projectPath + QStringLiteral(".lock");
}

QString ProjectLock::acquire()
{
    if (m_lock->tryLock(0))
        return {};
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        qint64 pid = 0;
        QString host;
        QString application;
        if (m_lock->getLockInfo(&pid, &host, &application))
            return QStringLiteral("it is already open by another Annalist (pid %1)").arg(pid);
        return QStringLiteral("it is already open by another Annalist");
    }
    case QLockFile::PermissionError:
        return QStringLiteral("the lock file %1 cannot be created: permission denied").arg(m_lock->fileName());
    case QLockFile::NoError:
    case QLockFile::UnknownError:
        break;
    }
    return QStringLiteral("the lock file %1 cannot be created").arg(m_lock->fileName());
}

void ProjectLock::release()
{
    m_lock->unlock();
}

} // namespace annalist
