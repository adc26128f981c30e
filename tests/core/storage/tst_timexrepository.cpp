// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Source.h"
#include "model/Timex.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/TimexRepository.h"

#include "ProjectFixture.h"
#include "TimeValueOutput.h"

#include <QTest>

using namespace annalist;
using test::utc;

Q_DECLARE_METATYPE(annalist::Timex)

namespace {

Timex makeTimex(int start, int end, Timex::Type type, const QString &value, const TimeValue &resolved)
{
    Timex result;
    result.start = start;
    result.end = end;
    result.type = type;
    result.value = value;
    result.resolved = resolved;
    return result;
}

} // namespace

class TestTimexRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void listForSourceIsInTextOrder();
    void addAllIsAtomic();
    void rejects_data();
    void rejects();
    void setStatus();
    void setResolution_data();
    void setResolution();
    void remove();
    void unknownIdsAreNotFound();

private:
    TimexRepository &timexes() { return m_project->timexes(); }

    test::ProjectFixture m_project;
    qint64 m_source = 0;
};

void TestTimexRepository::init()
{
    QVERIFY(m_project.create());
    m_source = m_project.addTextSource(
        QStringLiteral("On Tuesday, 3 June 2024, weeks after the vote, the two met; they meet every month."));
    QVERIFY(m_source > 0);
}

void TestTimexRepository::cleanup()
{
    m_project.close();
}

void TestTimexRepository::roundTrip_data()
{
    QTest::addColumn<Timex>("stored");

    Timex date = makeTimex(12, 23, Timex::Type::Date, QStringLiteral("2024-06-03"), TimeValue::day(QDate(2024, 6, 3)));
    date.origin = Mention::Origin::Manual;
    date.status = Mention::Status::Confirmed;
    QTest::newRow("exact date, manual, confirmed") << date;

    TimeValue relative = TimeValue::between(utc(2024, 6, 10), utc(2024, 7, 1), TimeValue::Granularity::Day);
    relative.setQualifier(TimeValue::Qualifier::Approximate);
    relative.setExpression(QStringLiteral("weeks after the vote"));
    relative.setAnchor(QStringLiteral("2024-06-02"));
    QTest::newRow("relative, approximate, anchored")
        << makeTimex(25, 45, Timex::Type::Date, QStringLiteral("2024-06"), relative);

    TimeValue openStart = TimeValue::between(QDateTime(), utc(2024, 6, 3, 9, 30), TimeValue::Granularity::Minute);
    openStart.setQualifier(TimeValue::Qualifier::Uncertain);
    Timex time = makeTimex(3, 10, Timex::Type::Time, QStringLiteral("2024-06-03T09:30"), openStart);
    time.status = Mention::Status::Rejected;
    time.origin = Mention::Origin::Gazetteer;
    QTest::newRow("open start, uncertain, rejected") << time;

    QTest::newRow("set, unresolved") << makeTimex(70, 81, Timex::Type::Set, QStringLiteral("P1M"),
                                                  TimeValue::unknown());
    QTest::newRow("duration, empty value") << makeTimex(25, 30, Timex::Type::Duration, QString(), TimeValue::unknown());
}

void TestTimexRepository::roundTrip()
{
    QFETCH(Timex, stored);
    stored.sourceId = m_source;

    const Result<qint64> id = timexes().add(stored);
    ANNALIST_VERIFY_OK(id);
    QVERIFY(m_project.reopen());

    const Result<Timex> found = timexes().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->id, *id);
    QCOMPARE(found->sourceId, m_source);
    QCOMPARE(found->start, stored.start);
    QCOMPARE(found->end, stored.end);
    QCOMPARE(found->type, stored.type);
    QCOMPARE(found->value, stored.value.isNull() ? QStringLiteral("") : stored.value);
    QCOMPARE(found->resolved, stored.resolved);
    QCOMPARE(found->origin, stored.origin);
    QCOMPARE(found->status, stored.status);

    const Result<QList<Timex>> listed = timexes().listForSource(m_source);
    ANNALIST_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().resolved, stored.resolved);
}

