// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ingest/LinkedDataReader.h"

#include <QTest>

using namespace annalist;

namespace {

// JSON written with single quotes, which read better in C++ string literals.
QString json(const char *singleQuoted)
{
    return QString::fromUtf8(singleQuoted).replace(QLatin1Char('\''), QLatin1Char('"'));
}

} // namespace

// Reading schema.org JSON-LD blocks: objects, arrays and @graph lists whose
// objects refer to each other by @id, and the defects real pages have.
class TestLinkedDataReader : public QObject
{
    Q_OBJECT

private slots:
    void read_data();
    void read();
    void rawLineBreakInsideString();
};

void TestLinkedDataReader::read_data()
{
    QTest::addColumn<QStringList>("blocks");
    QTest::addColumn<QString>("headline");
    QTest::addColumn<QString>("datePublished");
    QTest::addColumn<QString>("authors");
    QTest::addColumn<QString>("publisher");

    QTest::newRow("nothing") << QStringList() << QString() << QString() << QString() << QString();

    QTest::newRow("article object") << QStringList { json(
        "{'@context':'https://schema.org','@type':'NewsArticle','headline':' Markets rally ',"
        "'datePublished':'2024-09-30T08:15Z','author':{'@type':'Person','name':'Lena  Vogel'},"
        "'publisher':{'@type':'Organization','name':'Zürcher Blatt'}}") }
                                    << QStringLiteral("Markets rally") << QStringLiteral("2024-09-30T08:15Z")
                                    << QStringLiteral("Lena Vogel") << QStringLiteral("Zürcher Blatt");

    QTest::newRow("authors as text, objects and a list, each once")
        << QStringList { json("{'@type':'BlogPosting','author':[{'name':'Ana Peña'},'Luis Ortega','Ana Peña',"
                              "'https://example.org/staff/editor',{'name':' '}]}") }
        << QString() << QString() << QStringLiteral("Ana Peña, Luis Ortega") << QString();

    QTest::newRow("article asked before other objects")
        << QStringList { json("[{'@type':'WebPage','headline':'Page','datePublished':'2020-01-01','author':'Web team'},"
                              "{'@type':['ReportageNewsArticle'],'headline':'Story','datePublished':'2024-06-02'}]") }
        << QStringLiteral("Story") << QStringLiteral("2024-06-02") << QStringLiteral("Web team") << QString();

    QTest::newRow("graph with references by @id")
        << QStringList { json("{'@graph':[{'@type':'NewsArticle','headline':'Sheinbaum recibe a Rubio',"
                              "'author':{'@id':'#ana'},'publisher':{'@id':'#org'}},"
                              "{'@type':'Organization','@id':'#org','name':'Diario Sur'},"
                              "{'@type':'Person','@id':'#ana','name':'Ana Peña'}]}") }
        << QStringLiteral("Sheinbaum recibe a Rubio") << QString() << QStringLiteral("Ana Peña")
        << QStringLiteral("Diario Sur");

    QTest::newRow("unresolved reference has no name")
        << QStringList { json("{'@type':'NewsArticle','author':{'@id':'#nobody'},'publisher':'Gulf Herald'}") }
        << QString() << QString() << QString() << QStringLiteral("Gulf Herald");

    QTest::newRow("first of several publishers")
        << QStringList { json("{'@type':'Report','publisher':[{'name':'First'},{'name':'Second'}]}") } << QString()
        << QString() << QString() << QStringLiteral("First");

    QTest::newRow("several blocks in page order")
        << QStringList { json("{'@type':'WebSite','publisher':{'name':'Site'}}"),
                         json("{'@type':'NewsArticle','headline':'Second block'}") }
        << QStringLiteral("Second block") << QString() << QString() << QStringLiteral("Site");

    QTest::newRow("comment and CDATA wrappers")
        << QStringList { json("<!-- {'@type':'NewsArticle','headline':'Wrapped'} -->"),
                         json("//<![CDATA[\n{'@type':'WebPage','datePublished':'2024-01-02'}\n//]]>") }
        << QStringLiteral("Wrapped") << QStringLiteral("2024-01-02") << QString() << QString();

    QTest::newRow("malformed block ignored")
        << QStringList { json("{'headline':'Broken',"), json("{'@type':'NewsArticle','headline':'Fine'}") }
        << QStringLiteral("Fine") << QString() << QString() << QString();

    QTest::newRow("graphs nested too deep are not followed")
        << QStringList { json("{'@graph':{'@graph':{'@graph':{'@graph':{'@graph':{'@graph':{'@graph':{'@graph':"
                              "{'@graph':{'@type':'NewsArticle','headline':'Too deep'}}}}}}}}}}") }
        << QString() << QString() << QString() << QString();
}

void TestLinkedDataReader::read()
{
    QFETCH(QStringList, blocks);
    QFETCH(QString, headline);
    QFETCH(QString, datePublished);
    QFETCH(QString, authors);
    QFETCH(QString, publisher);

    LinkedDataReader reader;
    for (const QString &block : std::as_const(blocks))
        reader.add(block);
    QCOMPARE(reader.headline(), headline);
    QCOMPARE(reader.datePublished(), datePublished);
    QCOMPARE(reader.authors(), authors);
    QCOMPARE(reader.publisher(), publisher);
}

void TestLinkedDataReader::rawLineBreakInsideString()
{
    // Invalid JSON that pages publish anyway; Qt versions differ in whether they
    // accept it, the reader must read it either way.
    LinkedDataReader reader;
    reader.add(json("{'@type':'NewsArticle',\n'headline':'Two\nlines'}"));
    QCOMPARE(reader.headline().simplified(), QStringLiteral("Two lines"));
}

QTEST_GUILESS_MAIN(TestLinkedDataReader)
#include "tst_linkeddatareader.moc"
