// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/AhoCorasickMatcher.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace annalist;

namespace {

// Each hit as "text@start=value", the value being the pattern's position in the list.
QStringList describe(const QString &text, const QList<GazetteerHit> &hits)
{
    QStringList result;
    for (const GazetteerHit &hit : hits)
        result
            << QStringLiteral("%1@%2=%3").arg(text.mid(hit.start, hit.end - hit.start)).arg(hit.start).arg(hit.value);
    return result;
}

AhoCorasickMatcher matcherFor(const QStringList &patterns)
{
    AhoCorasickMatcher matcher;
    for (qsizetype i = 0; i < patterns.size(); ++i)
        matcher.add(patterns.at(i), quint32(i));
    matcher.build();
    return matcher;
}

} // namespace

class TestAhoCorasickMatcher : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void normalised_data();
    void normalised();
    void duplicatePatternsKeepTheFirstValue();
    void nothingBeforeBuild();
    void manyPatternsAndLongText();
    void agreesWithNaiveSearch();
};

void TestAhoCorasickMatcher::find_data()
{
    QTest::addColumn<QStringList>("patterns");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty text") << QStringList { QStringLiteral("Mexico") } << QString() << QStringList();
    QTest::newRow("no patterns") << QStringList() << QStringLiteral("Mexico City") << QStringList();
    QTest::newRow("only separators") << QStringList { QStringLiteral("Mexico") } << QStringLiteral(" ... -- ,, ")
                                     << QStringList();
    QTest::newRow("overlapping patterns")
        << QStringList { QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("hers") }
        << QStringLiteral("she hers he")
        << QStringList { QStringLiteral("she@0=1"), QStringLiteral("hers@4=2"), QStringLiteral("he@9=0") };
    QTest::newRow("longest wins") << QStringList { QStringLiteral("Mexico"), QStringLiteral("Mexico City") }
                                  << QStringLiteral("in Mexico City and Mexico.")
                                  << QStringList { QStringLiteral("Mexico City@3=1"), QStringLiteral("Mexico@19=0") };
    QTest::newRow("leftmost wins over longer later")
        << QStringList { QStringLiteral("New York"), QStringLiteral("York City") } << QStringLiteral("New York City")
        << QStringList { QStringLiteral("New York@0=0") };
    QTest::newRow("longer earlier start found last")
        << QStringList { QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a b c") }
        << QStringLiteral("a b c, b") << QStringList { QStringLiteral("a b c@0=2"), QStringLiteral("b@7=0") };
    QTest::newRow("shorter suffix when the longer is inside a word")
        << QStringList { QStringLiteral("new york"), QStringLiteral("york") } << QStringLiteral("xnew york")
        << QStringList { QStringLiteral("york@5=1") };
    QTest::newRow("word boundaries") << QStringList { QStringLiteral("he"), QStringLiteral("us") }
                                     << QStringLiteral("the hero said he, bus using US")
                                     << QStringList { QStringLiteral("he@14=0"), QStringLiteral("US@28=1") };
    QTest::newRow("digits are word characters")
        << QStringList { QStringLiteral("G7") } << QStringLiteral("G7 G70 G7-summit")
        << QStringList { QStringLiteral("G7@0=0"), QStringLiteral("G7@7=0") };
    QTest::newRow("periods in abbreviations")
        << QStringList { QStringLiteral("U.S.") } << QStringLiteral("U.S. and US and u.s., not USA or U.S.A")
        << QStringList { QStringLiteral("U.S.@0=0"), QStringLiteral("US@9=0"), QStringLiteral("u.s.@16=0") };
    QTest::newRow("pattern without periods") << QStringList { QStringLiteral("US") } << QStringLiteral("The U.S. said")
                                             << QStringList { QStringLiteral("U.S.@4=0") };
    QTest::newRow("sentence period is not part of the match")
        << QStringList { QStringLiteral("Ecuador") } << QStringLiteral("to Ecuador. Then")
        << QStringList { QStringLiteral("Ecuador@3=0") };
    QTest::newRow("hyphens and spaces") << QStringList { QStringLiteral(
        "President-elect") } << QStringLiteral("President elect Sheinbaum, PRESIDENT-ELECT, president \u2013 elect")
                                        << QStringList { QStringLiteral("President elect@0=0"),
                                                         QStringLiteral("PRESIDENT-ELECT@27=0"),
                                                         QStringLiteral("president \u2013 elect@44=0") };
    QTest::newRow("possessive") << QStringList { QStringLiteral("Mexico") }
                                << QStringLiteral("Mexico's and Mexico\u2019s")
                                << QStringList { QStringLiteral("Mexico@0=0"), QStringLiteral("Mexico@13=0") };
    QTest::newRow("runs of whitespace") << QStringList { QStringLiteral("Mexico City") }
                                        << QStringLiteral("Mexico\u00A0City and Mexico \n\t City")
                                        << QStringList { QStringLiteral("Mexico\u00A0City@0=0"),
                                                         QStringLiteral("Mexico \n\t City@16=0") };
    QTest::newRow("apostrophes and accents") << QStringList { QStringLiteral("C\u00f4te d'Ivoire") }
                                             << QStringLiteral("C\u00d4TE D\u2019IVOIRE, Cote d'Ivoire")
                                             << QStringList { QStringLiteral("C\u00d4TE D\u2019IVOIRE@0=0") };
    QTest::newRow("cyrillic and greek") << QStringList { QStringLiteral("\u041c\u043e\u0441\u043a\u0432\u0430"),
                                                         QStringLiteral("\u0391\u03b8\u03ae\u03bd\u03b1") }
                                        << QStringLiteral(
                                               "\u0412 \u041c\u043e\u0441\u043a\u0432\u0435 \u0438 "
                                               "\u041c\u041e\u0421\u041a\u0412\u0410. \u0391\u0398\u0389\u039d\u0391!")
                                        << QStringList { QStringLiteral("\u041c\u041e\u0421\u041a\u0412\u0410@11=0"),
                                                         QStringLiteral("\u0391\u0398\u0389\u039d\u0391@19=1") };
    QTest::newRow("offsets after surrogate pairs")
        << QStringList { QStringLiteral("Quito") } << QStringLiteral("\U0001F600\U0001F600 Quito \U0001F600")
        << QStringList { QStringLiteral("Quito@5=0") };
    QTest::newRow("han as one word") << QStringList { QStringLiteral("\u6771\u4eac") }
                                     << QStringLiteral("\u6771\u4eac \u6771\u4eac\u90fd")
                                     << QStringList { QStringLiteral("\u6771\u4eac@0=0") };
}

void TestAhoCorasickMatcher::find()
{
    QFETCH(QStringList, patterns);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    const AhoCorasickMatcher matcher = matcherFor(patterns);
    QCOMPARE(describe(text, matcher.find(text)), expected);
}

void TestAhoCorasickMatcher::normalised_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("case") << QStringLiteral("MeXiCo") << QStringLiteral("mexico");
    QTest::newRow("periods") << QStringLiteral("U.S.") << QStringLiteral("us");
    QTest::newRow("separators") << QStringLiteral("  Washington,  D.C. ") << QStringLiteral("washington dc");
    QTest::newRow("hyphen") << QStringLiteral("President-elect") << QStringLiteral("president elect");
    QTest::newRow("apostrophe") << QStringLiteral("Mexico\u2019s") << QStringLiteral("mexico s");
}

