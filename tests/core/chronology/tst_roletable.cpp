// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chronology/RoleTable.h"
#include "common/CsvReader.h"
#include "storage/EntityRepository.h"
#include "storage/Project.h"

#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class TestRoleTable : public QObject
{
    Q_OBJECT

private slots:
    void readsCsv_data();
    void readsCsv();
    void refusesBadRows_data();
    void refusesBadRows();
    void writesWhatItReads();
};

void TestRoleTable::readsCsv_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<int>("records");

    QTest::newRow("plain") << QStringLiteral("a,b,c\n")
                           << QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") } << 1;
    QTest::newRow("crlf and bom") << QStringLiteral("\uFEFFa,b\r\nc,d\r\n")
                                  << QStringList { QStringLiteral("a"), QStringLiteral("b") } << 2;
    QTest::newRow("quoted comma") << QStringLiteral("\"Rubio, Marco\",x")
                                  << QStringList { QStringLiteral("Rubio, Marco"), QStringLiteral("x") } << 1;
    QTest::newRow("doubled quote") << QStringLiteral("\"the \"\"elect\"\"\",y\n")
                                   << QStringList { QStringLiteral("the \"elect\""), QStringLiteral("y") } << 1;
    QTest::newRow("line break in quotes") << QStringLiteral("\"two\nlines\",z\nnext,row\n")
                                          << QStringList { QStringLiteral("two\nlines"), QStringLiteral("z") } << 2;
    QTest::newRow("empty fields") << QStringLiteral(",,\n") << QStringList { QString(), QString(), QString() } << 1;
    QTest::newRow("blank lines skipped") << QStringLiteral("a\n\n\nb\n") << QStringList { QStringLiteral("a") } << 2;
}

void TestRoleTable::readsCsv()
{
    QFETCH(QString, text);
    QFETCH(QStringList, fields);
    QFETCH(int, records);
    QString error;
    const auto read = CsvReader::read(text, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(read.size(), records);
    QCOMPARE(read.first().fields, fields);
}

void TestRoleTable::refusesBadRows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("too few columns") << QStringLiteral(
        "entity,entity type,title,organisation,from,to\nRubio,Person,Senator\n")
                                     << QStringLiteral("roles.csv:2: expected 6 columns");
    QTest::newRow("bad date") << QStringLiteral("Rubio,Person,Senator,,2025-13-01,\n")
                              << QStringLiteral("roles.csv:1: from:");
    QTest::newRow("no title") << QStringLiteral("\n\nRubio,Person,,,,\n")
                              << QStringLiteral("roles.csv:3: the title is empty");
    QTest::newRow("open quote") << QStringLiteral("\"Rubio,Person,Senator,,,\n")
                                << QStringLiteral("roles.csv:1: a quoted field");
}

void TestRoleTable::refusesBadRows()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto rows = RoleTable::parse(text, QStringLiteral("roles.csv"));
    QVERIFY(!rows);
    QVERIFY2(rows.error().startsWith(reason), qPrintable(rows.error()));
}

void TestRoleTable::writesWhatItReads()
{
    QTemporaryDir dir;
    auto project = Project::create(dir.filePath(QStringLiteral("roles.annalist")));
    QVERIFY(project);
    const QString csv = QStringLiteral("entity,entity type,title,organisation,from,to\n"
                                       "Claudia Sheinbaum,Person,President-elect,Mexico,2024-06-02,2024-09-30\n"
                                       "\"Fuente, Juan Ramon de la\",Person,Foreign Secretary,Mexico,2024-10~,\n"
                                       "Security Cabinet,Organisation,Cabinet,\"Mexico, federal government\",2024,\n");
    const auto rows = RoleTable::parse(csv, QStringLiteral("roles.csv"));
    QVERIFY(rows);
    QCOMPARE(rows->size(), 3);
    QVERIFY(RoleTable::apply(**project, *rows));
    const auto written = RoleTable::write(**project);
    QVERIFY(written);
    QStringList expected = csv.split(u'\n', Qt::SkipEmptyParts);
    QStringList actual = written->split(u'\n', Qt::SkipEmptyParts);
    std::sort(expected.begin() + 1, expected.end());
    std::sort(actual.begin() + 1, actual.end());
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestRoleTable)
#include "tst_roletable.moc"
