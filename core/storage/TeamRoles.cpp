// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TeamRoles.h"

#include "SqlErrors.h"
#include "WriteTransaction.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace annalist {

namespace {

// The tables of the analysts' decisions, which editors change.
const QStringList editedTables = {
    QStringLiteral("entity_types"),
    QStringLiteral("entities"),
    QStringLiteral("entity_aliases"),
    QStringLiteral("entity_roles"),
    QStringLiteral("mentions"),
    QStringLiteral("timexes"),
    QStringLiteral("events"),
    QStringLiteral("event_participants"),
    QStringLiteral("event_tags"),
    QStringLiteral("evidence"),
    QStringLiteral("chronology_annotations"),
    QStringLiteral("notes"),
    QStringLiteral("source_analysis"),
};

constexpr TeamRoles::Role roles[] = { TeamRoles::Role::Reader, TeamRoles::Role::Editor, TeamRoles::Role::Owner };

} // namespace

TeamRoles::TeamRoles(QSqlDatabase database)
    : m_database(std::move(database))
{ }

QString TeamRoles::roleName(Role role)
{
    switch (role) {
    case Role::Reader:
        return QStringLiteral("reader");
    case Role::Editor:
        return QStringLiteral("editor");
    case Role::Owner:
        return QStringLiteral("owner");
    }
    return {};
}

std::optional<TeamRoles::Role> TeamRoles::roleFromName(const QString &name)
{
    for (Role role : roles) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

QString TeamRoles::identifier(const QString &name) const
{
    return m_database.driver()->escapeIdentifier(name, QSqlDriver::TableName);
}

Result<QString> TeamRoles::databaseName() const
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT current_database()")) || !query.next())
        return sqlError(query, QStringLiteral("read the name of the database"));
    return query.value(0).toString();
}

QString TeamRoles::groupRole(Role role) const
{
    return m_databaseName + QStringLiteral("_") + roleName(role);
}

Status TeamRoles::ensureGroups()
{
    if (m_database.driverName() != QLatin1StringView("QPSQL"))
        return StorageError { StorageError::Code::Constraint,
                              QStringLiteral("a project file has no team: publish it to a PostgreSQL server first "
                                             "(annalist-cli copy)") };
    const Result<QString> name = databaseName();
    if (!name)
        return name.error();
    m_databaseName = *name;
    const QString reader = identifier(groupRole(Role::Reader));
    const QString editor = identifier(groupRole(Role::Editor));
    const QString owner = identifier(groupRole(Role::Owner));
    const QString database = identifier(m_databaseName);
    QStringList statements;
    for (Role role : roles) {
        statements.append(QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '%1')"
                                         " THEN CREATE ROLE %2 NOLOGIN; END IF; END $$")
                              .arg(groupRole(role), identifier(groupRole(role))));
    }
    statements << QStringLiteral("GRANT %1 TO %2").arg(reader, editor)
               << QStringLiteral("GRANT %1 TO %2").arg(editor, owner)
               << QStringLiteral("REVOKE ALL ON DATABASE %1 FROM PUBLIC").arg(database)
               << QStringLiteral("GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2").arg(database, reader)
               << QStringLiteral("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
               << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(reader)
               << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(reader)
               << QStringLiteral("GRANT INSERT, UPDATE, DELETE ON %1 TO %2").arg(editedTables.join(u','), editor)
               << QStringLiteral("GRANT UPDATE (reliability, notes) ON sources TO %1").arg(editor)
               << QStringLiteral("GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO %1").arg(editor)
               << QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(owner)
               << QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO %1").arg(owner);
    // Owners give the reader and editor roles; a role cannot administer itself, so making
    // another owner stays with whoever may create roles.
    for (Role role : { Role::Reader, Role::Editor })
        statements << QStringLiteral("GRANT %1 TO %2 WITH ADMIN OPTION").arg(identifier(groupRole(role)), owner);
    QSqlQuery query(m_database);
    for (const QString &statement : std::as_const(statements)) {
        if (!query.exec(statement))
            return sqlError(query, QStringLiteral("set up the team roles"));
    }
    return ok();
}

Status TeamRoles::grant(const QString &user, Role role)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    if (Status groups = ensureGroups(); !groups)
        return groups;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT 1 FROM pg_roles WHERE rolname = ?"));
    query.bindValue(0, user);
    if (!query.exec())
        return sqlError(query, QStringLiteral("look up the user %1").arg(user));
    if (!query.next())
        return StorageError { StorageError::Code::NotFound,
                              QStringLiteral("the server has no user %1: an administrator makes it first "
                                             "(CREATE ROLE %1 LOGIN PASSWORD '…')")
                                  .arg(user) };
    query.finish();
    for (Role other : roles) {
        if (other != role
            && !query.exec(QStringLiteral("REVOKE %1 FROM %2").arg(identifier(groupRole(other)), identifier(user))))
            return sqlError(query, QStringLiteral("change the role of %1").arg(user));
    }
    if (!query.exec(QStringLiteral("GRANT %1 TO %2").arg(identifier(groupRole(role)), identifier(user))))
        return sqlError(query, QStringLiteral("give %1 the role %2").arg(user, roleName(role)));
    return transaction.commit();
}

Status TeamRoles::revoke(const QString &user)
{
    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();
    if (Status groups = ensureGroups(); !groups)
        return groups;
    QSqlQuery query(m_database);
    for (Role role : roles) {
        if (!query.exec(QStringLiteral("REVOKE %1 FROM %2").arg(identifier(groupRole(role)), identifier(user))))
            return sqlError(query, QStringLiteral("take the roles of %1").arg(user));
    }
    return transaction.commit();
}

Result<QList<TeamRoles::Member>> TeamRoles::list()
{
    const Result<QString> name = databaseName();
    if (!name)
        return name.error();
    m_databaseName = *name;
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT u.rolname, g.rolname FROM pg_auth_members m"
                                 " JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member"
                                 " WHERE g.rolname IN (?, ?, ?) AND u.rolcanlogin ORDER BY u.rolname"));
    int column = 0;
    for (Role role : roles)
        query.bindValue(column++, groupRole(role));
    if (!query.exec())
        return sqlError(query, QStringLiteral("list the team"));
    QList<Member> members;
    while (query.next()) {
        Member member;
        member.user = query.value(0).toString();
        member.role = roleFromName(query.value(1).toString().mid(m_databaseName.size() + 1)).value_or(Role::Reader);
        members.append(member);
    }
    return members;
}

} // namespace annalist
