// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TeamProjectDialog.h"
#include "common/Result.h"

#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace annalist {

class Project;

// Opens a team project for the window. The password comes from the URI, from earlier in
// this run of the program (kept in memory only), from the desktop keyring, or, when the
// server asks for one, from the analyst; it is never written to the settings or a log.
class TeamProjectOpening final
{
public:
    // File ▸ Open Team Project: asks for the server, database and user; the location to
    // open (without its password), or empty when the analyst cancelled.
    // File ▸ Publish to Team Server asks the same with its own words.
    static QString choose(QWidget *parent, TeamProjectDialog::Purpose purpose = TeamProjectDialog::Purpose::Open);
    static Result<std::unique_ptr<Project>> open(QWidget *parent, const QString &uri);
    // Runs `attempt` on the location with its password found as above, asking the analyst
    // when the server refuses the login; the location that worked, password and all, or
    // why nothing did.
    static Result<ProjectLocation> withPassword(QWidget *parent, const QString &uri,
                                                const std::function<Status(const ProjectLocation &)> &attempt);

private:
    static QString accountOf(const ProjectLocation &location);
    static void keep(QWidget *parent, const QString &account, const QString &password, bool inKeyring);
};

} // namespace annalist
