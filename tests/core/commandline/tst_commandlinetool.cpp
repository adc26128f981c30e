// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BenchCommand.h"
#include "TestData.h"
#include "commandline/CommandLineTool.h"
#include "ingest/SourceImporter.h"
#include "model/TimeValueText.h"
#include "storage/Project.h"
#include "storage/SchemaMigrations.h"
#include "storage/SourceRepository.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QTimeZone>

using namespace annalist;

Q_DECLARE_METATYPE(annalist::TimeValue)

// annalist-cli's commands run in-process: exit codes, one-line errors that name the
// file at fault, and JSON output that scripts can rely on.
class TestCommandLineTool : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void errorsAndHelp_data();
    void errorsAndHelp();
    void newImportListShowSearchInfo();
    void listLinesUpTheTitles_data();
    void listLinesUpTheTitles();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    static Run run(const QStringList &arguments);
    QString expand(const QString &argument) const;
    static QJsonDocument json(const Run &result);

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCommandLineTool::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    QVERIFY(Project::create(m_dir->filePath(QStringLiteral("case.annalist"))));
    QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("notes.txt")), "Not a project, just notes.\n"));
    QVERIFY(test::writeFile(m_dir->filePath(QStringLiteral("brief.txt")), "Harbour brief\nThe audit began.\n"));
}

void TestCommandLineTool::cleanup()
{
    m_dir.reset();
}

void TestCommandLineTool::listLinesUpTheTitles_data()
{
    QTest::addColumn<TimeValue>("published");
    QTest::newRow("a day") << TimeValue::day(QDate(2025, 1, 20));
    TimeValue span = TimeValue::between(QDateTime(QDate(2024, 6, 2), QTime(0, 0), QTimeZone::utc()),
                                        QDateTime(QDate(2024, 9, 30), QTime(23, 59, 59), QTimeZone::utc()));
    span.setQualifier(TimeValue::Qualifier::Uncertain);
    QTest::newRow("a long uncertain span") << span;
}

void TestCommandLineTool::listLinesUpTheTitles()
{
    QFETCH(TimeValue, published);
    const QString path = m_dir->filePath(QStringLiteral("case.annalist"));
    {
        auto project = Project::open(path);
        QVERIFY(project);
        SourceImporter importer(**project);
        const qint64 dated = importer.importText(QStringLiteral("One"), QStringLiteral("Dated brief")).sourceId;
        QVERIFY(importer.importText(QStringLiteral("Two"), QStringLiteral("Undated brief")).sourceId > 0);
        QVERIFY((*project)->sources().setPublished(dated, published));
    }
    const Run result = run({ QStringLiteral("list"), path });
    QCOMPARE(result.exitCode, 0);
    const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(1).contains(TimeValueText::describe(published)), qPrintable(result.out));
    const qsizetype column = lines.at(0).indexOf(QStringLiteral("Title"));
    QCOMPARE(lines.at(1).indexOf(QStringLiteral("Dated brief")), column);
    QCOMPARE(lines.at(2).indexOf(QStringLiteral("Undated brief")), column);
}

TestCommandLineTool::Run TestCommandLineTool::run(const QStringList &arguments)
{
    Run result;
    QTextStream out(&result.out);
    QTextStream err(&result.err);
    // As annalist-cli is assembled: the built-in commands and the benchmarks.
    CommandLineTool tool(out, err);
    tool.addCommand(BenchCommand::command(out, err));
    result.exitCode = tool.run(arguments);
    out.flush();
    err.flush();
    return result;
}

// Placeholders in the rows stand for files made in init().
QString TestCommandLineTool::expand(const QString &argument) const
{
    QString expanded = argument;
    expanded.replace(QStringLiteral("{project}"), m_dir->filePath(QStringLiteral("case.annalist")));
    expanded.replace(QStringLiteral("{missing}"), m_dir->filePath(QStringLiteral("missing.annalist")));
    expanded.replace(QStringLiteral("{text}"), m_dir->filePath(QStringLiteral("notes.txt")));
    expanded.replace(QStringLiteral("{file}"), m_dir->filePath(QStringLiteral("brief.txt")));
    expanded.replace(QStringLiteral("{nodir}"), m_dir->filePath(QStringLiteral("no-such-folder/new.annalist")));
    return expanded;
}

QJsonDocument TestCommandLineTool::json(const Run &result)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(result.out));
    return document;
}

