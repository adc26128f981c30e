// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ingest/MarkdownText.h"
#include "ingest/TextImporter.h"

#include <QTest>
#include <QTimeZone>

using namespace annalist;

// Plain text and Markdown import: the title a reader expects, the body as written
// (Markdown as the reader shows it), front matter as metadata, and clear refusals.
class TestTextImporter : public QObject
{
    Q_OBJECT

private slots:
    void titles_data();
    void titles();
    void longTitlesAreShortenedAtAWord();
    void lineEndsAreNormalised_data();
    void lineEndsAreNormalised();
    void frontMatter_data();
    void frontMatter();
    void markdownPlainText_data();
    void markdownPlainText();
    void plainTextIsKeptAsWritten();
    void decodingWarningIsPassedOn();
    void refusals_data();
    void refusals();
};

namespace {

Result<ImportedDocument, ImportError> importBytes(const QByteArray &bytes, bool markdown)
{
    const TextImporter importer(markdown ? DocumentFormat::Markdown : DocumentFormat::PlainText);
    return importer.import(bytes, markdown ? QStringLiteral("brief.md") : QStringLiteral("brief.txt"));
}

QString repeated(const QString &word, int times)
{
    QStringList words;
    for (int i = 0; i < times; ++i)
        words << word;
    return words.join(u' ');
}

} // namespace

void TestTextImporter::titles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("markdown");
    QTest::addColumn<QString>("title");

    QTest::newRow("first line") << QByteArray("Port audit widens\nThe audit began in March.") << false
                                << QStringLiteral("Port audit widens");
    QTest::newRow("leading blank lines") << QByteArray("\n\n   \n\t\nPort audit widens\nBody.") << false
                                         << QStringLiteral("Port audit widens");
    QTest::newRow("surrounding white space")
        << QByteArray("   Port audit widens  \t\nBody.") << false << QStringLiteral("Port audit widens");
    QTest::newRow("inner white space") << QByteArray("Port \t audit   widens\nBody.") << false
                                       << QStringLiteral("Port audit widens");
    QTest::newRow("crlf") << QByteArray("\r\n\r\nPort audit widens\r\nBody.\r\n") << false
                          << QStringLiteral("Port audit widens");
    QTest::newRow("lone cr") << QByteArray("\rPort audit widens\rBody.\r") << false
                             << QStringLiteral("Port audit widens");
    QTest::newRow("only one line") << QByteArray("Port audit widens") << false << QStringLiteral("Port audit widens");
    QTest::newRow("utf-8") << QStringLiteral("Pe\u00F1a\u2019s \u201Cport\u201D audit\nBody.").toUtf8() << false
                           << QStringLiteral("Pe\u00F1a\u2019s \u201Cport\u201D audit");
    QTest::newRow("marks stay in plain text")
        << QByteArray("# Not a *heading* here\nBody.") << false << QStringLiteral("# Not a *heading* here");
    QTest::newRow("exactly the longest title") << QByteArray(TextImporter::maxTitleLength, 'x') + "\nBody." << false
                                               << QString(TextImporter::maxTitleLength, u'x');
    QTest::newRow("one character too long") << QByteArray(TextImporter::maxTitleLength + 1, 'x') + "\nBody." << false
                                            << QString(TextImporter::maxTitleLength, u'x') + QStringLiteral("\u2026");
    QTest::newRow("long line cut at a word") << repeated(QStringLiteral("abcd"), 60).toUtf8() + "\nBody." << false
                                             << repeated(QStringLiteral("abcd"), 40) + QStringLiteral("\u2026");
    QTest::newRow("long word cut at the limit") << QByteArray(300, 'x')
            + "\nBody." << false << QString(TextImporter::maxTitleLength, u'x') + QStringLiteral("\u2026");

    QTest::newRow("atx heading") << QByteArray("# Port audit widens\nBody.") << true
                                 << QStringLiteral("Port audit widens");
    QTest::newRow("closed atx heading") << QByteArray("## Port audit widens ##\nBody.") << true
                                        << QStringLiteral("Port audit widens");
    QTest::newRow("heading after blank lines")
        << QByteArray("\n\n### Port audit widens\nBody.") << true << QStringLiteral("Port audit widens");
    QTest::newRow("strong and emphasis") << QByteArray("# **Port** audit *widens* _again_\nBody.") << true
                                         << QStringLiteral("Port audit widens again");
    QTest::newRow("code in a heading") << QByteArray("# The `audit` tool\nBody.") << true
                                       << QStringLiteral("The audit tool");
    QTest::newRow("link in a heading") << QByteArray("# [Port audit widens](https://example.org/a)\nBody.") << true
                                       << QStringLiteral("Port audit widens");
    QTest::newRow("snake_case in a heading")
        << QByteArray("# The snake_case_words file\nBody.") << true << QStringLiteral("The snake_case_words file");
    QTest::newRow("arithmetic in a heading")
        << QByteArray("# Why 2*3*4 is 24\nBody.") << true << QStringLiteral("Why 2*3*4 is 24");
    QTest::newRow("rule before the heading")
        << QByteArray("***\n# Port audit widens\nBody.") << true << QStringLiteral("Port audit widens");
    QTest::newRow("setext heading") << QByteArray("Port audit widens\n=================\nBody.") << true
                                    << QStringLiteral("Port audit widens");
    QTest::newRow("long markdown heading") << QByteArray("# ") + repeated(QStringLiteral("abcd"), 60).toUtf8() << true
                                           << repeated(QStringLiteral("abcd"), 40) + QStringLiteral("\u2026");
}

