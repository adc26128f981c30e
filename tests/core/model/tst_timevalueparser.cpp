// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/TimeValueParser.h"
#include "model/TimeValueText.h"

#include <QTest>

using annalist::TimeValue;
using annalist::TimeValueParser;
using annalist::TimeValueText;

class TestTimeValueParser : public QObject
{
    Q_OBJECT

private slots:
    void parsesWhatAnalystsType_data();
    void parsesWhatAnalystsType();
    void refusesWithReasons_data();
    void refusesWithReasons();
    void edtfReadsBack_data();
    void edtfReadsBack();
    void wordsReadBack_data();
    void wordsReadBack();
};

void TestTimeValueParser::parsesWhatAnalystsType_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("edtf");
    QTest::addColumn<QString>("words");
    QTest::addColumn<QString>("earliest");
    QTest::addColumn<QString>("latest");

    const auto row = [](const char *name, const char *text, const char *edtf, const char *words, const char *earliest,
                        const char *latest) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(edtf) << QString::fromUtf8(words)
                            << QString::fromUtf8(earliest) << QString::fromUtf8(latest);
    };
    row("iso day", "2024-09-30", "2024-09-30", "30 Sep 2024", "2024-09-30", "2024-09-30");
    row("iso month", "2024-09", "2024-09", "Sep 2024", "2024-09-01", "2024-09-30");
    row("february of a leap year", "2024-02", "2024-02", "Feb 2024", "2024-02-01", "2024-02-29");
    row("february of another year", "2025-02", "2025-02", "Feb 2025", "2025-02-01", "2025-02-28");
    row("year", "2024", "2024", "2024", "2024-01-01", "2024-12-31");
    row("short month name", "Sep 2024", "2024-09", "Sep 2024", "2024-09-01", "2024-09-30");
    row("sept", "Sept 2024", "2024-09", "Sep 2024", "2024-09-01", "2024-09-30");
    row("month with period", "Sep. 2024", "2024-09", "Sep 2024", "2024-09-01", "2024-09-30");
    row("full month name", "September 2024", "2024-09", "Sep 2024", "2024-09-01", "2024-09-30");
    row("lower case month", "september 2024", "2024-09", "Sep 2024", "2024-09-01", "2024-09-30");
    row("month, year", "September, 2024", "2024-09", "Sep 2024", "2024-09-01", "2024-09-30");
    row("day month year", "30 September 2024", "2024-09-30", "30 Sep 2024", "2024-09-30", "2024-09-30");
    row("ordinal day", "1st October 2024", "2024-10-01", "1 Oct 2024", "2024-10-01", "2024-10-01");
    row("month day, year", "September 30, 2024", "2024-09-30", "30 Sep 2024", "2024-09-30", "2024-09-30");
    row("short month day year", "Jan 20 2025", "2025-01-20", "20 Jan 2025", "2025-01-20", "2025-01-20");
    row("spaces around", "  2024-09-30  ", "2024-09-30", "30 Sep 2024", "2024-09-30", "2024-09-30");
    row("approximate prefix", "~2024-09", "2024-09~", "c. Sep 2024", "2024-09-01", "2024-09-30");
    row("approximate suffix", "2024-09~", "2024-09~", "c. Sep 2024", "2024-09-01", "2024-09-30");
    row("circa", "c. 2024", "2024~", "c. 2024", "2024-01-01", "2024-12-31");
    row("about", "about March 2025", "2025-03~", "c. Mar 2025", "2025-03-01", "2025-03-31");
    row("around", "around 2025-03-02", "2025-03-02~", "c. 2 Mar 2025", "2025-03-02", "2025-03-02");
    row("uncertain", "2024-09?", "2024-09?", "Sep 2024 (uncertain)", "2024-09-01", "2024-09-30");
    row("uncertain year", "2024?", "2024?", "2024 (uncertain)", "2024-01-01", "2024-12-31");
    row("uncertain and approximate", "2024-09%", "2024-09?", "Sep 2024 (uncertain)", "2024-09-01", "2024-09-30");
    row("early year", "early 2025", "2025-01-01/2025-04-30~", "c. between 1 Jan and 30 Apr 2025", "2025-01-01",
        "2025-04-30");
    row("late month", "late September 2024", "2024-09-21/2024-09-30~", "c. between 21 Sep and 30 Sep 2024",
        "2024-09-21", "2024-09-30");
    row("late february", "late February 2024", "2024-02-21/2024-02-29~", "c. between 21 Feb and 29 Feb 2024",
        "2024-02-21", "2024-02-29");
    row("late year", "late 2024", "2024-09-01/2024-12-31~", "c. between 1 Sep and 31 Dec 2024", "2024-09-01",
        "2024-12-31");
    row("mid year", "mid-2024", "2024-05-01/2024-08-31~", "c. between 1 May and 31 Aug 2024", "2024-05-01",
        "2024-08-31");
    row("mid with space", "mid 2024", "2024-05-01/2024-08-31~", "c. between 1 May and 31 Aug 2024", "2024-05-01",
        "2024-08-31");
    row("early month iso", "early 2024-09", "2024-09-01/2024-09-10~", "c. between 1 Sep and 10 Sep 2024", "2024-09-01",
        "2024-09-10");
    row("between days", "between 2024-06-02 and 2024-09-30", "2024-06-02/2024-09-30", "between 2 Jun and 30 Sep 2024",
        "2024-06-02", "2024-09-30");
    row("between months", "between June 2024 and September 2024", "2024-06/2024-09", "between Jun and Sep 2024",
        "2024-06-01", "2024-09-30");
    row("between years", "between 2023 and 2025", "2023/2025", "between 2023 and 2025", "2023-01-01", "2025-12-31");
    row("between across years", "between 2024-12-30 and 2025-01-02", "2024-12-30/2025-01-02",
        "between 30 Dec 2024 and 2 Jan 2025", "2024-12-30", "2025-01-02");
    row("between mixed units", "between 2024-06 and 2024-09-15", "2024-06-01/2024-09-15",
        "between 1 Jun and 15 Sep 2024", "2024-06-01", "2024-09-15");
    row("Between capitalised", "Between 2024-06-02 and 2024-09-30", "2024-06-02/2024-09-30",
        "between 2 Jun and 30 Sep 2024", "2024-06-02", "2024-09-30");
    // "before" and "after" leave their bound out, "until", "by", "from" and "since" keep
    // it; the words say the bound that belongs to the time.
    row("before day", "before 2025-01-20", "../2025-01-19", "until 19 Jan 2025 (inclusive)", "", "2025-01-19");
    row("until day", "until 2025-01-20", "../2025-01-20", "until 20 Jan 2025 (inclusive)", "", "2025-01-20");
    row("by day", "by 2025-01-20", "../2025-01-20", "until 20 Jan 2025 (inclusive)", "", "2025-01-20");
    row("before month", "before 2025-01", "../2024-12", "until Dec 2024 (inclusive)", "", "2024-12-31");
    row("after day", "after 2025-01-20", "2025-01-21/..", "from 21 Jan 2025", "2025-01-21", "");
    row("from day", "from 2025-01-21", "2025-01-21/..", "from 21 Jan 2025", "2025-01-21", "");
    row("since year", "since 2024", "2024/..", "from 2024", "2024-01-01", "");
    row("after month name", "after January 2025", "2025-02/..", "from Feb 2025", "2025-02-01", "");
    row("uncertain words", "before 2 Feb 2025 (uncertain)", "../2025-02-01?", "until 1 Feb 2025 (inclusive, uncertain)",
        "", "2025-02-01");
    row("slash months", "2024-06/2024-09", "2024-06/2024-09", "between Jun and Sep 2024", "2024-06-01", "2024-09-30");
    row("slash days", "2024-06-02/2024-09-30", "2024-06-02/2024-09-30", "between 2 Jun and 30 Sep 2024", "2024-06-02",
        "2024-09-30");
    row("slash years", "2019/2021", "2019/2021", "between 2019 and 2021", "2019-01-01", "2021-12-31");
    row("edtf open start", "../2025-01-20", "../2025-01-20", "until 20 Jan 2025 (inclusive)", "", "2025-01-20");
    row("edtf open end", "2025-01-21/..", "2025-01-21/..", "from 21 Jan 2025", "2025-01-21", "");
    row("slash with spaces", "2024-06 / 2024-09", "2024-06/2024-09", "between Jun and Sep 2024", "2024-06-01",
        "2024-09-30");
    row("same day interval", "2024-06-02/2024-06-02", "2024-06-02", "2 Jun 2024", "2024-06-02", "2024-06-02");
    row("leap day", "2024-02-29", "2024-02-29", "29 Feb 2024", "2024-02-29", "2024-02-29");
    row("old year", "1997", "1997", "1997", "1997-01-01", "1997-12-31");
}

