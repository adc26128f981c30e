// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProcessorTime.h"
#include "TestData.h"
#include "analysis/PassageSimilarity.h"

#include <QDir>
#include <QRandomGenerator>
#include <QTest>

using namespace annalist;

namespace {

QString slice(const QString &text, int start, int end)
{
    return text.mid(start, end - start);
}

QStringList sentenceTexts(const QString &text)
{
    QStringList result;
    for (const PassageSimilarity::Span &span : PassageSimilarity::sentences(text))
        result << slice(text, span.start, span.end);
    return result;
}

// A news-like paragraph of random words from a small vocabulary.
QString syntheticArticle(quint32 seed, int bytes)
{
    static const QStringList words = {
        QStringLiteral("minister"),  QStringLiteral("border"), QStringLiteral("security"), QStringLiteral("talks"),
        QStringLiteral("Mexico"),    QStringLiteral("Rubio"),  QStringLiteral("cartels"),  QStringLiteral("the"),
        QStringLiteral("of"),        QStringLiteral("agreed"), QStringLiteral("week"),     QStringLiteral("officials"),
        QStringLiteral("trade"),     QStringLiteral("said"),   QStringLiteral("on"),       QStringLiteral("fentanyl"),
        QStringLiteral("capital"),   QStringLiteral("visit"),  QStringLiteral("partners"), QStringLiteral("report"),
        QStringLiteral("migration"), QStringLiteral("summit"), QStringLiteral("a"),        QStringLiteral("and"),
    };
    QRandomGenerator random(seed);
    QString text;
    while (text.size() < bytes) {
        const int length = 8 + int(random.bounded(20));
        for (int i = 0; i < length; ++i) {
            QString word = words.at(int(random.bounded(qsizetype(words.size()))));
            if (i == 0)
                word[0] = word.at(0).toUpper();
            text += word + (i + 1 == length ? QStringLiteral(". ") : QStringLiteral(" "));
        }
        if (random.bounded(5) == 0)
            text += QLatin1Char('\n');
    }
    return text;
}

} // namespace

class TestPassageSimilarity : public QObject
{
    Q_OBJECT

private slots:
    void sentencesHaveExactOffsets_data();
    void sentencesHaveExactOffsets();
    void compare_data();
    void compare();
    void reorderedSentencesFindTheirPartners();
    void offsetsPointAtTheSentences();
    void shingleSizeAndMeasureMatter();
    void seedArticlesShareSomePassages();
    void twentyKilobyteArticlesCompareQuickly();
};

void TestPassageSimilarity::sentencesHaveExactOffsets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("two sentences") << QStringLiteral("Rubio arrived. Sheinbaum waited.")
                                   << QStringList { QStringLiteral("Rubio arrived."),
                                                    QStringLiteral("Sheinbaum waited.") };
    QTest::newRow("surrounding space trimmed")
        << QStringLiteral("  Talks began.   They ended late.  ")
        << QStringList { QStringLiteral("Talks began."), QStringLiteral("They ended late.") };
    QTest::newRow("heading on its own line")
        << QStringLiteral("Security talks in Mexico\nThe minister arrived on Monday.")
        << QStringList { QStringLiteral("Security talks in Mexico"),
                         QStringLiteral("The minister arrived on Monday.") };
    QTest::newRow("abbreviations do not end sentences")
        << QStringLiteral("U.S. officials met Sen. Rubio in the capital. Dr. Ruiz spoke.")
        << QStringList { QStringLiteral("U.S. officials met Sen. Rubio in the capital."),
                         QStringLiteral("Dr. Ruiz spoke.") };
    QTest::newRow("compound with a dotted acronym")
        << QStringLiteral("The focus is on the U.S.-Mexico partnership. It grows.")
        << QStringList { QStringLiteral("The focus is on the U.S.-Mexico partnership."), QStringLiteral("It grows.") };
    QTest::newRow("closing quote") << QStringLiteral("He said \"we agree.\" Talks went on.")
                                   << QStringList { QStringLiteral("He said \"we agree.\""),
                                                    QStringLiteral("Talks went on.") };
    QTest::newRow("question and exclamation")
        << QStringLiteral("Who met? Nobody knows! The end")
        << QStringList { QStringLiteral("Who met?"), QStringLiteral("Nobody knows!"), QStringLiteral("The end") };
    QTest::newRow("empty") << QString() << QStringList {};
    QTest::newRow("only space") << QStringLiteral(" \n \n") << QStringList {};
}