void TestTextImporter::titles()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, markdown);
    QFETCH(QString, title);

    const auto document = importBytes(content, markdown);
    QVERIFY2(document, document ? "" : qPrintable(document.error().message));
    QCOMPARE(document->title, title);
    QVERIFY(document->title.size() <= TextImporter::maxTitleLength + 1);
}

void TestTextImporter::longTitlesAreShortenedAtAWord()
{
    QString line;
    for (int i = 0; line.size() < 600; ++i)
        line += QStringLiteral("word%1 ").arg(i);
    const QString title = TextImporter::titleFrom(line + QStringLiteral("\nBody."), false);
    QVERIFY(title.endsWith(QStringLiteral("\u2026")));
    const QString kept = title.chopped(1);
    QVERIFY(kept.size() <= TextImporter::maxTitleLength);
    QVERIFY(kept.size() > TextImporter::maxTitleLength / 2);
    QVERIFY(line.startsWith(kept));
    // Cut between words: the original continues with a space, and no word is halved.
    QCOMPARE(line.at(kept.size()), u' ');
    QVERIFY(!kept.endsWith(u' '));
}

void TestTextImporter::lineEndsAreNormalised_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("body");

    QTest::newRow("lf") << QByteArray("Title\nOne\nTwo\n") << QStringLiteral("Title\nOne\nTwo\n");
    QTest::newRow("crlf") << QByteArray("Title\r\nOne\r\nTwo\r\n") << QStringLiteral("Title\nOne\nTwo\n");
    QTest::newRow("lone cr") << QByteArray("Title\rOne\rTwo\r") << QStringLiteral("Title\nOne\nTwo\n");
    QTest::newRow("mixed") << QByteArray("Title\r\nOne\rTwo\nThree") << QStringLiteral("Title\nOne\nTwo\nThree");
    QTest::newRow("blank lines kept") << QByteArray("Title\r\n\r\n\r\nOne") << QStringLiteral("Title\n\n\nOne");
    QTest::newRow("cr lf cr") << QByteArray("Title\r\r\nOne") << QStringLiteral("Title\n\nOne");
}

void TestTextImporter::lineEndsAreNormalised()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, body);
    const auto document = importBytes(content, false);
    QVERIFY(document);
    QCOMPARE(document->body, body);
    QCOMPARE(document->title, QStringLiteral("Title"));
}

