// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectCopyProgress.h"

#include "jobs/BackgroundCopy.h"
#include "storage/Project.h"
#include "storage/ProjectLocation.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QLabel>
#include <QProgressDialog>

namespace annalist {

namespace {

// Short enough for the dialog's line: a file's name, or the database and its server.
QString nameOf(const ProjectLocation &location)
{
    return location.isServer() ? ProjectCopyProgress::tr("%1 on %2").arg(location.database(), location.serverName())
                               : QFileInfo(location.path()).fileName();
}

} // namespace

ProjectCopyProgress::ProjectCopyProgress(const Project &project, QWidget *parent)
    : QObject(parent)
    , m_project(project)
    , m_parent(parent)
{ }

ProjectCopyProgress::~ProjectCopyProgress() = default;

Result<qint64> ProjectCopyProgress::copyTo(const ProjectLocation &target)
{
    QProgressDialog dialog(m_parent);
    dialog.setWindowTitle(tr("Copying the Project"));
    auto *label = new QLabel(&dialog);
    label->setWordWrap(true);
    dialog.setLabel(label);
    dialog.setLabelText(tr("Copying %1 to %2…").arg(nameOf(m_project.location()), nameOf(target)));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setRange(0, 0);
    dialog.setMinimumWidth(420);

    BackgroundCopy copy(m_project);
    BackgroundCopyResult result;
    QEventLoop loop;
    connect(&copy, &BackgroundCopy::progressed, &dialog, [&dialog](qint64 done, qint64 total) {
        if (dialog.wasCanceled())
            return;
        // The bar counts in thousandths: a project's rows may be more than an int holds.
        dialog.setRange(0, 1000);
        dialog.setValue(total > 0 ? static_cast<int>(done * 1000 / total) : 0);
    });
    connect(&copy, &BackgroundCopy::finished, &loop, [&result, &loop](const BackgroundCopyResult &ended) {
        result = ended;
        loop.quit();
    });
    // The dialog hides itself; the copy rolls back and removes what it made.
    connect(&dialog, &QProgressDialog::canceled, &copy, &BackgroundCopy::cancel);
    if (!copy.start(target))
        return StorageError { StorageError::Code::Io, tr("a copy is already running") };
    dialog.show();
    loop.exec();
    copy.wait();
    if (result.succeeded)
        return result.rows;
    return result.error;
}

} // namespace annalist