void TestPassageSimilarity::sentencesHaveExactOffsets()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QCOMPARE(sentenceTexts(text), expected);
}

void TestPassageSimilarity::compare_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("expectedA");
    QTest::addColumn<QString>("expectedB");
    QTest::addColumn<double>("minimumScore");

    QTest::newRow("identical sentence")
        << QStringLiteral("Marco Rubio met Claudia Sheinbaum in Mexico City on Thursday.")
        << QStringLiteral("The weather was fine. Marco Rubio met Claudia Sheinbaum in Mexico City on Thursday. "
                          "Then he left.")
        << QStringLiteral("Marco Rubio met Claudia Sheinbaum in Mexico City on Thursday.")
        << QStringLiteral("Marco Rubio met Claudia Sheinbaum in Mexico City on Thursday.") << 1.0;
    QTest::newRow("case and punctuation ignored")
        << QStringLiteral("The partnership is based on reciprocity, respect for sovereignty and mutual trust.")
        << QStringLiteral("THE PARTNERSHIP IS BASED ON RECIPROCITY; RESPECT FOR SOVEREIGNTY, AND MUTUAL TRUST!")
        << QStringLiteral("The partnership is based on reciprocity, respect for sovereignty and mutual trust.")
        << QStringLiteral("THE PARTNERSHIP IS BASED ON RECIPROCITY; RESPECT FOR SOVEREIGNTY, AND MUTUAL TRUST!") << 1.0;
    const QString meeting = QStringLiteral("Secretary of State Marco Rubio met President Claudia Sheinbaum in "
                                           "Mexico City on Thursday to discuss border security.");
    const QString reworded = QStringLiteral("On Thursday, Secretary of State Marco Rubio met President Claudia "
                                            "Sheinbaum in Mexico City to talk about border security.");
    QTest::newRow("paraphrase sharing most words") << meeting << reworded << meeting << reworded << 0.4;
    QTest::newRow("unrelated") << QStringLiteral("Rubio met Sheinbaum in Mexico City on Thursday.")
                               << QStringLiteral("Heavy rain flooded the harbour district overnight.") << QString()
                               << QString() << 0.0;
    QTest::newRow("same words, other order")
        << QStringLiteral("The minister met the president in the capital.")
        << QStringLiteral("In the capital the president met the minister.") << QString() << QString() << 0.0;
}

void TestPassageSimilarity::compare()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, expectedA);
    QFETCH(QString, expectedB);
    QFETCH(double, minimumScore);

    const QList<PassageMatch> matches = PassageSimilarity().compare(a, b);
    if (expectedA.isEmpty()) {
        QVERIFY2(matches.isEmpty(),
                 qPrintable(QStringLiteral("unexpected match with score %1").arg(matches.value(0).score)));
        return;
    }
    QCOMPARE(matches.size(), 1);
    const PassageMatch &match = matches.first();
    QCOMPARE(slice(a, match.aStart, match.aEnd), expectedA);
    QCOMPARE(slice(b, match.bStart, match.bEnd), expectedB);
    QVERIFY2(match.score >= minimumScore, qPrintable(QString::number(match.score)));
    QVERIFY(match.score <= 1.0);
}

