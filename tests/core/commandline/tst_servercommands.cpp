// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// annalist-cli with team projects on the PostgreSQL test server: new, info and export
// on a URI, a project copied file → server → file with nothing changed on the way, and
// one clear line for every way of not getting in.

#include "ExportFixture.h"
#include "ProjectFixture.h"
#include "TestData.h"
#include "TestServer.h"
#include "commandline/CommandLineTool.h"

#include <QDir>
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace annalist;

class TestServerCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void newMakesTheSchema();
    void copyRoundTrip();
    void exportsFromTheServer_data();
    void exportsFromTheServer();
    void refusals_data();
    void refusals();

private:
    int run(const QStringList &arguments);
    QString newDatabase();
    QJsonObject info(const QString &project);
    QMap<QString, QByteArray> exported(const QString &project, const QString &format);
    static QStringList originals(const QString &file);

    QTemporaryDir m_dir;
    QString m_file;
    QString m_out;
    QString m_err;
    QStringList m_databases;
};

int TestServerCommands::run(const QStringList &arguments)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    CommandLineTool tool(out, err);
    const int status = tool.run(arguments);
    out.flush();
    err.flush();
    return status;
}

QString TestServerCommands::newDatabase()
{
    const QString name = test::TestServer::createDatabase();
    if (!name.isEmpty())
        m_databases.append(name);
    return name;
}

void TestServerCommands::initTestCase()
{
    QVERIFY2(test::TestServer::isAvailable(), "the PostgreSQL test server is not running (ctest starts it)");
    test::ProjectFixture fixture;
    QVERIFY(fixture.create());
    QVERIFY(test::ExportFixture::fill(fixture));
    m_file = m_dir.filePath(QStringLiteral("port.annalist"));
    QSqlQuery query(fixture->database());
    QVERIFY(query.exec(QStringLiteral("VACUUM INTO '%1'").arg(m_file)));
}

void TestServerCommands::cleanupTestCase()
{
    for (const QString &database : std::as_const(m_databases))
        test::TestServer::dropDatabase(database);
}

QJsonObject TestServerCommands::info(const QString &project)
{
    if (run({ QStringLiteral("info"), project, QStringLiteral("--json") }) != 0) {
        qWarning("info %s: %s", qPrintable(project), qPrintable(m_err));
        return {};
    }
    QJsonObject object = QJsonDocument::fromJson(m_out.toUtf8()).object();
    // Where the project is and how much room it takes differ between a file and a server.
    object.remove(QStringLiteral("path"));
    object.remove(QStringLiteral("fileBytes"));
    return object;
}

QMap<QString, QByteArray> TestServerCommands::exported(const QString &project, const QString &format)
{
    static int counter = 0;
    const QString output = m_dir.filePath(QStringLiteral("export-%1.%2").arg(++counter).arg(format));
    QMap<QString, QByteArray> files;
    if (run({ QStringLiteral("export"), project, QStringLiteral("--format"), format, QStringLiteral("-o"), output })
        != 0) {
        qWarning("export %s: %s", qPrintable(project), qPrintable(m_err));
        return files;
    }
    if (QFileInfo(output).isDir()) {
        QDirIterator files_(output, QDir::Files, QDirIterator::Subdirectories);
        while (files_.hasNext()) {
            const QString path = files_.next();
            files.insert(QDir(output).relativeFilePath(path), test::readFile(path));
        }
    } else {
        files.insert(QString(), test::readFile(output));
    }
    return files;
}

QStringList TestServerCommands::originals(const QString &file)
{
    QStringList rows;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("originals"));
        database.setDatabaseName(file);
        if (!database.open())
            return { QStringLiteral("cannot open ") + file };
        QSqlQuery query(database);
        query.exec(QStringLiteral("SELECT s.id, hex(s.sha256), s.body, hex(f.bytes), f.bytes IS NULL"
                                  " FROM sources s JOIN source_files f ON f.source_id = s.id ORDER BY s.id"));
        while (query.next())
            rows.append(QStringList { query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                      query.value(3).toString(), query.value(4).toString() }
                            .join(u'|'));
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("originals"));
    return rows;
}

void TestServerCommands::newMakesTheSchema()
{
    const QString uri = test::TestServer::adminUri(newDatabase());
    QCOMPARE(run({ QStringLiteral("new"), uri }), 0);
    QVERIFY2(m_out.startsWith(QStringLiteral("Created postgresql://")), qPrintable(m_out));
    const QJsonObject counts = info(uri);
    QCOMPARE(counts.value(QStringLiteral("sources")).toInt(-1), 0);
    QVERIFY(counts.value(QStringLiteral("schemaVersion")).toInt() > 0);
    QCOMPARE(run({ QStringLiteral("new"), uri }), 2);
    QVERIFY2(m_err.contains(QStringLiteral("already holds an Annalist project")), qPrintable(m_err));
}

