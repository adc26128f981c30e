// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Event.h"
#include "model/Evidence.h"
#include "model/Source.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include "ProjectFixture.h"
#include "TimeValueOutput.h"

#include <QTest>

using namespace annalist;
using test::utc;

Q_DECLARE_METATYPE(annalist::Evidence::Stance)
Q_DECLARE_METATYPE(annalist::TimeValue)

class TestEvidenceRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void listForEventAndSource();
    void changes();
    void rejects_data();
    void rejects();
    void remove();
    void restore_data();
    void restore();
    void unknownIdsAreNotFound();

private:
    EvidenceRepository &evidence() { return m_project->evidence(); }
    Evidence passage(qint64 eventId, qint64 sourceId, int start, int end) const;

    test::ProjectFixture m_project;
    qint64 m_source = 0;
    qint64 m_event = 0;
};

void TestEvidenceRepository::init()
{
    QVERIFY(m_project.create());
    m_source = m_project.addTextSource(
        QStringLiteral("Rubio met Sheinbaum at the Palacio Nacional on Tuesday, officials said."));
    m_event = m_project.addEvent(QStringLiteral("Rubio meets Sheinbaum"));
    QVERIFY(m_source > 0 && m_event > 0);
}

void TestEvidenceRepository::cleanup()
{
    m_project.close();
}

Evidence TestEvidenceRepository::passage(qint64 eventId, qint64 sourceId, int start, int end) const
{
    Evidence result;
    result.eventId = eventId;
    result.sourceId = sourceId;
    result.start = start;
    result.end = end;
    result.quote = QStringLiteral("quote %1-%2").arg(start).arg(end);
    return result;
}

void TestEvidenceRepository::roundTrip_data()
{
    QTest::addColumn<Evidence::Stance>("stance");
    QTest::addColumn<TimeValue>("reported");
    QTest::addColumn<QString>("note");

    QTest::newRow("supports, reported unknown") << Evidence::Stance::Supports << TimeValue::unknown() << QString();

    TimeValue tuesday = TimeValue::day(QDate(2024, 6, 4), TimeValue::Qualifier::Uncertain);
    tuesday.setExpression(QStringLiteral("on Tuesday"));
    tuesday.setAnchor(QStringLiteral("2024-06-06"));
    QTest::newRow("contradicts, reported day")
        << Evidence::Stance::Contradicts << tuesday << QStringLiteral("Other sources say the embassy.");

    QTest::newRow("mentions, reported since")
        << Evidence::Stance::Mentions
        << TimeValue::between(utc(2024, 6, 1, 8, 30), QDateTime(), TimeValue::Granularity::Minute)
        << QStringLiteral("Only in passing;\nsecond line");
}

void TestEvidenceRepository::roundTrip()
{
    QFETCH(Evidence::Stance, stance);
    QFETCH(TimeValue, reported);
    QFETCH(QString, note);

    Evidence stored = passage(m_event, m_source, 0, 19);
    stored.quote = QStringLiteral("Rubio met Sheinbaum");
    stored.stance = stance;
    stored.reported = reported;
    stored.note = note;
    const Result<qint64> id = evidence().add(stored);
    ANNALIST_VERIFY_OK(id);
    QVERIFY(m_project.reopen());

    const Result<Evidence> found = evidence().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->id, *id);
    QCOMPARE(found->eventId, m_event);
    QCOMPARE(found->sourceId, m_source);
    QCOMPARE(found->start, 0);
    QCOMPARE(found->end, 19);
    QCOMPARE(found->quote, stored.quote);
    QCOMPARE(found->stance, stance);
    QCOMPARE(found->reported, reported);
    QCOMPARE(found->note, note.isNull() ? QStringLiteral("") : note);

    const Result<QList<Evidence>> forEvent = evidence().listForEvent(m_event);
    ANNALIST_VERIFY_OK(forEvent);
    QCOMPARE(forEvent->size(), 1);
    QCOMPARE(forEvent->first().reported, reported);
}

void TestEvidenceRepository::listForEventAndSource()
{
    const qint64 otherSource = m_project.addTextSource(QStringLiteral("The meeting took place at the US embassy."));
    const qint64 otherEvent = m_project.addEvent(QStringLiteral("Press conference"));
    QVERIFY(otherSource && otherEvent);

    const QList<Evidence> rows = {
        passage(m_event, otherSource, 4, 11),
        passage(m_event, m_source, 27, 43),
        passage(otherEvent, m_source, 56, 70),
        passage(m_event, m_source, 0, 19),
    };
    QList<qint64> ids;
    for (const Evidence &row : rows) {
        const Result<qint64> id = evidence().add(row);
        ANNALIST_VERIFY_OK(id);
        ids.append(*id);
    }

    const Result<QList<Evidence>> forEvent = evidence().listForEvent(m_event);
    ANNALIST_VERIFY_OK(forEvent);
    QList<qint64> order;
    for (const Evidence &e : *forEvent)
        order << e.id;
    // Sources in the order they were imported, passages in text order within each.
    QVERIFY(m_source < otherSource);
    QCOMPARE(order, (QList<qint64> { ids[3], ids[1], ids[0] }));

    const Result<QList<Evidence>> fromSource = evidence().listForSource(m_source);
    ANNALIST_VERIFY_OK(fromSource);
    order.clear();
    for (const Evidence &e : *fromSource)
        order << e.id;
    QCOMPARE(order, (QList<qint64> { ids[3], ids[1], ids[2] }));
    QCOMPARE(evidence().listForEvent(otherEvent)->size(), 1);
    QVERIFY(evidence().listForSource(9999)->isEmpty());
}

