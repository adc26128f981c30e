// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/ChronologyAnnotation.h"
#include "model/Entity.h"
#include "model/Event.h"
#include "model/Evidence.h"
#include "model/Note.h"
#include "model/Source.h"
#include "storage/ChronologyAnnotationRepository.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/NoteRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include "ProjectFixture.h"
#include "TimeValueOutput.h"

#include <QCryptographicHash>
#include <QTest>

#include <algorithm>

using namespace annalist;
using test::utc;

Q_DECLARE_METATYPE(annalist::Event)

namespace {

Event titled(const QString &title, const TimeValue &time = {})
{
    Event event;
    event.title = title;
    event.time = time;
    return event;
}

} // namespace

class TestEventRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void restoreKeepsTheId_data();
    void restoreKeepsTheId();
    void restoreRefusesATakenOrMissingId();
    void listIsChronological();
    void repeatedParticipantsAndTagsAreStoredOnce();
    void rejects_data();
    void rejects();
    void update();
    void updateIsAtomic();
    void remove();
    void unknownIdsAreNotFound();

private:
    EventRepository &events() { return m_project->events(); }
    // Rows name entities by 1-based index into m_entities, so that they do not depend on ids.
    Event withEntityIds(Event event) const;
    void compareEvents(const Event &actual, const Event &expected);

    test::ProjectFixture m_project;
    QList<qint64> m_entities;
};

void TestEventRepository::init()
{
    QVERIFY(m_project.create());

    m_entities.clear();
    const QList<QPair<QString, QString>> entities = {
        { QStringLiteral("Marco Rubio"), QStringLiteral("Person") },
        { QStringLiteral("Claudia Sheinbaum"), QStringLiteral("Person") },
        { QStringLiteral("Mexico City"), QStringLiteral("Place") },
        { QStringLiteral("Palacio Nacional"), QStringLiteral("Place") },
        { QStringLiteral("Department of State"), QStringLiteral("Organisation") },
    };
    for (const auto &[name, type] : entities) {
        const qint64 id = m_project.addEntity(name, type);
        QVERIFY(id > 0);
        m_entities.append(id);
    }
}

void TestEventRepository::cleanup()
{
    m_project.close();
}

Event TestEventRepository::withEntityIds(Event event) const
{
    if (event.placeEntityId > 0)
        event.placeEntityId = m_entities.value(event.placeEntityId - 1, 9999);
    for (EventParticipant &participant : event.participants)
        participant.entityId = m_entities.value(participant.entityId - 1, 9999);
    return event;
}

void TestEventRepository::compareEvents(const Event &actual, const Event &expected)
{
    QCOMPARE(actual.title, expected.title);
    QCOMPARE(actual.kind, expected.kind);
    QCOMPARE(actual.time, expected.time);
    QCOMPARE(actual.placeEntityId, expected.placeEntityId);
    QCOMPARE(actual.participants, expected.participants);
    QCOMPARE(actual.description, expected.description);
    QCOMPARE(actual.assessment, expected.assessment);
    QCOMPARE(actual.credibility, expected.credibility);
    QCOMPARE(actual.lane, expected.lane);
    QStringList tags = expected.tags;
    std::sort(tags.begin(), tags.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });
    QCOMPARE(actual.tags, tags);
}

