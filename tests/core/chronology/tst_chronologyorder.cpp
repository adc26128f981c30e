// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chronology/ChronologyOrder.h"
#include "model/TimeValueParser.h"

#include <QTest>

using namespace annalist;

// Entries are written "TITLE@TIME" (TIME in any form TimeValueParser reads, empty when
// unknown); ids follow the order given, from 1.
class TestChronologyOrder : public QObject
{
    Q_OBJECT

private slots:
    void sortsAndFlags_data();
    void sortsAndFlags();
};

namespace {

QList<ChronologyEntry> entriesOf(const QStringList &specs)
{
    QList<ChronologyEntry> entries;
    for (const QString &spec : specs) {
        ChronologyEntry entry;
        entry.event.id = entries.size() + 1;
        entry.event.title = spec.section(u'@', 0, 0);
        const QString time = spec.section(u'@', 1);
        if (!time.isEmpty()) {
            const auto parsed = TimeValueParser::parse(time);
            if (!std::holds_alternative<TimeValue>(parsed))
                qFatal("not a time in the test data: %s", qPrintable(time));
            entry.event.time = std::get<TimeValue>(parsed);
        }
        entries.append(entry);
    }
    return entries;
}

} // namespace

void TestChronologyOrder::sortsAndFlags_data()
{
    QTest::addColumn<QStringList>("entries");
    // "TITLE" in order, with "?" after those whose order is uncertain.
    QTest::addColumn<QStringList>("ordered");

    QTest::newRow("empty") << QStringList() << QStringList();
    QTest::newRow("one") << QStringList { QStringLiteral("A@2024") } << QStringList { QStringLiteral("A") };
    QTest::newRow("apart, reversed") << QStringList { QStringLiteral("B@2025"), QStringLiteral("A@2024") }
                                     << QStringList { QStringLiteral("A"), QStringLiteral("B") };
    QTest::newRow("day inside a month") << QStringList {
        QStringLiteral("Day@2024-09-15"), QStringLiteral("Month@2024-09"), QStringLiteral("Later@2024-11")
    } << QStringList { QStringLiteral("Month?"), QStringLiteral("Day?"), QStringLiteral("Later") };
    QTest::newRow("same start: shorter first")
        << QStringList { QStringLiteral("Month@2024-09"), QStringLiteral("Day@2024-09-01") }
        << QStringList { QStringLiteral("Day?"), QStringLiteral("Month?") };
    QTest::newRow("same time: by title, ignoring case")
        << QStringList { QStringLiteral("zeta@2024-09-20"), QStringLiteral("Alpha@2024-09-20"),
                         QStringLiteral("beta@2024-09-20") }
        << QStringList { QStringLiteral("Alpha?"), QStringLiteral("beta?"), QStringLiteral("zeta?") };
    QTest::newRow("same time and title: by id")
        << QStringList { QStringLiteral("Talks@2024"), QStringLiteral("Talks@2024") }
        << QStringList { QStringLiteral("Talks?"), QStringLiteral("Talks?") };
    QTest::newRow("open start at its end")
        << QStringList { QStringLiteral("Before@before 2021-01-01"), QStringLiteral("Later@2022"),
                         QStringLiteral("Day@2020-01-01") }
        << QStringList { QStringLiteral("Day?"), QStringLiteral("Before?"), QStringLiteral("Later") };
    QTest::newRow("open start beside a day it ends on")
        << QStringList { QStringLiteral("Until@until 2024-09-30"), QStringLiteral("After@2024-10-02"),
                         QStringLiteral("Earlier@2024-09-01") }
        << QStringList { QStringLiteral("Earlier?"), QStringLiteral("Until?"), QStringLiteral("After") };
    QTest::newRow("open end reaches the next")
        << QStringList { QStringLiteral("After@after 2024-01-01"), QStringLiteral("Day@2025-06-01") }
        << QStringList { QStringLiteral("After?"), QStringLiteral("Day?") };
    QTest::newRow("undated last, by title, never uncertain")
        << QStringList { QStringLiteral("Rumour@"), QStringLiteral("Audit@2025"), QStringLiteral("Claim@") }
        << QStringList { QStringLiteral("Audit"), QStringLiteral("Claim"), QStringLiteral("Rumour") };
    QTest::newRow("only neighbours count")
        << QStringList { QStringLiteral("Year@2024"), QStringLiteral("March@2024-03"), QStringLiteral("Next@2026"),
                         QStringLiteral("Between@between 2024-02-01 and 2024-02-10") }
        << QStringList { QStringLiteral("Year?"), QStringLiteral("Between?"), QStringLiteral("March"),
                         QStringLiteral("Next") };
}

void TestChronologyOrder::sortsAndFlags()
{
    QFETCH(QStringList, entries);
    QFETCH(QStringList, ordered);

    QList<ChronologyEntry> sorted = entriesOf(entries);
    ChronologyOrder::sort(sorted);
    QStringList actual;
    for (const ChronologyEntry &entry : std::as_const(sorted))
        actual << entry.event.title + (entry.orderUncertain ? QStringLiteral("?") : QString());
    QCOMPARE(actual, ordered);

    // The same order as lessThan gives one pair at a time.
    QList<ChronologyEntry> pairwise = entriesOf(entries);
    std::stable_sort(pairwise.begin(), pairwise.end(), &ChronologyOrder::lessThan);
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        QCOMPARE(sorted.at(i).event.id, pairwise.at(i).event.id);
        QCOMPARE(ChronologyOrder::isOrderUncertainAt(sorted, i), sorted.at(i).orderUncertain);
    }
    // Sorting again changes nothing.
    ChronologyOrder::sort(sorted);
    QStringList again;
    for (const ChronologyEntry &entry : std::as_const(sorted))
        again << entry.event.title + (entry.orderUncertain ? QStringLiteral("?") : QString());
    QCOMPARE(again, ordered);
}

QTEST_APPLESS_MAIN(TestChronologyOrder)
#include "tst_chronologyorder.moc"
