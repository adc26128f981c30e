// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectFixture.h"
#include "TimeValueOutput.h"
#include "chronology/ChronologyLoader.h"
#include "model/ChronologyAnnotation.h"
#include "model/Timex.h"
#include "storage/ChronologyAnnotationRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/TimexRepository.h"

#include <QTest>

using namespace annalist;
using test::utc;

// A project with five events, four sources that report the first of them in different
// ways, and the mentions and time expressions inside the quoted passages.
class TestChronologyLoader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ordersAndFlags_data();
    void ordersAndFlags();
    void readsClaimsInsideThePassages_data();
    void readsClaimsInsideThePassages();
    void findsTheMeetingsConflicts();
    void readsEventFieldsAndTheLatestAnnotation();
    void loadsOneEventAsTheWholeDoes_data();
    void loadsOneEventAsTheWholeDoes();
    void unknownEventIsNotFound();
    void emptyProjectHasAnEmptyChronology();

private:
    qint64 addSource(const QString &title, const QString &outlet, const TimeValue &published, const QString &body);
    qint64 addPassage(qint64 eventId, qint64 sourceId, const QString &quote,
                      Evidence::Stance stance = Evidence::Stance::Supports, const TimeValue &reported = {});
    void addTimex(qint64 sourceId, const QString &text, const TimeValue &resolved,
                  Mention::Status status = Mention::Status::Candidate);
    qint64 addEvent(const QString &title, const TimeValue &time, qint64 place = 0,
                    const QList<EventParticipant> &participants = {});
    const ChronologyEntry *entryTitled(const QString &title) const;
    const EvidenceItem *passageFrom(const ChronologyEntry &entry, const QString &sourceTitle) const;

    test::ProjectFixture m_project;
    QList<ChronologyEntry> m_entries;
    QHash<QString, qint64> m_events;
    QHash<QString, qint64> m_passages;
};

qint64 TestChronologyLoader::addSource(const QString &title, const QString &outlet, const TimeValue &published,
                                       const QString &body)
{
    Source source;
    source.title = title;
    source.outlet = outlet;
    source.published = published;
    source.reliability = ReliabilityGrade::B;
    source.body = body;
    source.originalBytes = body.toUtf8();
    source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
    const auto id = m_project->sources().add(source);
    return id ? *id : 0;
}

qint64 TestChronologyLoader::addPassage(qint64 eventId, qint64 sourceId, const QString &quote, Evidence::Stance stance,
                                        const TimeValue &reported)
{
    const auto body = m_project->sources().body(sourceId);
    const int start = body ? static_cast<int>(body->indexOf(quote)) : -1;
    if (start < 0)
        return 0;
    Evidence evidence;
    evidence.eventId = eventId;
    evidence.sourceId = sourceId;
    evidence.start = start;
    evidence.end = start + static_cast<int>(quote.size());
    evidence.quote = quote;
    evidence.stance = stance;
    evidence.reported = reported;
    const auto id = m_project->evidence().add(evidence);
    return id ? *id : 0;
}

void TestChronologyLoader::addTimex(qint64 sourceId, const QString &text, const TimeValue &resolved,
                                    Mention::Status status)
{
    const auto body = m_project->sources().body(sourceId);
    QVERIFY(body);
    const int start = static_cast<int>(body->indexOf(text));
    QVERIFY2(start >= 0, qPrintable(text));
    Timex timex;
    timex.sourceId = sourceId;
    timex.start = start;
    timex.end = start + static_cast<int>(text.size());
    timex.value = resolved.toTimex3();
    timex.resolved = resolved;
    timex.status = status;
    ANNALIST_VERIFY_OK(m_project->timexes().add(timex));
}

qint64 TestChronologyLoader::addEvent(const QString &title, const TimeValue &time, qint64 place,
                                      const QList<EventParticipant> &participants)
{
    Event event;
    event.title = title;
    event.time = time;
    event.placeEntityId = place;
    event.participants = participants;
    const auto id = m_project->events().add(event);
    m_events.insert(title, id ? *id : 0);
    return id ? *id : 0;
}

const ChronologyEntry *TestChronologyLoader::entryTitled(const QString &title) const
{
    for (const ChronologyEntry &entry : m_entries) {
        if (entry.event.title == title)
            return &entry;
    }
    return nullptr;
}

const EvidenceItem *TestChronologyLoader::passageFrom(const ChronologyEntry &entry, const QString &sourceTitle) const
{
    for (const EvidenceItem &item : entry.evidence) {
        if (item.sourceTitle == sourceTitle)
            return &item;
    }
    return nullptr;
}

