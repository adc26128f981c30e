// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RecentProjectsMenu.h"

#include "ui/settings/Settings.h"

#include <QDir>
#include <QSettings>

namespace annalist {

namespace {

constexpr int maxRecentProjects = 8;

} // namespace

RecentProjectsMenu::RecentProjectsMenu(QWidget *parent)
    : QMenu(tr("Open &Recent"), parent)
{
    rebuild();
}

void RecentProjectsMenu::remember(const QString &path)
{
    QSettings settings;
    QStringList recent = Settings::value(settings, SettingKeys::recentProjects());
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > maxRecentProjects)
        recent.removeLast();
    Settings::setValue(settings, SettingKeys::recentProjects(), recent);
    Settings::setValue(settings, SettingKeys::lastProject(), path);
    rebuild();
}

void RecentProjectsMenu::rebuild()
{
    clear();
    const QStringList recent = Settings::value(SettingKeys::recentProjects());
    for (const QString &path : recent) {
        QAction *action = addAction(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit projectChosen(path); });
    }
    setEnabled(!recent.isEmpty());
}

} // namespace annalist
