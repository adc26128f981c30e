// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeValueOutput.h"
#include "commandline/ChronologyFilterArguments.h"
#include "commandline/CommandLineArguments.h"

#include <QTest>

using namespace annalist;
using test::utc;

// The filter options as the chronology commands read them, before any project is open.
class TestChronologyFilterArguments : public QObject
{
    Q_OBJECT

private slots:
    void parses_data();
    void parses();
    void refuses_data();
    void refuses();
};

namespace {

CommandLineArguments arguments(const QStringList &words)
{
    return CommandLineArguments(words, ChronologyFilterArguments::flags(), ChronologyFilterArguments::options());
}

QDateTime lastMoment(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(23, 59, 59, 999), QTimeZone::utc());
}

} // namespace

void TestChronologyFilterArguments::parses_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<ChronologyFilter>("filter");
    QTest::addColumn<QString>("entityName");

    QTest::newRow("nothing") << QStringList { QStringLiteral("chronology") } << ChronologyFilter() << QString();
    ChronologyFilter filter;
    QTest::newRow("entity name") << QStringList { QStringLiteral("--entity"), QStringLiteral(" Claudia Sheinbaum ") }
                                 << filter << QStringLiteral("Claudia Sheinbaum");
    filter.entityId = 12;
    QTest::newRow("entity id") << QStringList { QStringLiteral("--entity"), QStringLiteral("12") } << filter
                               << QString();
    filter = {};
    filter.sourceId = 3;
    filter.lane = QStringLiteral("Port");
    QTest::newRow("source and lane") << QStringList { QStringLiteral("--source=3"), QStringLiteral("--lane"),
                                                      QStringLiteral("Port") }
                                     << filter << QString();
    filter = {};
    filter.from = utc(2024, 9, 1);
    filter.to = lastMoment(2024, 9, 30);
    QTest::newRow("a month from start to end") << QStringList { QStringLiteral("--from"), QStringLiteral("2024-09"),
                                                                QStringLiteral("--to"), QStringLiteral("Sep 2024") }
                                               << filter << QString();
    filter = {};
    filter.from = utc(2024, 6, 2);
    QTest::newRow("a window's start") << QStringList { QStringLiteral("--from"),
                                                       QStringLiteral("between 2024-06-02 and 2024-09-30") }
                                      << filter << QString();
    filter = {};
    filter.to = lastMoment(2025, 1, 20);
    QTest::newRow("an open start's end") << QStringList { QStringLiteral("--to"), QStringLiteral("before 2025-01-21") }
                                         << filter << QString();
    filter = {};
    filter.credibilityAtLeast = 3;
    filter.text = QStringLiteral("port deal");
    filter.conflictsOnly = true;
    QTest::newRow("credibility, words and conflicts")
        << QStringList { QStringLiteral("--min-credibility"), QStringLiteral("3"), QStringLiteral("--text"),
                         QStringLiteral("  port \t deal "), QStringLiteral("--conflicts") }
        << filter << QString();
}

void TestChronologyFilterArguments::parses()
{
    QFETCH(QStringList, words);
    QFETCH(ChronologyFilter, filter);
    QFETCH(QString, entityName);

    const CommandLineArguments parsed = arguments(words);
    QVERIFY2(parsed.isValid(), qPrintable(parsed.error()));
    const auto read = ChronologyFilterArguments::parse(parsed);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    QCOMPARE(read->filter(), filter);
    QCOMPARE(read->entityName(), entityName);
}

void TestChronologyFilterArguments::refuses_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<QString>("error");

    QTest::newRow("empty entity") << QStringList { QStringLiteral("--entity"), QStringLiteral(" ") }
                                  << QStringLiteral("--entity takes a name or an id");
    QTest::newRow("source name") << QStringList { QStringLiteral("--source"), QStringLiteral("herald") }
                                 << QStringLiteral("'herald' is not a source id");
    QTest::newRow("source zero") << QStringList { QStringLiteral("--source"), QStringLiteral("0") }
                                 << QStringLiteral("'0' is not a source id");
    QTest::newRow("empty lane") << QStringList { QStringLiteral("--lane=") } << QStringLiteral("--lane takes a lane");
    QTest::newRow("credibility zero") << QStringList {
        QStringLiteral("--min-credibility"), QStringLiteral("0")
    } << QStringLiteral("--min-credibility takes a number from 1 (confirmed) to 6 (cannot be judged)");
    QTest::newRow("credibility word") << QStringList {
        QStringLiteral("--min-credibility"), QStringLiteral("good")
    } << QStringLiteral("--min-credibility takes a number from 1 (confirmed) to 6 (cannot be judged)");
    QTest::newRow("open end as --to") << QStringList { QStringLiteral("--to"), QStringLiteral("after 2024") }
                                      << QStringLiteral("--to 'after 2024' has no end");
    QTest::newRow("from after to") << QStringList { QStringLiteral("--from"), QStringLiteral("2024-10"),
                                                    QStringLiteral("--to"), QStringLiteral("2024-09") }
                                   << QStringLiteral("--from '2024-10' is after --to '2024-09'");
}

void TestChronologyFilterArguments::refuses()
{
    QFETCH(QStringList, words);
    QFETCH(QString, error);

    const auto read = ChronologyFilterArguments::parse(arguments(words));
    QVERIFY(!read);
    QCOMPARE(read.error(), error);
}

QTEST_APPLESS_MAIN(TestChronologyFilterArguments)
#include "tst_chronologyfilterarguments.moc"
