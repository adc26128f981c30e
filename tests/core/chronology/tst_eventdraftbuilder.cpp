// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chronology/EventDraftBuilder.h"
#include "editing/AcceptSourceDatingCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"
#include "TestData.h"
#include "TimeValueOutput.h"

#include "analysis/ProjectAnalyzer.h"
#include "ingest/SourceImporter.h"
#include "model/Entity.h"
#include "model/TimeValueText.h"
#include "storage/EntityRepository.h"
#include "storage/SourceRepository.h"

#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;
using annalist::test::utc;

// Proposes events from passages of the seed articles, imported and analysed as an
// analyst would find them.
class TestEventDraftBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void proposes_data();
    void proposes();
    void spansSeveralSentences();
    void rejectedMentionsAreLeftOut();
    void failures_data();
    void failures();

private:
    // The source whose text contains `passage`, and where; 0 and -1 when none does.
    std::pair<qint64, int> find(const QString &passage);
    QStringList names(const QList<EventParticipant> &participants);
    QString name(qint64 entityId);

    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    QList<qint64> m_sources;
};

void TestEventDraftBuilder::initTestCase()
{
    if (test::seedsDirectory().isEmpty())
        QSKIP("the shared seed articles are not beside this checkout");
    QVERIFY(m_fixture.create());
    SourceImporter importer(m_fixture.project());
    const ImportReport report = importer.importPaths({ test::seedsDirectory() });
    QCOMPARE(report.count(ImportOutcome::Kind::Imported), 5);
    ProjectAnalyzer analyzer(m_fixture.project());
    const Result<AnalysisSummary> summary = analyzer.analyze();
    ANNALIST_VERIFY_OK(summary);
    const Result<QList<SourceSummary>> sources = m_fixture.project().sources().list();
    ANNALIST_VERIFY_OK(sources);
    for (const SourceSummary &source : *sources)
        m_sources.append(source.id);

    // The analyst accepts the window the titles give the article that announces the
    // visit "next week" (Sheinbaum is President-elect there: June to September 2024).
    const auto [announcement, offset] = find(QStringLiteral("is scheduled to visit Mexico next week"));
    QVERIFY(announcement > 0);
    TimeValue window
        = TimeValue::between(utc(2024, 6, 2), QDateTime(QDate(2024, 9, 30), QTime(23, 59, 59, 999), QTimeZone::utc()),
                             TimeValue::Granularity::Day);
    window.setQualifier(TimeValue::Qualifier::Uncertain);
    AcceptSourceDatingCommand dating(m_fixture.project(), m_signals, announcement, window);
    dating.redo();
    QVERIFY2(!dating.hasFailed(), qPrintable(dating.errorMessage()));
}

void TestEventDraftBuilder::cleanupTestCase()
{
    m_fixture.close();
}

std::pair<qint64, int> TestEventDraftBuilder::find(const QString &passage)
{
    for (qint64 id : std::as_const(m_sources)) {
        const Result<QString> body = m_fixture.project().sources().body(id);
        if (body && body->contains(passage))
            return { id, int(body->indexOf(passage)) };
    }
    return { 0, -1 };
}

QString TestEventDraftBuilder::name(qint64 entityId)
{
    if (entityId == 0)
        return QString();
    const Result<Entity> entity = m_fixture.project().entities().find(entityId);
    return entity ? entity->canonicalName : QStringLiteral("(missing %1)").arg(entityId);
}

QStringList TestEventDraftBuilder::names(const QList<EventParticipant> &participants)
{
    QStringList result;
    for (const EventParticipant &participant : participants)
        result.append(name(participant.entityId));
    return result;
}