void TestEventRepository::roundTrip_data()
{
    QTest::addColumn<Event>("event");

    TimeValue summer = TimeValue::between(utc(2024, 6, 2), utc(2024, 9, 30, 23, 59), TimeValue::Granularity::Day);
    summer.setQualifier(TimeValue::Qualifier::Uncertain);
    summer.setExpression(QStringLiteral("between the election and the inauguration"));
    summer.setAnchor(QStringLiteral("source 2"));
    Event meeting = titled(QStringLiteral("Rubio meets Sheinbaum in Mexico City"), summer);
    meeting.kind = QStringLiteral("Meeting");
    meeting.placeEntityId = 3;
    meeting.participants = { { 2, QStringLiteral("host") },
                             { 1, QStringLiteral("guest") },
                             { 5, QString() },
                             { 1, QStringLiteral("speaker") } };
    meeting.description = QStringLiteral("A first meeting.\nSources disagree on the place.");
    meeting.assessment = QStringLiteral("Probably in the Palacio Nacional, not the embassy.");
    meeting.credibility = 2;
    meeting.lane = QStringLiteral("Diplomacy");
    meeting.tags = { QStringLiteral("migration"), QStringLiteral("Bilateral"), QStringLiteral("trade") };
    QTest::newRow("every field, participants out of id order") << meeting;

    QTest::newRow("title only") << titled(QStringLiteral("Something happened"));

    TimeValue untilInauguration
        = TimeValue::between(QDateTime(), utc(2025, 1, 20, 12, 0), TimeValue::Granularity::Minute);
    untilInauguration.setQualifier(TimeValue::Qualifier::Approximate);
    Event before = titled(QStringLiteral("Transition talks"), untilInauguration);
    before.credibility = 6;
    before.tags = { QStringLiteral("transición"), QStringLiteral("Élection") };
    QTest::newRow("open start, non-ASCII tags") << before;

    Event afterwards = titled(QStringLiteral("Tariff dispute"),
                              TimeValue::between(utc(2025, 2, 1), QDateTime(), TimeValue::Granularity::Month));
    afterwards.placeEntityId = 4;
    afterwards.participants = { { 4, QStringLiteral("venue") } };
    QTest::newRow("open end, place also participant") << afterwards;
}

void TestEventRepository::roundTrip()
{
    QFETCH(Event, event);
    event = withEntityIds(event);

    const Result<qint64> id = events().add(event);
    ANNALIST_VERIFY_OK(id);
    QVERIFY(*id > 0);

    const Result<Event> found = events().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->id, *id);
    compareEvents(*found, event);
    if (QTest::currentTestFailed())
        return;

    QVERIFY(m_project.reopen());
    const Result<QList<Event>> listed = events().list();
    ANNALIST_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().id, *id);
    compareEvents(listed->first(), event);
}

void TestEventRepository::restoreKeepsTheId_data()
{
    roundTrip_data();
}

void TestEventRepository::restoreKeepsTheId()
{
    QFETCH(Event, event);
    event = withEntityIds(event);

    const Result<qint64> id = events().add(event);
    ANNALIST_VERIFY_OK(id);
    const Result<Event> original = events().find(*id);
    ANNALIST_VERIFY_OK(original);
    ANNALIST_VERIFY_OK(events().remove(*id));
    // A new event never takes the id of the removed one.
    const Result<qint64> later = events().add(titled(QStringLiteral("Later")));
    ANNALIST_VERIFY_OK(later);
    QVERIFY(*later > *id);

    ANNALIST_VERIFY_OK(events().restore(*original));
    const Result<Event> restored = events().find(*id);
    ANNALIST_VERIFY_OK(restored);
    QCOMPARE(restored->id, *id);
    compareEvents(*restored, *original);
}

void TestEventRepository::restoreRefusesATakenOrMissingId()
{
    Event event = titled(QStringLiteral("Meeting"));
    const Result<qint64> id = events().add(event);
    ANNALIST_VERIFY_OK(id);
    event.id = *id;
    event.title = QStringLiteral("Another meeting");
    QCOMPARE(events().restore(event).error().code, StorageError::Code::Constraint);
    event.id = 0;
    QCOMPARE(events().restore(event).error().code, StorageError::Code::Constraint);
    // A participant that no longer exists fails the whole restore.
    event.id = *id + 100;
    event.participants = { { 9999, QString() } };
    QCOMPARE(events().restore(event).error().code, StorageError::Code::Constraint);
    QCOMPARE(events().find(*id + 100).error().code, StorageError::Code::NotFound);
    QCOMPARE(events().list()->size(), 1);
    QCOMPARE(events().find(*id)->title, QStringLiteral("Meeting"));
}