void TestTextImporter::frontMatter_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("author");
    QTest::addColumn<QString>("outlet");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QDateTime>("earliest");
    QTest::addColumn<int>("granularity");
    QTest::addColumn<QString>("body");

    const int day = int(TimeValue::Granularity::Day);
    const int minute = int(TimeValue::Granularity::Minute);
    const int none = int(TimeValue::Granularity::Unknown);
    const QDateTime april2(QDate(2025, 4, 2), QTime(0, 0), QTimeZone::utc());
    const QDateTime april2At1032(QDate(2025, 4, 2), QTime(10, 32), QTimeZone::utc());
    const QDateTime april2At0832(QDate(2025, 4, 2), QTime(8, 32), QTimeZone::utc());

    QTest::newRow("all fields") << QByteArray(
        "---\ntitle: Hearing on the port\nauthor: Jane Doe\noutlet: Meridian Wire\nurl: https://example.org/port\n"
        "date: 2025-04-02\n---\n# Heading\nText.")
                                << QStringLiteral("Hearing on the port") << QStringLiteral("Jane Doe")
                                << QStringLiteral("Meridian Wire") << QStringLiteral("https://example.org/port")
                                << april2 << day << QStringLiteral("Heading\nText.");
    QTest::newRow("publisher and utc timestamp")
        << QByteArray("---\ntitle: Hearing\npublisher: Aventa Post\ndate: 2025-04-02T10:32:00Z\n---\nText.")
        << QStringLiteral("Hearing") << QString() << QStringLiteral("Aventa Post") << QString() << april2At1032
        << minute << QStringLiteral("Text.");
    QTest::newRow("timestamp with offset")
        << QByteArray("---\ntitle: Hearing\ndate: 2025-04-02T10:32:00+02:00\n---\nText.") << QStringLiteral("Hearing")
        << QString() << QString() << QString() << april2At0832 << minute << QStringLiteral("Text.");
    // The form Jekyll writes.
    QTest::newRow("timestamp with a space")
        << QByteArray("---\ntitle: Hearing\ndate: 2025-04-02 10:32:00 +0200\n---\nText.") << QStringLiteral("Hearing")
        << QString() << QString() << QString() << april2At0832 << minute << QStringLiteral("Text.");
    QTest::newRow("quoted values") << QByteArray("---\ntitle: \"Hearing: day two\"\nauthor: 'Jane Doe'\nurl: "
                                                 "\"https://example.org/a?b=c\"\ndate: \"3 April 2025\"\n---\nText.")
                                   << QStringLiteral("Hearing: day two") << QStringLiteral("Jane Doe") << QString()
                                   << QStringLiteral("https://example.org/a?b=c")
                                   << QDateTime(QDate(2025, 4, 3), QTime(0, 0), QTimeZone::utc()) << day
                                   << QStringLiteral("Text.");
    QTest::newRow("named month date") << QByteArray("---\ndate: April 2, 2025\n---\nHearing\nText.")
                                      << QStringLiteral("Hearing") << QString() << QString() << QString() << april2
                                      << day << QStringLiteral("Hearing\nText.");
    QTest::newRow("keys in capitals") << QByteArray(
        "---\nTitle: Hearing\nAuthor: Jane Doe\nDate: 2025-04-02\n---\nText.")
                                      << QStringLiteral("Hearing") << QStringLiteral("Jane Doe") << QString()
                                      << QString() << april2 << day << QStringLiteral("Text.");
    QTest::newRow("no title in front matter") << QByteArray("---\nauthor: Jane Doe\n---\n# Heading\nText.")
                                              << QStringLiteral("Heading") << QStringLiteral("Jane Doe") << QString()
                                              << QString() << QDateTime() << none << QStringLiteral("Heading\nText.");
    QTest::newRow("crlf front matter") << QByteArray("---\r\ntitle: Hearing\r\ndate: 2025-04-02\r\n---\r\nText.\r\n")
                                       << QStringLiteral("Hearing") << QString() << QString() << QString() << april2
                                       << day << QStringLiteral("Text.\n");
    QTest::newRow("date that is no date")
        << QByteArray("---\ntitle: Hearing\ndate: sometime in spring\n---\nText.") << QStringLiteral("Hearing")
        << QString() << QString() << QString() << QDateTime() << none << QStringLiteral("Text.");
    QTest::newRow("unknown keys ignored")
        << QByteArray("---\ntitle: Hearing\ntags: [port, audit]\n---\nText.") << QStringLiteral("Hearing") << QString()
        << QString() << QString() << QDateTime() << none << QStringLiteral("Text.");
}