void TestChronologyLoader::initTestCase()
{
    QVERIFY(m_project.create());
    const qint64 rubio = m_project.addEntity(QStringLiteral("Marco Rubio"));
    const qint64 sheinbaum = m_project.addEntity(QStringLiteral("Claudia Sheinbaum"));
    const qint64 blinken = m_project.addEntity(QStringLiteral("Antony Blinken"));
    const qint64 mexicoCity = m_project.addEntity(QStringLiteral("Mexico City"), QStringLiteral("Place"));
    const qint64 washington = m_project.addEntity(QStringLiteral("Washington"), QStringLiteral("Place"));
    const qint64 board = m_project.addEntity(QStringLiteral("Harbour Board"), QStringLiteral("Organisation"));
    QVERIFY(rubio && sheinbaum && blinken && mexicoCity && washington && board);

    const qint64 herald
        = addSource(QStringLiteral("Herald report"), QStringLiteral("The Herald"), TimeValue::day(QDate(2024, 9, 16)),
                    QStringLiteral("On 15 September 2024 Marco Rubio met Claudia Sheinbaum in Mexico City, "
                                   "the Harbour Board said; Antony Blinken was not there. "
                                   "Next year Washington will host the talks."));
    const qint64 wire
        = addSource(QStringLiteral("Wire story"), QStringLiteral("Wire Service"), TimeValue::unknown(),
                    QStringLiteral("Rubio and Sheinbaum met in Washington on 20 September 2024, Rubio said."));
    const qint64 followUp = addSource(QStringLiteral("Herald follow-up"), QStringLiteral("the herald "),
                                      TimeValue::year(2024), QStringLiteral("The meeting in Mexico City went well."));
    const qint64 blog = addSource(QStringLiteral("Blog"), QString(), TimeValue::unknown(),
                                  QStringLiteral("No meeting took place in September, says a friend."));
    QVERIFY(herald && wire && followUp && blog);

    const QString heraldQuote = QStringLiteral("On 15 September 2024 Marco Rubio met Claudia Sheinbaum in Mexico City, "
                                               "the Harbour Board said; Antony Blinken was not there.");
    QVERIFY(m_project.addMentionOf(rubio, herald, QStringLiteral("Marco Rubio")));
    QVERIFY(m_project.addMentionOf(sheinbaum, herald, QStringLiteral("Claudia Sheinbaum")));
    QVERIFY(m_project.addMentionOf(mexicoCity, herald, QStringLiteral("Mexico City")));
    // Inside the passage, but rejected by the analyst, and an organisation: neither is
    // a claim. (A candidate is: what the passage names is a claim until rejected.)
    QVERIFY(m_project.addMentionOf(blinken, herald, QStringLiteral("Antony Blinken"), Mention::Status::Rejected));
    QVERIFY(m_project.addMentionOf(board, herald, QStringLiteral("Harbour Board")));
    // Confirmed, but outside the quoted passage.
    QVERIFY(m_project.addMentionOf(washington, herald, QStringLiteral("Washington")));
    addTimex(herald, QStringLiteral("15 September 2024"), TimeValue::day(QDate(2024, 9, 15)),
             Mention::Status::Confirmed);
    addTimex(herald, QStringLiteral("Next year"), TimeValue::year(2025));

    QVERIFY(m_project.addMentionOf(rubio, wire, QStringLiteral("Rubio")));
    QVERIFY(m_project.addMentionOf(sheinbaum, wire, QStringLiteral("Sheinbaum")));
    QVERIFY(m_project.addMentionOf(washington, wire, QStringLiteral("Washington"), Mention::Status::Candidate));
    // The same person twice in one passage.
    const QString wireText = QStringLiteral("Rubio and Sheinbaum met in Washington on 20 September 2024, Rubio said.");
    const int again = static_cast<int>(wireText.lastIndexOf(QStringLiteral("Rubio")));
    QVERIFY(m_project.addMention(rubio, wire, again, again + 5));
    addTimex(wire, QStringLiteral("20 September 2024"), TimeValue::day(QDate(2024, 9, 20)));
    // Rejected, and unresolved: neither says when.
    addTimex(wire, QStringLiteral("Rubio and"), TimeValue::year(1999), Mention::Status::Rejected);
    addTimex(wire, QStringLiteral("met in"), TimeValue::unknown());

    QVERIFY(m_project.addMentionOf(mexicoCity, followUp, QStringLiteral("Mexico City")));
    addTimex(blog, QStringLiteral("September"), TimeValue::month(2023, 9));

    const qint64 meeting = addEvent(QStringLiteral("Rubio meets Sheinbaum"), TimeValue::month(2024, 9), mexicoCity,
                                    { { rubio, QStringLiteral("guest") }, { sheinbaum, {} } });
    const qint64 concession = addEvent(QStringLiteral("Concession signed"), TimeValue::day(QDate(2024, 9, 20)));
    const qint64 lease = addEvent(QStringLiteral("Berth leased"), TimeValue::day(QDate(2024, 9, 20)));
    addEvent(QStringLiteral("Audit"), TimeValue::year(2025));
    const qint64 rumour = addEvent(QStringLiteral("Undated rumour"), TimeValue::unknown());
    QVERIFY(meeting && concession && lease && rumour);

    m_passages.insert(QStringLiteral("herald"), addPassage(meeting, herald, heraldQuote));
    m_passages.insert(
        QStringLiteral("wire"),
        addPassage(meeting, wire,
                   QStringLiteral("Rubio and Sheinbaum met in Washington on 20 September 2024, Rubio said."),
                   Evidence::Stance::Supports, TimeValue::day(QDate(2024, 9, 21))));
    m_passages.insert(QStringLiteral("follow-up"),
                      addPassage(meeting, followUp, QStringLiteral("The meeting in Mexico City went well.")));
    m_passages.insert(
        QStringLiteral("blog"),
        addPassage(meeting, blog, QStringLiteral("No meeting took place in September"), Evidence::Stance::Contradicts));
    m_passages.insert(QStringLiteral("concession"),
                      addPassage(concession, wire, QStringLiteral("Rubio"), Evidence::Stance::Mentions));
    for (auto it = m_passages.cbegin(); it != m_passages.cend(); ++it)
        QVERIFY2(it.value() > 0, qPrintable(it.key()));

    Event withDetails = *m_project->events().find(meeting);
    withDetails.description = QStringLiteral("First meeting since the election");
    withDetails.assessment = QStringLiteral("Likely");
    withDetails.credibility = 2;
    withDetails.lane = QStringLiteral("Diplomacy");
    withDetails.tags = { QStringLiteral("summit"), QStringLiteral("Bilateral") };
    ANNALIST_VERIFY_OK(m_project->events().update(withDetails));

    ANNALIST_VERIFY_OK(m_project->annotations().add(
        { 0, meeting, QStringLiteral("Check the venue"), QColor(Qt::yellow), utc(2025, 1, 2) }));
    ANNALIST_VERIFY_OK(
        m_project->annotations().add({ 0, meeting, QStringLiteral("Old comment"), QColor(), utc(2025, 1, 1) }));
    ANNALIST_VERIFY_OK(
        m_project->annotations().add({ 0, rumour, QStringLiteral("Who said so?"), QColor(), utc(2025, 1, 1) }));

    ChronologyLoader loader(m_project.project());
    auto entries = loader.load();
    ANNALIST_VERIFY_OK(entries);
    m_entries = *entries;
}