void TestEventRepository::listIsChronological()
{
    const QList<QPair<QString, TimeValue>> rows = {
        { QStringLiteral("unknown"), TimeValue::unknown() },
        { QStringLiteral("summer 2024"),
          TimeValue::between(utc(2024, 6, 2), utc(2024, 9, 30), TimeValue::Granularity::Day) },
        { QStringLiteral("before 2024"),
          TimeValue::between(QDateTime(), utc(2024, 1, 1), TimeValue::Granularity::Day) },
        { QStringLiteral("2 June 2024"), TimeValue::day(QDate(2024, 6, 2)) },
        { QStringLiteral("since 2 June 2024"),
          TimeValue::between(utc(2024, 6, 2), QDateTime(), TimeValue::Granularity::Day) },
        { QStringLiteral("2023"), TimeValue::year(2023) },
        { QStringLiteral("also unknown"), TimeValue::unknown() },
    };
    for (const auto &[title, time] : rows)
        ANNALIST_VERIFY_OK(events().add(titled(title, time)));

    const Result<QList<Event>> listed = events().list();
    ANNALIST_VERIFY_OK(listed);
    QStringList titles;
    for (const Event &event : *listed)
        titles << event.title;
    QCOMPARE(titles,
             (QStringList { QStringLiteral("2023"), QStringLiteral("2 June 2024"), QStringLiteral("summer 2024"),
                            QStringLiteral("since 2 June 2024"), QStringLiteral("before 2024"),
                            QStringLiteral("unknown"), QStringLiteral("also unknown") }));
}

void TestEventRepository::repeatedParticipantsAndTagsAreStoredOnce()
{
    Event event = titled(QStringLiteral("Meeting"));
    event.participants = {
        { 2, QStringLiteral("host") }, { 1, QStringLiteral("guest") }, { 2, QStringLiteral("host") }, { 1, QString() }
    };
    event.tags = { QStringLiteral("trade"), QStringLiteral("trade"), QStringLiteral("Trade") };
    event = withEntityIds(event);

    const Result<qint64> id = events().add(event);
    ANNALIST_VERIFY_OK(id);
    const Result<Event> found = events().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->participants,
             (QList<EventParticipant> { { m_entities.at(1), QStringLiteral("host") },
                                        { m_entities.at(0), QStringLiteral("guest") },
                                        { m_entities.at(0), QString() } }));
    QCOMPARE(found->tags, (QStringList { QStringLiteral("Trade"), QStringLiteral("trade") }));
}

void TestEventRepository::rejects_data()
{
    QTest::addColumn<Event>("event");

    Event tooCredible = titled(QStringLiteral("Too credible"));
    tooCredible.credibility = 7;
    QTest::newRow("credibility above 6") << tooCredible;

    Event negative = titled(QStringLiteral("Negative"));
    negative.credibility = -1;
    QTest::newRow("negative credibility") << negative;

    Event nowhere = titled(QStringLiteral("Nowhere"));
    nowhere.placeEntityId = 99;
    QTest::newRow("unknown place") << nowhere;

    Event ghost = titled(QStringLiteral("Ghost"));
    ghost.participants = { { 1, QStringLiteral("guest") }, { 99, QStringLiteral("ghost") } };
    ghost.tags = { QStringLiteral("tag") };
    QTest::newRow("unknown participant after a good one") << ghost;
}

void TestEventRepository::rejects()
{
    QFETCH(Event, event);

    const Result<qint64> id = events().add(withEntityIds(event));
    QVERIFY(!id);
    QCOMPARE(id.error().code, StorageError::Code::Constraint);
    QVERIFY(!id.error().message.isEmpty());
    QVERIFY(events().list()->isEmpty());
}

void TestEventRepository::update()
{
    Event original = titled(QStringLiteral("Meeting"), TimeValue::day(QDate(2024, 6, 2)));
    original.placeEntityId = 3;
    original.participants = { { 1, QStringLiteral("guest") }, { 2, QStringLiteral("host") } };
    original.tags = { QStringLiteral("a"), QStringLiteral("b") };
    const Result<qint64> id = events().add(withEntityIds(original));
    ANNALIST_VERIFY_OK(id);
    const Result<qint64> other = events().add(withEntityIds(original));
    ANNALIST_VERIFY_OK(other);

    TimeValue week = TimeValue::between(utc(2024, 6, 3), utc(2024, 6, 9), TimeValue::Granularity::Day);
    week.setQualifier(TimeValue::Qualifier::Approximate);
    week.setExpression(QStringLiteral("the week after"));
    week.setAnchor(QStringLiteral("publication of source B"));
    Event changed = titled(QStringLiteral("Rubio meets Sheinbaum"), week);
    changed.id = *id;
    changed.kind = QStringLiteral("Meeting");
    changed.participants = { { 5, QStringLiteral("delegation") }, { 1, QStringLiteral("guest") } };
    changed.description = QStringLiteral("Rescheduled");
    changed.assessment = QStringLiteral("Two sources agree");
    changed.credibility = 1;
    changed.lane = QStringLiteral("Diplomacy");
    changed.tags = { QStringLiteral("c") };
    changed = withEntityIds(changed);
    changed.id = *id;
    ANNALIST_VERIFY_OK(events().update(changed));

    compareEvents(*events().find(*id), changed);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(m_project.reopen());
    compareEvents(*events().find(*id), changed);
    compareEvents(*events().find(*other), withEntityIds(original));
}

