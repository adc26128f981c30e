// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "TestServer.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QDir>
#include <QProcess>
#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace annalist;

// A real annalist-cli process is killed with SIGKILL in the middle of a large import;
// the project must open afterwards with every source the process reported as imported
// and nothing half-written. The PostgreSQL run does the same to a project on the test server.
class TestKillDuringImport : public QObject
{
    Q_OBJECT

private slots:
    void killedImportKeepsCommittedSources_data();
    void killedImportKeepsCommittedSources();
};

void TestKillDuringImport::killedImportKeepsCommittedSources_data()
{
    QTest::addColumn<int>("killAfter");
    QTest::newRow("early") << 1;
    QTest::newRow("later") << 600;
}

void TestKillDuringImport::killedImportKeepsCommittedSources()
{
    QFETCH(int, killAfter);

    QTemporaryDir dir;
    const QString corpus = dir.filePath(QStringLiteral("corpus"));
    QVERIFY(QDir().mkpath(corpus));
    const QString filler
        = QStringLiteral("Officials said the talks on port security would continue next week. ").repeated(60);
    const int files = 4000;
    for (int i = 0; i < files; ++i) {
        QVERIFY(test::writeFile(QStringLiteral("%1/brief-%2.txt").arg(corpus).arg(i, 5, 10, QLatin1Char('0')),
                                QStringLiteral("Brief number %1\n%2").arg(i).arg(filler).toUtf8()));
    }
    QString path = dir.filePath(QStringLiteral("killed.annalist"));
    QString database;
    const auto dropDatabase = qScopeGuard([&database] {
        if (!database.isEmpty())
            test::TestServer::dropDatabase(database);
    });
    if (test::TestServer::backendIsPostgreSql()) {
        database = test::TestServer::createDatabase();
        QVERIFY(!database.isEmpty());
        path = test::TestServer::adminUri(database);
    }
    {
        auto created = Project::create(path);
        QVERIFY(created);
        Source earlier;
        earlier.title = QStringLiteral("Imported before the crash");
        earlier.body = QStringLiteral("Imported before the crash\nText.");
        earlier.originalBytes = earlier.body.toUtf8();
        earlier.sha256 = "0123456789abcdef0123456789abcdef";
        QVERIFY((*created)->sources().add(earlier));
    }

    QProcess cli;
    cli.start(test::binaryDirectory() + QStringLiteral("/annalist-cli"), { QStringLiteral("import"), path, corpus });
    QVERIFY(cli.waitForStarted());
    QSet<qint64> reported;
    while (reported.size() < killAfter) {
        if (!cli.canReadLine() && !cli.waitForReadyRead(20000))
            break;
        while (cli.canReadLine()) {
            const QByteArray line = cli.readLine();
            if (line.startsWith("imported "))
                reported.insert(line.mid(9).split('\t').first().toLongLong());
        }
    }
    QVERIFY2(reported.size() >= killAfter, "the import finished or stalled before it could be killed");
    QCOMPARE(cli.state(), QProcess::Running);
    ::kill(static_cast<pid_t>(cli.processId()), SIGKILL);
    QVERIFY(cli.waitForFinished(10000));
    QCOMPARE(cli.exitStatus(), QProcess::CrashExit);
    // Lines still buffered in the pipe were printed before the kill, after their commit.
    for (const QByteArray &line : cli.readAllStandardOutput().split('\n')) {
        if (line.startsWith("imported "))
            reported.insert(line.mid(9).split('\t').first().toLongLong());
    }

    auto reopened = Project::open(path);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
    QSqlQuery check((*reopened)->database());
    if (!(*reopened)->isOnServer()) {
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        check.finish();
    }
    // No source without its original file or with only part of its text.
    QVERIFY(check.exec(QStringLiteral("SELECT count(*) FROM sources s LEFT JOIN source_files f ON f.source_id = s.id"
                                      " WHERE f.source_id IS NULL OR length(s.body) <> s.body_length")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toInt(), 0);
    check.finish();

    auto list = (*reopened)->sources().list();
    QVERIFY(list);
    QSet<qint64> stored;
    for (const SourceSummary &summary : *list)
        stored.insert(summary.id);
    QVERIFY(stored.contains(1));
    for (qint64 id : std::as_const(reported))
        QVERIFY2(stored.contains(id),
                 qPrintable(QStringLiteral("source %1 was reported imported but is missing").arg(id)));
    QVERIFY2(stored.size() < files + 1, "the import was not interrupted");

    // The project is usable: the rest of the folder can be imported afterwards.
    reopened->reset();
    QProcess resume;
    resume.start(test::binaryDirectory() + QStringLiteral("/annalist-cli"), { QStringLiteral("import"), path, corpus });
    QVERIFY(resume.waitForFinished(120000));
    QCOMPARE(resume.exitCode(), 0);
    auto final = Project::open(path);
    QVERIFY(final);
    QCOMPARE((*final)->sources().count().value(), files + 1);
}

QTEST_GUILESS_MAIN(TestKillDuringImport)
#include "tst_killduringimport.moc"
