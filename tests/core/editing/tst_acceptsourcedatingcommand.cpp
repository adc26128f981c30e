// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/AcceptSourceDatingCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"
#include "TimeValueOutput.h"

#include "analysis/ProjectAnalyzer.h"
#include "model/Timex.h"
#include "storage/SourceRepository.h"
#include "storage/TimexRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace annalist;
using annalist::test::ProjectFixture;
using annalist::test::utc;

namespace {

const QString body = QStringLiteral("Senator Marco Rubio is scheduled to visit Mexico next week. "
                                    "The talks began on March 3, 2024. Officials met yesterday.");

QDateTime endOfDay(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(23, 59, 59, 999), QTimeZone::utc());
}

// The window the titles of a source give (SourceDating): Claudia Sheinbaum was
// President-elect from 2 June to 30 September 2024.
TimeValue presidentElectWindow()
{
    TimeValue window = TimeValue::between(utc(2024, 6, 2), endOfDay(2024, 9, 30), TimeValue::Granularity::Day);
    window.setQualifier(TimeValue::Qualifier::Uncertain);
    window.setAnchor(QStringLiteral("titles"));
    return window;
}

TimeValue resolved(const QDateTime &earliest, const QDateTime &latest, TimeValue::Qualifier qualifier,
                   const QString &expression, const QString &anchor)
{
    TimeValue value = TimeValue::between(earliest, latest, TimeValue::Granularity::Day);
    value.setQualifier(qualifier);
    value.setExpression(expression);
    value.setAnchor(anchor);
    return value;
}

} // namespace

class TestAcceptSourceDatingCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void resolvesAgainstTheAcceptedTime_data();
    void resolvesAgainstTheAcceptedTime();
    void expressionsTheTaggerDoesNotFindStay();
    void unknownSourceFails();
    void undoStackRoundTrip();

private:
    Timex timexOf(const QString &text);

    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_source = 0;
};

void TestAcceptSourceDatingCommand::init()
{
    QVERIFY(m_fixture.create());
    m_source = m_fixture.addSource(QStringLiteral("Rubio to visit Mexico"), body);
    QVERIFY(m_source > 0);
    ProjectAnalyzer analyzer(m_fixture.project());
    const Result<AnalysisSummary> summary = analyzer.analyze({ m_source });
    ANNALIST_VERIFY_OK(summary);
    QVERIFY(summary->timexesProposed >= 3);
}

void TestAcceptSourceDatingCommand::cleanup()
{
    m_fixture.close();
}

Timex TestAcceptSourceDatingCommand::timexOf(const QString &text)
{
    const Result<QList<Timex>> timexes = m_fixture.project().timexes().listForSource(m_source);
    if (timexes) {
        for (const Timex &timex : *timexes) {
            if (body.mid(timex.start, timex.end - timex.start) == text)
                return timex;
        }
    }
    return {};
}

