// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyBenchmark.h"
#include "SyntheticChronology.h"
#include "chronology/ChronologyLoader.h"
#include "storage/Project.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace annalist;

// `bench chronology` kept working on a small project; its timings are not checked here.
class TestChronologyBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void fillsAProjectWithWhatTheChronologyReads_data();
    void fillsAProjectWithWhatTheChronologyReads();
    void smallRun();
};

void TestChronologyBenchmark::fillsAProjectWithWhatTheChronologyReads_data()
{
    QTest::addColumn<int>("events");
    QTest::addColumn<int>("evidence");
    QTest::newRow("three passages an event") << 200 << 600;
    QTest::newRow("more events than passages") << 50 << 20;
    QTest::newRow("no passages") << 10 << 0;
}

void TestChronologyBenchmark::fillsAProjectWithWhatTheChronologyReads()
{
    QFETCH(int, events);
    QFETCH(int, evidence);
    QTemporaryDir directory;
    auto project = Project::create(directory.filePath(QStringLiteral("synthetic.annalist")));
    QVERIFY(project);
    const auto counts = SyntheticChronology().fill(**project, events, evidence);
    QVERIFY2(counts, qPrintable(counts ? QString() : counts.error().message));
    QCOMPARE(counts->events, events);
    QCOMPARE(counts->evidence, evidence);
    QCOMPARE(counts->sources, (evidence + 29) / 30);
    QCOMPARE(counts->mentions, 3 * evidence);

    const auto entries = ChronologyLoader(**project).load();
    QVERIFY(entries);
    QCOMPARE(entries->size(), events);
    int passages = 0;
    int withClaims = 0;
    int conflicting = 0;
    for (const ChronologyEntry &entry : *entries) {
        passages += static_cast<int>(entry.evidence.size());
        for (const EvidenceItem &item : entry.evidence)
            withClaims += item.claimedPeople.size() == 2 && item.claimedPlaces.size() == 1 ? 1 : 0;
        conflicting += entry.hasConflict() ? 1 : 0;
    }
    QCOMPARE(passages, evidence);
    // Every passage names its event's two people and place.
    QCOMPARE(withClaims, evidence);
    if (evidence >= 3 * events)
        QVERIFY(conflicting > 0);
}

void TestChronologyBenchmark::smallRun()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QString output;
    QString errors;
    QTextStream out(&output);
    QTextStream err(&errors);
    ChronologyBenchmark benchmark(out, err);
    QVERIFY2(benchmark.run(200, 600, directory.path()), qPrintable(errors));
    out.flush();
    QVERIFY2(output.contains(QStringLiteral("Chronology benchmark: 200 events, 600 passages in 20 sources")),
             qPrintable(output));
    for (const QString &measure :
         { QStringLiteral("Load + setEntries"), QStringLiteral("ChronologyLoader::loadOne"),
           QStringLiteral("Filter: words"), QStringLiteral("Filter: entity"), QStringLiteral("Filter cleared") }) {
        const QRegularExpression row(
            QStringLiteral("\\| %1.*\\| +[0-9.]+ ms \\| +[0-9.]+ ms \\|").arg(QRegularExpression::escape(measure)));
        QVERIFY2(row.match(output).hasMatch(), qPrintable(measure + u'\n' + output));
    }
    QVERIFY(QFileInfo(QDir(directory.path()).filePath(QStringLiteral("chronology.annalist"))).size() > 0);
    // A second run in the same folder starts afresh.
    QVERIFY2(benchmark.run(20, 60, directory.path()), qPrintable(errors));
}

QTEST_GUILESS_MAIN(TestChronologyBenchmark)
#include "tst_chronologybenchmark.moc"
