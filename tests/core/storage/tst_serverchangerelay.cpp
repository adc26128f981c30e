// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What another analyst changes on the server reaches this window's views as the
// signals they follow, gathered, and never the window's own changes twice.

#include "ProjectFixture.h"
#include "TestServer.h"

#include "storage/Project.h"
#include "storage/ProjectSignals.h"
#include "storage/ServerChangeRelay.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class TestServerChangeRelay : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void otherClientsChangesReachTheViews_data();
    void otherClientsChangesReachTheViews();
    void aBurstIsPassedOnOnce();
    void ownChangesAreNotPassedOn();
    void projectFilesRelayNothing();

private:
    static bool exec(Project &project, const QString &sql);

    QString m_database;
    QString m_uri;
};

bool TestServerChangeRelay::exec(Project &project, const QString &sql)
{
    QSqlQuery query(project.database());
    return query.exec(sql);
}

void TestServerChangeRelay::initTestCase()
{
    QVERIFY2(test::TestServer::isAvailable(), "the PostgreSQL test server is not running (ctest starts it)");
    m_database = test::TestServer::createDatabase();
    QVERIFY(!m_database.isEmpty());
    m_uri = test::TestServer::adminUri(m_database);
    QVERIFY(Project::create(m_uri));
}

void TestServerChangeRelay::cleanupTestCase()
{
    if (!m_database.isEmpty())
        test::TestServer::dropDatabase(m_database);
}

void TestServerChangeRelay::otherClientsChangesReachTheViews_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QByteArray>("signal");
    // A statement that touches no row still announces its table: enough to see the relay.
    QTest::newRow("mentions") << QStringLiteral("mentions") << QByteArray(SIGNAL(mentionsChanged(qint64)));
    QTest::newRow("entities") << QStringLiteral("entities") << QByteArray(SIGNAL(entitiesChanged()));
    QTest::newRow("roles") << QStringLiteral("entity_roles") << QByteArray(SIGNAL(entitiesChanged()));
    QTest::newRow("sources") << QStringLiteral("sources") << QByteArray(SIGNAL(sourcesChanged()));
    QTest::newRow("time expressions") << QStringLiteral("timexes") << QByteArray(SIGNAL(timexesChanged(qint64)));
    QTest::newRow("events") << QStringLiteral("events") << QByteArray(SIGNAL(eventsChanged(qint64)));
    QTest::newRow("participants") << QStringLiteral("event_participants") << QByteArray(SIGNAL(eventsChanged(qint64)));
    QTest::newRow("evidence") << QStringLiteral("evidence") << QByteArray(SIGNAL(evidenceChanged(qint64)));
    QTest::newRow("annotations") << QStringLiteral("chronology_annotations")
                                 << QByteArray(SIGNAL(annotationsChanged(qint64)));
}

void TestServerChangeRelay::otherClientsChangesReachTheViews()
{
    QFETCH(QString, table);
    QFETCH(QByteArray, signal);
    auto other = Project::open(m_uri);
    ANNALIST_VERIFY_OK(other);
    auto mine = Project::open(m_uri);
    ANNALIST_VERIFY_OK(mine);
    ProjectSignals projectSignals;
    ServerChangeRelay relay((*mine)->database(), projectSignals);
    QVERIFY(relay.isListening());
    QSignalSpy passedOn(&projectSignals, signal.constData());
    QSignalSpy relayed(&relay, &ServerChangeRelay::relayed);

    QElapsedTimer clock;
    clock.start();
    QVERIFY(exec(**other, QStringLiteral("DELETE FROM %1 WHERE false").arg(table)));
    QTRY_COMPARE_WITH_TIMEOUT(passedOn.size(), 1, 1000);
    qInfo("passed on after %lld ms", clock.elapsed());
    QCOMPARE(relayed.size(), 1);
    QCOMPARE(relayed.first().at(0).toStringList(), QStringList { table });
    if (!passedOn.first().isEmpty())
        QCOMPARE(passedOn.first().at(0).toLongLong(), 0); // which row is not known
}

void TestServerChangeRelay::aBurstIsPassedOnOnce()
{
    auto other = Project::open(m_uri);
    ANNALIST_VERIFY_OK(other);
    auto mine = Project::open(m_uri);
    ANNALIST_VERIFY_OK(mine);
    ProjectSignals projectSignals;
    ServerChangeRelay relay((*mine)->database(), projectSignals);
    QSignalSpy mentions(&projectSignals, &ProjectSignals::mentionsChanged);
    QSignalSpy entities(&projectSignals, &ProjectSignals::entitiesChanged);
    // An analysis of twenty sources by another analyst: twenty commits in a row.
    for (int i = 0; i < 20; ++i) {
        QVERIFY(exec(**other, QStringLiteral("DELETE FROM mentions WHERE false")));
        QVERIFY(exec(**other, QStringLiteral("DELETE FROM entities WHERE false")));
    }
    QTRY_COMPARE_WITH_TIMEOUT(mentions.size(), 1, 1000);
    QCOMPARE(entities.size(), 1);
    QTest::qWait(2 * ServerChangeRelay::gatherMilliseconds);
    QVERIFY(mentions.size() <= 2);
}

void TestServerChangeRelay::ownChangesAreNotPassedOn()
{
    auto mine = Project::open(m_uri);
    ANNALIST_VERIFY_OK(mine);
    ProjectSignals projectSignals;
    ServerChangeRelay relay((*mine)->database(), projectSignals);
    QSignalSpy relayed(&relay, &ServerChangeRelay::relayed);
    QVERIFY(exec(**mine, QStringLiteral("DELETE FROM mentions WHERE false")));
    QTest::qWait(600);
    QVERIFY(relayed.isEmpty());
}

void TestServerChangeRelay::projectFilesRelayNothing()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("alone.annalist")));
    ANNALIST_VERIFY_OK(project);
    ProjectSignals projectSignals;
    ServerChangeRelay relay((*project)->database(), projectSignals);
    QVERIFY(!relay.isListening());
}

QTEST_GUILESS_MAIN(TestServerChangeRelay)
#include "tst_serverchangerelay.moc"
