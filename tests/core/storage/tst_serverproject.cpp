// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Projects on the PostgreSQL test server: made in an empty database, opened again, and
// every way of not getting in refused with one line that says why.

#include "ProjectFixture.h"
#include "TestServer.h"

#include "storage/Project.h"
#include "storage/ProjectLocation.h"
#include "storage/SchemaMigrations.h"
#include "storage/ServerConnection.h"
#include "storage/SourceRepository.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class TestServerProject : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void createThenOpen();
    void passwordFromEnvironment();
    void passwordFromPassFile();
    void refusals_data();
    void refusals();
    void newerSchemaIsLeftAlone();
    void locationParts_data();
    void locationParts();

private:
    QString newDatabase();
    QString tcpUri(const QString &database, const QString &password = {}) const;
    QStringList m_databases;
};

void TestServerProject::initTestCase()
{
    QVERIFY2(test::TestServer::isAvailable(), "the PostgreSQL test server is not running (ctest starts it)");
}

void TestServerProject::cleanup()
{
    for (const QString &database : std::as_const(m_databases))
        test::TestServer::dropDatabase(database);
    m_databases.clear();
    qunsetenv("PGPASSWORD");
    qunsetenv("PGPASSFILE");
}

QString TestServerProject::newDatabase()
{
    const QString name = test::TestServer::createDatabase();
    if (!name.isEmpty())
        m_databases.append(name);
    return name;
}

QString TestServerProject::tcpUri(const QString &database, const QString &password) const
{
    return QStringLiteral("postgresql://%1%2@%3:%4/%5")
        .arg(test::TestServer::adminUser(), password.isEmpty() ? QString() : u':' + password, test::TestServer::host())
        .arg(test::TestServer::port())
        .arg(database);
}

void TestServerProject::createThenOpen()
{
    const QString database = newDatabase();
    QVERIFY(!database.isEmpty());
    const QString uri = test::TestServer::adminUri(database);
    {
        auto project = Project::create(uri);
        ANNALIST_VERIFY_OK(project);
        QVERIFY((*project)->isOnServer());
        QCOMPARE((*project)->schemaVersion(), SchemaMigrations::latestVersion());
        Source source;
        source.title = QStringLiteral("Port concession signed");
        source.body = QStringLiteral("The minister signed the concession in Valparaíso.");
        source.originalBytes = QByteArrayLiteral("<p>The minister signed the concession in Valpara\xc3\xads\x6f.</p>");
        source.sha256 = QByteArray(32, 'a');
        const Result<qint64> id = (*project)->sources().add(source);
        ANNALIST_VERIFY_OK(id);
        QCOMPARE(*id, 1);
    }
    auto reopened = Project::open(uri);
    ANNALIST_VERIFY_OK(reopened);
    const Result<Source> source = (*reopened)->sources().find(1);
    ANNALIST_VERIFY_OK(source);
    QCOMPARE(source->title, QStringLiteral("Port concession signed"));
    QCOMPARE(source->body, QStringLiteral("The minister signed the concession in Valparaíso."));
    QCOMPARE(source->originalBytes,
             QByteArrayLiteral("<p>The minister signed the concession in Valpara\xc3\xads\x6f.</p>"));
    // The password is never part of what a project shows of its location.
    auto withPassword = Project::open(tcpUri(database, test::TestServer::adminPassword()));
    ANNALIST_VERIFY_OK(withPassword);
    QVERIFY(!(*withPassword)->path().contains(test::TestServer::adminPassword()));
}

void TestServerProject::passwordFromEnvironment()
{
    const QString database = newDatabase();
    QVERIFY(Project::create(test::TestServer::adminUri(database)));
    auto refused = Project::open(tcpUri(database));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, StorageError::Code::Database);
    qputenv("PGPASSWORD", test::TestServer::adminPassword().toUtf8());
    ANNALIST_VERIFY_OK(Project::open(tcpUri(database)));
}

