// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "commandline/CommandLineTool.h"
#include "evaluation/TimeMlDocument.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace annalist;

// `annalist-cli evaluate --timeml DIR` in-process: the table and JSON on the
// development files, files written for a standard scorer, and errors that name the
// file and line at fault.
class TestEvaluateCommand : public QObject
{
    Q_OBJECT

private slots:
    void developmentTable();
    void developmentJsonAndSystemFiles();
    void malformedFile();
    void usageAndInputErrors_data();
    void usageAndInputErrors();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments);
    static QString developmentDirectory();
};

namespace {

const QByteArray goodFile
    = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DOCID>GOOD</DOCID>\n"
      "<DCT><TIMEX3 tid=\"t0\" type=\"DATE\" value=\"1997-04-01\">April 1, 1997</TIMEX3></DCT>\n"
      "<TEXT>\nShares fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1997-04-01\">Tuesday</TIMEX3>.\n</TEXT>\n"
      "</TimeML>\n";
// Line 5 closes a TIMEX3 with </EVENT>.
const QByteArray badFile
    = "<?xml version=\"1.0\" ?>\n<TimeML>\n<DCT></DCT>\n<TEXT>\n"
      "Shares fell <TIMEX3 tid=\"t1\" type=\"DATE\" value=\"1997\">1997</EVENT>.\n</TEXT>\n</TimeML>\n";

} // namespace

TestEvaluateCommand::Run TestEvaluateCommand::run(const QStringList &arguments)
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

QString TestEvaluateCommand::developmentDirectory()
{
    const QString shared = test::sharedDirectory();
    const QString directory = shared + QStringLiteral("/data/timeml-dev");
    return !shared.isEmpty() && QDir(directory).exists() ? directory : QString();
}

void TestEvaluateCommand::developmentTable()
{
    const QString directory = developmentDirectory();
    if (directory.isEmpty())
        QSKIP("../shared/data/timeml-dev is not there");
    const Run result = run({ QStringLiteral("evaluate"), QStringLiteral("--timeml"), directory });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
    QVERIFY(result.out.contains(QStringLiteral("strict")));
    QVERIFY(result.out.contains(QStringLiteral("relaxed")));
    QVERIFY(result.out.contains(QStringLiteral("Overall (micro-averaged)")));
    QVERIFY(result.out.contains(QStringLiteral("WSJ.tml")));
}

void TestEvaluateCommand::developmentJsonAndSystemFiles()
{
    const QString directory = developmentDirectory();
    if (directory.isEmpty())
        QSKIP("../shared/data/timeml-dev is not there");
    QTemporaryDir output;
    QVERIFY(output.isValid());
    const QString systemDirectory = output.filePath(QStringLiteral("system"));
    const Run result = run({ QStringLiteral("evaluate"), QStringLiteral("--timeml"), directory,
                             QStringLiteral("--json"), QStringLiteral("--system-out"), systemDirectory });
    QCOMPARE(result.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(result.out.toUtf8()).object();
    const QJsonObject overall = json.value(QStringLiteral("overall")).toObject();
    const QJsonArray documents = json.value(QStringLiteral("documents")).toArray();
    const QStringList inputs = QDir(directory).entryList({ QStringLiteral("*.tml") }, QDir::Files, QDir::Name);
    QCOMPARE(documents.size(), inputs.size());
    QCOMPARE(overall.value(QStringLiteral("documents")).toInt(), int(inputs.size()));

    int gold = 0;
    for (const QJsonValue &value : documents) {
        const QJsonObject document = value.toObject();
        gold += document.value(QStringLiteral("gold")).toInt();
        const QString name = document.value(QStringLiteral("file")).toString();
        // The system file parses back, with the same text and the system's expressions.
        const auto original = TimeMlDocument::read(QDir(directory).filePath(name));
        const auto written = TimeMlDocument::read(QDir(systemDirectory).filePath(name));
        QVERIFY2(original && written, qPrintable(name));
        QCOMPARE(written->text(), original->text());
        QCOMPARE(written->creationValue(), original->creationValue());
        QCOMPARE(int(written->timexes().size()), document.value(QStringLiteral("system")).toInt());
    }
    QCOMPARE(overall.value(QStringLiteral("gold")).toInt(), gold);
    // The development set is small; these floors guard against regressions only.
    const double relaxedF1 = overall.value(QStringLiteral("relaxed")).toObject().value(QStringLiteral("f1")).toDouble();
    const double valueF1 = overall.value(QStringLiteral("value")).toObject().value(QStringLiteral("f1")).toDouble();
    QVERIFY2(relaxedF1 >= 0.85, qPrintable(QString::number(relaxedF1)));
    QVERIFY2(valueF1 >= 0.70, qPrintable(QString::number(valueF1)));
}

void TestEvaluateCommand::malformedFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(test::writeFile(dir.filePath(QStringLiteral("a-good.tml")), goodFile));
    QVERIFY(test::writeFile(dir.filePath(QStringLiteral("b-bad.tml")), badFile));
    const Run result = run({ QStringLiteral("evaluate"), QStringLiteral("--timeml"), dir.path() });
    QCOMPARE(result.exitCode, int(CommandLineTool::InputError));
    QVERIFY2(result.err.startsWith(QStringLiteral("annalist-cli: ") + dir.filePath(QStringLiteral("b-bad.tml"))
                                   + QStringLiteral(":5: ")),
             qPrintable(result.err));
    QCOMPARE(result.err.count(u'\n'), 1);
}

void TestEvaluateCommand::usageAndInputErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    const int usage = CommandLineTool::UsageError;
    const int input = CommandLineTool::InputError;
    QTest::newRow("no --timeml") << QStringList { QStringLiteral("evaluate") } << usage
                                 << QStringLiteral("evaluate takes --timeml DIR");
    QTest::newRow("--timeml without value") << QStringList { QStringLiteral("evaluate"), QStringLiteral("--timeml") }
                                            << usage << QStringLiteral("--timeml needs a value");
    QTest::newRow("extra word") << QStringList { QStringLiteral("evaluate"), QStringLiteral("x"),
                                                 QStringLiteral("--timeml"), QStringLiteral("{dir}") }
                                << usage << QStringLiteral("evaluate takes --timeml DIR");
    QTest::newRow("missing folder") << QStringList { QStringLiteral("evaluate"), QStringLiteral("--timeml"),
                                                     QStringLiteral("{dir}/none") }
                                    << input << QStringLiteral("none: no such folder");
    QTest::newRow("no tml files") << QStringList { QStringLiteral("evaluate"), QStringLiteral("--timeml"),
                                                   QStringLiteral("{dir}") }
                                  << input << QStringLiteral(": no .tml files");
}

void TestEvaluateCommand::usageAndInputErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (QString &argument : arguments)
        argument.replace(QStringLiteral("{dir}"), dir.path());
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2(result.err.startsWith(QStringLiteral("annalist-cli: ")), qPrintable(result.err));
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(result.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestEvaluateCommand)
#include "tst_evaluatecommand.moc"