void TestEventDraftBuilder::proposes_data()
{
    QTest::addColumn<QString>("context"); // finds the source and the place of the selection
    QTest::addColumn<QString>("selection"); // within the context; empty: a caret before it
    QTest::addColumn<QString>("title");
    QTest::addColumn<QStringList>("participants");
    QTest::addColumn<QString>("place");
    QTest::addColumn<QString>("time"); // EDTF of the proposed time; empty when unknown
    QTest::addColumn<QString>("quote");

    QTest::newRow("meeting in Mexico City, long sentence shortened")
        << QStringLiteral("Marco Rubio met with Mexico's") << QStringLiteral("met with")
        << QStringLiteral(
               "U.S. Senator Marco Rubio met with Mexico's President-elect Claudia Sheinbaum in Mexico City, "
               "where the critical issues\u2026")
        << QStringList { QStringLiteral("Marco Rubio"), QStringLiteral("Claudia Sheinbaum") }
        << QStringLiteral("Mexico City") << QString() << QStringLiteral("met with");

    QTest::newRow("caret: the whole sentence is the evidence")
        << QStringLiteral("is set to meet with U.S. Senator Marco Rubio in Washington") << QString()
        << QStringLiteral(
               "In a significant diplomatic move, Mexico\u2019s Security Cabinet is set to meet with U.S. Senator "
               "Marco Rubio in Washington.")
        << QStringList { QStringLiteral("Security Cabinet"), QStringLiteral("Marco Rubio") }
        << QStringLiteral("Washington") << QString()
        << QStringLiteral(
               "In a significant diplomatic move, Mexico\u2019s Security Cabinet is set to meet with U.S. Senator "
               "Marco Rubio in Washington.");

    QTest::newRow("three participants, the place after \"In\"")
        << QStringLiteral("Rubio met with President Claudia Sheinbaum")
        << QStringLiteral("Rubio met with President Claudia Sheinbaum")
        << QStringLiteral(
               "In Mexico, Rubio met with President Claudia Sheinbaum and Foreign Secretary Juan Ramon de la Fuente.")
        << QStringList { QStringLiteral("Marco Rubio"), QStringLiteral("Claudia Sheinbaum"),
                         QStringLiteral("Juan Ramon de la Fuente") }
        << QStringLiteral("Mexico") << QString() << QStringLiteral("Rubio met with President Claudia Sheinbaum");

    // A candidate organisation ("U.S. Senate") is a participant as much as a person is.
    QTest::newRow("\"next week\" in a dated source")
        << QStringLiteral("is scheduled to visit Mexico next week") << QStringLiteral("scheduled to visit Mexico")
        << QStringLiteral(
               "Senator Marco Rubio, a prominent figure in the U.S. Senate and former presidential candidate, is "
               "scheduled to visit\u2026")
        << QStringList { QStringLiteral("Marco Rubio"), QStringLiteral("U.S. Senate") } << QStringLiteral("Mexico")
        << QStringLiteral("2024-06-03/2024-10-13?") << QStringLiteral("scheduled to visit Mexico");

    // Without a preposition before a place, the first place named is proposed.
    QTest::newRow("\"recently\" in a dated source: before its latest day")
        << QStringLiteral("Senator Ted Cruz, another influential U.S. lawmaker, recently") << QStringLiteral("Ted Cruz")
        << QStringLiteral(
               "For instance, Senator Ted Cruz, another influential U.S. lawmaker, recently reiterated America's "
               "willingness to support\u2026")
        << QStringList { QStringLiteral("Ted Cruz") } << QStringLiteral("United States")
        << QStringLiteral("../2024-09-30?") << QStringLiteral("Ted Cruz");

    QTest::newRow("\"recently\" in an undated source: unknown")
        << QStringLiteral("Mexico recently engaged in high-level talks")
        << QStringLiteral("engaged in high-level talks")
        << QStringLiteral("Senior officials from the United States and Mexico recently engaged in high-level talks, "
                          "underscoring a mutual\u2026")
        << QStringList() << QStringLiteral("United States") << QString()
        << QStringLiteral("engaged in high-level talks");
}

void TestEventDraftBuilder::proposes()
{
    QFETCH(QString, context);
    QFETCH(QString, selection);
    QFETCH(QString, title);
    QFETCH(QStringList, participants);
    QFETCH(QString, place);
    QFETCH(QString, time);
    QFETCH(QString, quote);

    const auto [sourceId, offset] = find(context);
    QVERIFY2(sourceId > 0, qPrintable(context));
    const int start = offset + (selection.isEmpty() ? 3 : int(context.indexOf(selection)));
    const int end = selection.isEmpty() ? start : start + int(selection.size());

    const EventDraftBuilder builder(m_fixture.project());
    const Result<EventDraft> draft = builder.propose(sourceId, start, end);
    ANNALIST_VERIFY_OK(draft);
    QCOMPARE(draft->event.id, 0);
    QCOMPARE(draft->event.title, title);
    QVERIFY(draft->event.title.size() <= EventDraftBuilder::maxTitleLength);
    QCOMPARE(names(draft->event.participants), participants);
    QCOMPARE(name(draft->event.placeEntityId), place);
    QCOMPARE(draft->event.time.toEdtf(), time);

    const Evidence &evidence = draft->evidence;
    QCOMPARE(evidence.id, 0);
    QCOMPARE(evidence.sourceId, sourceId);
    QCOMPARE(evidence.quote, quote);
    QCOMPARE(m_fixture.project().sources().body(sourceId)->mid(evidence.start, evidence.end - evidence.start), quote);
    QCOMPARE(evidence.stance, Evidence::Stance::Supports);
}