void TestCommandLineTool::errorsAndHelp_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("stream");
    QTest::addColumn<QString>("expected");
    // The placeholder of the file that the error line must name, if any.
    QTest::addColumn<QString>("names");

    const int usage = CommandLineTool::UsageError;
    const int input = CommandLineTool::InputError;
    const QString out = QStringLiteral("out");
    const QString err = QStringLiteral("err");
    const auto args = [](std::initializer_list<const char *> words) {
        QStringList list;
        for (const char *word : words)
            list << QString::fromUtf8(word);
        return list;
    };

    QTest::newRow("--help") << args({ "--help" }) << 0 << out << QStringLiteral("Usage: annalist-cli COMMAND")
                            << QString();
    QTest::newRow("help") << args({ "help" }) << 0 << out << QStringLiteral("Exit status: 0 success") << QString();
    QTest::newRow("--help after a command")
        << args({ "search", "--help" }) << 0 << out << QStringLiteral("search PROJECT QUERY") << QString();

    QTest::newRow("no command") << QStringList() << usage << err << QStringLiteral("no command given") << QString();
    QTest::newRow("unknown command") << args({ "frobnicate", "x" }) << usage << err
                                     << QStringLiteral("unknown command 'frobnicate'") << QString();
    QTest::newRow("unknown option") << args({ "list", "{project}", "--verbose" }) << usage << err
                                    << QStringLiteral("unknown option --verbose") << QString();
    QTest::newRow("unknown option before the command") << args({ "--colour", "list", "{project}" }) << usage << err
                                                       << QStringLiteral("unknown option --colour") << QString();
    QTest::newRow("option without its value") << args({ "search", "{project}", "port", "--limit" }) << usage << err
                                              << QStringLiteral("--limit needs a value") << QString();
    QTest::newRow("flag given a value") << args({ "list", "{project}", "--json=yes" }) << usage << err
                                        << QStringLiteral("--json takes no value") << QString();
    QTest::newRow("new without a path") << args({ "new" }) << usage << err
                                        << QStringLiteral("new takes one project path") << QString();
    QTest::newRow("new with two paths") << args({ "new", "a.annalist", "b.annalist" }) << usage << err
                                        << QStringLiteral("new takes one project path") << QString();
    QTest::newRow("import without arguments")
        << args({ "import" }) << usage << err
        << QStringLiteral("import takes a project and at least one file or folder") << QString();
    QTest::newRow("import without files")
        << args({ "import", "{project}" }) << usage << err
        << QStringLiteral("import takes a project and at least one file or folder") << QString();
    QTest::newRow("list without a project")
        << args({ "list" }) << usage << err << QStringLiteral("list takes one project path") << QString();
    QTest::newRow("list with two projects") << args({ "list", "{project}", "{project}" }) << usage << err
                                            << QStringLiteral("list takes one project path") << QString();
    QTest::newRow("show without arguments")
        << args({ "show" }) << usage << err << QStringLiteral("show takes a project path and a source id") << QString();
    QTest::newRow("show without an id") << args({ "show", "{project}" }) << usage << err
                                        << QStringLiteral("show takes a project path and a source id") << QString();
    QTest::newRow("search without arguments")
        << args({ "search" }) << usage << err << QStringLiteral("search takes a project path and a query") << QString();
    QTest::newRow("search without a query") << args({ "search", "{project}" }) << usage << err
                                            << QStringLiteral("search takes a project path and a query") << QString();
    QTest::newRow("info without a project")
        << args({ "info" }) << usage << err << QStringLiteral("info takes one project path") << QString();
    QTest::newRow("bench without a suite")
        << args({ "bench" }) << usage << err << QStringLiteral("bench takes one suite: storage") << QString();
    QTest::newRow("bench of an unknown suite")
        << args({ "bench", "disk" }) << usage << err << QStringLiteral("bench takes one suite: storage") << QString();
    QTest::newRow("bench analysis of no text") << args({ "bench", "analysis", "--megabytes", "0" }) << usage << err
                                               << QStringLiteral("--megabytes takes a positive number") << QString();
    QTest::newRow("non-numeric id") << args({ "show", "{project}", "abc" }) << usage << err
                                    << QStringLiteral("'abc' is not a source id") << QString();
    QTest::newRow("id with trailing letters") << args({ "show", "{project}", "12abc" }) << usage << err
                                              << QStringLiteral("'12abc' is not a source id") << QString();
    QTest::newRow("id zero") << args({ "show", "{project}", "0" }) << usage << err
                             << QStringLiteral("'0' is not a source id") << QString();
    QTest::newRow("negative id") << args({ "show", "{project}", "-3" }) << usage << err
                                 << QStringLiteral("'-3' is not a source id") << QString();
    QTest::newRow("--limit 0") << args({ "search", "{project}", "port", "--limit", "0" }) << usage << err
                               << QStringLiteral("--limit takes a positive number") << QString();
    QTest::newRow("--limit=abc") << args({ "search", "{project}", "port", "--limit=abc" }) << usage << err
                                 << QStringLiteral("--limit takes a positive number") << QString();
    QTest::newRow("--max-size abc") << args({ "import", "{project}", "{file}", "--max-size", "abc" }) << usage << err
                                    << QStringLiteral("--max-size takes a positive number of megabytes") << QString();
    QTest::newRow("--max-size 0") << args({ "import", "{project}", "{file}", "--max-size", "0" }) << usage << err
                                  << QStringLiteral("--max-size takes a positive number of megabytes") << QString();
    QTest::newRow("--articles 0") << args({ "bench", "storage", "--articles", "0" }) << usage << err
                                  << QStringLiteral("--articles takes a positive number") << QString();
    QTest::newRow("--queries x") << args({ "bench", "storage", "--queries", "x" }) << usage << err
                                 << QStringLiteral("--queries takes a positive number") << QString();
    QTest::newRow("--backend of another engine")
        << args({ "bench", "storage", "--backend", "oracle" }) << usage << err
        << QStringLiteral("--backend takes sqlite, postgresql or both") << QString();
    QTest::newRow("--backend postgresql without a server")
        << args({ "bench", "storage", "--backend", "postgresql" }) << usage << err
        << QStringLiteral("--backend postgresql needs --server URI") << QString();
    QTest::newRow("bench team without a server") << args({ "bench", "team", "--analysts", "3" }) << usage << err
                                                 << QStringLiteral("bench team needs --server URI") << QString();
    QTest::newRow("bench team of no analysts") << args({ "bench", "team", "--analysts", "0" }) << usage << err
                                               << QStringLiteral("--analysts takes a positive number") << QString();
    QTest::newRow("bench network of one entity")
        << args({ "bench", "network", "--entities", "1" }) << usage << err
        << QStringLiteral("--entities takes a number of 2 or more") << QString();

    QTest::newRow("new on an existing project") << args({ "new", "{project}" }) << input << err
                                                << QStringLiteral("already exists") << QStringLiteral("{project}");
    QTest::newRow("new on an existing text file")
        << args({ "new", "{text}" }) << input << err << QStringLiteral("already exists") << QStringLiteral("{text}");
    QTest::newRow("new in a missing folder")
        << args({ "new", "{nodir}" }) << input << err << QStringLiteral("the folder does not exist")
        << QStringLiteral("{nodir}");
    QTest::newRow("list of a missing file") << args({ "list", "{missing}" }) << input << err
                                            << QStringLiteral("no such file") << QStringLiteral("{missing}");
    QTest::newRow("show of a missing file") << args({ "show", "{missing}", "1" }) << input << err
                                            << QStringLiteral("no such file") << QStringLiteral("{missing}");
    QTest::newRow("search of a missing file") << args({ "search", "{missing}", "port" }) << input << err
                                              << QStringLiteral("no such file") << QStringLiteral("{missing}");
    QTest::newRow("info of a missing file") << args({ "info", "{missing}" }) << input << err
                                            << QStringLiteral("no such file") << QStringLiteral("{missing}");
    QTest::newRow("import into a missing file") << args({ "import", "{missing}", "{file}" }) << input << err
                                                << QStringLiteral("no such file") << QStringLiteral("{missing}");
    QTest::newRow("list of a text file") << args({ "list", "{text}" }) << input << err
                                         << QStringLiteral("is not an Annalist project") << QStringLiteral("{text}");
    QTest::newRow("show of a text file") << args({ "show", "{text}", "1" }) << input << err
                                         << QStringLiteral("is not an Annalist project") << QStringLiteral("{text}");
    QTest::newRow("search of a text file") << args({ "search", "{text}", "port" }) << input << err
                                           << QStringLiteral("is not an Annalist project") << QStringLiteral("{text}");
    QTest::newRow("info of a text file") << args({ "info", "{text}" }) << input << err
                                         << QStringLiteral("is not an Annalist project") << QStringLiteral("{text}");
    QTest::newRow("import into a text file")
        << args({ "import", "{text}", "{file}" }) << input << err << QStringLiteral("is not an Annalist project")
        << QStringLiteral("{text}");
    QTest::newRow("unterminated phrase") << args({ "search", "{project}", "\"harbour audit" }) << input << err
                                         << QStringLiteral("invalid search query") << QStringLiteral("{project}");
    QTest::newRow("operator without operands") << args({ "search", "{project}", "AND" }) << input << err
                                               << QStringLiteral("invalid search query") << QStringLiteral("{project}");
    QTest::newRow("empty query") << args({ "search", "{project}", " " }) << input << err
                                 << QStringLiteral("the search query is empty") << QStringLiteral("{project}");
    QTest::newRow("unknown source id") << args({ "show", "{project}", "999" }) << input << err
                                       << QStringLiteral("there is no source 999") << QStringLiteral("{project}");
}

