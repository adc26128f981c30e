// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chronology/TimeOrdering.h"
#include "model/TimeValueParser.h"

#include <QTest>

#include <algorithm>

using annalist::TimeOrdering;
using annalist::TimeValue;
using annalist::TimeValueParser;

class TestTimeOrdering : public QObject
{
    Q_OBJECT

private slots:
    void comparesAndFlagsOverlaps_data();
    void comparesAndFlagsOverlaps();
    void sortsAChronology();
};

namespace {
TimeValue parsed(const QString &text)
{
    if (text.isEmpty())
        return TimeValue::unknown();
    const auto result = TimeValueParser::parse(text);
    return std::holds_alternative<TimeValue>(result) ? std::get<TimeValue>(result) : TimeValue::unknown();
}
} // namespace

void TestTimeOrdering::comparesAndFlagsOverlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("order");
    QTest::addColumn<bool>("uncertain");

    QTest::newRow("days apart") << QStringLiteral("2024-06-02") << QStringLiteral("2024-09-30") << -1 << false;
    QTest::newRow("same day") << QStringLiteral("2024-06-02") << QStringLiteral("2024-06-02") << 0 << true;
    QTest::newRow("day inside month") << QStringLiteral("2024-09-15") << QStringLiteral("2024-09") << 1 << true;
    QTest::newRow("month before its later day")
        << QStringLiteral("2024-09") << QStringLiteral("2024-09-30") << -1 << true;
    QTest::newRow("same start, shorter first")
        << QStringLiteral("2024-09-01") << QStringLiteral("2024-09") << -1 << true;
    QTest::newRow("overlapping windows") << QStringLiteral("between 2024-06-02 and 2024-09-30")
                                         << QStringLiteral("between 2024-09-01 and 2024-10-31") << -1 << true;
    QTest::newRow("touching years") << QStringLiteral("2024") << QStringLiteral("2025") << -1 << false;
    QTest::newRow("open start before") << QStringLiteral("before 2025-01-20") << QStringLiteral("2025-01-21") << -1
                                       << false;
    // An open start stands at its end, after the days it may have come before.
    QTest::newRow("open start overlaps, placed at its end")
        << QStringLiteral("before 2025-01-20") << QStringLiteral("2024-12-31") << 1 << true;
    QTest::newRow("open end after") << QStringLiteral("after 2025-01-20") << QStringLiteral("2025-01-20") << 1 << false;
    QTest::newRow("unknown last") << QString() << QStringLiteral("2024") << 1 << true;
    QTest::newRow("known first") << QStringLiteral("1997") << QString() << -1 << true;
    QTest::newRow("both unknown") << QString() << QString() << 0 << true;
}

void TestTimeOrdering::comparesAndFlagsOverlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, order);
    QFETCH(bool, uncertain);
    const TimeValue first = parsed(a);
    const TimeValue second = parsed(b);
    QCOMPARE(TimeOrdering::compare(first, second), order);
    QCOMPARE(TimeOrdering::compare(second, first), -order);
    QCOMPARE(TimeOrdering::isOrderUncertain(first, second), uncertain);
    QCOMPARE(TimeOrdering::isOrderUncertain(second, first), uncertain);
}

void TestTimeOrdering::sortsAChronology()
{
    QList<TimeValue> values = { parsed(QStringLiteral("2025-01-21")),        parsed(QString()),
                                parsed(QStringLiteral("early 2025")),        parsed(QStringLiteral("2024-09")),
                                parsed(QStringLiteral("before 2024-06-01")), parsed(QStringLiteral("2024-09-30")) };
    std::stable_sort(values.begin(), values.end(), TimeOrdering::lessThan);
    QStringList edtf;
    for (const TimeValue &value : values)
        edtf << value.toEdtf();
    QCOMPARE(edtf,
             (QStringList { QStringLiteral("../2024-05-31"), QStringLiteral("2024-09"), QStringLiteral("2024-09-30"),
                            QStringLiteral("2025-01-01/2025-04-30~"), QStringLiteral("2025-01-21"), QString() }));
}

QTEST_GUILESS_MAIN(TestTimeOrdering)
#include "tst_timeordering.moc"
