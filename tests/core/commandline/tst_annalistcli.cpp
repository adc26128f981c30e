// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The built annalist-cli program, run as a user or a script runs it: the acceptance
// scenario on the seed articles, a mixed import, and the storage benchmark.
class TestAnnalistCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void programsAnswerVersionAndHelp_data();
    void programsAnswerVersionAndHelp();
    void seedArticlesAreImportedAndSearchable();
    void mixedImportReportsEachBadFile();
    void storageBenchmarkPrintsItsTable();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Run cli(const QStringList &arguments, int timeoutMs = 60000) const;
    // "imported 3\t/path" lines: path -> source id.
    static QHash<QString, qint64> idsByPath(const QString &out, const QString &kind);
    static QJsonDocument json(const QString &text);

    QString m_program;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestAnnalistCli::initTestCase()
{
    m_program = test::binaryDirectory() + QStringLiteral("/annalist-cli");
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program + QStringLiteral(" is not built")));
}

void TestAnnalistCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAnnalistCli::cleanup()
{
    m_dir.reset();
}

TestAnnalistCli::Run TestAnnalistCli::cli(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setWorkingDirectory(m_dir->path());
    process.start(m_program, arguments);
    Run result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("annalist-cli did not finish: ") + process.errorString();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QHash<QString, qint64> TestAnnalistCli::idsByPath(const QString &out, const QString &kind)
{
    const QRegularExpression line(QStringLiteral("^") + kind + QStringLiteral(" (\\d+)\\t(.+)$"),
                                  QRegularExpression::MultilineOption);
    QHash<QString, qint64> ids;
    for (auto it = line.globalMatch(out); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        ids.insert(QFileInfo(match.captured(2)).absoluteFilePath(), match.captured(1).toLongLong());
    }
    return ids;
}

QJsonDocument TestAnnalistCli::json(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(text));
    return document;
}

void TestAnnalistCli::programsAnswerVersionAndHelp_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    // help2man makes the man pages from exactly these answers.
    QTest::newRow("annalist-cli --version") << QStringLiteral("annalist-cli") << QStringLiteral("--version")
                                            << QStringLiteral("^annalist-cli \\d+\\.\\d+\\.\\d+\\n$");
    QTest::newRow("annalist-cli --help") << QStringLiteral("annalist-cli") << QStringLiteral("--help")
                                         << QStringLiteral("^Usage: annalist-cli COMMAND.*--version");
    QTest::newRow("annalist --version") << QStringLiteral("annalist") << QStringLiteral("--version")
                                        << QStringLiteral("^Annalist \\d+\\.\\d+\\.\\d+\\n$");
    QTest::newRow("annalist --help") << QStringLiteral("annalist") << QStringLiteral("--help")
                                     << QStringLiteral("^Usage: \\S*annalist \\[options\\] project.*--version");
}

void TestAnnalistCli::programsAnswerVersionAndHelp()
{
    QFETCH(QString, program);
    QFETCH(QString, option);
    QFETCH(QString, expected);
    const QString path = test::binaryDirectory() + QLatin1Char('/') + program;
    if (!QFileInfo(path).isExecutable())
        QSKIP(qPrintable(program + QStringLiteral(" is not built")));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.start(path, { option });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(QRegularExpression(expected, QRegularExpression::DotMatchesEverythingOption).match(out).hasMatch(),
             qPrintable(out));
}

