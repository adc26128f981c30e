// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectFixture.h"
#include "storage/ReadSnapshot.h"
#include "storage/SqliteStatement.h"

#include <QTest>

using namespace annalist;

// ReadSnapshot on a real project, with a second connection writing meanwhile.
class TestReadSnapshot : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void readsOneStateWhileAnotherConnectionWrites_data();
    void readsOneStateWhileAnotherConnectionWrites();
    void leavesAnOpenTransactionAlone();

private:
    qint64 eventCount();
    test::ProjectFixture m_project;
};

void TestReadSnapshot::init()
{
    QVERIFY(m_project.create());
    QVERIFY(m_project.addEvent(QStringLiteral("First")));
}

void TestReadSnapshot::cleanup()
{
    m_project.close();
}

qint64 TestReadSnapshot::eventCount()
{
    SqliteStatement count(m_project->database());
    if (!count.prepare(QStringLiteral("SELECT count(*) FROM events")) || !count.next())
        return -1;
    return count.integer(0);
}

void TestReadSnapshot::readsOneStateWhileAnotherConnectionWrites_data()
{
    QTest::addColumn<bool>("snapshot");
    QTest::addColumn<qint64>("seenMeanwhile");
    QTest::newRow("within a snapshot") << true << qint64(1);
    QTest::newRow("without one") << false << qint64(2);
}

void TestReadSnapshot::readsOneStateWhileAnotherConnectionWrites()
{
    QFETCH(bool, snapshot);
    QFETCH(qint64, seenMeanwhile);

    auto worker = m_project->openWorkerConnection();
    QVERIFY(worker);
    {
        std::unique_ptr<ReadSnapshot> held;
        if (snapshot) {
            held = std::make_unique<ReadSnapshot>(m_project->database());
            QVERIFY(held->isHeld());
        }
        QCOMPARE(eventCount(), qint64(1));
        Event second;
        second.title = QStringLiteral("Second");
        ANNALIST_VERIFY_OK((*worker)->events().add(second));
        QCOMPARE(eventCount(), seenMeanwhile);
    }
    QCOMPARE(eventCount(), qint64(2));
    worker->reset();
    // The snapshot ended: this connection writes again.
    QVERIFY(m_project.addEvent(QStringLiteral("Third")));
    QCOMPARE(eventCount(), qint64(3));
}

void TestReadSnapshot::leavesAnOpenTransactionAlone()
{
    QSqlDatabase database = m_project->database();
    QVERIFY(database.transaction());
    {
        const ReadSnapshot snapshot(database);
        QVERIFY(!snapshot.isHeld());
    }
    // Still the caller's transaction, to roll back.
    QSqlQuery insert(database);
    QVERIFY(insert.exec(QStringLiteral("INSERT INTO events (title) VALUES ('Undone')")));
    QCOMPARE(eventCount(), qint64(2));
    QVERIFY(database.rollback());
    QCOMPARE(eventCount(), qint64(1));

    QSqlDatabase closed;
    const ReadSnapshot nothing(closed);
    QVERIFY(!nothing.isHeld());
}

QTEST_GUILESS_MAIN(TestReadSnapshot)
#include "tst_readsnapshot.moc"