void TestTimexRepository::listForSourceIsInTextOrder()
{
    const QList<Timex> batch = {
        makeTimex(70, 81, Timex::Type::Set, QStringLiteral("P1M"), TimeValue::unknown()),
        makeTimex(12, 23, Timex::Type::Date, QStringLiteral("2024-06-03"), TimeValue::day(QDate(2024, 6, 3))),
        makeTimex(3, 10, Timex::Type::Date, QStringLiteral("2024-06-04"), TimeValue::day(QDate(2024, 6, 4))),
        makeTimex(3, 23, Timex::Type::Date, QStringLiteral("2024-06-04"), TimeValue::day(QDate(2024, 6, 4))),
    };
    QList<Timex> withSource;
    for (Timex t : batch) {
        t.sourceId = m_source;
        withSource.append(t);
    }
    const Result<QList<qint64>> ids = timexes().addAll(withSource);
    ANNALIST_VERIFY_OK(ids);
    QCOMPARE(ids->size(), 4);

    const Result<QList<Timex>> listed = timexes().listForSource(m_source);
    ANNALIST_VERIFY_OK(listed);
    QList<QPair<int, int>> spans;
    for (const Timex &t : *listed)
        spans.append({ t.start, t.end });
    QCOMPARE(spans, (QList<QPair<int, int>> { { 3, 10 }, { 3, 23 }, { 12, 23 }, { 70, 81 } }));
    QCOMPARE(listed->at(3).id, ids->at(0));
    QVERIFY(timexes().listForSource(9999)->isEmpty());
}

void TestTimexRepository::addAllIsAtomic()
{
    Timex good = makeTimex(12, 23, Timex::Type::Date, QStringLiteral("2024-06-03"), TimeValue::day(QDate(2024, 6, 3)));
    good.sourceId = m_source;
    Timex bad = good;
    bad.sourceId = 9999;

    const Result<QList<qint64>> ids = timexes().addAll({ good, good, bad });
    QVERIFY(!ids);
    QCOMPARE(ids.error().code, StorageError::Code::Constraint);
    QVERIFY(timexes().listForSource(m_source)->isEmpty());
}

void TestTimexRepository::rejects_data()
{
    QTest::addColumn<qint64>("sourceId");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");

    QTest::newRow("unknown source") << qint64(9999) << 0 << 5;
    QTest::newRow("no source") << qint64(0) << 0 << 5;
    QTest::newRow("empty span") << qint64(-1) << 5 << 5;
    QTest::newRow("negative start") << qint64(-1) << -3 << 5;
}

void TestTimexRepository::rejects()
{
    QFETCH(qint64, sourceId);
    QFETCH(int, start);
    QFETCH(int, end);

    Timex bad = makeTimex(start, end, Timex::Type::Date, QStringLiteral("2024"), TimeValue::year(2024));
    bad.sourceId = sourceId >= 0 ? sourceId : m_source;
    const Result<qint64> id = timexes().add(bad);
    QVERIFY(!id);
    QCOMPARE(id.error().code, StorageError::Code::Constraint);
    QVERIFY(timexes().listForSource(m_source)->isEmpty());
}

void TestTimexRepository::setStatus()
{
    Timex stored
        = makeTimex(12, 23, Timex::Type::Date, QStringLiteral("2024-06-03"), TimeValue::day(QDate(2024, 6, 3)));
    stored.sourceId = m_source;
    const Result<qint64> id = timexes().add(stored);
    ANNALIST_VERIFY_OK(id);
    QCOMPARE(timexes().find(*id)->status, Mention::Status::Candidate);

    ANNALIST_VERIFY_OK(timexes().setStatus(*id, Mention::Status::Confirmed));
    QVERIFY(m_project.reopen());
    QCOMPARE(timexes().find(*id)->status, Mention::Status::Confirmed);
    ANNALIST_VERIFY_OK(timexes().setStatus(*id, Mention::Status::Rejected));
    QCOMPARE(timexes().find(*id)->status, Mention::Status::Rejected);
}