void TestServerProject::passwordFromPassFile()
{
    const QString database = newDatabase();
    QVERIFY(Project::create(test::TestServer::adminUri(database)));
    QTemporaryDir dir;
    const QString passFile = dir.filePath(QStringLiteral("pgpass"));
    QFile file(passFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QStringLiteral("%1:%2:*:%3:%4\n")
                   .arg(test::TestServer::host())
                   .arg(test::TestServer::port())
                   .arg(test::TestServer::adminUser(), test::TestServer::adminPassword())
                   .toUtf8());
    file.close();
    QVERIFY(file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    qputenv("PGPASSFILE", passFile.toUtf8());
    ANNALIST_VERIFY_OK(Project::open(tcpUri(database)));
}

void TestServerProject::refusals_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<bool>("create");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("message");

    const int port = test::TestServer::port();
    const QString host = test::TestServer::host();
    using Code = StorageError::Code;
    QTest::newRow("port out of range") << QString() << false << QStringLiteral("postgresql://a@%1:99999/case").arg(host)
                                       << int(Code::Io) << QStringLiteral("bad PostgreSQL URI");
    QTest::newRow("no database") << QString() << false << QStringLiteral("postgresql://a@%1:%2/").arg(host).arg(port)
                                 << int(Code::Io) << QStringLiteral("names no database");
    QTest::newRow("unknown parameter") << QString() << false
                                       << QStringLiteral("postgresql://a@%1:%2/case?sslmod=require").arg(host).arg(port)
                                       << int(Code::Io) << QStringLiteral("unknown parameter \"sslmod\"");
    QTest::newRow("bad sslmode") << QString() << false
                                 << QStringLiteral("postgresql://a@%1:%2/case?sslmode=always").arg(host).arg(port)
                                 << int(Code::Io) << QStringLiteral("sslmode \"always\"");
    QTest::newRow("wrong password") << QStringLiteral("project") << false
                                    << tcpUri(QStringLiteral("DATABASE"), QStringLiteral("not-the-password"))
                                    << int(Code::Database) << QStringLiteral("refused the password");
    QTest::newRow("no password") << QStringLiteral("project") << false << tcpUri(QStringLiteral("DATABASE"))
                                 << int(Code::Database) << QStringLiteral("asks for the password");
    QTest::newRow("server down") << QString() << false
                                 << QStringLiteral("postgresql://a@127.0.0.1:1/case?connect_timeout=3") << int(Code::Io)
                                 << QStringLiteral("cannot reach the PostgreSQL server");
    QTest::newRow("no such database") << QString() << false
                                      << test::TestServer::adminUri(QStringLiteral("no_such_case"))
                                      << int(Code::NotFound) << QStringLiteral("has no database no_such_case");
    QTest::newRow("another application") << QStringLiteral("foreign") << false
                                         << test::TestServer::adminUri(QStringLiteral("DATABASE"))
                                         << int(Code::NotAProject) << QStringLiteral("another application");
    QTest::newRow("create over another application")
        << QStringLiteral("foreign") << true << test::TestServer::adminUri(QStringLiteral("DATABASE"))
        << int(Code::NotAProject) << QStringLiteral("another application");
    QTest::newRow("empty database") << QStringLiteral("empty") << false
                                    << test::TestServer::adminUri(QStringLiteral("DATABASE")) << int(Code::NotAProject)
                                    << QStringLiteral("holds no Annalist project yet");
    QTest::newRow("create twice") << QStringLiteral("project") << true
                                  << test::TestServer::adminUri(QStringLiteral("DATABASE")) << int(Code::AlreadyExists)
                                  << QStringLiteral("already holds an Annalist project");
}

void TestServerProject::refusals()
{
    QFETCH(QString, setup);
    QFETCH(bool, create);
    QFETCH(QString, uri);
    QFETCH(int, code);
    QFETCH(QString, message);

    if (!setup.isEmpty()) {
        const QString database = newDatabase();
        QVERIFY(!database.isEmpty());
        uri.replace(QStringLiteral("DATABASE"), database);
        if (setup == QLatin1StringView("project"))
            QVERIFY(Project::create(test::TestServer::adminUri(database)));
        else if (setup == QLatin1StringView("foreign"))
            QVERIFY(test::TestServer::exec(database, QStringLiteral("CREATE TABLE invoices (id int, total numeric)")));
    }
    const auto project = create ? Project::create(uri) : Project::open(uri);
    QVERIFY(!project);
    const QString text = project.error().message;
    QVERIFY2(text.contains(message), qPrintable(text));
    QVERIFY2(!text.contains(u'\n'), qPrintable(text));
    QCOMPARE(int(project.error().code), code);
}

void TestServerProject::newerSchemaIsLeftAlone()
{
    const QString database = newDatabase();
    QVERIFY(Project::create(test::TestServer::adminUri(database)));
    QVERIFY(test::TestServer::exec(database, QStringLiteral("UPDATE annalist_project SET schema_version = 99")));
    const auto project = Project::open(test::TestServer::adminUri(database));
    QVERIFY(!project);
    QCOMPARE(project.error().code, StorageError::Code::NewerVersion);
    QVERIFY2(project.error().message.contains(QStringLiteral("newer version of Annalist (project format 99")),
             qPrintable(project.error().message));
    QVERIFY(test::TestServer::exec(database,
                                   QStringLiteral("DO $$ BEGIN IF (SELECT schema_version FROM annalist_project) <> 99"
                                                  " THEN RAISE EXCEPTION 'changed'; END IF; END $$")));
}

void TestServerProject::locationParts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("shown");

    QTest::newRow("full") << QStringLiteral("postgresql://analyst:secret@db.example.org:6543/case?sslmode=verify-full")
                          << QStringLiteral("db.example.org") << 6543 << QStringLiteral("case")
                          << QStringLiteral("analyst") << QStringLiteral("sslmode=verify-full")
                          << QStringLiteral("postgresql://analyst@db.example.org:6543/case?sslmode=verify-full");
    QTest::newRow("default port") << QStringLiteral("postgres://analyst@localhost/case") << QStringLiteral("localhost")
                                  << 5432 << QStringLiteral("case") << QStringLiteral("analyst") << QString()
                                  << QStringLiteral("postgresql://analyst@localhost:5432/case");
    QTest::newRow("socket") << QStringLiteral("postgresql:///case?host=/run/postgresql&user=me")
                            << QStringLiteral("/run/postgresql") << 5432 << QStringLiteral("case")
                            << QStringLiteral("me") << QString()
                            << QStringLiteral("postgresql://me@:5432/case?host=/run/postgresql");
}

void TestServerProject::locationParts()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, options);
    QFETCH(QString, shown);

    const Result<ProjectLocation> location = ProjectLocation::parse(text);
    ANNALIST_VERIFY_OK(location);
    QVERIFY(location->isServer());
    QCOMPARE(location->host(), host);
    QCOMPARE(location->port(), port);
    QCOMPARE(location->database(), database);
    QCOMPARE(location->user(), user);
    QCOMPARE(location->connectOptions(), options);
    QCOMPARE(location->displayName(), shown);
}

QTEST_GUILESS_MAIN(TestServerProject)
#include "tst_serverproject.moc"
