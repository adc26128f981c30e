// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "ingest/DatelineParser.h"
#include "ingest/TextDecoder.h"

#include <QDir>
#include <QTest>

using namespace annalist;

// A publication date is taken only from what a text states about itself near its
// top; dates in the story, relative words and impossible dates give none.
class TestDatelineParser : public QObject
{
    Q_OBJECT

private slots:
    void find_data();
    void find();
    void parseDate_data();
    void parseDate();
    void seedArticlesHaveNoDateline_data();
    void seedArticlesHaveNoDateline();
};

namespace {

// Six lines of story without a date, so that whatever follows is past the top.
QString storyLines()
{
    return QStringLiteral("Port audit widens\n"
                          "Officials in Aventa said the audit would take longer.\n"
                          "The harbour master declined to comment.\n"
                          "Two shipping firms asked for an extension.\n"
                          "The ministry has not replied to their letters.\n"
                          "A hearing is expected in the coming weeks.\n");
}

} // namespace

void TestDatelineParser::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("dateText");
    QTest::addColumn<QString>("outlet");

    const QDate march3(2025, 3, 3);
    const QString body = QStringLiteral("\nThe talks ended without a joint statement.\n");

    // Agency datelines.
    QTest::newRow("reuters dateline") << QStringLiteral("WASHINGTON, March 3, 2025 (Reuters) \u2014 The Senate voted.")
            + body << march3 << QStringLiteral("March 3, 2025")
                                      << QStringLiteral("Reuters");
    QTest::newRow("abbreviated month, no outlet")
        << QStringLiteral("MEXICO CITY, Jan. 5, 2025 \u2014 Officials met.") + body << QDate(2025, 1, 5)
        << QStringLiteral("Jan. 5, 2025") << QString();
    QTest::newRow("outlet of two words") << QStringLiteral(
                                                "AVENTA, February 10, 2025 (Meridian Wire) \u2014 The port reopened.")
            + body << QDate(2025, 2, 10) << QStringLiteral("February 10, 2025")
                                         << QStringLiteral("Meridian Wire");
    QTest::newRow("dateline below the headline")
        << QStringLiteral(
               "Port reopens after audit\nAVENTA, February 10, 2025 (Meridian Wire) \u2014 The port reopened.")
            + body
        << QDate(2025, 2, 10) << QStringLiteral("February 10, 2025") << QStringLiteral("Meridian Wire");
    QTest::newRow("dateline with a state")
        << QStringLiteral("SPRINGFIELD, Ill., March 3, 2025 (AP) \u2014 Lawmakers met.") + body << march3
        << QStringLiteral("March 3, 2025") << QStringLiteral("AP");
    QTest::newRow("dateline with a weekday")
        << QStringLiteral("LONDON, Monday, March 3, 2025 \u2014 Ministers met.") + body << march3
        << QStringLiteral("March 3, 2025") << QString();
    QTest::newRow("dateline day first, en dash")
        << QStringLiteral("GENEVA, 3 March 2025 (Meridian Wire) \u2013 Talks resumed.") + body << march3
        << QStringLiteral("3 March 2025") << QStringLiteral("Meridian Wire");
    QTest::newRow("dateline with double hyphen") << QStringLiteral("PARIS, March 3, 2025 -- The ministry said.") + body
                                                 << march3 << QStringLiteral("March 3, 2025") << QString();
    QTest::newRow("dateline with accented place")
        << QStringLiteral("BOGOT\u00C1, March 3, 2025 (Reuters) \u2014 Talks.") + body << march3
        << QStringLiteral("March 3, 2025") << QStringLiteral("Reuters");
    QTest::newRow("dateline with sept.") << QStringLiteral("BERLIN, Sept. 9, 2025 \u2014 The vote passed.") + body
                                         << QDate(2025, 9, 9) << QStringLiteral("Sept. 9, 2025") << QString();
    QTest::newRow("dateline with ordinal day")
        << QStringLiteral("MADRID, March 3rd, 2025 (Reuters) \u2014 Talks.") + body << march3
        << QStringLiteral("March 3rd, 2025") << QStringLiteral("Reuters");

    // Publication lines.
    QTest::newRow("published:") << QStringLiteral("Port audit widens\nPublished: 3 March 2025") + body << march3
                                << QStringLiteral("3 March 2025") << QString();
    QTest::newRow("published with weekday and time")
        << QStringLiteral("Published: Monday, March 3, 2025 10:32 EST") + body << march3
        << QStringLiteral("March 3, 2025") << QString();
    QTest::newRow("posted on") << QStringLiteral("Port audit widens\nPosted on March 3, 2025") + body << march3
                               << QStringLiteral("March 3, 2025") << QString();
    QTest::newRow("first published on") << QStringLiteral("First published on March 3, 2025 by the desk") + body
                                        << march3 << QStringLiteral("March 3, 2025") << QString();
    QTest::newRow("date: iso") << QStringLiteral("Date: 2025-03-03") + body << march3 << QStringLiteral("2025-03-03")
                               << QString();
    QTest::newRow("publication date") << QStringLiteral("Publication date: March 3, 2025") + body << march3
                                      << QStringLiteral("March 3, 2025") << QString();
    QTest::newRow("published, ordinal day first")
        << QStringLiteral("Published: 21st March 2025") + body << QDate(2025, 3, 21)
        << QStringLiteral("21st March 2025") << QString();
    QTest::newRow("posted, ordinal 2nd") << QStringLiteral("Posted on 2nd June 2025") + body << QDate(2025, 6, 2)
                                         << QStringLiteral("2nd June 2025") << QString();
    QTest::newRow("published, lower case month")
        << QStringLiteral("published: 3 march 2025") + body << march3 << QStringLiteral("3 march 2025") << QString();
    QTest::newRow("published, leap day") << QStringLiteral("Published: February 29, 2024") + body << QDate(2024, 2, 29)
                                         << QStringLiteral("February 29, 2024") << QString();

    // Bylines.
    QTest::newRow("byline with bar") << QStringLiteral("Port audit widens\nBy Jane Doe | March 3, 2025") + body
                                     << march3 << QStringLiteral("March 3, 2025") << QString();
    QTest::newRow("byline with em dash") << QStringLiteral("By Jane Doe \u2014 March 3, 2025") + body << march3
                                         << QStringLiteral("March 3, 2025") << QString();
    QTest::newRow("byline naming the paper") << QStringLiteral("By Jane Doe, Meridian Wire | Mar. 3, 2025") + body
                                             << march3 << QStringLiteral("Mar. 3, 2025") << QString();
    QTest::newRow("byline with middle dot") << QStringLiteral("By Jane Doe \u00B7 3 March 2025") + body << march3
                                            << QStringLiteral("3 March 2025") << QString();

    // Lines holding only a date.
    QTest::newRow("weekday and date") << QStringLiteral("Port audit widens\nMonday, March 3, 2025") + body << march3
                                      << QStringLiteral("March 3, 2025") << QString();
    QTest::newRow("iso date") << QStringLiteral("Port audit widens\n2025-03-03") + body << march3
                              << QStringLiteral("2025-03-03") << QString();
    QTest::newRow("date and time of day") << QStringLiteral("Port audit widens\nMarch 3, 2025 at 10:32 a.m. EST") + body
                                          << march3 << QStringLiteral("March 3, 2025") << QString();
    QTest::newRow("date and 24-hour time") << QStringLiteral("Port audit widens\n3 March 2025, 14:05") + body << march3
                                           << QStringLiteral("3 March 2025") << QString();
    QTest::newRow("ordinal date") << QStringLiteral("Port audit widens\nMarch 3rd, 2025") + body << march3
                                  << QStringLiteral("March 3rd, 2025") << QString();
    QTest::newRow("indented date") << QStringLiteral("Port audit widens\n    March 3, 2025   ") + body << march3
                                   << QStringLiteral("March 3, 2025") << QString();
    QTest::newRow("crlf line ends") << QStringLiteral("Port audit widens\r\nMarch 3, 2025\r\nText.\r\n") << march3
                                    << QStringLiteral("March 3, 2025") << QString();
    QTest::newRow("blank lines do not count")
        << QStringLiteral("\n\n\nPort audit widens\n\n\n\n\nMarch 3, 2025\n") + body << march3
        << QStringLiteral("March 3, 2025") << QString();
    QTest::newRow("date on the sixth line")
        << storyLines().section(u'\n', 0, 4) + QStringLiteral("\nPublished: March 3, 2025") + body << march3
        << QStringLiteral("March 3, 2025") << QString();

    // No publication date.
    QTest::newRow("date on the seventh line")
        << storyLines() + QStringLiteral("March 3, 2025\n") << QDate() << QString() << QString();
    QTest::newRow("published line deep in the body")
        << storyLines() + QStringLiteral("\nPublished: March 3, 2025\n") << QDate() << QString() << QString();
    QTest::newRow("dateline deep in the body")
        << storyLines() + storyLines() + QStringLiteral("WASHINGTON, March 3, 2025 (Reuters) \u2014 More.\n") << QDate()
        << QString() << QString();
    QTest::newRow("sentence on the first line")
        << QStringLiteral("The meeting on March 3, 2025 was tense.") + body << QDate() << QString() << QString();
    QTest::newRow("sentence starting with a date")
        << QStringLiteral("March 3, 2025 was a tense day for the talks.") + body << QDate() << QString() << QString();
    QTest::newRow("date inside a dashed clause")
        << QStringLiteral("Officials said on Monday that March 3, 2025 \u2014 the deadline \u2014 had passed.") + body
        << QDate() << QString() << QString();
    QTest::newRow("updated is not published")
        << QStringLiteral("Port audit widens\nUpdated: March 3, 2025") + body << QDate() << QString() << QString();
    QTest::newRow("february 30") << QStringLiteral("Port audit widens\nPublished: February 30, 2025") + body << QDate()
                                 << QString() << QString();
    QTest::newRow("february 30 in a dateline") << QStringLiteral("WASHINGTON, February 30, 2025 (Reuters) \u2014 Text.")
            + body << QDate() << QString() << QString();
    QTest::newRow("february 29 in a common year")
        << QStringLiteral("February 29, 2025") + body << QDate() << QString() << QString();
    QTest::newRow("month 13") << QStringLiteral("Port audit widens\n2025-13-01") + body << QDate() << QString()
                              << QString();
    QTest::newRow("day 32") << QStringLiteral("Published: March 32, 2025") + body << QDate() << QString() << QString();
    QTest::newRow("month and year only") << QStringLiteral("Published: March 2025") + body << QDate() << QString()
                                         << QString();
    QTest::newRow("year only") << QStringLiteral("Port audit widens\n2025") + body << QDate() << QString() << QString();
    QTest::newRow("dateline without a year") << QStringLiteral("WASHINGTON, March 3 (Reuters) \u2014 The Senate voted.")
            + body << QDate() << QString() << QString();
    QTest::newRow("relative: next week") << QStringLiteral(
                                                "Rubio to visit Mexico\nThe senator will visit Mexico next week.")
            + body << QDate() << QString()
                                         << QString();
    QTest::newRow("relative: recently") << QStringLiteral("Talks held\nOfficials recently met in Mexico City.") + body
                                        << QDate() << QString() << QString();
    QTest::newRow("empty text") << QString() << QDate() << QString() << QString();
}

