// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/OccurrenceFinder.h"

#include <QTest>

using namespace annalist;

using Spans = QList<std::pair<int, int>>;

class TestOccurrenceFinder : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
};

void TestOccurrenceFinder::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<Spans>("taken");
    QTest::addColumn<Spans>("expected");

    const QStringList rubio = { QStringLiteral("Marco Rubio"), QStringLiteral("Rubio") };
    QTest::newRow("possessive") << QStringLiteral("Rubio's focus") << rubio << Spans() << Spans { { 0, 5 } };
    QTest::newRow("longer word") << QStringLiteral("Rubiov and Rubios") << rubio << Spans() << Spans();
    QTest::newRow("ignoring case, longest wins")
        << QStringLiteral("MARCO RUBIO and rubio") << rubio << Spans() << Spans { { 0, 11 }, { 16, 21 } };
    QTest::newRow("punctuation around") << QStringLiteral("(Rubio), \"Rubio\".") << rubio << Spans()
                                        << Spans { { 1, 6 }, { 10, 15 } };
    QTest::newRow("inside O'Brien") << QStringLiteral("O'Brien met Brien") << QStringList { QStringLiteral("Brien") }
                                    << Spans() << Spans { { 12, 17 } };
    QTest::newRow("after a hyphen") << QStringLiteral("Jean-Luc and Luc") << QStringList { QStringLiteral("Luc") }
                                    << Spans() << Spans { { 5, 8 }, { 13, 16 } };
    QTest::newRow("name with brackets") << QStringLiteral("(UN) and UN") << QStringList { QStringLiteral("(UN)") }
                                        << Spans() << Spans { { 0, 4 } };
    QTest::newRow("taken spans skipped") << QStringLiteral("Marco Rubio met Rubio") << rubio << Spans { { 6, 11 } }
                                         << Spans { { 16, 21 } };
    QTest::newRow("Cyrillic ignoring case")
        << QStringLiteral("Путин и путин, Путина") << QStringList { QStringLiteral("Путин") } << Spans()
        << Spans { { 0, 5 }, { 8, 13 } };
    QTest::newRow("combining accent continues the word")
        << QStringLiteral("Rubio\u0301 Rubio") << rubio << Spans() << Spans { { 7, 12 } };
    QTest::newRow("empty and blank names")
        << QStringLiteral("Rubio") << QStringList { QString(), QStringLiteral("  ") } << Spans() << Spans();
    QTest::newRow("alias given twice") << QStringLiteral("Rubio")
                                       << QStringList { QStringLiteral("Rubio"), QStringLiteral("rubio") } << Spans()
                                       << Spans { { 0, 5 } };
}

void TestOccurrenceFinder::find()
{
    QFETCH(QString, text);
    QFETCH(QStringList, names);
    QFETCH(Spans, taken);
    QFETCH(Spans, expected);

    QCOMPARE(OccurrenceFinder::find(text, names, taken), expected);
}

QTEST_GUILESS_MAIN(TestOccurrenceFinder)
#include "tst_occurrencefinder.moc"
