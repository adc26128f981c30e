// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/CreateEventCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"
#include "TimeValueOutput.h"

#include "model/Event.h"
#include "model/Evidence.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace annalist;
using annalist::test::ProjectFixture;
using annalist::test::utc;

namespace {

const QString body
    = QStringLiteral("Rubio met Sheinbaum in Mexico City on Tuesday. Officials called the talks productive.");

// A passage of `body` given by its text; the quote is left for the command to fill in.
Evidence passage(qint64 sourceId, const QString &text, Evidence::Stance stance = Evidence::Stance::Supports)
{
    Evidence evidence;
    evidence.sourceId = sourceId;
    evidence.start = static_cast<int>(body.indexOf(text));
    evidence.end = evidence.start + static_cast<int>(text.size());
    evidence.stance = stance;
    return evidence;
}

} // namespace

class TestCreateEventCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void creates_data();
    void creates();
    void survivesReopening();
    void failures_data();
    void failures();
    void undoStackKeepsIdsAcrossUndoAndRedo();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_source = 0;
    qint64 m_rubio = 0;
    qint64 m_sheinbaum = 0;
    qint64 m_mexicoCity = 0;
};

void TestCreateEventCommand::init()
{
    QVERIFY(m_fixture.create());
    m_source = m_fixture.addSource(QStringLiteral("Talks"), body);
    m_rubio = m_fixture.addEntity(QStringLiteral("Marco Rubio"));
    m_sheinbaum = m_fixture.addEntity(QStringLiteral("Claudia Sheinbaum"));
    m_mexicoCity = m_fixture.addEntity(QStringLiteral("Mexico City"), QStringLiteral("Place"));
    QVERIFY(m_source && m_rubio && m_sheinbaum && m_mexicoCity);
    // An event that is there already, so that the new one is not alone.
    QVERIFY(m_fixture.addEvent(QStringLiteral("Earlier call")) > 0);
}

void TestCreateEventCommand::cleanup()
{
    m_fixture.close();
}

void TestCreateEventCommand::creates_data()
{
    QTest::addColumn<bool>("everyField");
    QTest::addColumn<QStringList>("passages");
    QTest::addColumn<QString>("givenQuote");

    QTest::newRow("title only") << false << QStringList() << QString();
    QTest::newRow("every field, one passage")
        << true << QStringList { QStringLiteral("Rubio met Sheinbaum") } << QString();
    QTest::newRow("two passages") << true
                                  << QStringList { QStringLiteral("met Sheinbaum in Mexico City on Tuesday"),
                                                   QStringLiteral("Officials called the talks productive.") }
                                  << QString();
    QTest::newRow("passage with its own quote")
        << false << QStringList { QStringLiteral("called the talks productive") }
        << QStringLiteral("called the talks \u201cproductive\u201d");
}