void TestAcceptSourceDatingCommand::resolvesAgainstTheAcceptedTime_data()
{
    QTest::addColumn<TimeValue>("before");
    QTest::addColumn<TimeValue>("published");
    QTest::addColumn<TimeValue>("nextWeek");
    QTest::addColumn<TimeValue>("yesterday");
    QTest::addColumn<int>("changes");

    const TimeValue window = presidentElectWindow();
    const QString windowText = QStringLiteral("2024-06-02/2024-09-30?");
    // 2 June 2024 is a Sunday: the week after it runs from Monday 3 to Sunday 9 June; the
    // week after 30 September (a Monday) from 7 to 13 October.
    QTest::newRow("undated, window accepted")
        << TimeValue::unknown() << window
        << resolved(utc(2024, 6, 3), endOfDay(2024, 10, 13), TimeValue::Qualifier::Uncertain,
                    QStringLiteral("next week"), windowText)
        << resolved(utc(2024, 6, 1), endOfDay(2024, 9, 29), TimeValue::Qualifier::Uncertain,
                    QStringLiteral("yesterday"), windowText)
        << 2;

    const TimeValue monday = TimeValue::day(QDate(2025, 2, 10));
    QTest::newRow("undated, day accepted")
        << TimeValue::unknown() << monday
        << resolved(utc(2025, 2, 17), endOfDay(2025, 2, 23), TimeValue::Qualifier::Exact, QStringLiteral("next week"),
                    QStringLiteral("2025-02-10"))
        << resolved(utc(2025, 2, 9), endOfDay(2025, 2, 9), TimeValue::Qualifier::Exact, QStringLiteral("yesterday"),
                    QStringLiteral("2025-02-10"))
        << 2;

    TimeValue unknownNextWeek;
    unknownNextWeek.setExpression(QStringLiteral("next week"));
    TimeValue unknownYesterday;
    unknownYesterday.setExpression(QStringLiteral("yesterday"));
    QTest::newRow("dated, back to unknown")
        << monday << TimeValue::unknown() << unknownNextWeek << unknownYesterday << 2;

    // An open window moves only its known side.
    TimeValue since = TimeValue::between(utc(2024, 10, 1), QDateTime(), TimeValue::Granularity::Day);
    since.setQualifier(TimeValue::Qualifier::Uncertain);
    TimeValue openNextWeek;
    openNextWeek.setBounds(utc(2024, 10, 7), QDateTime());
    openNextWeek.setGranularity(TimeValue::Granularity::Day);
    openNextWeek.setQualifier(TimeValue::Qualifier::Uncertain);
    openNextWeek.setExpression(QStringLiteral("next week"));
    openNextWeek.setAnchor(QStringLiteral("2024-10-01/..?"));
    TimeValue openYesterday = openNextWeek;
    openYesterday.setBounds(utc(2024, 9, 30), QDateTime());
    openYesterday.setExpression(QStringLiteral("yesterday"));
    QTest::newRow("undated, open window accepted")
        << TimeValue::unknown() << since << openNextWeek << openYesterday << 2;

    QTest::newRow("the same time again") << monday << monday << TimeValue() << TimeValue() << 0;
}

