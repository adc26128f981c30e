// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Three annalist-cli processes work on one project on the PostgreSQL test server at
// once for a minute (ANNALIST_CONCURRENCY_SECONDS to change that), each importing
// sources of its own one after the other; afterwards every source a process reported
// is there exactly once, under the id it was reported with, with its original file.

#include "TestData.h"
#include "TestServer.h"

#include "storage/Project.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class TestConcurrentEditing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void threeProcessesForAMinute();

private:
    QString m_database;
};

void TestConcurrentEditing::initTestCase()
{
    QVERIFY2(test::TestServer::isAvailable(), "the PostgreSQL test server is not running (ctest starts it)");
    m_database = test::TestServer::createDatabase();
    QVERIFY(!m_database.isEmpty());
    QVERIFY(Project::create(test::TestServer::adminUri(m_database)));
}

void TestConcurrentEditing::cleanupTestCase()
{
    if (!m_database.isEmpty())
        test::TestServer::dropDatabase(m_database);
}

void TestConcurrentEditing::threeProcessesForAMinute()
{
    const int seconds = qEnvironmentVariableIsSet("ANNALIST_CONCURRENCY_SECONDS")
        ? qEnvironmentVariableIntValue("ANNALIST_CONCURRENCY_SECONDS")
        : 60;
    const QString uri = test::TestServer::adminUri(m_database);
    const QString cli = test::binaryDirectory() + QStringLiteral("/annalist-cli");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    struct Worker
    {
        QProcess process;
        int next = 0;
        QString file;
    };
    Worker workers[3];
    QHash<qint64, QString> reported; // source id → file
    int runs = 0;
    int failures = 0;
    QStringList errors;
    const auto start = [&](int index) {
        Worker &worker = workers[index];
        worker.file = dir.filePath(QStringLiteral("w%1-%2.txt").arg(index).arg(worker.next++));
        test::writeFile(worker.file,
                        QStringLiteral("Brief %1 of desk %2\nThe desk %2 filed brief %1 about the port.")
                            .arg(worker.next)
                            .arg(index)
                            .toUtf8());
        worker.process.start(cli, { QStringLiteral("import"), uri, worker.file, QStringLiteral("--no-analysis") });
    };
    const QDeadlineTimer deadline { std::chrono::seconds(seconds) };
    for (int i = 0; i < 3; ++i)
        start(i);
    int running = 3;
    while (running > 0) {
        for (int i = 0; i < 3; ++i) {
            Worker &worker = workers[i];
            if (worker.process.state() == QProcess::NotRunning)
                continue;
            if (!worker.process.waitForFinished(10))
                continue;
            ++runs;
            const QByteArray output = worker.process.readAllStandardOutput();
            bool found = false;
            for (const QByteArray &line : output.split('\n')) {
                if (line.startsWith("imported ")) {
                    const qint64 id = line.mid(9).split('\t').first().toLongLong();
                    QVERIFY2(!reported.contains(id), qPrintable(QStringLiteral("id %1 reported twice").arg(id)));
                    reported.insert(id, worker.file);
                    found = true;
                }
            }
            if (worker.process.exitCode() != 0 || !found) {
                ++failures;
                errors.append(QString::fromUtf8(worker.process.readAllStandardError()));
            }
            if (deadline.hasExpired())
                --running;
            else
                start(i);
        }
    }
    qInfo("%d imports by 3 processes in %d s, %d failed", runs, seconds, failures);
    QVERIFY2(failures == 0, qPrintable(errors.join(u'\n')));
    QVERIFY(runs >= 3);

    auto project = Project::open(uri);
    QVERIFY(project);
    QSqlQuery query((*project)->database());
    QVERIFY(query.exec(QStringLiteral("SELECT s.id, s.body, count(f.source_id) FROM sources s"
                                      " LEFT JOIN source_files f ON f.source_id = s.id GROUP BY s.id, s.body")));
    QHash<qint64, QString> stored;
    while (query.next()) {
        QCOMPARE(query.value(2).toInt(), 1);
        stored.insert(query.value(0).toLongLong(), query.value(1).toString());
    }
    QCOMPARE(stored.size(), reported.size());
    for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
        QVERIFY2(stored.contains(it.key()), qPrintable(QStringLiteral("source %1 is missing").arg(it.key())));
        const QString secondLine = QString::fromUtf8(test::readFile(it.value())).section(u'\n', 1, 1);
        QVERIFY2(stored.value(it.key()).contains(secondLine), qPrintable(stored.value(it.key())));
    }
}

QTEST_GUILESS_MAIN(TestConcurrentEditing)
#include "tst_concurrentediting.moc"