void TestAhoCorasickMatcher::normalised()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(AhoCorasickMatcher::normalised(text), expected);
}

void TestAhoCorasickMatcher::duplicatePatternsKeepTheFirstValue()
{
    AhoCorasickMatcher matcher;
    QVERIFY(matcher.add(QStringLiteral("U.S."), 1));
    QVERIFY(!matcher.add(QStringLiteral("us"), 2));
    QVERIFY(!matcher.add(QStringLiteral(" ... "), 3));
    matcher.build();
    QVERIFY(!matcher.add(QStringLiteral("Mexico"), 4));
    QCOMPARE(matcher.patternCount(), 1);
    const QList<GazetteerHit> hits = matcher.find(QStringLiteral("US"));
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().value, 1u);
}

void TestAhoCorasickMatcher::nothingBeforeBuild()
{
    AhoCorasickMatcher matcher;
    matcher.add(QStringLiteral("Mexico"), 1);
    QVERIFY(matcher.find(QStringLiteral("Mexico")).isEmpty());
}

void TestAhoCorasickMatcher::manyPatternsAndLongText()
{
    // Every pattern is found where it was put, among words that resemble them.
    QStringList patterns;
    for (int i = 0; i < 20000; ++i)
        patterns << QStringLiteral("Place%1 Town").arg(i);
    const AhoCorasickMatcher matcher = matcherFor(patterns);
    QString text;
    for (int i = 0; i < 20000; i += 7)
        text += QStringLiteral("near Place%1 Townhall and Place%2 Town, ").arg(i).arg(i);
    QElapsedTimer timer;
    timer.start();
    const QList<GazetteerHit> hits = matcher.find(text);
    QCOMPARE(hits.size(), (20000 + 6) / 7);
    for (const GazetteerHit &hit : hits)
        QCOMPARE(text.mid(hit.start, hit.end - hit.start), patterns.at(int(hit.value)));
}