void TestPassageSimilarity::reorderedSentencesFindTheirPartners()
{
    const QStringList sentences = {
        QStringLiteral("Rubio arrived in Mexico City on Wednesday evening."),
        QStringLiteral("Sheinbaum said Mexico would not accept foreign intervention."),
        QStringLiteral("The two governments agreed to share intelligence on cartels."),
    };
    const QString a = sentences.join(QLatin1Char(' '));
    const QString b = QStringList { sentences.at(2), sentences.at(0), sentences.at(1) }.join(QStringLiteral("\n"));

    const QList<PassageMatch> matches = PassageSimilarity().compare(a, b);
    QCOMPARE(matches.size(), 3);
    for (int i = 0; i < 3; ++i) {
        QCOMPARE(slice(a, matches.at(i).aStart, matches.at(i).aEnd), sentences.at(i));
        QCOMPARE(slice(b, matches.at(i).bStart, matches.at(i).bEnd), sentences.at(i));
        QCOMPARE(matches.at(i).score, 1.0);
    }
    // In the order of text a.
    QVERIFY(matches.at(0).aStart < matches.at(1).aStart && matches.at(1).aStart < matches.at(2).aStart);
}

void TestPassageSimilarity::offsetsPointAtTheSentences()
{
    // Accents, an emoji (two UTF-16 units) and a line break before the match.
    const QString a = QStringLiteral("Café talk 😀 first. "
                                     "La reunión en Palacio Nacional duró tres horas según fuentes oficiales.");
    const QString b = QStringLiteral("Titular\n\n"
                                     "La reunión en Palacio Nacional duró tres horas según fuentes oficiales. Fin.");
    const QList<PassageMatch> matches = PassageSimilarity().compare(a, b);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.first().aStart, int(a.indexOf(QStringLiteral("La reunión"))));
    QCOMPARE(matches.first().aEnd, int(a.size()));
    QCOMPARE(matches.first().bStart, int(b.indexOf(QStringLiteral("La reunión"))));
    QCOMPARE(matches.first().bEnd, int(b.indexOf(QStringLiteral(" Fin."))));
}

void TestPassageSimilarity::shingleSizeAndMeasureMatter()
{
    const QString quote = QStringLiteral("We will not accept intervention.");
    const QString longer = QStringLiteral("Sheinbaum told reporters on Monday that we will not accept intervention, "
                                          "whatever the pressure from Washington.");

    // The quote is a small part of the longer sentence: Jaccard misses it, containment finds it.
    QVERIFY(PassageSimilarity().compare(quote, longer).isEmpty());
    PassageSimilarity::Options containment;
    containment.measure = PassageSimilarity::Measure::Containment;
    containment.threshold = 0.6;
    const QList<PassageMatch> found = PassageSimilarity(containment).compare(quote, longer);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().score, 1.0);

    // Single words: the same words in another order are a match.
    PassageSimilarity::Options words;
    words.shingleSize = 1;
    words.threshold = 0.9;
    const QString minister = QStringLiteral("The minister met the president.");
    const QString president = QStringLiteral("The president met the minister.");
    QCOMPARE(PassageSimilarity(words).compare(minister, president).size(), 1);
}