void TestAcceptSourceDatingCommand::resolvesAgainstTheAcceptedTime()
{
    QFETCH(TimeValue, before);
    QFETCH(TimeValue, published);
    QFETCH(TimeValue, nextWeek);
    QFETCH(TimeValue, yesterday);
    QFETCH(int, changes);

    Project &project = m_fixture.project();
    if (before.isKnown()) {
        // As the analysis would have left a dated source.
        AcceptSourceDatingCommand dating(project, m_signals, m_source, before);
        dating.redo();
        QVERIFY(!dating.hasFailed());
    }
    const Timex absoluteBefore = timexOf(QStringLiteral("March 3, 2024"));
    QVERIFY(absoluteBefore.id > 0);
    const Timex nextWeekBefore = timexOf(QStringLiteral("next week"));
    QVERIFY(nextWeekBefore.id > 0);
    const QStringList original = m_fixture.dump();

    QSignalSpy sourcesChanged(&m_signals, &ProjectSignals::sourcesChanged);
    QSignalSpy timexesChanged(&m_signals, &ProjectSignals::timexesChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    AcceptSourceDatingCommand command(project, m_signals, m_source, published);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(command.timexesChanged(), changes);
    QCOMPARE(sourcesChanged.count(), 1);
    QCOMPARE(timexesChanged.count(), 1);
    QCOMPARE(timexesChanged.at(0).at(0).toLongLong(), m_source);
    QVERIFY(command.text().contains(QStringLiteral("Rubio to visit Mexico")));

    QCOMPARE(project.sources().summary(m_source)->published, published);
    const Timex nextWeekAfter = timexOf(QStringLiteral("next week"));
    QCOMPARE(nextWeekAfter.id, nextWeekBefore.id);
    QCOMPARE(nextWeekAfter.status, nextWeekBefore.status);
    if (changes > 0) {
        QCOMPARE(nextWeekAfter.resolved, nextWeek);
        QCOMPARE(timexOf(QStringLiteral("yesterday")).resolved, yesterday);
        // Known only to the day where the bounds disagree.
        QCOMPARE(nextWeekAfter.value.contains(u'X'),
                 !nextWeek.isKnown() || nextWeek.qualifier() != TimeValue::Qualifier::Exact);
    }
    // An absolute date needs no anchor.
    const Timex absoluteAfter = timexOf(QStringLiteral("March 3, 2024"));
    QCOMPARE(absoluteAfter.value, absoluteBefore.value);
    QCOMPARE(absoluteAfter.resolved, absoluteBefore.resolved);
    const QStringList dated = m_fixture.dump();

    command.undo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(m_fixture.dump(), original);
    QCOMPARE(project.sources().summary(m_source)->published, before);
    QCOMPARE(timexesChanged.count(), 2);
    command.redo();
    QCOMPARE(m_fixture.dump(), dated);
    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    QCOMPARE(sourcesChanged.count(), 4);
    QCOMPARE(errors.count(), 0);
}

void TestAcceptSourceDatingCommand::expressionsTheTaggerDoesNotFindStay()
{
    // The analyst marked "the talks" as a time expression by hand and confirmed
    // "next week": the first keeps its value, the second is resolved anew.
    Timex manual;
    manual.sourceId = m_source;
    manual.start = static_cast<int>(body.indexOf(QStringLiteral("The talks")));
    manual.end = manual.start + 9;
    manual.value = QStringLiteral("2024-03");
    manual.resolved = TimeValue::month(2024, 3);
    manual.origin = Mention::Origin::Manual;
    manual.status = Mention::Status::Confirmed;
    const Result<qint64> manualId = m_fixture.project().timexes().add(manual);
    ANNALIST_VERIFY_OK(manualId);
    const Timex nextWeek = timexOf(QStringLiteral("next week"));
    ANNALIST_VERIFY_OK(m_fixture.project().timexes().setStatus(nextWeek.id, Mention::Status::Confirmed));

    AcceptSourceDatingCommand command(m_fixture.project(), m_signals, m_source, presidentElectWindow());
    command.redo();
    QVERIFY(!command.hasFailed());
    const Result<Timex> kept = m_fixture.project().timexes().find(*manualId);
    ANNALIST_VERIFY_OK(kept);
    QCOMPARE(kept->value, QStringLiteral("2024-03"));
    QCOMPARE(kept->resolved, TimeValue::month(2024, 3));
    const Timex confirmed = timexOf(QStringLiteral("next week"));
    QCOMPARE(confirmed.status, Mention::Status::Confirmed);
    QCOMPARE(confirmed.resolved.earliest(), utc(2024, 6, 3));
}

void TestAcceptSourceDatingCommand::unknownSourceFails()
{
    const QStringList original = m_fixture.dump();
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QSignalSpy sourcesChanged(&m_signals, &ProjectSignals::sourcesChanged);
    QSignalSpy timexesChanged(&m_signals, &ProjectSignals::timexesChanged);
    AcceptSourceDatingCommand command(m_fixture.project(), m_signals, 9999, presidentElectWindow());
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(sourcesChanged.count(), 0);
    QCOMPARE(timexesChanged.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

void TestAcceptSourceDatingCommand::undoStackRoundTrip()
{
    const QStringList original = m_fixture.dump();
    QUndoStack stack;
    stack.push(new AcceptSourceDatingCommand(m_fixture.project(), m_signals, m_source, presidentElectWindow()));
    const QStringList window = m_fixture.dump();
    stack.push(
        new AcceptSourceDatingCommand(m_fixture.project(), m_signals, m_source, TimeValue::day(QDate(2024, 9, 1))));
    QCOMPARE(stack.count(), 2);
    QCOMPARE(timexOf(QStringLiteral("yesterday")).resolved.earliest(), utc(2024, 8, 31));

    stack.undo();
    QCOMPARE(m_fixture.dump(), window);
    stack.undo();
    QCOMPARE(m_fixture.dump(), original);
    stack.redo();
    QCOMPARE(m_fixture.dump(), window);
}

QTEST_GUILESS_MAIN(TestAcceptSourceDatingCommand)
#include "tst_acceptsourcedatingcommand.moc"
