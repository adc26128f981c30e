// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeValueOutput.h"
#include "chronology/ChronologyEntry.h"
#include "chronology/ChronologyFilter.h"
#include "model/TimeValueParser.h"

#include <QTest>

using namespace annalist;
using annalist::test::utc;

class TestChronologyFilter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isEmpty_data();
    void isEmpty();
    void accepts_data();
    void accepts();

private:
    QList<ChronologyEntry> m_entries;
};

namespace {

TimeValue parsedTime(const QString &text)
{
    if (text.isEmpty())
        return TimeValue::unknown();
    const auto parsed = TimeValueParser::parse(text);
    if (!std::holds_alternative<TimeValue>(parsed))
        qFatal("not a time in the test data: %s", qPrintable(text));
    return std::get<TimeValue>(parsed);
}

EvidenceItem passage(qint64 sourceId, const QString &quote)
{
    EvidenceItem item;
    item.evidence.sourceId = sourceId;
    item.evidence.quote = quote;
    return item;
}

ChronologyFilter withText(const QString &text)
{
    ChronologyFilter filter;
    filter.text = text;
    return filter;
}

} // namespace

// Five entries: Meeting, Concession, Audit, Election, Handover. Entities: 10 Rubio,
// 11 Sheinbaum, 12 Harbour Board, 100 Mexico City, 101 Veracruz. Sources 1–3.
void TestChronologyFilter::initTestCase()
{
    ChronologyEntry meeting;
    meeting.event = Event { 1,
                            QStringLiteral("Meeting"),
                            {},
                            parsedTime(QStringLiteral("2024-09-15")),
                            100,
                            { { 10, QStringLiteral("host") }, { 11, {} } },
                            QStringLiteral("Talks on migration"),
                            {},
                            2,
                            QStringLiteral("Diplomacy"),
                            { QStringLiteral("summit") },
                            {},
                            0 };
    meeting.placeName = QStringLiteral("Mexico City");
    meeting.participantNames = { QStringLiteral("Marco Rubio (host)"), QStringLiteral("Claudia Sheinbaum") };
    meeting.evidence
        = { passage(1, QStringLiteral("They met at the palace")), passage(2, QStringLiteral("A short visit")) };
    meeting.comment = QStringLiteral("Check the date");
    meeting.conflicts = { Conflict { Conflict::Kind::Time, 1, 2, QStringLiteral("apart") } };

    ChronologyEntry concession;
    concession.event = Event { 2,   QStringLiteral("Concession"),
                               {},  parsedTime(QStringLiteral("2025-02")),
                               101, { { 12, {} } },
                               {},  QStringLiteral("Likely signed in secret"),
                               4,   QStringLiteral("Port"),
                               {},  {},
                               0 };
    concession.placeName = QStringLiteral("Veracruz");
    concession.participantNames = { QStringLiteral("Harbour Board") };
    concession.evidence = { passage(3, QStringLiteral("the board signed the deal for the concession")) };

    ChronologyEntry audit;
    audit.event = Event { 3, QStringLiteral("Audit"), {}, TimeValue::unknown(), 0, {}, {}, {}, 0, {}, {}, {}, 0 };
    audit.evidence = { passage(1, QStringLiteral("Auditors\twill look at the books")) };

    ChronologyEntry election;
    election.event = Event { 4,
                             QStringLiteral("Election"),
                             {},
                             parsedTime(QStringLiteral("before 2024-06-03")),
                             0,
                             { { 11, {} } },
                             {},
                             {},
                             6,
                             QStringLiteral("Politics"),
                             { QStringLiteral("Vote") },
                             {},
                             0 };
    election.participantNames = { QStringLiteral("Claudia Sheinbaum") };

    ChronologyEntry handover;
    handover.event = Event { 5,   QStringLiteral("Handover"),
                             {},  parsedTime(QStringLiteral("after 2024-10-01")),
                             100, {},
                             {},  {},
                             0,   {},
                             {},  {},
                             0 };
    handover.placeName = QStringLiteral("Mexico City");

    m_entries = { meeting, concession, audit, election, handover };
}