void TestPassageSimilarity::seedArticlesShareSomePassages()
{
    const QString seeds = test::seedsDirectory();
    if (seeds.isEmpty())
        QSKIP("the seed articles are not beside the checkout");
    const QDir dir(seeds);
    const QStringList senator = dir.entryList({ QStringLiteral("002_*.txt") });
    const QStringList secretary = dir.entryList({ QStringLiteral("004_*.txt") });
    if (senator.isEmpty() || secretary.isEmpty())
        QSKIP("seed articles 002 and 004 are missing");
    const QString a = QString::fromUtf8(test::readFile(dir.filePath(senator.first())));
    const QString b = QString::fromUtf8(test::readFile(dir.filePath(secretary.first())));
    QVERIFY(!a.isEmpty() && !b.isEmpty());

    // Two reports of Rubio's trip written apart: no sentence is copied, so the close
    // matches compare mode marks are few.
    const int sentencesOfA = int(PassageSimilarity::sentences(a).size());
    const QList<PassageMatch> close = PassageSimilarity().compare(a, b);
    QVERIFY2(close.size() * 10 < sentencesOfA, qPrintable(QString::number(close.size())));

    // They do share passages: containment finds the sentences built around the same phrase.
    PassageSimilarity::Options options;
    options.measure = PassageSimilarity::Measure::Containment;
    options.threshold = 0.3;
    const QList<PassageMatch> shared = PassageSimilarity(options).compare(a, b);
    QVERIFY(!shared.isEmpty());
    QVERIFY(shared.size() < sentencesOfA);
    const QString phrase = QStringLiteral("between the U.S. and Mexico");
    bool phraseFound = false;
    for (const PassageMatch &match : shared) {
        QVERIFY(match.aStart >= 0 && match.aEnd <= a.size() && match.aStart < match.aEnd);
        QVERIFY(match.bStart >= 0 && match.bEnd <= b.size() && match.bStart < match.bEnd);
        QVERIFY(match.score >= options.threshold);
        // Offsets fall on sentence edges: no cut words, no white space kept.
        QVERIFY(!a.at(match.aStart).isSpace() && !a.at(match.aEnd - 1).isSpace());
        QVERIFY(match.aStart == 0 || !a.at(match.aStart - 1).isLetterOrNumber());
        QVERIFY(match.bEnd == b.size() || !b.at(match.bEnd).isLetterOrNumber());
        phraseFound = phraseFound
            || (slice(a, match.aStart, match.aEnd).contains(phrase)
                && slice(b, match.bStart, match.bEnd).contains(phrase));
    }
    QVERIFY(phraseFound);

    // Each text against itself matches every sentence with itself.
    const QList<PassageMatch> self = PassageSimilarity().compare(a, a);
    int identical = 0;
    for (const PassageMatch &match : self)
        identical += match.aStart == match.bStart && match.score == 1.0;
    QCOMPARE(identical, sentencesOfA);
}

void TestPassageSimilarity::twentyKilobyteArticlesCompareQuickly()
{
    // Two articles of `size` characters that share every 25th sentence.
    const auto pair = [](int size) {
        const QString a = syntheticArticle(1, size);
        QString b = syntheticArticle(2, size);
        const QList<PassageSimilarity::Span> spans = PassageSimilarity::sentences(a);
        for (int i = 0; i < spans.size(); i += 25)
            b += QLatin1Char(' ') + slice(a, spans.at(i).start, spans.at(i).end);
        return std::make_pair(a, b);
    };
    const auto [a, b] = pair(20 * 1024);
    const auto [longA, longB] = pair(80 * 1024);
    const QList<PassageSimilarity::Span> spans = PassageSimilarity::sentences(a);

    const PassageSimilarity similarity;
    QList<PassageMatch> matches;
    const double seconds = test::leastProcessorSeconds(5, [&] { matches = similarity.compare(a, b); });
    QVERIFY(matches.size() >= (spans.size() + 24) / 25);
    QList<PassageMatch> longMatches;
    const double longSeconds = test::leastProcessorSeconds(3, [&] { longMatches = similarity.compare(longA, longB); });
    qInfo("two 20 KB articles: %.2f ms, %lld matches; two 80 KB articles: %.2f ms (ratio %.1f)", seconds * 1e3,
          qlonglong(matches.size()), longSeconds * 1e3, longSeconds / seconds);
    QVERIFY(longMatches.size() >= 3 * matches.size());
    // A pairwise comparison of sentences costs sixteen times as much for four times the
    // text; an indexed one about four times.
    QVERIFY2(longSeconds <= 8 * seconds,
             qPrintable(QStringLiteral("%1 ms against %2 ms").arg(longSeconds * 1e3).arg(seconds * 1e3)));
}

QTEST_GUILESS_MAIN(TestPassageSimilarity)
#include "tst_passagesimilarity.moc"