void TestCreateEventCommand::creates()
{
    QFETCH(bool, everyField);
    QFETCH(QStringList, passages);
    QFETCH(QString, givenQuote);

    Event event;
    event.id = 4711; // ignored: the project gives the id
    event.title = QStringLiteral("  Rubio meets   Sheinbaum ");
    if (everyField) {
        event.kind = QStringLiteral("Meeting");
        TimeValue tuesday = TimeValue::day(QDate(2025, 2, 4), TimeValue::Qualifier::Uncertain);
        tuesday.setExpression(QStringLiteral("on Tuesday"));
        event.time = tuesday;
        event.placeEntityId = m_mexicoCity;
        event.participants = { { m_rubio, QStringLiteral("guest") }, { m_sheinbaum, QStringLiteral("host") } };
        event.description = QStringLiteral("First meeting.");
        event.assessment = QStringLiteral("Likely.");
        event.credibility = 2;
        event.lane = QStringLiteral("Diplomacy");
        event.tags = { QStringLiteral("security"), QStringLiteral("Bilateral") };
    }
    QList<Evidence> evidence;
    for (const QString &text : std::as_const(passages)) {
        evidence.append(passage(m_source, text));
        evidence.last().quote = givenQuote;
        evidence.last().note = QStringLiteral("note on ") + text;
    }

    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::eventsChanged);
    QSignalSpy removed(&m_signals, &ProjectSignals::eventRemoved);
    QSignalSpy evidenceChanged(&m_signals, &ProjectSignals::evidenceChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);

    CreateEventCommand command(m_fixture.project(), m_signals, event, evidence);
    QCOMPARE(command.eventId(), 0);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    const qint64 id = command.eventId();
    QVERIFY(id > 0 && id != 4711);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), id);
    QCOMPARE(evidenceChanged.count(), passages.isEmpty() ? 0 : 1);
    QCOMPARE(removed.count(), 0);
    QVERIFY(command.text().contains(QStringLiteral("Rubio meets Sheinbaum")));

    const Result<Event> stored = m_fixture.project().events().find(id);
    ANNALIST_VERIFY_OK(stored);
    QCOMPARE(stored->title, QStringLiteral("Rubio meets Sheinbaum"));
    QCOMPARE(stored->kind, event.kind.isNull() ? QStringLiteral("") : event.kind);
    QCOMPARE(stored->time, event.time);
    QCOMPARE(stored->placeEntityId, event.placeEntityId);
    QCOMPARE(stored->participants, event.participants);
    QCOMPARE(stored->credibility, event.credibility);
    QCOMPARE(stored->tags.size(), event.tags.size());

    const Result<QList<Evidence>> attached = m_fixture.project().evidence().listForEvent(id);
    ANNALIST_VERIFY_OK(attached);
    QCOMPARE(attached->size(), passages.size());
    QCOMPARE(command.evidenceIds().size(), passages.size());
    for (int i = 0; i < attached->size(); ++i) {
        const Evidence &found = attached->at(i);
        QVERIFY(command.evidenceIds().contains(found.id));
        QCOMPARE(found.sourceId, m_source);
        QCOMPARE(found.quote, givenQuote.isEmpty() ? body.mid(found.start, found.end - found.start) : givenQuote);
        QCOMPARE(found.stance, Evidence::Stance::Supports);
        QVERIFY(found.note.startsWith(QStringLiteral("note on ")));
    }
    const QStringList created = m_fixture.dump();
    const QList<qint64> evidenceIds = command.evidenceIds();

    command.undo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(m_fixture.dump(), original);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toLongLong(), id);
    QCOMPARE(evidenceChanged.count(), passages.isEmpty() ? 0 : 2);

    // Redo brings back the same rows under the same ids.
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(command.eventId(), id);
    QCOMPARE(command.evidenceIds(), evidenceIds);
    QCOMPARE(m_fixture.dump(), created);
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(1).at(0).toLongLong(), id);

    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    QCOMPARE(errors.count(), 0);
}

void TestCreateEventCommand::survivesReopening()
{
    qint64 id = 0;
    {
        Event event;
        event.title = QStringLiteral("Rubio meets Sheinbaum");
        CreateEventCommand command(m_fixture.project(), m_signals, event,
                                   { passage(m_source, QStringLiteral("Rubio met")) });
        command.redo();
        QVERIFY(!command.hasFailed());
        id = command.eventId();
    }
    QVERIFY(m_fixture.reopen());
    QCOMPARE(m_fixture.project().events().find(id)->title, QStringLiteral("Rubio meets Sheinbaum"));
    QCOMPARE(m_fixture.project().evidence().listForEvent(id)->size(), 1);
}