void TestDatelineParser::find()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QFETCH(QString, dateText);
    QFETCH(QString, outlet);

    const std::optional<Dateline> dateline = DatelineParser::find(text);
    if (!date.isValid()) {
        QVERIFY2(!dateline, dateline ? qPrintable(dateline->published.expression()) : "");
        return;
    }
    QVERIFY(dateline);
    QCOMPARE(dateline->published.granularity(), TimeValue::Granularity::Day);
    QCOMPARE(dateline->published.earliest().date(), date);
    QCOMPARE(dateline->published.latest().date(), date);
    QCOMPARE(dateline->published.expression(), dateText);
    QCOMPARE(dateline->published.anchor(), QStringLiteral("dateline"));
    QCOMPARE(text.mid(dateline->offset, dateline->length), dateText);
    QCOMPARE(dateline->offset, static_cast<int>(text.indexOf(dateText)));
    QCOMPARE(dateline->outlet, outlet);
}

void TestDatelineParser::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    const QDate march3(2025, 3, 3);
    QTest::newRow("month first") << QStringLiteral("March 3, 2025") << march3;
    QTest::newRow("day first") << QStringLiteral("3 March 2025") << march3;
    QTest::newRow("abbreviation with dot") << QStringLiteral("Mar. 3, 2025") << march3;
    QTest::newRow("abbreviation without comma") << QStringLiteral("Mar 3 2025") << march3;
    QTest::newRow("sept.") << QStringLiteral("Sept. 9, 2025") << QDate(2025, 9, 9);
    QTest::newRow("sep") << QStringLiteral("Sep 9, 2025") << QDate(2025, 9, 9);
    QTest::newRow("iso") << QStringLiteral("2025-03-03") << march3;
    QTest::newRow("ordinal month first") << QStringLiteral("March 3rd, 2025") << march3;
    QTest::newRow("ordinal day first") << QStringLiteral("21st March 2025") << QDate(2025, 3, 21);
    QTest::newRow("ordinal with abbreviation") << QStringLiteral("1st Jan. 2025") << QDate(2025, 1, 1);
    QTest::newRow("extra white space") << QStringLiteral("  March   3,  2025  ") << march3;
    QTest::newRow("lower case") << QStringLiteral("march 3, 2025") << march3;
    QTest::newRow("upper case") << QStringLiteral("MARCH 3, 2025") << march3;
    QTest::newRow("end of year") << QStringLiteral("31 December 2024") << QDate(2024, 12, 31);
    QTest::newRow("leap day") << QStringLiteral("February 29, 2024") << QDate(2024, 2, 29);

    QTest::newRow("february 30") << QStringLiteral("February 30, 2025") << QDate();
    QTest::newRow("february 29 in a common year") << QStringLiteral("February 29, 2025") << QDate();
    QTest::newRow("iso month 13") << QStringLiteral("2025-13-01") << QDate();
    QTest::newRow("iso february 30") << QStringLiteral("2025-02-30") << QDate();
    QTest::newRow("not a month") << QStringLiteral("Smarch 3, 2025") << QDate();
    // Words that merely begin like a month are not months.
    QTest::newRow("junior is not june") << QStringLiteral("Junior 3, 2025") << QDate();
    QTest::newRow("decade is not december") << QStringLiteral("3 Decade 2025") << QDate();
    QTest::newRow("month and year") << QStringLiteral("March 2025") << QDate();
    QTest::newRow("slashes") << QStringLiteral("3/3/2025") << QDate();
    QTest::newRow("trailing words") << QStringLiteral("March 3, 2025 at noon") << QDate();
    QTest::newRow("relative") << QStringLiteral("next week") << QDate();
    QTest::newRow("empty") << QString() << QDate();
}

void TestDatelineParser::parseDate()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    const QDate parsed = DatelineParser::parseDate(text);
    QCOMPARE(parsed.isValid(), date.isValid());
    if (date.isValid())
        QCOMPARE(parsed, date);
}

void TestDatelineParser::seedArticlesHaveNoDateline_data()
{
    QTest::addColumn<QString>("path");
    const QString seeds = test::seedsDirectory();
    if (seeds.isEmpty())
        QSKIP("the shared seed articles are not beside this checkout");
    const QFileInfoList files = QDir(seeds).entryInfoList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files)
        QTest::newRow(qPrintable(file.fileName())) << file.filePath();
}

void TestDatelineParser::seedArticlesHaveNoDateline()
{
    QFETCH(QString, path);
    const QByteArray bytes = test::readFile(path);
    QVERIFY(!bytes.isEmpty());
    // The seed articles state no publication date; their dates are events in the story.
    const std::optional<Dateline> dateline = DatelineParser::find(TextDecoder::decode(bytes).text);
    QVERIFY2(!dateline, dateline ? qPrintable(dateline->published.expression()) : "");
}

QTEST_GUILESS_MAIN(TestDatelineParser)
#include "tst_datelineparser.moc"
