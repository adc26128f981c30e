// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chronology/TimeAxisTicks.h"

#include <QTest>
#include <QTimeZone>

using annalist::AxisTick;
using annalist::TimeAxisTicks;

class TestTimeAxisTicks : public QObject
{
    Q_OBJECT

private slots:
    void choosesUnitForScale_data();
    void choosesUnitForScale();
    void placesTicks_data();
    void placesTicks();
    void stopsAtMaximum();
    void emptyForBadRange();
};

Q_DECLARE_METATYPE(TimeAxisTicks::Unit)

namespace {
QDateTime at(const QString &iso)
{
    QDateTime moment = QDateTime::fromString(iso, Qt::ISODate);
    moment.setTimeZone(QTimeZone::utc());
    return moment;
}
} // namespace

void TestTimeAxisTicks::choosesUnitForScale_data()
{
    QTest::addColumn<double>("pixelsPerDay");
    QTest::addColumn<double>("spacing");
    QTest::addColumn<TimeAxisTicks::Unit>("unit");

    QTest::newRow("centuries on one screen") << 0.001 << 60.0 << TimeAxisTicks::Unit::Century;
    QTest::newRow("a few decades") << 0.02 << 60.0 << TimeAxisTicks::Unit::Decade;
    QTest::newRow("decade view") << 0.2 << 60.0 << TimeAxisTicks::Unit::Year;
    QTest::newRow("two years") << 1.0 << 60.0 << TimeAxisTicks::Unit::Quarter;
    QTest::newRow("one year") << 2.5 << 60.0 << TimeAxisTicks::Unit::Month;
    QTest::newRow("a quarter") << 10.0 << 60.0 << TimeAxisTicks::Unit::Week;
    QTest::newRow("a month") << 70.0 << 60.0 << TimeAxisTicks::Unit::Day;
    QTest::newRow("a week") << 300.0 << 60.0 << TimeAxisTicks::Unit::SixHours;
    QTest::newRow("a day") << 2000.0 << 60.0 << TimeAxisTicks::Unit::Hour;
    QTest::newRow("wider labels need coarser ticks") << 70.0 << 120.0 << TimeAxisTicks::Unit::Week;
}

void TestTimeAxisTicks::choosesUnitForScale()
{
    QFETCH(double, pixelsPerDay);
    QFETCH(double, spacing);
    QFETCH(TimeAxisTicks::Unit, unit);
    QCOMPARE(TimeAxisTicks::unitFor(pixelsPerDay, spacing), unit);
}

void TestTimeAxisTicks::placesTicks_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<TimeAxisTicks::Unit>("unit");
    QTest::addColumn<QStringList>("expected"); // "time label context"

    QTest::newRow("months across a new year")
        << QStringLiteral("2024-11-15T00:00:00") << QStringLiteral("2025-02-01T00:00:00") << TimeAxisTicks::Unit::Month
        << QStringList { QStringLiteral("2024-11-01T00:00:00Z Nov 2024"), QStringLiteral("2024-12-01T00:00:00Z Dec "),
                         QStringLiteral("2025-01-01T00:00:00Z Jan 2025"), QStringLiteral("2025-02-01T00:00:00Z Feb ") };
    QTest::newRow("decades floor to the decade")
        << QStringLiteral("1987-05-01T00:00:00") << QStringLiteral("2003-01-01T00:00:00") << TimeAxisTicks::Unit::Decade
        << QStringList { QStringLiteral("1980-01-01T00:00:00Z 1980 "), QStringLiteral("1990-01-01T00:00:00Z 1990 "),
                         QStringLiteral("2000-01-01T00:00:00Z 2000 "), QStringLiteral("2010-01-01T00:00:00Z 2010 ") };
    QTest::newRow("weeks start on Monday")
        << QStringLiteral("2024-10-02T12:00:00") << QStringLiteral("2024-10-10T00:00:00") << TimeAxisTicks::Unit::Week
        << QStringList { QStringLiteral("2024-09-30T00:00:00Z 30 Sep 2024"),
                         QStringLiteral("2024-10-07T00:00:00Z 7 Oct 2024"),
                         QStringLiteral("2024-10-14T00:00:00Z 14 ") };
    QTest::newRow("hours show the date once")
        << QStringLiteral("2025-01-20T22:30:00") << QStringLiteral("2025-01-21T01:00:00") << TimeAxisTicks::Unit::Hour
        << QStringList { QStringLiteral("2025-01-20T22:00:00Z 22:00 20 Jan 2025"),
                         QStringLiteral("2025-01-20T23:00:00Z 23:00 "),
                         QStringLiteral("2025-01-21T00:00:00Z 00:00 21 Jan 2025"),
                         QStringLiteral("2025-01-21T01:00:00Z 01:00 ") };
    QTest::newRow("quarters") << QStringLiteral("2024-05-01T00:00:00") << QStringLiteral("2024-09-01T00:00:00")
                              << TimeAxisTicks::Unit::Quarter
                              << QStringList { QStringLiteral("2024-04-01T00:00:00Z Q2 2024"),
                                               QStringLiteral("2024-07-01T00:00:00Z Q3 "),
                                               QStringLiteral("2024-10-01T00:00:00Z Q4 ") };
    QTest::newRow("six hours") << QStringLiteral("2025-03-03T05:00:00") << QStringLiteral("2025-03-03T13:00:00")
                               << TimeAxisTicks::Unit::SixHours
                               << QStringList { QStringLiteral("2025-03-03T00:00:00Z 00:00 3 Mar 2025"),
                                                QStringLiteral("2025-03-03T06:00:00Z 06:00 "),
                                                QStringLiteral("2025-03-03T12:00:00Z 12:00 "),
                                                QStringLiteral("2025-03-03T18:00:00Z 18:00 ") };
}

void TestTimeAxisTicks::placesTicks()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(TimeAxisTicks::Unit, unit);
    QFETCH(QStringList, expected);

    QStringList actual;
    for (const AxisTick &tick : TimeAxisTicks::ticks(at(from), at(to), unit))
        actual << tick.time.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")) + QLatin1Char(' ') + tick.label
                + QLatin1Char(' ') + tick.contextLabel;
    QCOMPARE(actual, expected);
}

void TestTimeAxisTicks::stopsAtMaximum()
{
    const QList<AxisTick> ticks
        = TimeAxisTicks::ticks(at(QStringLiteral("1900-01-01T00:00:00")), at(QStringLiteral("2000-01-01T00:00:00")),
                               TimeAxisTicks::Unit::Hour, 50);
    QCOMPARE(ticks.size(), 50);
}

void TestTimeAxisTicks::emptyForBadRange()
{
    QVERIFY(TimeAxisTicks::ticks(at(QStringLiteral("2025-01-01T00:00:00")), at(QStringLiteral("2024-01-01T00:00:00")),
                                 TimeAxisTicks::Unit::Day)
                .isEmpty());
    QVERIFY(TimeAxisTicks::ticks(QDateTime(), at(QStringLiteral("2024-01-01T00:00:00")), TimeAxisTicks::Unit::Day)
                .isEmpty());
}

QTEST_GUILESS_MAIN(TestTimeAxisTicks)
#include "tst_timeaxisticks.moc"