void TestChronologyLoader::cleanupTestCase()
{
    m_project.close();
}

void TestChronologyLoader::ordersAndFlags_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<int>("position");
    QTest::addColumn<bool>("orderUncertain");
    QTest::addColumn<int>("independentSources");
    QTest::addColumn<int>("passages");

    QTest::newRow("month first, overlapping its next")
        << QStringLiteral("Rubio meets Sheinbaum") << 0 << true << 2 << 4;
    QTest::newRow("same day: by title") << QStringLiteral("Berth leased") << 1 << true << 0 << 0;
    QTest::newRow("same day, second") << QStringLiteral("Concession signed") << 2 << true << 0 << 1;
    QTest::newRow("later year, apart") << QStringLiteral("Audit") << 3 << false << 0 << 0;
    QTest::newRow("undated last, never uncertain") << QStringLiteral("Undated rumour") << 4 << false << 0 << 0;
}

void TestChronologyLoader::ordersAndFlags()
{
    QFETCH(QString, title);
    QFETCH(int, position);
    QFETCH(bool, orderUncertain);
    QFETCH(int, independentSources);
    QFETCH(int, passages);

    QCOMPARE(m_entries.size(), 5);
    const ChronologyEntry &entry = m_entries.at(position);
    QCOMPARE(entry.event.title, title);
    QCOMPARE(entry.event.id, m_events.value(title));
    QCOMPARE(entry.orderUncertain, orderUncertain);
    QCOMPARE(entry.independentSources, independentSources);
    QCOMPARE(entry.evidence.size(), passages);
}