void TestAnnalistCli::seedArticlesAreImportedAndSearchable()
{
    const QString seeds = test::seedsDirectory();
    if (seeds.isEmpty())
        QSKIP("the shared seed articles are not beside this checkout");
    const QFileInfoList seedFiles = QDir(seeds).entryInfoList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    QCOMPARE(seedFiles.size(), 5);

    Run result = cli({ QStringLiteral("new"), QStringLiteral("p.annalist") });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QVERIFY(QFileInfo::exists(m_dir->filePath(QStringLiteral("p.annalist"))));

    result = cli({ QStringLiteral("import"), QStringLiteral("p.annalist"), seeds });
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out.count(QRegularExpression(QStringLiteral("^imported "), QRegularExpression::MultilineOption)),
             5);
    QVERIFY(result.out.endsWith(QStringLiteral("Imported 5, duplicates 0, failed 0\n")));
    const QHash<QString, qint64> ids = idsByPath(result.out, QStringLiteral("imported"));
    QCOMPARE(ids.size(), 5);
    QHash<qint64, QString> pathsById;
    QHash<QString, QString> texts;
    for (const QFileInfo &file : seedFiles) {
        QVERIFY2(ids.contains(file.absoluteFilePath()), qPrintable(file.absoluteFilePath()));
        pathsById.insert(ids.value(file.absoluteFilePath()), file.absoluteFilePath());
        texts.insert(file.absoluteFilePath(), QString::fromUtf8(test::readFile(file.absoluteFilePath())));
    }

    // The expected hits come from the files themselves, not from remembered ids.
    const auto filesContaining = [&texts](const QString &word) {
        QSet<QString> files;
        for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
            if (it.value().contains(word, Qt::CaseInsensitive))
                files.insert(it.key());
        }
        return files;
    };
    const auto filesFound = [this, &pathsById](const QString &word) {
        const Run search
            = cli({ QStringLiteral("search"), QStringLiteral("p.annalist"), word, QStringLiteral("--json") });
        QSet<QString> files;
        if (search.exitCode != 0 || !search.err.isEmpty()) {
            files.insert(QStringLiteral("error: ") + search.err);
            return files;
        }
        for (const QJsonValue &hit : json(search.out).array())
            files.insert(pathsById.value(hit.toObject().value(QStringLiteral("sourceId")).toInteger(),
                                         QStringLiteral("unknown id")));
        return files;
    };
    const QSet<QString> fentanyl = filesContaining(QStringLiteral("fentanyl"));
    QCOMPARE(fentanyl.size(), 2);
    QCOMPARE(filesFound(QStringLiteral("fentanyl")), fentanyl);
    const QSet<QString> sheinbaum = filesContaining(QStringLiteral("Sheinbaum"));
    QCOMPARE(sheinbaum.size(), 4);
    QCOMPARE(filesFound(QStringLiteral("Sheinbaum")), sheinbaum);

    result = cli({ QStringLiteral("list"), QStringLiteral("p.annalist"), QStringLiteral("--json") });
    QCOMPARE(result.exitCode, 0);
    const QJsonArray sources = json(result.out).array();
    QCOMPARE(sources.size(), 5);
    for (const QJsonValue &value : sources) {
        const QJsonObject source = value.toObject();
        const QString path = pathsById.value(source.value(QStringLiteral("id")).toInteger());
        QVERIFY(!path.isEmpty());
        const QString firstLine = texts.value(path).section(u'\n', 0, 0).trimmed();
        QCOMPARE(source.value(QStringLiteral("title")).toString(), firstLine);
        // None of the seed articles states when it was published.
        QVERIFY2(source.value(QStringLiteral("published")).isNull(), qPrintable(firstLine));
    }

    const QString again = seedFiles.first().absoluteFilePath();
    result = cli({ QStringLiteral("import"), QStringLiteral("p.annalist"), again });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QHash<QString, qint64> duplicates = idsByPath(result.out, QStringLiteral("duplicate"));
    QCOMPARE(duplicates.size(), 1);
    QCOMPARE(duplicates.value(again), ids.value(again));
    QVERIFY(result.out.endsWith(QStringLiteral("Imported 0, duplicates 1, failed 0\n")));

    result = cli({ QStringLiteral("info"), QStringLiteral("p.annalist"), QStringLiteral("--json") });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(json(result.out).object().value(QStringLiteral("sources")).toInteger(), qint64(5));
}