void TestTimeValueParser::parsesWhatAnalystsType()
{
    QFETCH(QString, text);
    QFETCH(QString, edtf);
    QFETCH(QString, words);
    QFETCH(QString, earliest);
    QFETCH(QString, latest);

    const auto parsed = TimeValueParser::parse(text);
    const auto *value = std::get_if<TimeValue>(&parsed);
    const auto *failure = std::get_if<TimeValueParser::Error>(&parsed);
    QVERIFY2(value, qPrintable(failure ? failure->message : QString()));
    QCOMPARE(value->toEdtf(), edtf);
    QCOMPARE(TimeValueText::describe(*value), words);
    QCOMPARE(value->earliest().isValid() ? value->earliest().date().toString(Qt::ISODate) : QString(), earliest);
    QCOMPARE(value->latest().isValid() ? value->latest().date().toString(Qt::ISODate) : QString(), latest);
    QCOMPARE(value->expression(), text.simplified());
}

void TestTimeValueParser::refusesWithReasons_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("empty") << QString() << QStringLiteral("no time given");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("no time given");
    QTest::newRow("words") << QStringLiteral("last summer") << QStringLiteral("is not a date");
    QTest::newRow("month 13") << QStringLiteral("2024-13") << QStringLiteral("not a month");
    QTest::newRow("day 31 of a 30-day month")
        << QStringLiteral("2024-09-31") << QStringLiteral("not a date of the calendar");
    QTest::newRow("february 30") << QStringLiteral("30 February 2024") << QStringLiteral("not a date of the calendar");
    QTest::newRow("leap day of a common year")
        << QStringLiteral("2025-02-29") << QStringLiteral("not a date of the calendar");
    QTest::newRow("unknown month name") << QStringLiteral("Smarch 2024") << QStringLiteral("not the name of a month");
    QTest::newRow("reversed interval") << QStringLiteral("between 2025-01-01 and 2024-01-01")
                                       << QStringLiteral("ends before it starts");
    QTest::newRow("reversed slash interval") << QStringLiteral("2025/2024") << QStringLiteral("ends before it starts");
    QTest::newRow("two slashes") << QStringLiteral("2024/2025/2026") << QStringLiteral("one slash");
    QTest::newRow("both ends open") << QStringLiteral("../..") << QStringLiteral("at least one end");
    QTest::newRow("early day") << QStringLiteral("early 2024-09-03") << QStringLiteral("needs a month or a year");
    QTest::newRow("bad end of between") << QStringLiteral("between 2024 and soon") << QStringLiteral("is not a date");
    QTest::newRow("two-digit year") << QStringLiteral("24") << QStringLiteral("is not a date");
    QTest::newRow("us numeric") << QStringLiteral("09/30/2024") << QStringLiteral("one slash");
    QTest::newRow("before nothing") << QStringLiteral("before yesterday") << QStringLiteral("is not a date");
}