void TestEventRepository::updateIsAtomic()
{
    Event original = titled(QStringLiteral("Meeting"), TimeValue::day(QDate(2024, 6, 2)));
    original.participants = { { 1, QStringLiteral("guest") }, { 2, QStringLiteral("host") } };
    original.tags = { QStringLiteral("a") };
    original = withEntityIds(original);
    const Result<qint64> id = events().add(original);
    ANNALIST_VERIFY_OK(id);

    Event broken = original;
    broken.id = *id;
    broken.title = QStringLiteral("Changed");
    broken.tags = { QStringLiteral("b") };
    broken.participants = { { m_entities.at(4), QStringLiteral("delegation") }, { 9999, QStringLiteral("ghost") } };
    const Status updated = events().update(broken);
    QVERIFY(!updated);
    QCOMPARE(updated.error().code, StorageError::Code::Constraint);

    compareEvents(*events().find(*id), original);
}

void TestEventRepository::remove()
{
    Event event = titled(QStringLiteral("Meeting"));
    event.participants = { { 1, QStringLiteral("guest") } };
    event.tags = { QStringLiteral("a") };
    const Result<qint64> id = events().add(withEntityIds(event));
    ANNALIST_VERIFY_OK(id);
    const Result<qint64> kept = events().add(withEntityIds(event));
    ANNALIST_VERIFY_OK(kept);

    Source source;
    source.title = QStringLiteral("Report");
    source.body = QStringLiteral("They met on Tuesday.");
    source.originalBytes = source.body.toUtf8();
    source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
    const Result<qint64> sourceId = m_project->sources().add(source);
    ANNALIST_VERIFY_OK(sourceId);
    Evidence evidence;
    evidence.eventId = *id;
    evidence.sourceId = *sourceId;
    evidence.start = 0;
    evidence.end = 8;
    evidence.quote = QStringLiteral("They met");
    ANNALIST_VERIFY_OK(m_project->evidence().add(evidence));
    ChronologyAnnotation annotation;
    annotation.eventId = *id;
    annotation.comment = QStringLiteral("Check");
    ANNALIST_VERIFY_OK(m_project->annotations().add(annotation));
    Note note;
    note.subject = Note::Subject::Event;
    note.subjectId = *id;
    note.body = QStringLiteral("Ask the embassy");
    ANNALIST_VERIFY_OK(m_project->notes().add(note));

    ANNALIST_VERIFY_OK(events().remove(*id));
    QCOMPARE(events().remove(*id).error().code, StorageError::Code::NotFound);
    QVERIFY(m_project.reopen());

    QCOMPARE(events().find(*id).error().code, StorageError::Code::NotFound);
    QCOMPARE(events().list()->size(), 1);
    QCOMPARE(events().find(*kept)->participants.size(), 1);
    QVERIFY(m_project->evidence().listForEvent(*id)->isEmpty());
    QVERIFY(m_project->evidence().listForSource(*sourceId)->isEmpty());
    QVERIFY(m_project->annotations().listForEvent(*id)->isEmpty());
    QVERIFY(m_project->notes().listForSubject(Note::Subject::Event, *id)->isEmpty());
    QVERIFY(m_project->notes().search(QStringLiteral("embassy"))->isEmpty());
}

void TestEventRepository::unknownIdsAreNotFound()
{
    QCOMPARE(events().find(9999).error().code, StorageError::Code::NotFound);
    Event missing = titled(QStringLiteral("Missing"));
    missing.id = 9999;
    QCOMPARE(events().update(missing).error().code, StorageError::Code::NotFound);
    QCOMPARE(events().remove(9999).error().code, StorageError::Code::NotFound);
    QVERIFY(events().list()->isEmpty());
}

QTEST_GUILESS_MAIN(TestEventRepository)
#include "tst_eventrepository.moc"