void TestTextImporter::frontMatter()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, title);
    QFETCH(QString, author);
    QFETCH(QString, outlet);
    QFETCH(QString, url);
    QFETCH(QDateTime, earliest);
    QFETCH(int, granularity);
    QFETCH(QString, body);

    const auto document = importBytes(content, true);
    QVERIFY2(document, document ? "" : qPrintable(document.error().message));
    QCOMPARE(document->title, title);
    QCOMPARE(document->author, author);
    QCOMPARE(document->outlet, outlet);
    QCOMPARE(document->url, url);
    QCOMPARE(document->body, body);
    QCOMPARE(document->mediaType, QStringLiteral("text/markdown"));
    QCOMPARE(int(document->published.granularity()), granularity);
    QCOMPARE(document->published.isKnown(), earliest.isValid());
    if (earliest.isValid()) {
        QCOMPARE(document->published.earliest(), earliest);
        QCOMPARE(document->published.anchor(), QStringLiteral("front matter"));
    }
}

void TestTextImporter::markdownPlainText_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("text");

    QTest::newRow("atx heading") << QStringLiteral("# Heading\nText") << QStringLiteral("Heading\nText");
    QTest::newRow("closed atx heading") << QStringLiteral("### Heading ###") << QStringLiteral("Heading");
    QTest::newRow("indented atx heading") << QStringLiteral("  ## Heading") << QStringLiteral("Heading");
    QTest::newRow("hash without space") << QStringLiteral("#hashtag stays") << QStringLiteral("#hashtag stays");
    QTest::newRow("setext heading 1") << QStringLiteral("Heading\n=======\nText") << QStringLiteral("Heading\nText");
    QTest::newRow("setext heading 2") << QStringLiteral("Heading\n-------\nText") << QStringLiteral("Heading\nText");
    QTest::newRow("strong") << QStringLiteral("a **strong** word") << QStringLiteral("a strong word");
    QTest::newRow("strong with underscores") << QStringLiteral("a __strong__ word") << QStringLiteral("a strong word");
    QTest::newRow("emphasis with stars") << QStringLiteral("an *emphasised* word")
                                         << QStringLiteral("an emphasised word");
    QTest::newRow("emphasis with underscores")
        << QStringLiteral("an _emphasised_ word") << QStringLiteral("an emphasised word");
    QTest::newRow("strong emphasis inside") << QStringLiteral("**very *much* so**") << QStringLiteral("very much so");
    QTest::newRow("code") << QStringLiteral("run `annalist-cli list`") << QStringLiteral("run annalist-cli list");
    QTest::newRow("link") << QStringLiteral("see [the report](https://example.org/r) here")
                          << QStringLiteral("see the report here");
    QTest::newRow("reference link") << QStringLiteral("see [the report][1] here")
                                    << QStringLiteral("see the report here");
    QTest::newRow("image") << QStringLiteral("![harbour at dawn](img/harbour.jpg) caption")
                           << QStringLiteral("harbour at dawn caption");
    QTest::newRow("image inside link") << QStringLiteral("[![logo](l.png)](https://example.org)")
                                       << QStringLiteral("logo");
    QTest::newRow("fenced code verbatim") << QStringLiteral("Before\n```\n**not strong** [x](y) # no\n```\nAfter")
                                          << QStringLiteral("Before\n**not strong** [x](y) # no\nAfter");
    QTest::newRow("tilde fence with language")
        << QStringLiteral("~~~cpp\nint a = 2*3*4; // _x_\n~~~") << QStringLiteral("int a = 2*3*4; // _x_");
    QTest::newRow("rule of stars") << QStringLiteral("One\n\n***\n\nTwo") << QStringLiteral("One\n\n\nTwo");
    QTest::newRow("rule of underscores") << QStringLiteral("One\n\n___\n\nTwo") << QStringLiteral("One\n\n\nTwo");
    QTest::newRow("rule of dashes") << QStringLiteral("One\n\n---\n\nTwo") << QStringLiteral("One\n\n\nTwo");
    QTest::newRow("rule with spaces") << QStringLiteral("One\n\n* * *\n\nTwo") << QStringLiteral("One\n\n\nTwo");
    QTest::newRow("snake_case untouched")
        << QStringLiteral("set snake_case_words here") << QStringLiteral("set snake_case_words here");
    QTest::newRow("arithmetic untouched") << QStringLiteral("2*3*4 is 24") << QStringLiteral("2*3*4 is 24");
    QTest::newRow("lone star untouched") << QStringLiteral("a * b and c * d") << QStringLiteral("a * b and c * d");
    QTest::newRow("list items kept") << QStringLiteral("- one\n- two\n1. three")
                                     << QStringLiteral("- one\n- two\n1. three");
    QTest::newRow("paragraphs kept") << QStringLiteral("One.\n\nTwo.") << QStringLiteral("One.\n\nTwo.");
    QTest::newRow("empty") << QString() << QString();
}

