// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QObject>
#include <QString>

class QWidget;

namespace annalist {

class Project;
class ProjectLocation;

// File ▸ Save a Local Copy and Publish to Team Server: copies the open project into a
// new one on a worker thread, while a progress dialog with Cancel is up over the
// window, and waits for the end without blocking the window's painting. The open
// project is only read.
class ProjectCopyProgress final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectCopyProgress)

public:
    ProjectCopyProgress(const Project &project, QWidget *parent);
    ~ProjectCopyProgress() override;

    // The number of rows copied, or why not (StorageError::Code::Cancelled when the
    // analyst cancelled).
    Result<qint64> copyTo(const ProjectLocation &target);

private:
    const Project &m_project;
    QWidget *m_parent;
};

} // namespace annalist
