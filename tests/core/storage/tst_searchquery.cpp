// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SearchQuery.h"

#include <QTest>

using namespace annalist;

// What the analyst types, as each full-text index reads it; the searches themselves
// are tested on both kinds of project in tst_fulltextsearch and tst_noterepository.
class TestSearchQuery : public QObject
{
    Q_OBJECT

private slots:
    void writesBothSyntaxes_data();
    void writesBothSyntaxes();
    void refusesWhatCannotBeRead_data();
    void refusesWhatCannotBeRead();
    void marksAllButWhatIsExcluded_data();
    void marksAllButWhatIsExcluded();
};

void TestSearchQuery::writesBothSyntaxes_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("fts5");
    QTest::addColumn<QString>("tsquery");

    QTest::newRow("word") << QStringLiteral("port") << QStringLiteral("\"port\"") << QStringLiteral("'port'");
    QTest::newRow("words side by side") << QStringLiteral("  port   deal ") << QStringLiteral("(\"port\" AND \"deal\")")
                                        << QStringLiteral("('port' & 'deal')");
    QTest::newRow("prefix") << QStringLiteral("tarif*") << QStringLiteral("\"tarif\"*") << QStringLiteral("'tarif':*");
    QTest::newRow("phrase") << QStringLiteral("\"port of Sorrel\"") << QStringLiteral("\"port of Sorrel\"")
                            << QStringLiteral("'port of Sorrel'");
    QTest::newRow("prefix phrase") << QStringLiteral("\"port ten\"*") << QStringLiteral("\"port ten\"*")
                                   << QStringLiteral("'port ten':*");
    QTest::newRow("or") << QStringLiteral("a OR b") << QStringLiteral("(\"a\" OR \"b\")")
                        << QStringLiteral("('a' | 'b')");
    QTest::newRow("not") << QStringLiteral("a NOT b") << QStringLiteral("(\"a\" NOT \"b\")")
                         << QStringLiteral("('a' & !'b')");
    QTest::newRow("and binds before or") << QStringLiteral("a b OR c") << QStringLiteral("((\"a\" AND \"b\") OR \"c\")")
                                         << QStringLiteral("(('a' & 'b') | 'c')");
    QTest::newRow("not binds before and")
        << QStringLiteral("a AND b NOT c") << QStringLiteral("(\"a\" AND (\"b\" NOT \"c\"))")
        << QStringLiteral("('a' & ('b' & !'c'))");
    QTest::newRow("parentheses") << QStringLiteral("(a OR b) NOT c") << QStringLiteral("((\"a\" OR \"b\") NOT \"c\")")
                                 << QStringLiteral("(('a' | 'b') & !'c')");
    QTest::newRow("lower-case operators are words")
        << QStringLiteral("war or peace") << QStringLiteral("((\"war\" AND \"or\") AND \"peace\")")
        << QStringLiteral("(('war' & 'or') & 'peace')");
    QTest::newRow("quotes in a word") << QStringLiteral("O'Brien's") << QStringLiteral("\"O'Brien's\"")
                                      << QStringLiteral("'O''Brien''s'");
    QTest::newRow("index syntax is a word")
        << QStringLiteral("NEAR(a b) ^x 10:30 back\\slash")
        << QStringLiteral("((((\"NEAR\" AND (\"a\" AND \"b\")) AND \"^x\") AND \"10:30\") AND \"back\\slash\")")
        << QStringLiteral("(((('NEAR' & ('a' & 'b')) & '^x') & '10:30') & 'back\\\\slash')");
    QTest::newRow("accents kept for the index to fold")
        << QStringLiteral("Reunión") << QStringLiteral("\"Reunión\"") << QStringLiteral("'Reunión'");
}

void TestSearchQuery::writesBothSyntaxes()
{
    QFETCH(QString, typed);
    QFETCH(QString, fts5);
    QFETCH(QString, tsquery);

    const Result<SearchQuery> query = SearchQuery::parse(typed);
    QVERIFY2(query, query ? "" : qPrintable(query.error().message));
    QCOMPARE(query->fts5(), fts5);
    if (!tsquery.isNull())
        QCOMPARE(query->tsquery(), tsquery);
}

