// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "commandline/CommandLineTool.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace annalist;

// annalist-cli roles and date-sources, run in-process on the seed articles.
class TestChronologyCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void rolesImportAndList();
    void dateSourcesOnTheSeeds();
    void importProposesMentionsAndAnalyzeIsIncremental();
    void badInput_data();
    void badInput();

private:
    int run(const QStringList &arguments);
    QTemporaryDir m_dir;
    QString m_project;
    QString m_roles;
    QString m_out;
    QString m_err;
};

int TestChronologyCommands::run(const QStringList &arguments)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    CommandLineTool tool(out, err);
    const int status = tool.run(arguments);
    out.flush();
    err.flush();
    return status;
}

void TestChronologyCommands::initTestCase()
{
    if (test::seedsDirectory().isEmpty())
        QSKIP("the shared seed articles are not beside this checkout");
    m_project = m_dir.filePath(QStringLiteral("seeds.annalist"));
    m_roles = m_dir.filePath(QStringLiteral("roles.csv"));
    QVERIFY(test::writeFile(m_roles,
                            "entity,entity type,title,organisation,from,to\n"
                            "Claudia Sheinbaum,Person,President-elect,Mexico,2024-06-02,2024-09-30\n"
                            "Claudia Sheinbaum,Person,President,Mexico,2024-10-01,\n"
                            "Marco Rubio,Person,Senator,U.S. Senate,,2025-01-20\n"
                            "Marco Rubio,Person,Secretary of State,United States,2025-01-21,\n"));
    QCOMPARE(run({ QStringLiteral("new"), m_project }), 0);
    // Without the automatic analysis, whose proposed roles would join the table.
    QCOMPARE(run({ QStringLiteral("import"), m_project, test::seedsDirectory(), QStringLiteral("--no-analysis") }), 0);
}

void TestChronologyCommands::rolesImportAndList()
{
    QCOMPARE(run({ QStringLiteral("roles"), m_project, QStringLiteral("import"), m_roles }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("Roles added 4")), qPrintable(m_out));
    QCOMPARE(run({ QStringLiteral("roles"), m_project, QStringLiteral("import"), m_roles }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("Roles added 0, already there 4")), qPrintable(m_out));
    QCOMPARE(run({ QStringLiteral("roles"), m_project, QStringLiteral("list") }), 0);
    QVERIFY(m_out.startsWith(QStringLiteral("entity,entity type,title,organisation,from,to\n")));
    QVERIFY(m_out.contains(QStringLiteral("Marco Rubio,Person,Secretary of State,United States,2025-01-21,\n")));
    QCOMPARE(m_out.count(u'\n'), 5);
}

void TestChronologyCommands::dateSourcesOnTheSeeds()
{
    QCOMPARE(run({ QStringLiteral("roles"), m_project, QStringLiteral("import"), m_roles }), 0);
    QCOMPARE(run({ QStringLiteral("date-sources"), m_project, QStringLiteral("--json") }), 0);
    const QJsonArray sources = QJsonDocument::fromJson(m_out.toUtf8()).array();
    QCOMPARE(sources.size(), 5);
    int presidentElect = 0;
    int secretary = 0;
    for (const QJsonValue &value : sources) {
        const QJsonObject source = value.toObject();
        QVERIFY2(!source.value(QStringLiteral("impossible")).toBool(),
                 qPrintable(source.value(QStringLiteral("title")).toString()));
        QStringList titles;
        for (const QJsonValue &reason : source.value(QStringLiteral("reasons")).toArray())
            titles << reason.toObject().value(QStringLiteral("title")).toString();
        const QString window = source.value(QStringLiteral("window")).toString();
        if (titles.contains(QStringLiteral("President-elect"))) {
            ++presidentElect;
            const QStringList ends = window.chopped(1).split(u'/');
            QVERIFY2(ends.size() == 2 && ends.at(0) >= QStringLiteral("2024-06-02")
                         && ends.at(1) <= QStringLiteral("2024-09-30"),
                     qPrintable(window));
        }
        if (titles.contains(QStringLiteral("Secretary of State"))) {
            ++secretary;
            QVERIFY2(window.startsWith(QStringLiteral("2025-01-21/")), qPrintable(window));
        }
    }
    QVERIFY(presidentElect >= 2);
    QCOMPARE(secretary, 1);
    // The plain report says why.
    QCOMPARE(run({ QStringLiteral("date-sources"), m_project }), 0);
    QVERIFY(m_out.contains(QStringLiteral("because it calls Claudia Sheinbaum President-elect")));
}

void TestChronologyCommands::importProposesMentionsAndAnalyzeIsIncremental()
{
    const QString analysed = m_dir.filePath(QStringLiteral("analysed.annalist"));
    QCOMPARE(run({ QStringLiteral("new"), analysed }), 0);
    QCOMPARE(run({ QStringLiteral("import"), analysed, test::seedsDirectory() }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("Proposed ")), qPrintable(m_out));
    QCOMPARE(run({ QStringLiteral("info"), analysed, QStringLiteral("--json") }), 0);
    const QJsonObject info = QJsonDocument::fromJson(m_out.toUtf8()).object();
    QVERIFY(info.value(QStringLiteral("mentions")).toInt() > 50);
    QVERIFY(info.value(QStringLiteral("timexes")).toInt() > 0);
    QCOMPARE(run({ QStringLiteral("analyze"), analysed }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("Analysed 0 sources (5 unchanged)")), qPrintable(m_out));
    QCOMPARE(run({ QStringLiteral("analyze"), analysed, QStringLiteral("1"), QStringLiteral("--force") }), 0);
    QVERIFY2(m_out.contains(QStringLiteral("Analysed 1 sources (0 unchanged)")), qPrintable(m_out));
    QCOMPARE(run({ QStringLiteral("analyze"), analysed, QStringLiteral("x") }), 1);
}

void TestChronologyCommands::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::newRow("roles without action")
        << QStringList { QStringLiteral("roles"), QStringLiteral("p.annalist") } << 1 << QStringLiteral("roles takes");
    QTest::newRow("roles unknown action")
        << QStringList { QStringLiteral("roles"), QStringLiteral("p.annalist"), QStringLiteral("drop") } << 1
        << QStringLiteral("roles takes");
    QTest::newRow("date-sources without project")
        << QStringList { QStringLiteral("date-sources") } << 1 << QStringLiteral("one project");
    QTest::newRow("missing roles file") << QStringList { QStringLiteral("roles"), QStringLiteral("@project"),
                                                         QStringLiteral("import"),
                                                         QStringLiteral("/nonexistent/roles.csv") }
                                        << 2 << QStringLiteral("/nonexistent/roles.csv: cannot be read");
    QTest::newRow("malformed roles file") << QStringList { QStringLiteral("roles"), QStringLiteral("@project"),
                                                           QStringLiteral("import"), QStringLiteral("@bad") }
                                          << 2 << QStringLiteral("bad.csv:2: expected 6 columns");
}

void TestChronologyCommands::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
    QVERIFY(test::writeFile(bad, "entity,entity type,title,organisation,from,to\nRubio,Person\n"));
    for (QString &argument : arguments) {
        if (argument == QStringLiteral("@project"))
            argument = m_project;
        else if (argument == QStringLiteral("@bad"))
            argument = bad;
    }
    QCOMPARE(run(arguments), status);
    QVERIFY2(m_err.contains(message), qPrintable(m_err));
    QVERIFY(m_err.startsWith(QStringLiteral("annalist-cli: ")));
}

QTEST_GUILESS_MAIN(TestChronologyCommands)
#include "tst_chronologycommands.moc"