void TestEvidenceRepository::changes()
{
    const Result<qint64> id = evidence().add(passage(m_event, m_source, 0, 19));
    ANNALIST_VERIFY_OK(id);

    TimeValue reported = TimeValue::month(2024, 6, TimeValue::Qualifier::Approximate);
    reported.setExpression(QStringLiteral("early June"));
    ANNALIST_VERIFY_OK(evidence().setStance(*id, Evidence::Stance::Contradicts));
    ANNALIST_VERIFY_OK(evidence().setNote(*id, QStringLiteral("Disputed by the ministry")));
    ANNALIST_VERIFY_OK(evidence().setReported(*id, reported));

    QVERIFY(m_project.reopen());
    Result<Evidence> found = evidence().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->stance, Evidence::Stance::Contradicts);
    QCOMPARE(found->note, QStringLiteral("Disputed by the ministry"));
    QCOMPARE(found->reported, reported);
    QCOMPARE(found->quote, QStringLiteral("quote 0-19"));

    ANNALIST_VERIFY_OK(evidence().setNote(*id, QString()));
    ANNALIST_VERIFY_OK(evidence().setReported(*id, TimeValue::unknown()));
    found = evidence().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->note, QStringLiteral(""));
    QVERIFY(!found->reported.isKnown());
}

void TestEvidenceRepository::rejects_data()
{
    QTest::addColumn<bool>("unknownEvent");
    QTest::addColumn<bool>("unknownSource");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");

    QTest::newRow("unknown event") << true << false << 0 << 5;
    QTest::newRow("unknown source") << false << true << 0 << 5;
    QTest::newRow("empty span") << false << false << 5 << 5;
    QTest::newRow("negative start") << false << false << -1 << 5;
}

void TestEvidenceRepository::rejects()
{
    QFETCH(bool, unknownEvent);
    QFETCH(bool, unknownSource);
    QFETCH(int, start);
    QFETCH(int, end);

    const Result<qint64> id
        = evidence().add(passage(unknownEvent ? 9999 : m_event, unknownSource ? 9999 : m_source, start, end));
    QVERIFY(!id);
    QCOMPARE(id.error().code, StorageError::Code::Constraint);
    QVERIFY(!id.error().message.isEmpty());
    QVERIFY(evidence().listForEvent(m_event)->isEmpty());
}

void TestEvidenceRepository::remove()
{
    const Result<qint64> first = evidence().add(passage(m_event, m_source, 0, 19));
    const Result<qint64> second = evidence().add(passage(m_event, m_source, 27, 43));
    ANNALIST_VERIFY_OK(first);
    ANNALIST_VERIFY_OK(second);

    ANNALIST_VERIFY_OK(evidence().remove(*first));
    QCOMPARE(evidence().remove(*first).error().code, StorageError::Code::NotFound);
    QVERIFY(m_project.reopen());
    QCOMPARE(evidence().find(*first).error().code, StorageError::Code::NotFound);
    QCOMPARE(evidence().listForEvent(m_event)->size(), 1);

    // Evidence cannot outlive the source it quotes.
    ANNALIST_VERIFY_OK(m_project->sources().remove(m_source));
    QCOMPARE(evidence().find(*second).error().code, StorageError::Code::NotFound);
}

void TestEvidenceRepository::restore_data()
{
    roundTrip_data();
}

void TestEvidenceRepository::restore()
{
    QFETCH(Evidence::Stance, stance);
    QFETCH(TimeValue, reported);
    QFETCH(QString, note);

    Evidence stored = passage(m_event, m_source, 27, 43);
    stored.stance = stance;
    stored.reported = reported;
    stored.note = note;
    const Result<qint64> id = evidence().add(stored);
    ANNALIST_VERIFY_OK(id);
    const Result<Evidence> original = evidence().find(*id);
    ANNALIST_VERIFY_OK(original);
    ANNALIST_VERIFY_OK(evidence().remove(*id));
    const Result<qint64> later = evidence().add(passage(m_event, m_source, 0, 9));
    ANNALIST_VERIFY_OK(later);
    QVERIFY(*later > *id);

    ANNALIST_VERIFY_OK(evidence().restore(*original));
    // The id in use now, or none at all, cannot be restored.
    QCOMPARE(evidence().restore(*original).error().code, StorageError::Code::Constraint);
    Evidence withoutId = *original;
    withoutId.id = 0;
    QCOMPARE(evidence().restore(withoutId).error().code, StorageError::Code::Constraint);

    QVERIFY(m_project.reopen());
    const Result<Evidence> found = evidence().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->eventId, m_event);
    QCOMPARE(found->sourceId, m_source);
    QCOMPARE(found->start, 27);
    QCOMPARE(found->end, 43);
    QCOMPARE(found->quote, original->quote);
    QCOMPARE(found->stance, stance);
    QCOMPARE(found->reported, reported);
    QCOMPARE(found->note, original->note);
    QCOMPARE(evidence().listForEvent(m_event)->size(), 2);
}

void TestEvidenceRepository::unknownIdsAreNotFound()
{
    QCOMPARE(evidence().find(9999).error().code, StorageError::Code::NotFound);
    QCOMPARE(evidence().setStance(9999, Evidence::Stance::Mentions).error().code, StorageError::Code::NotFound);
    QCOMPARE(evidence().setNote(9999, QStringLiteral("n")).error().code, StorageError::Code::NotFound);
    QCOMPARE(evidence().setReported(9999, TimeValue::year(2024)).error().code, StorageError::Code::NotFound);
    QCOMPARE(evidence().remove(9999).error().code, StorageError::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestEvidenceRepository)
#include "tst_evidencerepository.moc"