void TestTextImporter::markdownPlainText()
{
    QFETCH(QString, markdown);
    QFETCH(QString, text);
    QCOMPARE(MarkdownText::toPlainText(markdown), text);
}

void TestTextImporter::plainTextIsKeptAsWritten()
{
    const QByteArray content("Title\n# not a heading\n**kept** _as_ `written` [x](y)\n---\n");
    const auto document = importBytes(content, false);
    QVERIFY(document);
    QCOMPARE(document->body, QString::fromUtf8(content));
    QCOMPARE(document->mediaType, QStringLiteral("text/plain"));
    QVERIFY(document->warnings.isEmpty());
    QVERIFY(!document->published.isKnown());

    // Front matter is a Markdown convention; in a .txt file it is text.
    const QByteArray matter("---\ntitle: Hearing\n---\nText.");
    const auto plain = importBytes(matter, false);
    QVERIFY(plain);
    QCOMPARE(plain->body, QString::fromUtf8(matter));
    QVERIFY(plain->author.isEmpty());
}

void TestTextImporter::decodingWarningIsPassedOn()
{
    const auto document = importBytes(QByteArray("Caf\xE9 report\n\x93Quoted\x94 text."), false);
    QVERIFY(document);
    QCOMPARE(document->title, QStringLiteral("Caf\u00E9 report"));
    QCOMPARE(document->body, QStringLiteral("Caf\u00E9 report\n\u201CQuoted\u201D text."));
    QCOMPARE(document->warnings.size(), 1);
    QVERIFY2(document->warnings.first().contains(QStringLiteral("Windows-1252")),
             qPrintable(document->warnings.first()));
}

void TestTextImporter::refusals_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("markdown");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QByteArray() << false << QStringLiteral("the file is empty");
    QTest::newRow("empty markdown") << QByteArray() << true << QStringLiteral("the file is empty");
    QTest::newRow("white space only") << QByteArray(" \n\t\r\n  \r ") << false << QStringLiteral("no text");
    QTest::newRow("white space only, markdown") << QByteArray("\n\n   \n") << true << QStringLiteral("no text");
    QTest::newRow("front matter only") << QByteArray("---\ntitle: Hearing\n---\n") << true << QStringLiteral("no text");
    QTest::newRow("control characters") << QByteArray("Title\nabc\x01\x02\x03"
                                                      "def")
                                        << false << QStringLiteral("binary");
    QTest::newRow("nul byte") << QByteArray("Title\nabc\0def", 13) << false << QStringLiteral("binary");
    QTest::newRow("control characters in markdown")
        << QByteArray("# Title\n\x07\x08") << true << QStringLiteral("binary");
}

void TestTextImporter::refusals()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, markdown);
    QFETCH(QString, reason);

    const auto document = importBytes(content, markdown);
    QVERIFY2(!document, document ? qPrintable(document->body) : "");
    QVERIFY2(document.error().message.contains(reason), qPrintable(document.error().message));
}

QTEST_GUILESS_MAIN(TestTextImporter)
#include "tst_textimporter.moc"