void TestCommandLineTool::errorsAndHelp()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, stream);
    QFETCH(QString, expected);
    QFETCH(QString, names);

    for (QString &argument : arguments)
        argument = expand(argument);
    const Run result = run(arguments);
    QCOMPARE(result.exitCode, exitCode);
    QVERIFY2((stream == QStringLiteral("out") ? result.out : result.err).contains(expected),
             qPrintable(result.out + result.err));

    if (exitCode == CommandLineTool::Success) {
        QCOMPARE(result.err, QString());
        return;
    }
    // Errors go to stderr only.
    QCOMPARE(result.out, QString());
    QVERIFY2(result.err.endsWith(u'\n'), qPrintable(result.err));
    const QStringList lines = result.err.chopped(1).split(u'\n');
    QVERIFY2(lines.first().startsWith(QStringLiteral("annalist-cli: ")), qPrintable(lines.first()));
    QVERIFY2(lines.first().contains(expected), qPrintable(lines.first()));
    if (exitCode == CommandLineTool::UsageError) {
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.at(1), QStringLiteral("Try 'annalist-cli --help'."));
    } else {
        QCOMPARE(lines.size(), 1);
    }
    if (!names.isEmpty()) {
        const QString fileName = QFileInfo(expand(names)).fileName();
        QVERIFY2(lines.first().contains(fileName), qPrintable(lines.first()));
    }
}