void TestServerCommands::copyRoundTrip()
{
    const QString uri = test::TestServer::adminUri(newDatabase());
    // The same file name: the exports take their title from it.
    QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("back")));
    const QString back = m_dir.filePath(QStringLiteral("back/port.annalist"));
    QCOMPARE(run({ QStringLiteral("copy"), m_file, uri }), 0);
    QVERIFY2(m_out.startsWith(QStringLiteral("Copied ")), qPrintable(m_out));
    QCOMPARE(run({ QStringLiteral("copy"), uri, back }), 0);

    const QJsonObject counts = info(m_file);
    QVERIFY(counts.value(QStringLiteral("sources")).toInt() > 0);
    QVERIFY(counts.value(QStringLiteral("mentions")).toInt() > 0);
    QCOMPARE(info(uri), counts);
    QCOMPARE(info(back), counts);
    for (const QString &format : { QStringLiteral("json"), QStringLiteral("csv"), QStringLiteral("brat") }) {
        const QMap<QString, QByteArray> before = exported(m_file, format);
        QVERIFY(!before.isEmpty());
        QCOMPARE(exported(back, format), before);
    }
    const QStringList originalFiles = originals(m_file);
    QVERIFY(!originalFiles.isEmpty());
    QCOMPARE(originals(back), originalFiles);
    // The copy goes into an empty database only.
    QCOMPARE(run({ QStringLiteral("copy"), m_file, uri }), 2);
    QVERIFY2(m_err.contains(QStringLiteral("already holds an Annalist project")), qPrintable(m_err));
}

void TestServerCommands::exportsFromTheServer_data()
{
    QTest::addColumn<QString>("format");
    // The formats that do not name the project (the others take their title from the file's name).
    QTest::newRow("csv") << QStringLiteral("csv");
    QTest::newRow("brat") << QStringLiteral("brat");
}

void TestServerCommands::exportsFromTheServer()
{
    QFETCH(QString, format);
    const QString uri = test::TestServer::adminUri(newDatabase());
    QCOMPARE(run({ QStringLiteral("copy"), m_file, uri }), 0);
    const QMap<QString, QByteArray> fromFile = exported(m_file, format);
    QVERIFY(!fromFile.isEmpty());
    QCOMPARE(exported(uri, format), fromFile);
}

void TestServerCommands::refusals_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("message");

    const QString host = test::TestServer::host();
    const int port = test::TestServer::port();
    const QString user = test::TestServer::adminUser();
    QTest::newRow("bad URI") << QString() << QStringLiteral("postgresql://%1@%2:http/case").arg(user, host)
                             << QStringLiteral("bad PostgreSQL URI");
    QTest::newRow("wrong password") << QStringLiteral("project")
                                    << QStringLiteral("postgresql://%1:wrong@%2:%3/DATABASE").arg(user, host).arg(port)
                                    << QStringLiteral("refused the password of user %1").arg(user);
    QTest::newRow("server down") << QString()
                                 << QStringLiteral("postgresql://%1@127.0.0.1:1/case?connect_timeout=3").arg(user)
                                 << QStringLiteral("cannot reach the PostgreSQL server 127.0.0.1:1");
    QTest::newRow("another application") << QStringLiteral("foreign")
                                         << test::TestServer::adminUri(QStringLiteral("DATABASE"))
                                         << QStringLiteral("tables of another application");
    QTest::newRow("newer schema") << QStringLiteral("newer") << test::TestServer::adminUri(QStringLiteral("DATABASE"))
                                  << QStringLiteral("newer version of Annalist (project format 99");
}

void TestServerCommands::refusals()
{
    QFETCH(QString, setup);
    QFETCH(QString, uri);
    QFETCH(QString, message);
    if (!setup.isEmpty()) {
        const QString database = newDatabase();
        uri.replace(QStringLiteral("DATABASE"), database);
        if (setup != QLatin1StringView("foreign"))
            QCOMPARE(run({ QStringLiteral("new"), test::TestServer::adminUri(database) }), 0);
        if (setup == QLatin1StringView("foreign"))
            QVERIFY(test::TestServer::exec(database, QStringLiteral("CREATE TABLE customers (id int)")));
        if (setup == QLatin1StringView("newer"))
            QVERIFY(
                test::TestServer::exec(database, QStringLiteral("UPDATE annalist_project SET schema_version = 99")));
    }
    QCOMPARE(run({ QStringLiteral("info"), uri }), 2);
    QVERIFY2(m_err.contains(message), qPrintable(m_err));
    QCOMPARE(m_err.count(u'\n'), 1);
    QVERIFY(m_out.isEmpty());
}

QTEST_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
