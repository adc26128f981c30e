// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/UpdateEventCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"
#include "TimeValueOutput.h"

#include "model/Event.h"
#include "storage/EventRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace annalist;
using annalist::test::ProjectFixture;
using annalist::test::utc;

// Changes one or more fields of an event; the test's entity ids are passed in.
using EventEdit = std::function<void(Event &, const QList<qint64> &entities)>;
Q_DECLARE_METATYPE(EventEdit)

class TestUpdateEventCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void updates_data();
    void updates();
    void survivesReopening();
    void failures_data();
    void failures();
    void everyEditIsItsOwnStep_data();
    void everyEditIsItsOwnStep();
    void editTypedBackIsAStepToo();
    void editWithoutChangeLeavesNoStep();

private:
    Event current();
    void compareEvents(const Event &actual, const Event &expected);

    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    QList<qint64> m_entities;
    qint64 m_event = 0;
    qint64 m_other = 0;
};

void TestUpdateEventCommand::init()
{
    QVERIFY(m_fixture.create());
    m_entities = {
        m_fixture.addEntity(QStringLiteral("Marco Rubio")),
        m_fixture.addEntity(QStringLiteral("Claudia Sheinbaum")),
        m_fixture.addEntity(QStringLiteral("Mexico City"), QStringLiteral("Place")),
        m_fixture.addEntity(QStringLiteral("Washington"), QStringLiteral("Place")),
        m_fixture.addEntity(QStringLiteral("Security Cabinet"), QStringLiteral("Organisation")),
    };
    QVERIFY(!m_entities.contains(0));

    Event event;
    event.title = QStringLiteral("Rubio meets Sheinbaum");
    event.kind = QStringLiteral("Meeting");
    event.time = TimeValue::between(utc(2024, 6, 2), utc(2024, 9, 30, 23, 59), TimeValue::Granularity::Day);
    event.placeEntityId = m_entities.at(2);
    event.participants
        = { { m_entities.at(0), QStringLiteral("guest") }, { m_entities.at(1), QStringLiteral("host") } };
    event.description = QStringLiteral("First meeting.");
    event.assessment = QStringLiteral("Likely.");
    event.credibility = 3;
    event.lane = QStringLiteral("Diplomacy");
    event.tags = { QStringLiteral("security"), QStringLiteral("fentanyl") };
    const Result<qint64> id = m_fixture.project().events().add(event);
    ANNALIST_VERIFY_OK(id);
    m_event = *id;
    m_other = m_fixture.addEvent(QStringLiteral("Another event"));
    QVERIFY(m_other > 0);
}

void TestUpdateEventCommand::cleanup()
{
    m_fixture.close();
}

Event TestUpdateEventCommand::current()
{
    const Result<Event> event = m_fixture.project().events().find(m_event);
    return event ? *event : Event {};
}

void TestUpdateEventCommand::compareEvents(const Event &actual, const Event &expected)
{
    QCOMPARE(actual.id, expected.id);
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.time, expected.time);
    QCOMPARE(actual.placeEntityId, expected.placeEntityId);
    QCOMPARE(actual.participants, expected.participants);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.assessment, expected.assessment);
    QCOMPARE(actual.credibility, expected.credibility);
    QCOMPARE(actual.lane, expected.lane);
    QCOMPARE(actual.tags, expected.tags);
}

void TestUpdateEventCommand::updates_data()
{
    QTest::addColumn<EventEdit>("edit");
    QTest::addColumn<QString>("text");

    QTest::newRow("title") << EventEdit([](Event &e, const QList<qint64> &) {
        e.title = QStringLiteral("Rubio and Sheinbaum meet");
    }) << QStringLiteral("Rename event \u201cRubio and Sheinbaum meet\u201d");
    QTest::newRow("time") << EventEdit([](Event &e, const QList<qint64> &) {
        TimeValue time = TimeValue::day(QDate(2024, 9, 20), TimeValue::Qualifier::Approximate);
        time.setExpression(QStringLiteral("late September"));
        time.setAnchor(QStringLiteral("2024-06-02/2024-09-30?"));
        e.time = time;
    }) << QStringLiteral("Change the time of \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("time to unknown") << EventEdit([](Event &e, const QList<qint64> &) {
        e.time = TimeValue::unknown();
    }) << QStringLiteral("Change the time of \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("place") << EventEdit([](Event &e, const QList<qint64> &ids) { e.placeEntityId = ids.at(3); })
                           << QStringLiteral("Change the place of \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("no place") << EventEdit([](Event &e, const QList<qint64> &) { e.placeEntityId = 0; })
                              << QStringLiteral("Change the place of \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("participants reordered and added") << EventEdit([](Event &e, const QList<qint64> &ids) {
        e.participants = { { ids.at(1), QStringLiteral("host") },
                           { ids.at(4), QString() },
                           { ids.at(0), QStringLiteral("guest") } };
    }) << QStringLiteral("Change the participants of \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("tags") << EventEdit([](Event &e, const QList<qint64> &) {
        e.tags = { QStringLiteral("migration") };
    }) << QStringLiteral("Change the tags of \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("credibility") << EventEdit([](Event &e, const QList<qint64> &) { e.credibility = 6; })
                                 << QStringLiteral("Change the credibility of \u201cRubio meets Sheinbaum\u201d");
    QTest::newRow("everything") << EventEdit([](Event &e, const QList<qint64> &ids) {
        e.title = QStringLiteral("Security Cabinet in Washington");
        e.kind = QStringLiteral("Talks");
        e.time = TimeValue::month(2024, 10, TimeValue::Qualifier::Uncertain);
        e.placeEntityId = ids.at(3);
        e.participants = { { ids.at(4), QString() } };
        e.description = QString();
        e.assessment = QStringLiteral("Unlikely.");
        e.credibility = 5;
        e.lane = QStringLiteral("Security");
        e.tags = {};
    }) << QStringLiteral("Edit event \u201cSecurity Cabinet in Washington\u201d");
}

