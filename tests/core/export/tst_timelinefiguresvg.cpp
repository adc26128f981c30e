// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chronology/ChronologyEntry.h"
#include "export/TimelineFigureSvg.h"

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

QTEST_GUILESS_MAIN(TestTimelineFigureSvg)
#include "tst_timelinefiguresvg.moc"
