// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/TimeValue.h"
#include "model/TimeValueText.h"

#include <QTest>
#include <QTimeZone>

using annalist::TimeValue;
using annalist::TimeValueText;

Q_DECLARE_METATYPE(annalist::TimeValue)

class TestTimeValue : public QObject
{
    Q_OBJECT

private slots:
    void formats_data();
    void formats();
    void boundsOfUnits_data();
    void boundsOfUnits();
};

namespace {
QDateTime utc(int y, int m, int d, int h = 0, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
}
} // namespace

void TestTimeValue::formats_data()
{
    QTest::addColumn<TimeValue>("value");
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<QString>("timex3");
    QTest::addColumn<QString>("words");

    QTest::newRow("unknown") << TimeValue::unknown() << QString() << QStringLiteral("XXXX-XX-XX")
                             << QStringLiteral("unknown");
    QTest::newRow("day") << TimeValue::day(QDate(2024, 9, 30)) << QStringLiteral("2024-09-30")
                         << QStringLiteral("2024-09-30") << QStringLiteral("30 Sep 2024");
    QTest::newRow("month") << TimeValue::month(2024, 9) << QStringLiteral("2024-09") << QStringLiteral("2024-09")
                           << QStringLiteral("Sep 2024");
    QTest::newRow("february leap") << TimeValue::month(2024, 2) << QStringLiteral("2024-02")
                                   << QStringLiteral("2024-02") << QStringLiteral("Feb 2024");
    QTest::newRow("year") << TimeValue::year(2025) << QStringLiteral("2025") << QStringLiteral("2025")
                          << QStringLiteral("2025");
    QTest::newRow("approximate month") << TimeValue::month(2024, 9, TimeValue::Qualifier::Approximate)
                                       << QStringLiteral("2024-09~") << QStringLiteral("2024-09")
                                       << QStringLiteral("c. Sep 2024");
    QTest::newRow("uncertain year") << TimeValue::year(2024, TimeValue::Qualifier::Uncertain) << QStringLiteral("2024?")
                                    << QStringLiteral("2024") << QStringLiteral("2024 (uncertain)");
    QTest::newRow("interval") << TimeValue::between(
        utc(2024, 6, 2), QDateTime(QDate(2024, 9, 30), QTime(23, 59, 59, 999), QTimeZone::utc()))
                              << QStringLiteral("2024-06-02/2024-09-30") << QStringLiteral("2024")
                              << QStringLiteral("between 2 Jun and 30 Sep 2024");
    QTest::newRow("open start") << TimeValue::between(QDateTime(), utc(2025, 1, 20)) << QStringLiteral("../2025-01-20")
                                << QStringLiteral("XXXX") << QStringLiteral("until 20 Jan 2025 (inclusive)");
    QTest::newRow("open end") << TimeValue::between(utc(2025, 1, 21), QDateTime()) << QStringLiteral("2025-01-21/..")
                              << QStringLiteral("XXXX") << QStringLiteral("from 21 Jan 2025");
    QTest::newRow("minute") << TimeValue::instant(utc(2025, 3, 14, 8, 30), TimeValue::Granularity::Minute)
                            << QStringLiteral("2025-03-14T08:30Z") << QStringLiteral("2025-03-14T08:30Z")
                            << QStringLiteral("14 Mar 2025 08:30 UTC");
}

void TestTimeValue::formats()
{
    QFETCH(TimeValue, value);
    QFETCH(QString, edtf);
    QFETCH(QString, timex3);
    QFETCH(QString, words);
    QCOMPARE(value.toEdtf(), edtf);
    QCOMPARE(value.toTimex3(), timex3);
    QCOMPARE(TimeValueText::describe(value), words);
}

void TestTimeValue::boundsOfUnits_data()
{
    QTest::addColumn<TimeValue>("value");
    QTest::addColumn<QDateTime>("earliest");
    QTest::addColumn<QDate>("lastDay");

    QTest::newRow("day") << TimeValue::day(QDate(2025, 1, 20)) << utc(2025, 1, 20) << QDate(2025, 1, 20);
    QTest::newRow("30-day month") << TimeValue::month(2024, 9) << utc(2024, 9, 1) << QDate(2024, 9, 30);
    QTest::newRow("leap february") << TimeValue::month(2024, 2) << utc(2024, 2, 1) << QDate(2024, 2, 29);
    QTest::newRow("year") << TimeValue::year(2024) << utc(2024, 1, 1) << QDate(2024, 12, 31);
}

void TestTimeValue::boundsOfUnits()
{
    QFETCH(TimeValue, value);
    QFETCH(QDateTime, earliest);
    QFETCH(QDate, lastDay);
    QCOMPARE(value.earliest(), earliest);
    QCOMPARE(value.latest().date(), lastDay);
    QCOMPARE(value.latest().time(), QTime(23, 59, 59, 999));
    QVERIFY(value.isKnown());
}

QTEST_GUILESS_MAIN(TestTimeValue)
#include "tst_timevalue.moc"
