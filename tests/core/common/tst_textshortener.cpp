// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "common/TextShortener.h"

#include <QTest>

using namespace annalist;

class TestTextShortener : public QObject
{
    Q_OBJECT

private slots:
    void shorten_data();
    void shorten();
};

void TestTextShortener::shorten_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");

    QTest::newRow("short enough") << QStringLiteral("Rubio met Sheinbaum.") << 40
                                  << QStringLiteral("Rubio met Sheinbaum.");
    QTest::newRow("exactly the length") << QStringLiteral("Rubio met Sheinbaum.") << 20
                                        << QStringLiteral("Rubio met Sheinbaum.");
    QTest::newRow("white space made single")
        << QStringLiteral("  Rubio\n met\tSheinbaum  ") << 40 << QStringLiteral("Rubio met Sheinbaum");
    QTest::newRow("cut at a word") << QStringLiteral("Rubio met Sheinbaum in Mexico City") << 22
                                   << QStringLiteral("Rubio met Sheinbaum\u2026");
    QTest::newRow("cut right before a space keeps the word")
        << QStringLiteral("Rubio met Sheinbaum in Mexico City") << 20 << QStringLiteral("Rubio met Sheinbaum\u2026");
    QTest::newRow("punctuation before the cut dropped") << QStringLiteral("Rubio met Sheinbaum, then left for Quito")
                                                        << 24 << QStringLiteral("Rubio met Sheinbaum\u2026");
    QTest::newRow("one long word cut inside")
        << QStringLiteral("Donaudampfschifffahrtsgesellschaft") << 10 << QStringLiteral("Donaudamp\u2026");
    QTest::newRow("empty") << QString() << 10 << QString();
}

void TestTextShortener::shorten()
{
    QFETCH(QString, text);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);

    const QString shortened = TextShortener::shorten(text, maxLength);
    QCOMPARE(shortened, expected);
    QVERIFY(shortened.size() <= maxLength);
}

QTEST_GUILESS_MAIN(TestTextShortener)
#include "tst_textshortener.moc"