void TestChronologyLoader::readsClaimsInsideThePassages_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("claimedTime");
    QTest::addColumn<QStringList>("places");
    QTest::addColumn<QStringList>("people");
    QTest::addColumn<QString>("reportedAt");

    QTest::newRow("confirmed names and time; not rejected names, organisations or outside")
        << QStringLiteral("Herald report") << QStringLiteral("The Herald") << QStringLiteral("2024-09-15")
        << QStringList { QStringLiteral("Mexico City") }
        << QStringList { QStringLiteral("Marco Rubio"), QStringLiteral("Claudia Sheinbaum") }
        << QStringLiteral("2024-09-16");
    QTest::newRow("candidate place and time; rejected and unresolved ones left; a person once")
        << QStringLiteral("Wire story") << QStringLiteral("Wire Service") << QStringLiteral("2024-09-20")
        << QStringList { QStringLiteral("Washington") }
        << QStringList { QStringLiteral("Marco Rubio"), QStringLiteral("Claudia Sheinbaum") }
        << QStringLiteral("2024-09-21");
    QTest::newRow("a place only") << QStringLiteral("Herald follow-up") << QStringLiteral("the herald ") << QString()
                                  << QStringList { QStringLiteral("Mexico City") } << QStringList()
                                  << QStringLiteral("2024");
    QTest::newRow("contradicting, without outlet or publication time")
        << QStringLiteral("Blog") << QString() << QStringLiteral("2023-09") << QStringList() << QStringList()
        << QString();
}

void TestChronologyLoader::readsClaimsInsideThePassages()
{
    QFETCH(QString, source);
    QFETCH(QString, outlet);
    QFETCH(QString, claimedTime);
    QFETCH(QStringList, places);
    QFETCH(QStringList, people);
    QFETCH(QString, reportedAt);

    const ChronologyEntry *meeting = entryTitled(QStringLiteral("Rubio meets Sheinbaum"));
    QVERIFY(meeting);
    const EvidenceItem *item = passageFrom(*meeting, source);
    QVERIFY(item);
    QCOMPARE(item->outlet, outlet);
    QCOMPARE(item->grade, ReliabilityGrade::B);
    QCOMPARE(item->claimedTime.toEdtf(), claimedTime);
    QCOMPARE(item->claimedPlaceNames, places);
    QCOMPARE(item->claimedPeopleNames, people);
    QCOMPARE(item->claimedPlaces.size(), places.size());
    QCOMPARE(item->claimedPeople.size(), people.size());
    QCOMPARE(item->reportedAt.toEdtf(), reportedAt);
    QCOMPARE(item->evidence.eventId, meeting->event.id);
}

void TestChronologyLoader::findsTheMeetingsConflicts()
{
    const ChronologyEntry *meeting = entryTitled(QStringLiteral("Rubio meets Sheinbaum"));
    QVERIFY(meeting);
    const qint64 herald = m_passages.value(QStringLiteral("herald"));
    const qint64 wire = m_passages.value(QStringLiteral("wire"));
    const qint64 followUp = m_passages.value(QStringLiteral("follow-up"));
    const qint64 blog = m_passages.value(QStringLiteral("blog"));
    QStringList found;
    for (const Conflict &conflict : meeting->conflicts)
        found << QStringLiteral("%1 %2 %3")
                     .arg(int(conflict.kind))
                     .arg(conflict.firstEvidenceId)
                     .arg(conflict.secondEvidenceId);
    // Passages are in source order: herald, wire, follow-up, blog.
    const QStringList expected = {
        QStringLiteral("%1 %2 %3").arg(int(Conflict::Kind::Time)).arg(herald).arg(wire),
        QStringLiteral("%1 %2 %3").arg(int(Conflict::Kind::Place)).arg(herald).arg(wire),
        QStringLiteral("%1 %2 %3").arg(int(Conflict::Kind::Place)).arg(wire).arg(followUp),
        QStringLiteral("%1 %2 %3").arg(int(Conflict::Kind::Contradiction)).arg(blog).arg(herald),
    };
    QCOMPARE(found, expected);
    QCOMPARE(meeting->conflicts.first().description,
             QStringLiteral("The Herald dates it 15 Sep 2024; Wire Service 20 Sep 2024"));
    QVERIFY(!entryTitled(QStringLiteral("Concession signed"))->hasConflict());
}

