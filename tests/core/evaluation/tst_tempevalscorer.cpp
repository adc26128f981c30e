// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "evaluation/TempEvalScorer.h"

#include <QTest>

using namespace annalist;

Q_DECLARE_METATYPE(QList<TempEvalScorer::Span>)

// TempEval-3 timex measures on small cases worked out by hand.
class TestTempEvalScorer : public QObject
{
    Q_OBJECT

private slots:
    void score_data();
    void score();
    void emptyDocumentsDoNotDivideByZero();
    void microAverage();
};

namespace {

using Span = TempEvalScorer::Span;

Span date(int start, int end, const QString &value)
{
    return { start, end, Timex::Type::Date, value };
}

Span duration(int start, int end, const QString &value)
{
    return { start, end, Timex::Type::Duration, value };
}

} // namespace

void TestTempEvalScorer::score_data()
{
    QTest::addColumn<QList<Span>>("gold");
    QTest::addColumn<QList<Span>>("system");
    QTest::addColumn<int>("strict");
    QTest::addColumn<int>("relaxed");
    QTest::addColumn<int>("typeMatches");
    QTest::addColumn<int>("valueMatches");
    QTest::addColumn<double>("strictF1");
    QTest::addColumn<double>("relaxedF1");
    QTest::addColumn<double>("typeAccuracy");
    QTest::addColumn<double>("valueF1");

    const QString y = QStringLiteral("1997");
    QTest::newRow("perfect") << QList<Span> { date(0, 4, y) } << QList<Span> { date(0, 4, y) } << 1 << 1 << 1 << 1
                             << 1.0 << 1.0 << 1.0 << 1.0;
    // Gold "last month" [10, 20), system "month" [15, 20): relaxed only.
    QTest::newRow("partial extent") << QList<Span> { date(10, 20, QStringLiteral("1997-03")) }
                                    << QList<Span> { date(15, 20, QStringLiteral("1997-03")) } << 0 << 1 << 1 << 1
                                    << 0.0 << 1.0 << 1.0 << 1.0;
    // Two gold, two system, one exact: P = R = 1/2.
    QTest::newRow("one missed, one spurious")
        << QList<Span> { date(0, 4, y), date(10, 14, y) } << QList<Span> { date(0, 4, y), date(20, 24, y) } << 1 << 1
        << 1 << 1 << 0.5 << 0.5 << 1.0 << 0.5;
    // One gold overlapped by two system spans matches once: P = 1/2, R = 1, F1 = 2/3.
    QTest::newRow("one gold, two overlapping")
        << QList<Span> { date(0, 20, y) } << QList<Span> { date(0, 5, y), date(10, 20, y) } << 0 << 1 << 1 << 1 << 0.0
        << 2.0 / 3.0 << 1.0 << 2.0 / 3.0;
    // Three relaxed matches, two with the right type, one with the right value:
    // type accuracy 2/3, value P = R = 1/3.
    QTest::newRow("types and values") << QList<Span> { date(0, 4, y), duration(10, 20, QStringLiteral("P3D")),
                                                       date(30, 40, y) }
                                      << QList<Span> { date(0, 4, y), date(10, 20, QStringLiteral("P3D")),
                                                       duration(30, 40, QStringLiteral("P1Y")) }
                                      << 3 << 3 << 1 << 2 << 1.0 << 1.0 << 1.0 / 3.0 << 2.0 / 3.0;
    // An exact partner is kept for the expression that has one, even when another
    // system span overlaps the same gold more.
    QTest::newRow("exact partner first") << QList<Span> { date(0, 10, y), date(12, 20, QStringLiteral("1996")) }
                                         << QList<Span> { date(0, 20, QStringLiteral("1996")), date(0, 10, y) } << 1
                                         << 2 << 2 << 2 << 0.5 << 1.0 << 1.0 << 1.0;
    QTest::newRow("no system") << QList<Span> { date(0, 4, y) } << QList<Span>() << 0 << 0 << 0 << 0 << 0.0 << 0.0
                               << 0.0 << 0.0;
}

void TestTempEvalScorer::score()
{
    QFETCH(QList<Span>, gold);
    QFETCH(QList<Span>, system);
    QFETCH(int, strict);
    QFETCH(int, relaxed);
    QFETCH(int, typeMatches);
    QFETCH(int, valueMatches);
    QFETCH(double, strictF1);
    QFETCH(double, relaxedF1);
    QFETCH(double, typeAccuracy);
    QFETCH(double, valueF1);

    const TempEvalCounts counts = TempEvalScorer::score(gold, system);
    QCOMPARE(counts.gold, int(gold.size()));
    QCOMPARE(counts.system, int(system.size()));
    QCOMPARE(counts.strict, strict);
    QCOMPARE(counts.relaxed, relaxed);
    QCOMPARE(counts.typeMatches, typeMatches);
    QCOMPARE(counts.valueMatches, valueMatches);
    QCOMPARE(counts.strictF1(), strictF1);
    QCOMPARE(counts.relaxedF1(), relaxedF1);
    QCOMPARE(counts.typeAccuracy(), typeAccuracy);
    QCOMPARE(counts.valueF1(), valueF1);
}

void TestTempEvalScorer::emptyDocumentsDoNotDivideByZero()
{
    const TempEvalCounts counts = TempEvalScorer::score({}, {});
    QCOMPARE(counts.strictPrecision(), 0.0);
    QCOMPARE(counts.relaxedRecall(), 0.0);
    QCOMPARE(counts.typeAccuracy(), 0.0);
    QCOMPARE(counts.valueF1(), 0.0);
}

void TestTempEvalScorer::microAverage()
{
    TempEvalScorer scorer;
    const QString y = QStringLiteral("1997");
    // Document one: gold 2, system 1, one exact match.
    scorer.add(QStringLiteral("one"), { date(0, 4, y), date(10, 14, y) }, { date(0, 4, y) });
    // Document two: gold 1, system 3, one exact match.
    scorer.add(QStringLiteral("two"), { date(0, 4, y) }, { date(0, 4, y), date(10, 14, y), date(20, 24, y) });
    QCOMPARE(scorer.documents().size(), 2);
    QCOMPARE(scorer.documents().at(0).counts.strictRecall(), 0.5);
    const TempEvalCounts total = scorer.total();
    QCOMPARE(total.gold, 3);
    QCOMPARE(total.system, 4);
    QCOMPARE(total.strict, 2);
    // Micro: P = 2/4, R = 2/3, F1 = 2PR/(P+R) = 4/7, not the mean of the documents' F1.
    QCOMPARE(total.strictPrecision(), 0.5);
    QCOMPARE(total.strictRecall(), 2.0 / 3.0);
    QCOMPARE(total.strictF1(), 4.0 / 7.0);
}

QTEST_GUILESS_MAIN(TestTempEvalScorer)
#include "tst_tempevalscorer.moc"