void TestCommandLineTool::newImportListShowSearchInfo()
{
    const QString path = m_dir->filePath(QStringLiteral("scenario.annalist"));
    Run result = run({ QStringLiteral("new"), path });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    QCOMPARE(result.out, QStringLiteral("Created %1\n").arg(QFileInfo(path).absoluteFilePath()));
    QVERIFY(QFileInfo::exists(path));

    const QString first = m_dir->filePath(QStringLiteral("harbour.txt"));
    const QString second = m_dir->filePath(QStringLiteral("strike.md"));
    const QByteArray firstBytes
        = QStringLiteral("Harbour audit\r\nPe\u00F1a said the harbour audit began in March.\r\n").toUtf8();
    QVERIFY(test::writeFile(first, firstBytes));
    QVERIFY(test::writeFile(second, "# Port strike\n\nDockers **walked out** over the Harbour audit.\n"));

    result = run({ QStringLiteral("import"), path, first, second });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    static const QRegularExpression importedLine(QStringLiteral("^imported (\\d+)\\t(.+)$"),
                                                 QRegularExpression::MultilineOption);
    QHash<QString, qint64> ids;
    for (auto it = importedLine.globalMatch(result.out); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        ids.insert(match.captured(2), match.captured(1).toLongLong());
    }
    QCOMPARE(ids.size(), 2);
    QVERIFY(ids.contains(first) && ids.contains(second));
    QVERIFY(result.out.endsWith(QStringLiteral("Imported 2, duplicates 0, failed 0\n")));

    result = run({ QStringLiteral("list"), path, QStringLiteral("--json") });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QJsonArray sources = json(result).array();
    QCOMPARE(sources.size(), 2);
    QHash<qint64, QString> titles;
    for (const QJsonValue &value : sources) {
        const QJsonObject source = value.toObject();
        titles.insert(source.value(QStringLiteral("id")).toInteger(), source.value(QStringLiteral("title")).toString());
        QVERIFY(source.value(QStringLiteral("published")).isNull());
    }
    QCOMPARE(titles.value(ids.value(first)), QStringLiteral("Harbour audit"));
    QCOMPARE(titles.value(ids.value(second)), QStringLiteral("Port strike"));

    result = run({ QStringLiteral("list"), path });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("Harbour audit")) && result.out.contains(QStringLiteral("Port strike")));

    QHash<qint64, QString> bodies;
    for (const QString &file : { first, second }) {
        result = run({ QStringLiteral("show"), path, QString::number(ids.value(file)), QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err, QString());
        const QJsonObject source = json(result).object();
        QCOMPARE(source.value(QStringLiteral("id")).toInteger(), ids.value(file));
        const QString sha256 = source.value(QStringLiteral("sha256")).toString();
        QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(sha256).hasMatch(), qPrintable(sha256));
        const QByteArray bytes = test::readFile(file);
        QCOMPARE(sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(source.value(QStringLiteral("originalName")).toString(), QFileInfo(file).fileName());
        QVERIFY(source.value(QStringLiteral("published")).isNull());
        bodies.insert(ids.value(file), source.value(QStringLiteral("body")).toString());
    }
    QCOMPARE(bodies.value(ids.value(first)),
             QStringLiteral("Harbour audit\nPe\u00F1a said the harbour audit began in March.\n"));
    QCOMPARE(bodies.value(ids.value(second)),
             QStringLiteral("Port strike\n\nDockers walked out over the Harbour audit.\n"));

    result = run({ QStringLiteral("show"), path, QString::number(ids.value(second)) });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.contains(QStringLiteral("Title: Port strike\n")));
    QVERIFY(result.out.endsWith(bodies.value(ids.value(second))));

    result = run({ QStringLiteral("search"), path, QStringLiteral("harbour"), QStringLiteral("--json") });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QJsonArray hits = json(result).array();
    QCOMPARE(hits.size(), 2);
    int matchesSeen = 0;
    for (const QJsonValue &value : hits) {
        const QJsonObject hit = value.toObject();
        const qint64 id = hit.value(QStringLiteral("sourceId")).toInteger();
        QVERIFY(bodies.contains(id));
        QCOMPARE(hit.value(QStringLiteral("title")).toString(), titles.value(id));
        const QString body = bodies.value(id);
        for (const QJsonValue &matchValue : hit.value(QStringLiteral("matches")).toArray()) {
            const QJsonObject match = matchValue.toObject();
            const int offset = match.value(QStringLiteral("offset")).toInt();
            const int length = match.value(QStringLiteral("length")).toInt();
            QVERIFY(offset >= 0 && offset + length <= body.size());
            QCOMPARE(body.mid(offset, length).toLower(), QStringLiteral("harbour"));
            QCOMPARE(match.value(QStringLiteral("text")).toString(), body.mid(offset, length));
            ++matchesSeen;
        }
    }
    // "Harbour" twice in the first source (title line and text), once in the second.
    QCOMPARE(matchesSeen, 3);

    result = run({ QStringLiteral("search"), path, QStringLiteral("dockers"), QStringLiteral("--json") });
    QCOMPARE(result.exitCode, 0);
    const QJsonArray dockers = json(result).array();
    QCOMPARE(dockers.size(), 1);
    QCOMPARE(dockers.first().toObject().value(QStringLiteral("sourceId")).toInteger(), ids.value(second));

    result = run({ QStringLiteral("search"), path, QStringLiteral("zeppelin") });
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.out.endsWith(QStringLiteral("0 sources found\n")));

    result = run({ QStringLiteral("info"), path, QStringLiteral("--json") });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.err, QString());
    const QJsonObject info = json(result).object();
    QCOMPARE(info.value(QStringLiteral("path")).toString(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(info.value(QStringLiteral("schemaVersion")).toInt(), SchemaMigrations::latestVersion());
    QCOMPARE(info.value(QStringLiteral("sources")).toInteger(), qint64(2));
    QCOMPARE(info.value(QStringLiteral("entities")).toInteger(), qint64(0));
    QCOMPARE(info.value(QStringLiteral("events")).toInteger(), qint64(0));
    QCOMPARE(info.value(QStringLiteral("textCharacters")).toInteger(),
             bodies.value(ids.value(first)).size() + bodies.value(ids.value(second)).size());
    QVERIFY(info.value(QStringLiteral("fileBytes")).toInteger() > 0);

    // A second import of the same file is a duplicate, not a new source.
    result = run({ QStringLiteral("import"), path, first });
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(QStringLiteral("duplicate %1\t%2\n").arg(ids.value(first)).arg(first)),
             qPrintable(result.out));
}

QTEST_GUILESS_MAIN(TestCommandLineTool)
#include "tst_commandlinetool.moc"