void TestChronologyLoader::readsEventFieldsAndTheLatestAnnotation()
{
    const ChronologyEntry *meeting = entryTitled(QStringLiteral("Rubio meets Sheinbaum"));
    QVERIFY(meeting);
    QCOMPARE(meeting->placeName, QStringLiteral("Mexico City"));
    QCOMPARE(meeting->participantNames,
             (QStringList { QStringLiteral("Marco Rubio (guest)"), QStringLiteral("Claudia Sheinbaum") }));
    QCOMPARE(meeting->event.participants.size(), 2);
    QCOMPARE(meeting->event.tags, (QStringList { QStringLiteral("Bilateral"), QStringLiteral("summit") }));
    QCOMPARE(meeting->event.description, QStringLiteral("First meeting since the election"));
    QCOMPARE(meeting->event.assessment, QStringLiteral("Likely"));
    QCOMPARE(meeting->event.credibility, 2);
    QCOMPARE(meeting->event.lane, QStringLiteral("Diplomacy"));
    QCOMPARE(meeting->event.time, TimeValue::month(2024, 9));
    QCOMPARE(meeting->comment, QStringLiteral("Check the venue"));
    QCOMPARE(meeting->highlight, QColor(Qt::yellow));
    QVERIFY(meeting->annotationId > 0);

    const ChronologyEntry *rumour = entryTitled(QStringLiteral("Undated rumour"));
    QCOMPARE(rumour->comment, QStringLiteral("Who said so?"));
    QVERIFY(!rumour->highlight.isValid());
    const ChronologyEntry *audit = entryTitled(QStringLiteral("Audit"));
    QCOMPARE(audit->annotationId, 0);
    QVERIFY(audit->comment.isEmpty());
    QVERIFY(audit->placeName.isEmpty());
}

void TestChronologyLoader::loadsOneEventAsTheWholeDoes_data()
{
    QTest::addColumn<QString>("title");
    QTest::newRow("with evidence, claims and conflicts") << QStringLiteral("Rubio meets Sheinbaum");
    QTest::newRow("with one mentioning passage") << QStringLiteral("Concession signed");
    QTest::newRow("bare") << QStringLiteral("Audit");
    QTest::newRow("annotated") << QStringLiteral("Undated rumour");
}

void TestChronologyLoader::loadsOneEventAsTheWholeDoes()
{
    QFETCH(QString, title);
    ChronologyLoader loader(m_project.project());
    const auto one = loader.loadOne(m_events.value(title));
    ANNALIST_VERIFY_OK(one);
    const ChronologyEntry *whole = entryTitled(title);
    QVERIFY(whole);
    QCOMPARE(one->event.id, whole->event.id);
    QCOMPARE(one->event.time, whole->event.time);
    QCOMPARE(one->placeName, whole->placeName);
    QCOMPARE(one->participantNames, whole->participantNames);
    QCOMPARE(one->event.tags, whole->event.tags);
    QCOMPARE(one->evidence.size(), whole->evidence.size());
    for (qsizetype i = 0; i < one->evidence.size(); ++i) {
        QCOMPARE(one->evidence.at(i).evidence.id, whole->evidence.at(i).evidence.id);
        QCOMPARE(one->evidence.at(i).claimedTime, whole->evidence.at(i).claimedTime);
        QCOMPARE(one->evidence.at(i).claimedPlaces, whole->evidence.at(i).claimedPlaces);
        QCOMPARE(one->evidence.at(i).claimedPeople, whole->evidence.at(i).claimedPeople);
    }
    QCOMPARE(one->independentSources, whole->independentSources);
    QCOMPARE(one->conflicts.size(), whole->conflicts.size());
    QCOMPARE(one->comment, whole->comment);
    QCOMPARE(one->annotationId, whole->annotationId);
    QVERIFY(!one->orderUncertain);
}

void TestChronologyLoader::unknownEventIsNotFound()
{
    ChronologyLoader loader(m_project.project());
    const auto missing = loader.loadOne(9999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, StorageError::Code::NotFound);
}

void TestChronologyLoader::emptyProjectHasAnEmptyChronology()
{
    test::ProjectFixture empty;
    QVERIFY(empty.create());
    ChronologyLoader loader(empty.project());
    const auto entries = loader.load();
    ANNALIST_VERIFY_OK(entries);
    QVERIFY(entries->isEmpty());
}

QTEST_GUILESS_MAIN(TestChronologyLoader)
#include "tst_chronologyloader.moc"
