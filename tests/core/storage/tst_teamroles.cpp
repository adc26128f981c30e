// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Team roles on the PostgreSQL test server: granted, listed and revoked, and enforced by
// the server itself, also against SQL that goes around Annalist.

#include "ProjectFixture.h"
#include "TestServer.h"

#include "model/Note.h"
#include "storage/FullTextSearch.h"
#include "storage/NoteRepository.h"
#include "storage/Project.h"
#include "storage/SchemaMigrations.h"
#include "storage/TeamRoles.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace annalist;

class TestTeamRoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void grantListRevoke();
    void serverEnforcesRoles_data();
    void serverEnforcesRoles();
    void readerOpensButCannotWrite();
    void readerSearchesAfterAnUpgrade();
    void editorIsToldWhoMayUpgrade();

private:
    QString user(const QString &name) const;
    bool makeUser(const QString &name);
    bool runAs(const QString &name, const QString &sql, QString *error);
    // A database holding a project of schema version 8 with one source, made by the
    // administrator, and `name` given `role` in it; empty when it could not be made.
    QString olderTeamProject(const QString &name, TeamRoles::Role role);
    void dropOlderTeamProject(const QString &database);

    QString m_database;
    QString m_uri;
    std::unique_ptr<Project> m_project;
    QStringList m_users;
};

QString TestTeamRoles::user(const QString &name) const
{
    return test::TestServer::userName(name);
}

bool TestTeamRoles::makeUser(const QString &name)
{
    m_users.append(user(name));
    return test::TestServer::createUser(name);
}