void TestAhoCorasickMatcher::agreesWithNaiveSearch()
{
    // Random texts over a few short words, whose patterns overlap in every way, against
    // a word-by-word search for the longest pattern at each word not yet covered.
    const QStringList vocabulary
        = { QStringLiteral("a"),   QStringLiteral("b"),    QStringLiteral("ab"),  QStringLiteral("ba"),
            QStringLiteral("new"), QStringLiteral("york"), QStringLiteral("city") };
    const QStringList separators
        = { QStringLiteral(" "), QStringLiteral("-"), QStringLiteral(", "), QStringLiteral(" \u2014 ") };
    QRandomGenerator random(4711);
    for (int trial = 0; trial < 200; ++trial) {
        AhoCorasickMatcher matcher;
        QHash<QString, quint32> values;
        for (int i = 0; i < 12; ++i) {
            QStringList words;
            for (int w = 0, count = 1 + random.bounded(3); w < count; ++w)
                words << vocabulary.at(random.bounded(int(vocabulary.size())));
            const QString pattern = words.join(u' ');
            if (matcher.add(pattern, quint32(i)))
                values.insert(pattern, quint32(i));
        }
        matcher.build();

        struct Word
        {
            qsizetype start;
            qsizetype end;
            QString text;
        };
        QString text;
        QList<Word> words;
        for (int w = 0, count = random.bounded(30); w < count; ++w) {
            if (w > 0)
                text += separators.at(random.bounded(int(separators.size())));
            QString word = vocabulary.at(random.bounded(int(vocabulary.size())));
            const QString folded = word;
            if (random.bounded(3) == 0)
                word = word.toUpper();
            words.append(Word { text.size(), text.size() + word.size(), folded });
            text += word;
        }

        QList<GazetteerHit> expected;
        for (qsizetype w = 0; w < words.size();) {
            qsizetype longest = 0;
            quint32 value = 0;
            QString phrase;
            for (qsizetype n = 1; n <= 3 && w + n <= words.size(); ++n) {
                phrase += (n > 1 ? QStringLiteral(" ") : QString()) + words.at(w + n - 1).text;
                if (values.contains(phrase)) {
                    longest = n;
                    value = values.value(phrase);
                }
            }
            if (longest == 0) {
                ++w;
                continue;
            }
            expected.append(GazetteerHit { words.at(w).start, words.at(w + longest - 1).end, value });
            w += longest;
        }
        QCOMPARE(matcher.find(text), expected);
    }
}

QTEST_GUILESS_MAIN(TestAhoCorasickMatcher)
#include "tst_ahocorasickmatcher.moc"