void TestUpdateEventCommand::updates()
{
    QFETCH(EventEdit, edit);
    QFETCH(QString, text);

    const Event before = current();
    const QStringList original = m_fixture.dump();
    Event edited = before;
    edit(edited, m_entities);

    QSignalSpy changed(&m_signals, &ProjectSignals::eventsChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    UpdateEventCommand command(m_fixture.project(), m_signals, edited);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(command.text(), text);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_event);
    Event expected = edited;
    if (expected.description.isNull())
        expected.description = QStringLiteral("");
    compareEvents(current(), expected);
    const QStringList after = m_fixture.dump();
    QVERIFY(after != original);

    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    compareEvents(current(), before);
    command.redo();
    QCOMPARE(m_fixture.dump(), after);
    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(errors.count(), 0);
    // The other event never changed.
    QCOMPARE(m_fixture.project().events().find(m_other)->title, QStringLiteral("Another event"));
}

void TestUpdateEventCommand::survivesReopening()
{
    {
        Event edited = current();
        edited.title = QStringLiteral("Renamed");
        UpdateEventCommand command(m_fixture.project(), m_signals, edited);
        command.redo();
        QVERIFY(!command.hasFailed());
    }
    QVERIFY(m_fixture.reopen());
    QCOMPARE(current().title, QStringLiteral("Renamed"));
}

void TestUpdateEventCommand::failures_data()
{
    QTest::addColumn<EventEdit>("edit");

    QTest::newRow("unknown event") << EventEdit([](Event &e, const QList<qint64> &) { e.id = 9999; });
    QTest::newRow("unknown place") << EventEdit([](Event &e, const QList<qint64> &) { e.placeEntityId = 9999; });
    QTest::newRow("unknown participant") << EventEdit([](Event &e, const QList<qint64> &) {
        e.participants.append({ 9999, QStringLiteral("ghost") });
    });
    QTest::newRow("credibility out of range") << EventEdit([](Event &e, const QList<qint64> &) { e.credibility = 7; });
}

void TestUpdateEventCommand::failures()
{
    QFETCH(EventEdit, edit);

    Event edited = current();
    edited.title = QStringLiteral("Changed as well");
    edit(edited, m_entities);
    const QStringList original = m_fixture.dump();
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QSignalSpy changed(&m_signals, &ProjectSignals::eventsChanged);
    UpdateEventCommand command(m_fixture.project(), m_signals, edited);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
    // A failed command does nothing afterwards.
    command.undo();
    QCOMPARE(m_fixture.dump(), original);
}

void TestUpdateEventCommand::everyEditIsItsOwnStep_data()
{
    QTest::addColumn<bool>("sameField");
    QTest::addColumn<bool>("sameEvent");
    QTest::addColumn<bool>("withDescription");
    QTest::addColumn<int>("steps");

    QTest::newRow("title changed twice") << true << true << false << 2;
    QTest::newRow("title, then description") << false << true << false << 2;
    QTest::newRow("titles of two events") << true << false << false << 2;
    QTest::newRow("title and description twice") << true << true << true << 2;
}

void TestUpdateEventCommand::everyEditIsItsOwnStep()
{
    QFETCH(bool, sameField);
    QFETCH(bool, sameEvent);
    QFETCH(bool, withDescription);
    QFETCH(int, steps);

    const QStringList original = m_fixture.dump();
    QUndoStack stack;
    Event first = current();
    first.title = QStringLiteral("Rubio meets");
    if (withDescription)
        first.description = QStringLiteral("A meeting.");
    stack.push(new UpdateEventCommand(m_fixture.project(), m_signals, first));

    Event second = sameEvent ? current() : *m_fixture.project().events().find(m_other);
    if (sameField)
        second.title = second.title + QStringLiteral(" Sheinbaum again");
    else
        second.description = QStringLiteral("Second meeting.");
    if (withDescription)
        second.description = QStringLiteral("A second meeting.");
    stack.push(new UpdateEventCommand(m_fixture.project(), m_signals, second));
    QCOMPARE(stack.count(), steps);
    const QStringList edited = m_fixture.dump();

    while (stack.canUndo())
        stack.undo();
    QCOMPARE(m_fixture.dump(), original);
    while (stack.canRedo())
        stack.redo();
    QCOMPARE(m_fixture.dump(), edited);
}

void TestUpdateEventCommand::editTypedBackIsAStepToo()
{
    QUndoStack stack;
    const Event before = current();
    Event edited = before;
    edited.title = QStringLiteral("Rubio meets Sheinbaum!");
    stack.push(new UpdateEventCommand(m_fixture.project(), m_signals, edited));
    QCOMPARE(stack.count(), 1);
    stack.push(new UpdateEventCommand(m_fixture.project(), m_signals, before));
    QCOMPARE(stack.count(), 2);
    compareEvents(current(), before);
    stack.undo();
    QCOMPARE(current().title, edited.title);
}

void TestUpdateEventCommand::editWithoutChangeLeavesNoStep()
{
    const QStringList original = m_fixture.dump();
    QUndoStack stack;
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    Event same = current();
    // Tags in another order are the same tags.
    std::reverse(same.tags.begin(), same.tags.end());
    stack.push(new UpdateEventCommand(m_fixture.project(), m_signals, same));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestUpdateEventCommand)
#include "tst_updateeventcommand.moc"
