// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportBenchmark.h"
#include "export/ExportFormat.h"

#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace annalist;

// `bench export` kept working on a small project; its timings are not checked here.
class TestExportBenchmark : public QObject
{
    Q_OBJECT

private slots:
    void exportsEveryFormatAndReportsIt();
};

void TestExportBenchmark::exportsEveryFormatAndReportsIt()
{
    QTemporaryDir work;
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    ExportBenchmark benchmark(outStream, errStream);
    QVERIFY(benchmark.run(40, 120, work.path()));
    outStream.flush();
    errStream.flush();
    QVERIFY2(err.isEmpty(), qPrintable(err));
    QVERIFY2(out.contains(QStringLiteral("40 events, 120 passages from 4 sources")), qPrintable(out));
    for (ExportFormat format : ExportFormats::all()) {
        // One row a format: time, peak memory and output size.
        const QRegularExpression row(QStringLiteral("^\\| %1 +\\| +\\d+\\.\\d\\d s \\| +\\d+\\.\\d MB \\| .+\\|$")
                                         .arg(QRegularExpression::escape(ExportFormats::name(format))),
                                     QRegularExpression::MultilineOption);
        QVERIFY2(row.match(out).hasMatch(), qPrintable(ExportFormats::name(format) + u'\n' + out));
        const QString file = work.filePath(
            QStringLiteral("export.")
            + (ExportFormats::writesFolder(format) ? QStringLiteral("brat") : ExportFormats::suffix(format)));
        QVERIFY2(QFileInfo::exists(file), qPrintable(file));
    }
    QVERIFY(out.contains(QRegularExpression(QStringLiteral("\\| pdf +\\| .* \\d+ p\\., "))));
    QCOMPARE(QDir(work.filePath(QStringLiteral("export.brat"))).entryList(QDir::Files).size(), 4 * 2 + 1);
}

QTEST_MAIN(TestExportBenchmark)
#include "tst_exportbenchmark.moc"
