// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QString>

#include <memory>

class QWidget;

namespace annalist {

class Project;
class ProjectLocation;

// Opens a team project for the window. The password comes from the URI, from earlier in
// this run of the program (kept in memory only), from the desktop keyring, or, when the
// server asks for one, from the analyst; it is never written to the settings or a log.
class TeamProjectOpening final
{
public:
    // File ▸ Open Team Project: asks for the server, database and user; the location to
    // open (without its password), or empty when the analyst cancelled.
    static QString choose(QWidget *parent);
    static Result<std::unique_ptr<Project>> open(QWidget *parent, const QString &uri);

private:
    static QString accountOf(const ProjectLocation &location);
    static void keep(QWidget *parent, const QString &account, const QString &password, bool inKeyring);
};

} // namespace annalist
