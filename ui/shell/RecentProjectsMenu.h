// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QMenu>

namespace annalist {

// File ▸ Open Recent: the last projects opened, newest first, remembered in the
// settings together with the last project.
class RecentProjectsMenu final : public QMenu
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RecentProjectsMenu)

public:
    explicit RecentProjectsMenu(QWidget *parent = nullptr);

    // Puts the project first and remembers it as the last one.
    void remember(const QString &path);

signals:
    void projectChosen(const QString &path);

private:
    void rebuild();
};

} // namespace annalist