void TestSearchQuery::refusesWhatCannotBeRead_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("says");

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral(" \t ") << QStringLiteral("empty");
    QTest::newRow("unterminated phrase") << QStringLiteral("port \"deal of") << QStringLiteral("closing quote");
    QTest::newRow("dangling operator") << QStringLiteral("port AND") << QStringLiteral("ends with AND");
    QTest::newRow("leading operator") << QStringLiteral("OR port") << QStringLiteral("OR needs a word before it");
    QTest::newRow("two operators") << QStringLiteral("port AND NOT deal")
                                   << QStringLiteral("NOT needs a word before it");
    QTest::newRow("open parenthesis") << QStringLiteral("(port") << QStringLiteral("not closed");
    QTest::newRow("stray parenthesis") << QStringLiteral("port)") << QStringLiteral("no opening one");
    QTest::newRow("empty parentheses") << QStringLiteral("()") << QStringLiteral("hold no words");
    QTest::newRow("operator before a parenthesis")
        << QStringLiteral("(port AND)") << QStringLiteral("AND needs a word after it");
    QTest::newRow("field") << QStringLiteral("author:pell") << QStringLiteral("“author:” names a field");
    QTest::newRow("lone star") << QStringLiteral("port *") << QStringLiteral("* must follow a word");
}

void TestSearchQuery::refusesWhatCannotBeRead()
{
    QFETCH(QString, typed);
    QFETCH(QString, says);

    const Result<SearchQuery> query = SearchQuery::parse(typed);
    QVERIFY(!query);
    QCOMPARE(query.error().code, StorageError::Code::InvalidQuery);
    QVERIFY2(query.error().message.startsWith(QStringLiteral("invalid search query")),
             qPrintable(query.error().message));
    QVERIFY2(query.error().message.contains(says), qPrintable(query.error().message));
}

// Each pattern written as its folded words joined by spaces, with * when it is a prefix.
void TestSearchQuery::marksAllButWhatIsExcluded_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("marked");

    QTest::newRow("word folded") << QStringLiteral("Reunión") << QStringList { QStringLiteral("reunion") };
    QTest::newRow("words side by side") << QStringLiteral("port deal")
                                        << QStringList { QStringLiteral("port"), QStringLiteral("deal") };
    QTest::newRow("phrase is one pattern")
        << QStringLiteral("\"Port of Sorrel\"") << QStringList { QStringLiteral("port of sorrel") };
    QTest::newRow("prefix") << QStringLiteral("tarif*") << QStringList { QStringLiteral("tarif*") };
    QTest::newRow("prefix phrase") << QStringLiteral("\"port ten\"*") << QStringList { QStringLiteral("port ten*") };
    QTest::newRow("or marks both") << QStringLiteral("a OR b")
                                   << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("not marks only the first") << QStringLiteral("a NOT b") << QStringList { QStringLiteral("a") };
    QTest::newRow("not of a group") << QStringLiteral("(a OR b) NOT (c OR d)")
                                    << QStringList { QStringLiteral("a"), QStringLiteral("b") };
    QTest::newRow("a word with a quote is a phrase")
        << QStringLiteral("O'Brien's") << QStringList { QStringLiteral("o brien s") };
    QTest::newRow("punctuation alone marks nothing")
        << QStringLiteral("^ port") << QStringList { QStringLiteral("port") };
}

void TestSearchQuery::marksAllButWhatIsExcluded()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, marked);

    const Result<SearchQuery> query = SearchQuery::parse(typed);
    QVERIFY2(query, query ? "" : qPrintable(query.error().message));
    QStringList written;
    for (const SearchPattern &pattern : query->marked())
        written << pattern.words.join(u' ') + (pattern.prefix ? QStringLiteral("*") : QString());
    QCOMPARE(written, marked);
}

QTEST_GUILESS_MAIN(TestSearchQuery)
#include "tst_searchquery.moc"
