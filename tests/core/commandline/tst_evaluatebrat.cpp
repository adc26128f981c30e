// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "commandline/CommandLineTool.h"
#include "evaluation/BratEvaluation.h"
#include "import/BratDocument.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace annalist;

// `annalist-cli evaluate --brat DIR` in-process on the hand-annotated documents of
// tests/data/brat: the table, the JSON, system files that read back, and errors.
class TestEvaluateBrat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void table();
    void jsonAndSystemFiles();
    void malformedAnnotation();
    void errors_data();
    void errors();
    void usageMentionsBrat();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments);
    QString m_gold;
};

TestEvaluateBrat::Run TestEvaluateBrat::run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    CommandLineTool tool(out, err);
    result.exitCode = tool.run(arguments);
    out.flush();
    err.flush();
    return result;
}

void TestEvaluateBrat::initTestCase()
{
    m_gold = test::testsSourcePath(QStringLiteral("data/brat"));
    if (!QFileInfo(m_gold).isDir())
        m_gold.clear();
    QVERIFY2(!m_gold.isEmpty(), "tests/data/brat not found");
    QCOMPARE(BratEvaluation::bratFiles(m_gold).size(), 4);
}

void TestEvaluateBrat::table()
{
    const Run result = run({ QStringLiteral("evaluate"), QStringLiteral("--brat"), m_gold });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.startsWith(QStringLiteral("4 documents\n")));
    for (const char *type : { "Person ", "Organisation ", "Place ", "Title ", "All " }) {
        QVERIFY2(result.out.contains(QLatin1String(type)), type);
    }
    QVERIFY(result.out.contains(QStringLiteral("exact")));
    QVERIFY(result.out.contains(QStringLiteral("overlap")));
    if (qEnvironmentVariableIsSet("ANNALIST_NAMES_DUMP"))
        qInfo().noquote() << result.out;
}

void TestEvaluateBrat::jsonAndSystemFiles()
{
    QTemporaryDir output;
    QVERIFY(output.isValid());
    const QString systemDirectory = output.filePath(QStringLiteral("system"));
    const Run result = run({ QStringLiteral("evaluate"), QStringLiteral("--brat"), m_gold, QStringLiteral("--json"),
                             QStringLiteral("--system-out"), systemDirectory });
    QCOMPARE(result.exitCode, 0);
    QJsonParseError parseError;
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(json.value(QStringLiteral("documents")).toArray().size(), 4);
    const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
    const QJsonObject overlap = overall.value(QStringLiteral("overlap")).toObject();
    const QJsonObject exact = overall.value(QStringLiteral("exact")).toObject();
    QVERIFY(overlap.value(QStringLiteral("f1")).toDouble() >= exact.value(QStringLiteral("f1")).toDouble());
    // A floor well below the current figures: a regression in the rules shows up here.
    QVERIFY(overlap.value(QStringLiteral("f1")).toDouble() > 0.7);
    const QJsonObject types = json.value(QStringLiteral("types")).toObject();
    for (const char *type : { "Person", "Organisation", "Place", "Title" }) {
        const QJsonObject counts
            = types.value(QLatin1String(type)).toObject().value(QStringLiteral("overlap")).toObject();
        QVERIFY2(counts.value(QStringLiteral("tp")).toInt() > 0, type);
    }

    // The system files read back, and scoring them as gold against themselves is perfect.
    const QStringList systemFiles = BratEvaluation::bratFiles(systemDirectory);
    QCOMPARE(systemFiles.size(), 4);
    int systemEntities = 0;
    for (const QString &file : systemFiles) {
        const auto document = BratDocument::load(file);
        QVERIFY2(document, document ? "" : qPrintable(document.error().message()));
        const auto gold = BratDocument::load(QDir(m_gold).filePath(QFileInfo(file).fileName()));
        QVERIFY(gold);
        QCOMPARE(document->text, gold->text);
        systemEntities += int(document->entities.size());
    }
    QCOMPARE(systemEntities, overlap.value(QStringLiteral("tp")).toInt() + overlap.value(QStringLiteral("fp")).toInt());
}

void TestEvaluateBrat::malformedAnnotation()
{
    QTemporaryDir directory;
    QVERIFY(test::writeFile(directory.filePath(QStringLiteral("a.txt")), "Senator Marco Rubio spoke."));
    QVERIFY(test::writeFile(directory.filePath(QStringLiteral("a.ann")),
                            "T1\tTitle 0 7\tSenator\nT2\tPerson 8 19\tMarco Rubio\nT3\tPerson eight\tMarco\n"));
    const Run result = run({ QStringLiteral("evaluate"), QStringLiteral("--brat"), directory.path() });
    QCOMPARE(result.exitCode, 2);
    QCOMPARE(result.err,
             QStringLiteral("annalist-cli: %1:3: bad span 'eight'\n").arg(directory.filePath(QStringLiteral("a.ann"))));
    QVERIFY(result.out.isEmpty());
}

void TestEvaluateBrat::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("missing folder") << QStringList(
        { QStringLiteral("evaluate"), QStringLiteral("--brat"), QStringLiteral("/nonexistent/brat") })
                                    << 2;
    QTest::newRow("both corpora") << QStringList(
        { QStringLiteral("evaluate"), QStringLiteral("--brat"), QStringLiteral("."), QStringLiteral("--timeml"),
          QStringLiteral(".") }) << 1;
    QTest::newRow("extra word") << QStringList(
        { QStringLiteral("evaluate"), QStringLiteral("extra"), QStringLiteral("--brat"), QStringLiteral(".") })
                                << 1;
}

void TestEvaluateBrat::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY(result.err.startsWith(QStringLiteral("annalist-cli: ")));
}

void TestEvaluateBrat::usageMentionsBrat()
{
    QVERIFY(CommandLineTool::usage().contains(QStringLiteral("evaluate --brat DIR")));
    QTemporaryDir empty;
    const Run result = run({ QStringLiteral("evaluate"), QStringLiteral("--brat"), empty.path() });
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.err.contains(QStringLiteral("no .txt files")));
}

QTEST_GUILESS_MAIN(TestEvaluateBrat)
#include "tst_evaluatebrat.moc"
