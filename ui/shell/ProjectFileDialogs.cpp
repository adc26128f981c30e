// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectFileDialogs.h"

#include "storage/Project.h"
#include "ui/settings/Settings.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

namespace annalist {

namespace {

QString projectFilter()
{
    return ProjectFileDialogs::tr("Annalist projects (*.annalist)");
}

} // namespace

QString ProjectFileDialogs::startFolder()
{
    // Where the last project is: projects of one analyst tend to live together.
    const QString last = Settings::value(SettingKeys::lastProject());
    if (!last.isEmpty() && QFileInfo(QFileInfo(last).absolutePath()).isDir())
        return QFileInfo(last).absolutePath();
    return QDir::homePath();
}

ProjectFileDialogs::Outcome ProjectFileDialogs::chooseNew(QWidget *parent, const QString &title)
{
    QString path = QFileDialog::getSaveFileName(parent, title, startFolder(), projectFilter());
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".annalist");
    if (QFileInfo::exists(path))
        return { {}, tr("%1 already exists. Choose another name; Annalist never overwrites a project.").arg(path) };
    return { path, {} };
}

ProjectFileDialogs::Outcome ProjectFileDialogs::createNew(QWidget *parent)
{
    const Outcome chosen = chooseNew(parent, tr("New Project"));
    if (chosen.path.isEmpty())
        return chosen;
    const QString path = chosen.path;
    auto created = Project::create(path);
    if (!created)
        return { {}, created.error().message };
    return { path, {} };
}

QString ProjectFileDialogs::chooseExisting(QWidget *parent)
{
    return QFileDialog::getOpenFileName(parent, tr("Open Project"), startFolder(), projectFilter());
}

} // namespace annalist