void TestChronologyFilter::isEmpty_data()
{
    QTest::addColumn<ChronologyFilter>("filter");
    QTest::addColumn<bool>("empty");

    ChronologyFilter filter;
    QTest::newRow("default") << filter << true;
    QTest::newRow("spaces only") << withText(QStringLiteral("  \t ")) << true;
    QTest::newRow("text") << withText(QStringLiteral("port")) << false;
    filter.entityId = 4;
    QTest::newRow("entity") << filter << false;
    filter = {};
    filter.sourceId = 4;
    QTest::newRow("source") << filter << false;
    filter = {};
    filter.lane = QStringLiteral("Port");
    QTest::newRow("lane") << filter << false;
    filter = {};
    filter.from = utc(2024, 1, 1);
    QTest::newRow("from") << filter << false;
    filter = {};
    filter.to = utc(2024, 1, 1);
    QTest::newRow("to") << filter << false;
    filter = {};
    filter.credibilityAtLeast = 3;
    QTest::newRow("credibility") << filter << false;
    filter = {};
    filter.conflictsOnly = true;
    QTest::newRow("conflicts") << filter << false;
}

void TestChronologyFilter::isEmpty()
{
    QFETCH(ChronologyFilter, filter);
    QFETCH(bool, empty);
    QCOMPARE(filter.isEmpty(), empty);
}

