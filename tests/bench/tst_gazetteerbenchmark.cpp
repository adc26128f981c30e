// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GazetteerBenchmark.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace annalist;

class TestGazetteerBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void smallRun();
};

void TestGazetteerBenchmark::smallRun()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    QString output;
    QString errors;
    QTextStream out(&output);
    QTextStream err(&errors);
    GazetteerBenchmark benchmark(out, err);
    QVERIFY2(benchmark.run(1, directory.path()), qPrintable(errors));
    out.flush();
    QVERIFY2(output.contains(QStringLiteral("Gazetteer, per core")), qPrintable(output));
    QVERIFY(output.contains(QStringLiteral("Peak memory (RSS)")));
    const QRegularExpressionMatch matches
        = QRegularExpression(QStringLiteral("\\| Matches +\\| +(\\d+) \\|")).match(output);
    QVERIFY2(matches.hasMatch(), qPrintable(output));
    QVERIFY(matches.captured(1).toInt() > 1000);
    // The text and the name list grep read stay in the work folder.
    QVERIFY(QFileInfo(QDir(directory.path()).filePath(QStringLiteral("text.txt"))).size() >= 1000 * 1000);
    QVERIFY(QFileInfo(QDir(directory.path()).filePath(QStringLiteral("names.txt"))).size() > 0);
}

QTEST_GUILESS_MAIN(TestGazetteerBenchmark)
#include "tst_gazetteerbenchmark.moc"
