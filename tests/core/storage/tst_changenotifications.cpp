// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// What one client of a team project changes is announced to the others by the server.

#include "ProjectFixture.h"
#include "TestServer.h"

#include "model/Note.h"
#include "storage/ChangeNotifications.h"
#include "storage/NoteRepository.h"
#include "storage/Project.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class TestChangeNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void secondConnectionHearsOfAChange();
    void uncommittedChangesAreNotAnnounced();
    void projectFilesAnnounceNothing();

private:
    QString m_database;
    QString m_uri;
};

void TestChangeNotifications::initTestCase()
{
    QVERIFY2(test::TestServer::isAvailable(), "the PostgreSQL test server is not running (ctest starts it)");
    m_database = test::TestServer::createDatabase();
    QVERIFY(!m_database.isEmpty());
    m_uri = test::TestServer::adminUri(m_database);
    QVERIFY(Project::create(m_uri));
}

void TestChangeNotifications::cleanupTestCase()
{
    if (!m_database.isEmpty())
        test::TestServer::dropDatabase(m_database);
}

void TestChangeNotifications::secondConnectionHearsOfAChange()
{
    auto writer = Project::open(m_uri);
    ANNALIST_VERIFY_OK(writer);
    auto reader = Project::open(m_uri);
    ANNALIST_VERIFY_OK(reader);
    ChangeNotifications notifications((*reader)->database());
    QVERIFY(notifications.isListening());
    QSignalSpy heard(&notifications, &ChangeNotifications::changed);

    QElapsedTimer clock;
    clock.start();
    Note note;
    note.body = QStringLiteral("Check the harbour master's statement against the minutes.");
    ANNALIST_VERIFY_OK((*writer)->notes().add(note));
    QTRY_VERIFY_WITH_TIMEOUT(!heard.isEmpty(), 1000);
    qInfo("announced after %lld ms", clock.elapsed());
    QCOMPARE(heard.first().at(0).toString(), QStringLiteral("notes"));
    QCOMPARE(heard.first().at(1).toBool(), false);
}

void TestChangeNotifications::uncommittedChangesAreNotAnnounced()
{
    auto writer = Project::open(m_uri);
    ANNALIST_VERIFY_OK(writer);
    auto reader = Project::open(m_uri);
    ANNALIST_VERIFY_OK(reader);
    ChangeNotifications notifications((*reader)->database());
    QSignalSpy heard(&notifications, &ChangeNotifications::changed);
    QSqlDatabase database = (*writer)->database();
    QVERIFY(database.transaction());
    QSqlQuery query(database);
    QVERIFY(query.exec(QStringLiteral("INSERT INTO notes (subject, subject_id, body, created_at, updated_at)"
                                      " VALUES (0, 0, 'draft', 0, 0)")));
    QTest::qWait(300);
    QVERIFY(heard.isEmpty());
    QVERIFY(database.rollback());
    QTest::qWait(300);
    QVERIFY(heard.isEmpty());
}

void TestChangeNotifications::projectFilesAnnounceNothing()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("alone.annalist")));
    ANNALIST_VERIFY_OK(project);
    ChangeNotifications notifications((*project)->database());
    QVERIFY(!notifications.isListening());
}

QTEST_GUILESS_MAIN(TestChangeNotifications)
#include "tst_changenotifications.moc"