void TestEventDraftBuilder::spansSeveralSentences()
{
    const QString first = QStringLiteral("Rubio described the cooperation as historic");
    const QString second = QStringLiteral("He reaffirmed strong ties");
    const auto [sourceId, offset] = find(first);
    QVERIFY(sourceId > 0);
    const QString body = *m_fixture.project().sources().body(sourceId);
    const int end = int(body.indexOf(second, offset)) + int(second.size());

    const Result<EventDraft> draft = EventDraftBuilder(m_fixture.project()).propose(sourceId, offset + 6, end);
    ANNALIST_VERIFY_OK(draft);
    QCOMPARE(
        draft->event.title,
        QStringLiteral("Rubio described the cooperation as historic and the meeting with Sheinbaum as productive. He "
                       "reaffirmed strong ties and\u2026"));
    QCOMPARE(draft->evidence.quote, body.mid(offset + 6, end - offset - 6));
    QCOMPARE(names(draft->event.participants).mid(0, 2),
             QStringList({ QStringLiteral("Marco Rubio"), QStringLiteral("Claudia Sheinbaum") }));
}

void TestEventDraftBuilder::rejectedMentionsAreLeftOut()
{
    // A separate project, so that the rejection does not change the other tests.
    ProjectFixture fixture;
    QVERIFY(fixture.create());
    const QString text = QStringLiteral("Officials said Rubio met Sheinbaum in Quito and Lima on Tuesday.");
    const qint64 source = fixture.addSource(QStringLiteral("Talks"), text);
    const qint64 rubio = fixture.addEntity(QStringLiteral("Marco Rubio"));
    const qint64 sheinbaum = fixture.addEntity(QStringLiteral("Claudia Sheinbaum"));
    const qint64 quito = fixture.addEntity(QStringLiteral("Quito"), QStringLiteral("Place"));
    const qint64 lima = fixture.addEntity(QStringLiteral("Lima"), QStringLiteral("Place"));
    QVERIFY(fixture.addMentionOf(rubio, source, QStringLiteral("Rubio"), Mention::Status::Candidate));
    QVERIFY(fixture.addMentionOf(sheinbaum, source, QStringLiteral("Sheinbaum"), Mention::Status::Rejected));
    QVERIFY(fixture.addMentionOf(quito, source, QStringLiteral("Quito"), Mention::Status::Rejected));
    QVERIFY(fixture.addMentionOf(lima, source, QStringLiteral("Lima"), Mention::Status::Confirmed));

    const Result<EventDraft> draft = EventDraftBuilder(fixture.project()).propose(source, 15, 24);
    ANNALIST_VERIFY_OK(draft);
    QCOMPARE(draft->event.participants, QList<EventParticipant>({ { rubio, QString() } }));
    QCOMPARE(draft->event.placeEntityId, lima);
    QCOMPARE(draft->evidence.quote, QStringLiteral("Rubio met"));
    QCOMPARE(draft->event.title, text);
}

void TestEventDraftBuilder::failures_data()
{
    QTest::addColumn<bool>("knownSource");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("code");

    QTest::newRow("unknown source") << false << 0 << 5 << int(StorageError::Code::NotFound);
    QTest::newRow("negative start") << true << -1 << 5 << int(StorageError::Code::Constraint);
    QTest::newRow("beyond the text") << true << 10 << 1000000 << int(StorageError::Code::Constraint);
}

void TestEventDraftBuilder::failures()
{
    QFETCH(bool, knownSource);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(int, code);

    const Result<EventDraft> draft
        = EventDraftBuilder(m_fixture.project()).propose(knownSource ? m_sources.first() : 9999, start, end);
    QVERIFY(!draft);
    QCOMPARE(int(draft.error().code), code);
}

QTEST_GUILESS_MAIN(TestEventDraftBuilder)
#include "tst_eventdraftbuilder.moc"
