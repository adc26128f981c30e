// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "import/QuoteAnchor.h"

#include <QTest>

using namespace annalist;

// Quotes kept elsewhere found at their exact passage, whatever their spacing and marks.
class TestQuoteAnchor : public QObject
{
    Q_OBJECT

private slots:
    void findsThePassage_data();
    void findsThePassage();
};

void TestQuoteAnchor::findsThePassage_data()
{
    const QString text = QStringLiteral("The minister said: “We met in Aventa on 3 February.”\n"
                                        "Critics called it a “done deal” — a 30-year lease.\u00A0It isn’t over.");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("passage"); // empty: not found
    QTest::newRow("as written") << text << QStringLiteral("We met in Aventa") << QStringLiteral("We met in Aventa");
    QTest::newRow("surrounding spaces") << text << QStringLiteral("  We met in Aventa \n")
                                        << QStringLiteral("We met in Aventa");
    QTest::newRow("straight quotes for curly ones") << text << QStringLiteral("\"We met in Aventa on 3 February.\"")
                                                    << QStringLiteral("“We met in Aventa on 3 February.”");
    QTest::newRow("line break in the source, space in the copy")
        << text << QStringLiteral("February.\" Critics called") << QStringLiteral("February.”\nCritics called");
    QTest::newRow("doubled spaces in the copy")
        << text << QStringLiteral("called  it   a") << QStringLiteral("called it a");
    QTest::newRow("hyphen for a dash") << text << QStringLiteral("\"done deal\" - a 30-year lease")
                                       << QStringLiteral("“done deal” — a 30-year lease");
    QTest::newRow("no-break space and apostrophe")
        << text << QStringLiteral("lease. It isn't over.") << QStringLiteral("lease.\u00A0It isn’t over.");
    QTest::newRow("other case") << text << QStringLiteral("we met in aventa") << QStringLiteral("We met in Aventa");
    QTest::newRow("not in the text") << text << QStringLiteral("We met in Sorrel") << QString();
    QTest::newRow("blank") << text << QStringLiteral(" \n ") << QString();
    QTest::newRow("Cyrillic") << QStringLiteral("Соглашение было\nподписано в порту.")
                              << QStringLiteral("было подписано") << QStringLiteral("было\nподписано");
}

void TestQuoteAnchor::findsThePassage()
{
    QFETCH(QString, text);
    QFETCH(QString, quote);
    QFETCH(QString, passage);
    const auto span = QuoteAnchor::find(text, quote);
    if (passage.isEmpty()) {
        QVERIFY(!span);
        return;
    }
    QVERIFY(span);
    QCOMPARE(text.mid(span->first, span->second - span->first), passage);
}

QTEST_MAIN(TestQuoteAnchor)
#include "tst_quoteanchor.moc"