bool TestTeamRoles::runAs(const QString &name, const QString &sql, QString *error)
{
    const QString connection = QStringLiteral("as-") + name;
    bool done = false;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        database.setHostName(test::TestServer::socketDirectory());
        database.setPort(test::TestServer::port());
        database.setUserName(user(name));
        database.setDatabaseName(m_database);
        if (!database.open()) {
            *error = database.lastError().text();
        } else {
            QSqlQuery query(database);
            done = query.exec(sql);
            *error = query.lastError().databaseText();
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return done;
}

void TestTeamRoles::initTestCase()
{
    QVERIFY2(test::TestServer::isAvailable(), "the PostgreSQL test server is not running (ctest starts it)");
    m_database = test::TestServer::createDatabase();
    QVERIFY(!m_database.isEmpty());
    m_uri = test::TestServer::adminUri(m_database);
    auto project = Project::create(m_uri);
    ANNALIST_VERIFY_OK(project);
    m_project = std::move(*project);
    QVERIFY(makeUser(QStringLiteral("ada")));
    QVERIFY(makeUser(QStringLiteral("ben")));
    QVERIFY(makeUser(QStringLiteral("cleo")));
    TeamRoles team(m_project->database());
    ANNALIST_VERIFY_OK(team.grant(user(QStringLiteral("ada")), TeamRoles::Role::Reader));
    ANNALIST_VERIFY_OK(team.grant(user(QStringLiteral("ben")), TeamRoles::Role::Editor));
    ANNALIST_VERIFY_OK(team.grant(user(QStringLiteral("cleo")), TeamRoles::Role::Owner));
}

void TestTeamRoles::cleanupTestCase()
{
    m_project.reset();
    if (m_database.isEmpty())
        return;
    test::TestServer::dropDatabase(m_database);
    for (const QString &role : { QStringLiteral("reader"), QStringLiteral("editor"), QStringLiteral("owner") })
        test::TestServer::exec(QStringLiteral("postgres"),
                               QStringLiteral("DROP ROLE IF EXISTS %1_%2").arg(m_database, role));
    for (const QString &name : std::as_const(m_users))
        test::TestServer::exec(QStringLiteral("postgres"), QStringLiteral("DROP ROLE IF EXISTS %1").arg(name));
}

void TestTeamRoles::grantListRevoke()
{
    TeamRoles team(m_project->database());
    auto members = team.list();
    ANNALIST_VERIFY_OK(members);
    QStringList listed;
    for (const TeamRoles::Member &member : *members)
        listed.append(member.user + u' ' + TeamRoles::roleName(member.role));
    QCOMPARE(listed,
             QStringList({ user(QStringLiteral("ada")) + QStringLiteral(" reader"),
                           user(QStringLiteral("ben")) + QStringLiteral(" editor"),
                           user(QStringLiteral("cleo")) + QStringLiteral(" owner") }));

    // A new grant replaces the old role; a revoke takes it away; both twice do no harm.
    ANNALIST_VERIFY_OK(team.grant(user(QStringLiteral("ada")), TeamRoles::Role::Editor));
    ANNALIST_VERIFY_OK(team.grant(user(QStringLiteral("ada")), TeamRoles::Role::Editor));
    members = team.list();
    QCOMPARE(members->size(), 3);
    QCOMPARE(members->at(0).role, TeamRoles::Role::Editor);
    ANNALIST_VERIFY_OK(team.revoke(user(QStringLiteral("ada"))));
    ANNALIST_VERIFY_OK(team.revoke(user(QStringLiteral("ada"))));
    members = team.list();
    QCOMPARE(members->size(), 2);
    ANNALIST_VERIFY_OK(team.grant(user(QStringLiteral("ada")), TeamRoles::Role::Reader));

    const Status nobody = team.grant(QStringLiteral("nobody_at_all"), TeamRoles::Role::Reader);
    QVERIFY(!nobody);
    QVERIFY2(nobody.error().message.contains(QStringLiteral("has no user nobody_at_all")),
             qPrintable(nobody.error().message));
}

void TestTeamRoles::serverEnforcesRoles_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");

    const QString readSources = QStringLiteral("SELECT count(*) FROM sources");
    const QString addNote = QStringLiteral("INSERT INTO notes (subject, subject_id, body, created_at, updated_at)"
                                           " VALUES (0, 0, 'checked', 0, 0)");
    const QString addSource = QStringLiteral("INSERT INTO sources (sha256, imported_at, body_length, body)"
                                             " VALUES ('\\x01', 0, 1, 'x')");
    const QString dropNotes = QStringLiteral("DROP TABLE notes");
    QTest::newRow("reader reads") << QStringLiteral("ada") << readSources << true;
    QTest::newRow("reader cannot annotate") << QStringLiteral("ada") << addNote << false;
    QTest::newRow("reader cannot import") << QStringLiteral("ada") << addSource << false;
    QTest::newRow("reader cannot grade") << QStringLiteral("ada")
                                         << QStringLiteral("UPDATE sources SET reliability = 'A'") << false;
    QTest::newRow("editor annotates") << QStringLiteral("ben") << addNote << true;
    QTest::newRow("editor grades") << QStringLiteral("ben") << QStringLiteral("UPDATE sources SET reliability = 'B'")
                                   << true;
    QTest::newRow("editor cannot import") << QStringLiteral("ben") << addSource << false;
    QTest::newRow("editor cannot rewrite a source")
        << QStringLiteral("ben") << QStringLiteral("UPDATE sources SET body = 'changed'") << false;
    QTest::newRow("owner imports") << QStringLiteral("cleo") << addSource << true;
    QTest::newRow("nobody drops tables") << QStringLiteral("cleo") << dropNotes << false;
    QTest::newRow("reader searches")
        << QStringLiteral("ada")
        << QStringLiteral("SELECT count(*) FROM source_words WHERE text_vector @@ to_tsquery('annalist_text', 'x')")
        << true;
    QTest::newRow("reader cannot change the words")
        << QStringLiteral("ada") << QStringLiteral("DELETE FROM source_words") << false;
    QTest::newRow("editor cannot change the words")
        << QStringLiteral("ben") << QStringLiteral("UPDATE source_words SET text_vector = ''") << false;
}

void TestTeamRoles::serverEnforcesRoles()
{
    QFETCH(QString, who);
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    QString error;
    const bool done = runAs(who, sql, &error);
    QVERIFY2(done == allowed, qPrintable(error));
    if (!allowed)
        QVERIFY2(error.contains(QStringLiteral("permission denied")) || error.contains(QStringLiteral("must be owner")),
                 qPrintable(error));
}

