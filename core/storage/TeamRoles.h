// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace annalist {

// Who may do what in a team project, enforced by the server itself: three group roles
// per database, granted to the analysts' own database users. A reader reads, searches
// and exports; an editor also annotates and edits the chronology (every table of the
// analysts' decisions, and the grades and notes of sources); an owner also imports
// sources and manages the team. Each role holds the rights of the one before.
class TeamRoles final
{
public:
    enum class Role { Reader, Editor, Owner };

    struct Member
    {
        QString user;
        Role role = Role::Reader;
    };

    explicit TeamRoles(QSqlDatabase database);

    static QString roleName(Role role);
    static std::optional<Role> roleFromName(const QString &name);

    // Gives the user this role (and no other of the project); the group roles and their
    // rights are made or brought up to date on the way. Needs a user who may create roles.
    Status grant(const QString &user, Role role);
    Status revoke(const QString &user);
    Result<QList<Member>> list();

    // The server's name of the group role of this database.
    QString groupRole(Role role) const;

private:
    Status ensureGroups();
    Result<QString> databaseName() const;
    QString identifier(const QString &name) const;

    QSqlDatabase m_database;
    QString m_databaseName;
};

} // namespace annalist