void TestCreateEventCommand::failures_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<qint64>("participant");
    QTest::addColumn<qint64>("place");
    QTest::addColumn<qint64>("evidenceSource");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");

    // evidenceSource: 0 for no evidence, -1 for the source of the test.
    QTest::newRow("empty title") << QStringLiteral("  ") << qint64(0) << qint64(0) << qint64(0) << 0 << 0;
    QTest::newRow("unknown participant") << QStringLiteral("Meeting") << qint64(9999) << qint64(0) << qint64(0) << 0
                                         << 0;
    QTest::newRow("unknown place") << QStringLiteral("Meeting") << qint64(0) << qint64(9999) << qint64(0) << 0 << 0;
    QTest::newRow("evidence from an unknown source")
        << QStringLiteral("Meeting") << qint64(0) << qint64(0) << qint64(9999) << 0 << 5;
    QTest::newRow("evidence beyond the text")
        << QStringLiteral("Meeting") << qint64(0) << qint64(0) << qint64(-1) << 80 << 500;
    QTest::newRow("empty evidence") << QStringLiteral("Meeting") << qint64(0) << qint64(0) << qint64(-1) << 5 << 5;
}

void TestCreateEventCommand::failures()
{
    QFETCH(QString, title);
    QFETCH(qint64, participant);
    QFETCH(qint64, place);
    QFETCH(qint64, evidenceSource);
    QFETCH(int, start);
    QFETCH(int, end);

    Event event;
    event.title = title;
    if (participant)
        event.participants = { { m_rubio, QString() }, { participant, QString() } };
    event.placeEntityId = place;
    QList<Evidence> evidence;
    if (evidenceSource != 0) {
        // A good passage first: it must vanish with the rest.
        evidence.append(passage(m_source, QStringLiteral("Rubio met")));
        Evidence bad;
        bad.sourceId = evidenceSource < 0 ? m_source : evidenceSource;
        bad.start = start;
        bad.end = end;
        evidence.append(bad);
    }

    const QStringList original = m_fixture.dump();
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QSignalSpy changed(&m_signals, &ProjectSignals::eventsChanged);
    QSignalSpy evidenceChanged(&m_signals, &ProjectSignals::evidenceChanged);
    CreateEventCommand command(m_fixture.project(), m_signals, event, evidence);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(command.eventId(), 0);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(evidenceChanged.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
    QVERIFY(!command.errorMessage().isEmpty());
}

void TestCreateEventCommand::undoStackKeepsIdsAcrossUndoAndRedo()
{
    QUndoStack stack;
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    const QStringList original = m_fixture.dump();

    Event first;
    first.title = QStringLiteral("Rubio meets Sheinbaum");
    auto *createFirst = new CreateEventCommand(m_fixture.project(), m_signals, first,
                                               { passage(m_source, QStringLiteral("Rubio met Sheinbaum")) });
    stack.push(createFirst);
    const qint64 firstId = createFirst->eventId();
    Event second;
    second.title = QStringLiteral("Officials praise the talks");
    auto *createSecond = new CreateEventCommand(m_fixture.project(), m_signals, second);
    stack.push(createSecond);
    const qint64 secondId = createSecond->eventId();
    QVERIFY(firstId > 0 && secondId > firstId);
    QCOMPARE(stack.count(), 2);
    const QStringList both = m_fixture.dump();

    stack.undo();
    stack.undo();
    QCOMPARE(m_fixture.dump(), original);
    stack.redo();
    stack.redo();
    QCOMPARE(m_fixture.dump(), both);
    QCOMPARE(createFirst->eventId(), firstId);
    QCOMPARE(createSecond->eventId(), secondId);
    QCOMPARE(m_fixture.project().events().find(secondId)->title, QStringLiteral("Officials praise the talks"));

    // A new event after an undo never takes the undone one's id.
    stack.undo();
    Event third;
    third.title = QStringLiteral("Press conference");
    auto *createThird = new CreateEventCommand(m_fixture.project(), m_signals, third);
    stack.push(createThird);
    QVERIFY(createThird->eventId() > secondId);
    QCOMPARE(errors.count(), 0);
}

QTEST_GUILESS_MAIN(TestCreateEventCommand)
#include "tst_createeventcommand.moc"