void TestAnnalistCli::mixedImportReportsEachBadFile()
{
    QCOMPARE(cli({ QStringLiteral("new"), QStringLiteral("p.annalist") }).exitCode, 0);
    const QString good = m_dir->filePath(QStringLiteral("good.txt"));
    const QString binary = m_dir->filePath(QStringLiteral("picture.txt"));
    const QString missing = m_dir->filePath(QStringLiteral("never-written.txt"));
    QVERIFY(test::writeFile(good, "Harbour brief\nThe audit began in March.\n"));
    QByteArray picture("\x89PNG\r\n\x1A\n", 8);
    for (int i = 0; i < 2048; ++i)
        picture.append(char(i * 31));
    QVERIFY(test::writeFile(binary, picture));

    const Run result = cli({ QStringLiteral("import"), QStringLiteral("p.annalist"), good, binary, missing });
    QCOMPARE(result.exitCode, 2);
    const QHash<QString, qint64> imported = idsByPath(result.out, QStringLiteral("imported"));
    QCOMPARE(imported.size(), 1);
    QVERIFY(imported.contains(good));
    QVERIFY2(result.out.endsWith(QStringLiteral("Imported 1, duplicates 0, failed 2\n")), qPrintable(result.out));

    // One line per bad file, each naming its file and nothing else of the import.
    QVERIFY2(result.err.endsWith(u'\n'), qPrintable(result.err));
    const QStringList lines = result.err.chopped(1).split(u'\n');
    QCOMPARE(lines.size(), 2);
    const auto lineFor = [&lines](const QString &path) {
        QStringList found;
        for (const QString &line : lines) {
            if (line.contains(path))
                found << line;
        }
        return found;
    };
    const QStringList binaryLines = lineFor(binary);
    const QStringList missingLines = lineFor(missing);
    QCOMPARE(binaryLines.size(), 1);
    QCOMPARE(missingLines.size(), 1);
    QVERIFY(binaryLines.first().startsWith(QStringLiteral("annalist-cli: ")));
    QVERIFY2(binaryLines.first().contains(QStringLiteral("binary")), qPrintable(binaryLines.first()));
    QVERIFY(missingLines.first().startsWith(QStringLiteral("annalist-cli: ")));
    QVERIFY2(missingLines.first().contains(QStringLiteral("no such file")), qPrintable(missingLines.first()));
    QVERIFY(!result.err.contains(good));

    const Run list = cli({ QStringLiteral("list"), QStringLiteral("p.annalist"), QStringLiteral("--json") });
    QCOMPARE(list.exitCode, 0);
    const QJsonArray sources = json(list.out).array();
    QCOMPARE(sources.size(), 1);
    QCOMPARE(sources.first().toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Harbour brief"));
}

void TestAnnalistCli::storageBenchmarkPrintsItsTable()
{
    const Run result = cli({ QStringLiteral("bench"), QStringLiteral("storage"), QStringLiteral("--articles"),
                             QStringLiteral("200"), QStringLiteral("--queries"), QStringLiteral("20") },
                           240000);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.err, QString());
    const QStringList labels = {
        QStringLiteral("Ratio Annalist / sqlite3"),
        QStringLiteral("Search latency p95"),
        QStringLiteral("Project open time"),
        QStringLiteral("Peak RSS"),
    };
    for (const QString &label : labels) {
        // "| Label ... |   value with a number |"
        const QRegularExpression row(QStringLiteral("^\\| ") + QRegularExpression::escape(label)
                                         + QStringLiteral("[^|\\n]*\\| +[^|\\n]*\\d[^|\\n]* \\|$"),
                                     QRegularExpression::MultilineOption);
        QVERIFY2(row.match(result.out).hasMatch(), qPrintable(label + QStringLiteral(" missing from:\n") + result.out));
    }
}

QTEST_GUILESS_MAIN(TestAnnalistCli)
#include "tst_annalistcli.moc"