void TestTimeValueParser::refusesWithReasons()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto parsed = TimeValueParser::parse(text);
    const auto *failure = std::get_if<TimeValueParser::Error>(&parsed);
    QVERIFY2(failure, qPrintable(QStringLiteral("accepted: ") + text));
    QVERIFY2(failure->message.contains(reason), qPrintable(failure->message));
}

void TestTimeValueParser::edtfReadsBack_data()
{
    QTest::addColumn<QString>("text");
    for (const char *text : { "2024-09-30", "2024-09", "2024", "2024-09~", "2024?", "2024-06-02/2024-09-30",
                              "../2025-01-20", "2025-01-21/..", "2019/2021", "2024-06/2024-09" })
        QTest::newRow(text) << QString::fromLatin1(text);
}

void TestTimeValueParser::edtfReadsBack()
{
    QFETCH(QString, text);
    const auto first = TimeValueParser::parse(text);
    QVERIFY(std::holds_alternative<TimeValue>(first));
    const QString edtf = std::get<TimeValue>(first).toEdtf();
    const auto second = TimeValueParser::parse(edtf);
    QVERIFY(std::holds_alternative<TimeValue>(second));
    QCOMPARE(std::get<TimeValue>(second).earliest(), std::get<TimeValue>(first).earliest());
    QCOMPARE(std::get<TimeValue>(second).latest(), std::get<TimeValue>(first).latest());
    QCOMPARE(std::get<TimeValue>(second).toEdtf(), edtf);
}

void TestTimeValueParser::wordsReadBack_data()
{
    parsesWhatAnalystsType_data();
}

// Whatever is typed comes back in words that mean the same time: the words, typed
// again, give the same bounds and qualifier.
void TestTimeValueParser::wordsReadBack()
{
    QFETCH(QString, text);
    const auto typed = TimeValueParser::parse(text);
    QVERIFY(std::holds_alternative<TimeValue>(typed));
    const TimeValue &value = std::get<TimeValue>(typed);
    const QString words = TimeValueText::describe(value);
    const auto again = TimeValueParser::parse(words);
    const auto *reread = std::get_if<TimeValue>(&again);
    // The message is built before QVERIFY2 looks at the condition: only from an error.
    const auto *error = std::get_if<TimeValueParser::Error>(&again);
    QVERIFY2(reread, qPrintable(words + QStringLiteral(": ") + (error ? error->message : QString())));
    QCOMPARE(reread->earliest(), value.earliest());
    QCOMPARE(reread->latest(), value.latest());
    QCOMPARE(reread->qualifier(), value.qualifier());
    QCOMPARE(TimeValueText::describe(*reread), words);
}

QTEST_GUILESS_MAIN(TestTimeValueParser)
#include "tst_timevalueparser.moc"
