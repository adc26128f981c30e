// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SearchMarker.h"

#include <QTest>

using namespace annalist;

// Which words a search hit shows marked; which sources match is the index's part and is
// tested on both kinds of project in tst_fulltextsearch.
class TestSearchMarker : public QObject
{
    Q_OBJECT

private slots:
    void foldsWords_data();
    void foldsWords();
    void marksOccurrences_data();
    void marksOccurrences();
};

void TestSearchMarker::foldsWords_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("words");

    QTest::newRow("case") << QStringLiteral("Port SORREL")
                          << QStringList { QStringLiteral("port"), QStringLiteral("sorrel") };
    QTest::newRow("accents") << QStringLiteral("Reunión Café Ñandú")
                             << QStringList { QStringLiteral("reunion"), QStringLiteral("cafe"),
                                              QStringLiteral("nandu") };
    QTest::newRow("combining accent") << QStringLiteral("Cafe\u0301") << QStringList { QStringLiteral("cafe") };
    QTest::newRow("punctuation splits") << QStringLiteral("Café-Bar, O'Brien's (10:30)")
                                        << QStringList { QStringLiteral("cafe"), QStringLiteral("bar"),
                                                         QStringLiteral("o"),    QStringLiteral("brien"),
                                                         QStringLiteral("s"),    QStringLiteral("10"),
                                                         QStringLiteral("30") };
    QTest::newRow("other scripts") << QStringLiteral("Москва Αθήνα")
                                   << QStringList { QStringLiteral("москва"), QStringLiteral("αθηνα") };
    QTest::newRow("no words") << QStringLiteral(" — … ") << QStringList {};
}

void TestSearchMarker::foldsWords()
{
    QFETCH(QString, text);
    QFETCH(QStringList, words);
    QCOMPARE(SearchMarker::foldedWords(text), words);
}

void TestSearchMarker::marksOccurrences_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("patterns"); // folded words joined by spaces, * for a prefix
    QTest::addColumn<QStringList>("marked");

    const QString port = QStringLiteral("The Port of Sorrel. A port tender, tailored; the PORT of Aventa.");
    QTest::newRow("every occurrence, any case")
        << port << QStringList { QStringLiteral("port") }
        << QStringList { QStringLiteral("Port"), QStringLiteral("port"), QStringLiteral("PORT") };
    QTest::newRow("whole words only") << port << QStringList { QStringLiteral("tail") } << QStringList {};
    QTest::newRow("prefix") << port << QStringList { QStringLiteral("tail*") }
                            << QStringList { QStringLiteral("tailored") };
    QTest::newRow("phrase only where its words follow each other")
        << port << QStringList { QStringLiteral("port of") }
        << QStringList { QStringLiteral("Port of"), QStringLiteral("PORT of") };
    QTest::newRow("phrase across punctuation")
        << port << QStringList { QStringLiteral("sorrel a port") } << QStringList { QStringLiteral("Sorrel. A port") };
    QTest::newRow("prefix phrase") << port << QStringList { QStringLiteral("port ten*") }
                                   << QStringList { QStringLiteral("port tender") };
    QTest::newRow("accented text, plain query")
        << QStringLiteral("Officials met at a café, then at the Café Ñandú.") << QStringList { QStringLiteral("cafe") }
        << QStringList { QStringLiteral("café"), QStringLiteral("Café") };
    QTest::newRow("decomposed accent") << QStringLiteral("a cafe\u0301 bar") << QStringList { QStringLiteral("cafe") }
                                       << QStringList { QStringLiteral("cafe\u0301") };
    QTest::newRow("overlapping patterns join")
        << port << QStringList { QStringLiteral("port of"), QStringLiteral("of sorrel") }
        << QStringList { QStringLiteral("Port of Sorrel"), QStringLiteral("PORT of") };
    QTest::newRow("two patterns") << port << QStringList { QStringLiteral("sorrel"), QStringLiteral("aventa") }
                                  << QStringList { QStringLiteral("Sorrel"), QStringLiteral("Aventa") };
    QTest::newRow("text ends inside a phrase")
        << port << QStringList { QStringLiteral("aventa port") } << QStringList {};
    QTest::newRow("no patterns") << port << QStringList {} << QStringList {};
}

void TestSearchMarker::marksOccurrences()
{
    QFETCH(QString, text);
    QFETCH(QStringList, patterns);
    QFETCH(QStringList, marked);

    QList<SearchPattern> searched;
    for (QString pattern : patterns) {
        const bool prefix = pattern.endsWith(u'*');
        if (prefix)
            pattern.chop(1);
        searched.append({ pattern.split(u' '), prefix });
    }
    QStringList found;
    int previousEnd = -1;
    for (const SearchMarker::Span &span : SearchMarker::spans(text, searched)) {
        QVERIFY(span.offset > previousEnd); // in text order, apart
        previousEnd = span.offset + span.length;
        found << text.mid(span.offset, span.length);
    }
    QCOMPARE(found, marked);
}

QTEST_GUILESS_MAIN(TestSearchMarker)
#include "tst_searchmarker.moc"
