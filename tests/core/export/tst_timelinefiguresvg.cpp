// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chronology/ChronologyEntry.h"
#include "export/TimelineFigureSvg.h"
#include "model/TimeValueParser.h"

#include <QRegularExpression>
#include <QTest>

using namespace annalist;

// The HTML report's timeline figure: a column for lane names only where lanes have names.
class TestTimelineFigureSvg : public QObject
{
    Q_OBJECT

private slots:
    void laneNamesHaveAColumnOnlyWhenThereAreAny_data();
    void laneNamesHaveAColumnOnlyWhenThereAreAny();
    void barsHaveSoftEndsAndFadeWhereUncertain_data();
    void barsHaveSoftEndsAndFadeWhereUncertain();
};

void TestTimelineFigureSvg::laneNamesHaveAColumnOnlyWhenThereAreAny_data()
{
    QTest::addColumn<QStringList>("lanes");
    QTest::addColumn<double>("plotLeft");
    QTest::addColumn<QStringList>("names");
    QTest::newRow("no lane named") << QStringList { QString(), QString() } << 0.0 << QStringList();
    QTest::newRow("one lane named") << QStringList { QStringLiteral("Tender"), QStringLiteral("Tender") } << 110.0
                                    << QStringList { QStringLiteral("Tender") };
    QTest::newRow("named and unnamed") << QStringList { QStringLiteral("Tender"), QString() } << 110.0
                                       << QStringList { QStringLiteral("Tender"), QStringLiteral("Other") };
}

void TestTimelineFigureSvg::laneNamesHaveAColumnOnlyWhenThereAreAny()
{
    QFETCH(QStringList, lanes);
    QFETCH(double, plotLeft);
    QFETCH(QStringList, names);
    QList<ChronologyEntry> entries;
    for (int i = 0; i < lanes.size(); ++i) {
        ChronologyEntry entry;
        entry.event.id = i + 1;
        entry.event.title = QStringLiteral("Event %1").arg(i + 1);
        entry.event.lane = lanes.at(i);
        entry.event.time = TimeValue::day(QDate(2025, 1, 10 + 7 * i));
        entries.append(entry);
    }
    const QString svg = TimelineFigureSvg::svg(entries);
    const QRegularExpressionMatch axis
        = QRegularExpression(QStringLiteral("<line class=\"axis\" x1=\"([0-9.]+)\"")).match(svg);
    QVERIFY2(axis.hasMatch(), qPrintable(svg));
    QCOMPARE(axis.captured(1).toDouble(), plotLeft);
    QStringList shown;
    for (auto it = QRegularExpression(QStringLiteral("<text class=\"lane-name\"[^>]*>([^<]*)</text>")).globalMatch(svg);
         it.hasNext();)
        shown << it.next().captured(1);
    QCOMPARE(shown, names);
}

void TestTimelineFigureSvg::barsHaveSoftEndsAndFadeWhereUncertain_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("fill");
    // As the window's timeline draws them: every bar's ends soft ("s"), faded out ("0")
    // where the time is approximate, uncertain or open there.
    QTest::newRow("an exact window") << QStringLiteral("between 2024-12-01 and 2025-02-02")
                                     << QStringLiteral("url(#ends-ss)");
    QTest::newRow("an uncertain month") << QStringLiteral("2025-01?") << QStringLiteral("url(#ends-00)");
    QTest::newRow("an open start") << QStringLiteral("until 2025-01-20") << QStringLiteral("url(#ends-0s)");
    QTest::newRow("an open end") << QStringLiteral("from 2025-01-20") << QStringLiteral("url(#ends-s0)");
}

void TestTimelineFigureSvg::barsHaveSoftEndsAndFadeWhereUncertain()
{
    QFETCH(QString, typed);
    QFETCH(QString, fill);
    const auto parsed = TimeValueParser::parse(typed);
    QVERIFY(std::holds_alternative<TimeValue>(parsed));
    ChronologyEntry bar;
    bar.event.id = 1;
    bar.event.title = QStringLiteral("A bar");
    bar.event.time = std::get<TimeValue>(parsed);
    ChronologyEntry day;
    day.event.id = 2;
    day.event.title = QStringLiteral("A day");
    day.event.time = TimeValue::day(QDate(2025, 1, 10));
    const QString svg = TimelineFigureSvg::svg({ bar, day });
    const QRegularExpressionMatch rect
        = QRegularExpression(QStringLiteral("<rect class=\"[^\"]*\"[^>]* fill=\"([^\"]*)\"")).match(svg);
    QVERIFY2(rect.hasMatch(), qPrintable(svg));
    QCOMPARE(rect.captured(1), fill);
    // The gradient it names is there.
    QVERIFY(svg.contains(QStringLiteral("<linearGradient id=\"%1\"").arg(fill.mid(5, fill.size() - 6))));
}

QTEST_GUILESS_MAIN(TestTimelineFigureSvg)
#include "tst_timelinefiguresvg.moc"