void TestChronologyFilter::accepts_data()
{
    QTest::addColumn<ChronologyFilter>("filter");
    QTest::addColumn<QStringList>("accepted");

    const auto all = QStringList { QStringLiteral("Meeting"), QStringLiteral("Concession"), QStringLiteral("Audit"),
                                   QStringLiteral("Election"), QStringLiteral("Handover") };
    QTest::newRow("empty") << ChronologyFilter() << all;

    ChronologyFilter filter;
    filter.entityId = 11;
    QTest::newRow("participant") << filter << QStringList { QStringLiteral("Meeting"), QStringLiteral("Election") };
    filter.entityId = 100;
    QTest::newRow("place") << filter << QStringList { QStringLiteral("Meeting"), QStringLiteral("Handover") };
    filter.entityId = 999;
    QTest::newRow("unknown entity") << filter << QStringList();

    filter = {};
    filter.sourceId = 1;
    QTest::newRow("cited source") << filter << QStringList { QStringLiteral("Meeting"), QStringLiteral("Audit") };
    filter.sourceId = 3;
    QTest::newRow("one passage of a source") << filter << QStringList { QStringLiteral("Concession") };

    filter = {};
    filter.lane = QStringLiteral("Port");
    QTest::newRow("lane") << filter << QStringList { QStringLiteral("Concession") };
    filter.lane = QStringLiteral("port");
    QTest::newRow("lane is exact") << filter << QStringList();

    filter = {};
    filter.from = utc(2024, 10, 1);
    QTest::newRow("from: later and undated events")
        << filter << QStringList { QStringLiteral("Concession"), QStringLiteral("Audit"), QStringLiteral("Handover") };
    filter.from = QDateTime(QDate(2024, 9, 15), QTime(23, 59, 59, 999), QTimeZone::utc());
    QTest::newRow("from the last moment of a day")
        << filter
        << QStringList { QStringLiteral("Meeting"), QStringLiteral("Concession"), QStringLiteral("Audit"),
                         QStringLiteral("Handover") };
    filter = {};
    filter.to = utc(2024, 6, 30);
    QTest::newRow("to: open start reaches back")
        << filter << QStringList { QStringLiteral("Audit"), QStringLiteral("Election") };
    filter.from = utc(2024, 9, 15, 12);
    filter.to = utc(2024, 9, 15, 13);
    QTest::newRow("an hour inside a day")
        << filter << QStringList { QStringLiteral("Meeting"), QStringLiteral("Audit") };
    filter.from = utc(2025, 3, 1);
    filter.to = utc(2026, 1, 1);
    QTest::newRow("only the open end reaches")
        << filter << QStringList { QStringLiteral("Audit"), QStringLiteral("Handover") };

    filter = {};
    filter.credibilityAtLeast = 2;
    QTest::newRow("credibility 2 or better") << filter << QStringList { QStringLiteral("Meeting") };
    filter.credibilityAtLeast = 4;
    QTest::newRow("credibility 4 or better")
        << filter << QStringList { QStringLiteral("Meeting"), QStringLiteral("Concession") };
    filter.credibilityAtLeast = 6;
    QTest::newRow("any credibility set") << filter
                                         << QStringList { QStringLiteral("Meeting"), QStringLiteral("Concession"),
                                                          QStringLiteral("Election") };

    QTest::newRow("text in title") << withText(QStringLiteral("audit")) << QStringList { QStringLiteral("Audit") };
    QTest::newRow("text in description") << withText(QStringLiteral("MIGRATION"))
                                         << QStringList { QStringLiteral("Meeting") };
    QTest::newRow("text in assessment") << withText(QStringLiteral("secret"))
                                        << QStringList { QStringLiteral("Concession") };
    QTest::newRow("text in place") << withText(QStringLiteral("veracruz"))
                                   << QStringList { QStringLiteral("Concession") };
    QTest::newRow("text in participants") << withText(QStringLiteral("sheinbaum"))
                                          << QStringList { QStringLiteral("Meeting"), QStringLiteral("Election") };
    QTest::newRow("text in role") << withText(QStringLiteral("host")) << QStringList { QStringLiteral("Meeting") };
    QTest::newRow("text in tag") << withText(QStringLiteral("vote")) << QStringList { QStringLiteral("Election") };
    QTest::newRow("text in comment") << withText(QStringLiteral("the date"))
                                     << QStringList { QStringLiteral("Meeting") };
    QTest::newRow("text in quote") << withText(QStringLiteral("palace")) << QStringList { QStringLiteral("Meeting") };
    QTest::newRow("part of a word") << withText(QStringLiteral("udito")) << QStringList { QStringLiteral("Audit") };
    QTest::newRow("words apart in one entry")
        << withText(QStringLiteral("signed  concession")) << QStringList { QStringLiteral("Concession") };
    QTest::newRow("words of two entries") << withText(QStringLiteral("rubio veracruz")) << QStringList();
    QTest::newRow("word across a tab") << withText(QStringLiteral("auditors will"))
                                       << QStringList { QStringLiteral("Audit") };
    QTest::newRow("absent text") << withText(QStringLiteral("fentanyl")) << QStringList();

    filter = {};
    filter.conflictsOnly = true;
    QTest::newRow("conflicts only") << filter << QStringList { QStringLiteral("Meeting") };

    filter = withText(QStringLiteral("mexico"));
    filter.lane = QStringLiteral("Diplomacy");
    QTest::newRow("all criteria must hold") << filter << QStringList { QStringLiteral("Meeting") };
    filter.credibilityAtLeast = 1;
    QTest::newRow("one failing criterion") << filter << QStringList();
}

void TestChronologyFilter::accepts()
{
    QFETCH(ChronologyFilter, filter);
    QFETCH(QStringList, accepted);

    QStringList titles;
    for (const ChronologyEntry &entry : std::as_const(m_entries)) {
        const bool accepting = filter.accepts(entry);
        QCOMPARE(filter.accepts(entry, ChronologyFilter::searchableText(entry)), accepting);
        if (accepting)
            titles << entry.event.title;
    }
    QCOMPARE(titles, accepted);
}

QTEST_APPLESS_MAIN(TestChronologyFilter)
#include "tst_chronologyfilter.moc"