void TestTeamRoles::readerOpensButCannotWrite()
{
    auto project = Project::open(test::TestServer::userUri(m_database, QStringLiteral("ada")));
    ANNALIST_VERIFY_OK(project);
    // The project says so at once, for the window to offer no edit ...
    QVERIFY((*project)->isReadOnly());
    QVERIFY2((*project)->readOnlyReason().contains(QStringLiteral("reader")), qPrintable((*project)->readOnlyReason()));
    QVERIFY2((*project)->readOnlyReason().contains(user(QStringLiteral("ada"))),
             qPrintable((*project)->readOnlyReason()));
    // ... and the server refuses a write all the same.
    Note note;
    note.body = QStringLiteral("a reader's note");
    const Result<qint64> added = (*project)->notes().add(note);
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(QStringLiteral("permission denied")), qPrintable(added.error().message));
}

QString TestTeamRoles::olderTeamProject(const QString &name, TeamRoles::Role role)
{
    const QString database = test::TestServer::createDatabase();
    if (database.isEmpty())
        return {};
    bool made = false;
    {
        QSqlDatabase connection = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("version-8"));
        connection.setHostName(test::TestServer::socketDirectory());
        connection.setPort(test::TestServer::port());
        connection.setUserName(test::TestServer::adminUser());
        connection.setPassword(test::TestServer::adminPassword());
        connection.setDatabaseName(database);
        if (connection.open() && SchemaMigrations::migrate(connection, 8)) {
            QSqlQuery query(connection);
            made = query.exec(QStringLiteral("INSERT INTO sources (title, sha256, imported_at, body_length, body)"
                                             " VALUES ('Harbour', '\\x01', 0, 28, 'The harbour tender reopened.')"))
                && TeamRoles(connection).grant(user(name), role);
        }
        connection.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("version-8"));
    if (!made)
        dropOlderTeamProject(database);
    return made ? database : QString();
}

void TestTeamRoles::dropOlderTeamProject(const QString &database)
{
    test::TestServer::dropDatabase(database);
    for (const QString &role : { QStringLiteral("reader"), QStringLiteral("editor"), QStringLiteral("owner") })
        test::TestServer::exec(QStringLiteral("postgres"),
                               QStringLiteral("DROP ROLE IF EXISTS %1_%2").arg(database, role));
}

// A team set up on an older version: the upgrade to a version with a new table gives the
// readers what they read before (here: the words searched, in a table of their own).
void TestTeamRoles::readerSearchesAfterAnUpgrade()
{
    const QString name = olderTeamProject(QStringLiteral("ada"), TeamRoles::Role::Reader);
    QVERIFY(!name.isEmpty());
    {
        auto upgraded = Project::open(test::TestServer::adminUri(name));
        ANNALIST_VERIFY_OK(upgraded);
        QCOMPARE((*upgraded)->schemaVersion(), SchemaMigrations::latestVersion());
    }
    {
        auto project = Project::open(test::TestServer::userUri(name, QStringLiteral("ada")));
        ANNALIST_VERIFY_OK(project);
        const auto hits = (*project)->search().search(QStringLiteral("tender"));
        ANNALIST_VERIFY_OK(hits);
        QCOMPARE(hits->size(), 1);
        QCOMPARE(hits->first().title, QStringLiteral("Harbour"));
    }
    dropOlderTeamProject(name);
}

// Only the owner of the tables can upgrade them: an editor who opens the project first is
// told who may, and nothing is changed.
void TestTeamRoles::editorIsToldWhoMayUpgrade()
{
    const QString name = olderTeamProject(QStringLiteral("ben"), TeamRoles::Role::Editor);
    QVERIFY(!name.isEmpty());
    {
        auto project = Project::open(test::TestServer::userUri(name, QStringLiteral("ben")));
        QVERIFY(!project);
        const QString message = project.error().message;
        QVERIFY2(message.contains(
                     QStringLiteral("must first be upgraded to version %1").arg(SchemaMigrations::latestVersion())),
                 qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("the database user %1").arg(test::TestServer::adminUser())),
                 qPrintable(message));
        QVERIFY2(!message.contains(QStringLiteral("permission denied")), qPrintable(message));
    }
    {
        auto owner = Project::open(test::TestServer::adminUri(name));
        ANNALIST_VERIFY_OK(owner);
        QCOMPARE((*owner)->schemaVersion(), SchemaMigrations::latestVersion());
    }
    auto project = Project::open(test::TestServer::userUri(name, QStringLiteral("ben")));
    ANNALIST_VERIFY_OK(project);
    project->reset();
    dropOlderTeamProject(name);
}

QTEST_GUILESS_MAIN(TestTeamRoles)
#include "tst_teamroles.moc"
