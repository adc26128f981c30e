// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/ProjectAnalyzer.h"
#include "ingest/ImportOutcome.h"
#include "ingest/SourceImporter.h"
#include "storage/Project.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include <ctime>

using namespace annalist;

// The analysis of one long source costs the same per character as a short one: a
// source ten times longer may take at most ten times as long (the ratio test;
// a stage that searches to the end of the text for every word fails it by far).
class TestLongSourceAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void tenTimesLongerTakesAtMostTenTimesLonger_data();
    void tenTimesLongerTakesAtMostTenTimesLonger();

private:
    double secondsToAnalyse(const QString &text);
};

namespace {

enum class Kind { News, LowerCaseRun, CapitalisedRun };

// About `bytes` characters of reproducible text of the kind.
QString generate(Kind kind, qsizetype bytes)
{
    static const QStringList names = { QStringLiteral("Maria Ortega"),
                                       QStringLiteral("the Port Authority"),
                                       QStringLiteral("President Alvarez"),
                                       QStringLiteral("Veracruz"),
                                       QStringLiteral("Mexico City"),
                                       QStringLiteral("Carlos Mendez"),
                                       QStringLiteral("the Ministry of Transport") };
    static const QStringList times
        = { QStringLiteral("on Tuesday"),   QStringLiteral("last week"),     QStringLiteral("on 3 March 2025"),
            QStringLiteral("in September"), QStringLiteral("two years ago"), QStringLiteral("by the end of 2026") };
    static const QStringList words
        = { QStringLiteral("concession"), QStringLiteral("officials"), QStringLiteral("terminal"),
            QStringLiteral("contract"),   QStringLiteral("reporters"), QStringLiteral("statement"),
            QStringLiteral("harbour"),    QStringLiteral("investors") };
    QRandomGenerator random(20261207);
    const auto pick = [&random](const QStringList &list) {
        return list.at(random.bounded(int(list.size())));
    };
    QString text;
    text.reserve(bytes + 200);
    int sentences = 0;
    while (text.size() < bytes) {
        switch (kind) {
        case Kind::News:
            text += pick(names) + QStringLiteral(" said the ") + pick(words) + QStringLiteral(" would be signed ")
                + pick(times) + QStringLiteral(", according to ") + pick(names) + QStringLiteral(". ");
            if (++sentences % 6 == 0)
                text += QStringLiteral("\n\n");
            break;
        case Kind::LowerCaseRun:
            // One line of long lower-case words and not a hyphen anywhere.
            text += pick(words) + u' ';
            break;
        case Kind::CapitalisedRun:
            // One line of capitalised words: a name candidate at every step.
            text += pick(names) + u' ' + pick(words).toUpper().left(1) + pick(words).mid(1) + u' ';
            break;
        }
    }
    return text;
}

} // namespace

double TestLongSourceAnalysis::secondsToAnalyse(const QString &text)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        return -1;
    auto project = Project::create(dir.filePath(QStringLiteral("long.annalist")));
    if (!project)
        return -1;
    const ImportOutcome outcome = SourceImporter(**project).importText(text, QStringLiteral("Long source"));
    if (outcome.kind != ImportOutcome::Kind::Imported)
        return -1;
    // Processor time, not the clock on the wall: what the analysis costs, whatever else
    // the machine runs meanwhile (tests run side by side).
    const auto processorSeconds = [] {
        timespec now {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
        return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
    };
    const double started = processorSeconds();
    ProjectAnalyzer analyzer(**project);
    const auto summary = analyzer.analyze({ outcome.sourceId });
    if (!summary || summary->sourcesAnalyzed != 1)
        return -1;
    return processorSeconds() - started;
}

void TestLongSourceAnalysis::tenTimesLongerTakesAtMostTenTimesLonger_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("news paragraphs") << int(Kind::News);
    QTest::newRow("one line of lower-case words without a hyphen") << int(Kind::LowerCaseRun);
    QTest::newRow("one line of capitalised words") << int(Kind::CapitalisedRun);
}

void TestLongSourceAnalysis::tenTimesLongerTakesAtMostTenTimesLonger()
{
    QFETCH(int, kind);
    // The lesser of two runs of each: what other work on the machine adds (caches shared
    // with parallel tests) does not decide the result.
    const auto leastOfTwo = [this](const QString &text) {
        const double first = secondsToAnalyse(text);
        const double second = secondsToAnalyse(text);
        return first < 0 || second < 0 ? -1.0 : std::min(first, second);
    };
    const double shortSeconds = leastOfTwo(generate(Kind(kind), 400 * 1000));
    QVERIFY2(shortSeconds > 0, "the 400 KB source could not be imported and analysed");
    const double longSeconds = leastOfTwo(generate(Kind(kind), 4000 * 1000));
    QVERIFY2(longSeconds > 0, "the 4 MB source could not be imported and analysed");
    qInfo("400 KB: %.2f s, 4 MB: %.2f s, ratio %.1f", shortSeconds, longSeconds, longSeconds / shortSeconds);
    QVERIFY2(longSeconds <= 10 * shortSeconds,
             qPrintable(QStringLiteral("4 MB took %1 s, more than ten times the %2 s of 400 KB")
                            .arg(longSeconds, 0, 'f', 2)
                            .arg(shortSeconds, 0, 'f', 2)));
}

QTEST_GUILESS_MAIN(TestLongSourceAnalysis)
#include "tst_longsourceanalysis.moc"
