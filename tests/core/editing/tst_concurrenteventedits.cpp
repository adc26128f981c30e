// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two analysts edit one event of a team project at once (two connections to the test
// server): the second write over an edit the writer never saw is refused with the other's
// version, and an undo that would overwrite someone's later edit is refused as well.

#include "ProjectFixture.h"
#include "TestServer.h"

#include "editing/UpdateEventCommand.h"
#include "storage/EventRepository.h"
#include "storage/Project.h"
#include "storage/ProjectSignals.h"
#include "storage/TeamRoles.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace annalist;

class TestConcurrentEventEdits : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void ownEditsUndoAndRedo();
    void editOverAnUnseenChangeIsRefused();
    void undoOverALaterEditIsRefused();

private:
    Event read(Project &project);
    static Event retitled(Event event, const QString &title);

    QString m_database;
    std::unique_ptr<Project> m_ada;
    std::unique_ptr<Project> m_ben;
    qint64 m_event = 0;
};

void TestConcurrentEventEdits::init()
{
    QVERIFY2(test::TestServer::isAvailable(), "the PostgreSQL test server is not running (ctest starts it)");
    m_database = test::TestServer::createDatabase();
    QVERIFY(!m_database.isEmpty());
    const QString uri = test::TestServer::adminUri(m_database);
    auto created = Project::create(uri);
    ANNALIST_VERIFY_OK(created);
    Event event;
    event.title = QStringLiteral("Tender board meets");
    const auto id = (*created)->events().add(event);
    ANNALIST_VERIFY_OK(id);
    m_event = *id;
    // Two editors of the team, each with a database user of their own.
    TeamRoles team((*created)->database());
    for (const QString &name : { QStringLiteral("ada"), QStringLiteral("ben") }) {
        QVERIFY(test::TestServer::createUser(name));
        ANNALIST_VERIFY_OK(team.grant(test::TestServer::userName(name), TeamRoles::Role::Editor));
    }
    created->reset();
    auto ada = Project::open(test::TestServer::userUri(m_database, QStringLiteral("ada")));
    ANNALIST_VERIFY_OK(ada);
    auto ben = Project::open(test::TestServer::userUri(m_database, QStringLiteral("ben")));
    ANNALIST_VERIFY_OK(ben);
    m_ada = std::move(*ada);
    m_ben = std::move(*ben);
}

void TestConcurrentEventEdits::cleanup()
{
    m_ada.reset();
    m_ben.reset();
    if (!m_database.isEmpty())
        test::TestServer::dropDatabase(m_database);
    for (const QString &name : { QStringLiteral("ada"), QStringLiteral("ben") })
        test::TestServer::dropUser(name);
}

Event TestConcurrentEventEdits::read(Project &project)
{
    const auto event = project.events().find(m_event);
    return event ? *event : Event {};
}

Event TestConcurrentEventEdits::retitled(Event event, const QString &title)
{
    event.title = title;
    return event;
}

void TestConcurrentEventEdits::ownEditsUndoAndRedo()
{
    ProjectSignals projectSignals;
    QSignalSpy errors(&projectSignals, &ProjectSignals::errorOccurred);
    QUndoStack stack;
    QVERIFY(!m_ada->isReadOnly());
    const Event seen = read(*m_ada);
    QVERIFY(seen.changedAt > 0);
    stack.push(new UpdateEventCommand(*m_ada, projectSignals, retitled(seen, QStringLiteral("Board meets twice"))));
    QCOMPARE(read(*m_ben).title, QStringLiteral("Board meets twice"));
    QTest::qWait(5); // a new millisecond for the next stamp
    stack.undo();
    QCOMPARE(read(*m_ben).title, QStringLiteral("Tender board meets"));
    QTest::qWait(5);
    stack.redo();
    QCOMPARE(read(*m_ben).title, QStringLiteral("Board meets twice"));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
}

void TestConcurrentEventEdits::editOverAnUnseenChangeIsRefused()
{
    ProjectSignals projectSignals;
    QSignalSpy errors(&projectSignals, &ProjectSignals::errorOccurred);
    QUndoStack adaStack;
    QUndoStack benStack;
    // Both open the event; Ben saves first.
    const Event adaSaw = read(*m_ada);
    const Event benSaw = read(*m_ben);
    QTest::qWait(5);
    benStack.push(new UpdateEventCommand(*m_ben, projectSignals, retitled(benSaw, QStringLiteral("Board postpones"))));
    QVERIFY(errors.isEmpty());
    // Ada's edit of the version she saw does not overwrite his.
    adaStack.push(
        new UpdateEventCommand(*m_ada, projectSignals, retitled(adaSaw, QStringLiteral("Board meets at noon"))));
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("Board postpones")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("after you read it")), qPrintable(message));
    QVERIFY2(message.contains(test::TestServer::userName(QStringLiteral("ben"))), qPrintable(message));
    QCOMPARE(read(*m_ada).title, QStringLiteral("Board postpones"));
    QCOMPARE(adaStack.count(), 0); // nothing to undo: nothing was written
    // Having read his version, she may edit it.
    errors.clear();
    adaStack.push(new UpdateEventCommand(*m_ada, projectSignals,
                                         retitled(read(*m_ada), QStringLiteral("Board postpones to May"))));
    QVERIFY(errors.isEmpty());
    QCOMPARE(read(*m_ben).title, QStringLiteral("Board postpones to May"));
}

void TestConcurrentEventEdits::undoOverALaterEditIsRefused()
{
    ProjectSignals projectSignals;
    QSignalSpy errors(&projectSignals, &ProjectSignals::errorOccurred);
    QUndoStack adaStack;
    QUndoStack benStack;
    adaStack.push(
        new UpdateEventCommand(*m_ada, projectSignals, retitled(read(*m_ada), QStringLiteral("Board meets at noon"))));
    QTest::qWait(5);
    benStack.push(new UpdateEventCommand(*m_ben, projectSignals,
                                         retitled(read(*m_ben), QStringLiteral("Board meets at noon, in camera"))));
    QVERIFY(errors.isEmpty());
    // Ada's undo would put back the title from before her edit, over Ben's.
    adaStack.undo();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("in camera")),
             qPrintable(errors.first().at(0).toString()));
    QCOMPARE(read(*m_ben).title, QStringLiteral("Board meets at noon, in camera"));
    // Ben's own undo is his to make.
    errors.clear();
    QTest::qWait(5);
    benStack.undo();
    QVERIFY(errors.isEmpty());
    QCOMPARE(read(*m_ada).title, QStringLiteral("Board meets at noon"));
}

QTEST_GUILESS_MAIN(TestConcurrentEventEdits)
#include "tst_concurrenteventedits.moc"