void TestTimexRepository::setResolution_data()
{
    roundTrip_data();
}

void TestTimexRepository::setResolution()
{
    QFETCH(Timex, stored);
    stored.sourceId = m_source;
    const Result<qint64> id = timexes().add(stored);
    ANNALIST_VERIFY_OK(id);
    Timex other = makeTimex(0, 2, Timex::Type::Date, QStringLiteral("XXXX-WXX-2"), TimeValue::unknown());
    other.sourceId = m_source;
    const Result<qint64> otherId = timexes().add(other);
    ANNALIST_VERIFY_OK(otherId);

    TimeValue anchored = TimeValue::between(utc(2024, 6, 10), utc(2024, 10, 6, 23, 59), TimeValue::Granularity::Day);
    anchored.setQualifier(TimeValue::Qualifier::Uncertain);
    anchored.setExpression(QStringLiteral("next week"));
    anchored.setAnchor(QStringLiteral("2024-06-02/2024-09-30?"));
    ANNALIST_VERIFY_OK(timexes().setResolution(*id, QStringLiteral("2024-WXX"), anchored));
    QVERIFY(m_project.reopen());

    const Result<Timex> found = timexes().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->value, QStringLiteral("2024-WXX"));
    QCOMPARE(found->resolved, anchored);
    // Only the value and the resolved time change.
    QCOMPARE(found->start, stored.start);
    QCOMPARE(found->end, stored.end);
    QCOMPARE(found->type, stored.type);
    QCOMPARE(found->origin, stored.origin);
    QCOMPARE(found->status, stored.status);
    QCOMPARE(timexes().find(*otherId)->value, QStringLiteral("XXXX-WXX-2"));
    QCOMPARE(timexes().find(*otherId)->resolved, TimeValue::unknown());

    // And back to an unknown time.
    ANNALIST_VERIFY_OK(timexes().setResolution(*id, QString(), TimeValue::unknown()));
    QCOMPARE(timexes().find(*id)->value, QStringLiteral(""));
    QCOMPARE(timexes().find(*id)->resolved, TimeValue::unknown());
}

void TestTimexRepository::remove()
{
    Timex stored
        = makeTimex(12, 23, Timex::Type::Date, QStringLiteral("2024-06-03"), TimeValue::day(QDate(2024, 6, 3)));
    stored.sourceId = m_source;
    const Result<QList<qint64>> ids = timexes().addAll({ stored, stored });
    ANNALIST_VERIFY_OK(ids);

    ANNALIST_VERIFY_OK(timexes().remove(ids->at(0)));
    QVERIFY(m_project.reopen());
    QCOMPARE(timexes().find(ids->at(0)).error().code, StorageError::Code::NotFound);
    QCOMPARE(timexes().listForSource(m_source)->size(), 1);

    ANNALIST_VERIFY_OK(m_project->sources().remove(m_source));
    QCOMPARE(timexes().find(ids->at(1)).error().code, StorageError::Code::NotFound);
}

void TestTimexRepository::unknownIdsAreNotFound()
{
    QCOMPARE(timexes().find(9999).error().code, StorageError::Code::NotFound);
    QCOMPARE(timexes().setStatus(9999, Mention::Status::Confirmed).error().code, StorageError::Code::NotFound);
    QCOMPARE(timexes().setResolution(9999, QStringLiteral("2024"), TimeValue::year(2024)).error().code,
             StorageError::Code::NotFound);
    QCOMPARE(timexes().remove(9999).error().code, StorageError::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestTimexRepository)
#include "tst_timexrepository.moc"
