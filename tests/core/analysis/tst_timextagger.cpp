// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "analysis/TimeLexicon.h"
#include "analysis/TimexCalendar.h"
#include "analysis/TimexTagger.h"

#include <QTest>
#include <QTimeZone>

using namespace annalist;

// The time tagger on sentences of news copy: extent (TIMEX3 conventions), type, value
// and the resolved bounds, against an anchor that is a day, an interval or unknown.
class TestTimexTagger : public QObject
{
    Q_OBJECT

private slots:
    void tag_data();
    void tag();
    void notTagged_data();
    void notTagged();
    void matchesAreOrderedAndExact();
    void relativeFlagAndAnchor();
    void anchorOpenOnOneSide();
    void mergeValues_data();
    void mergeValues();
    void wordListsComeFromResources();
    void listsOfAnotherLanguage();
};

namespace {

// "" unknown, "1997-04-01" one day, "2024-06-02/2024-09-30" an interval.
TimeValue anchorFrom(const QString &text)
{
    if (text.isEmpty())
        return {};
    const QStringList bounds = text.split(u'/');
    const QDate first = QDate::fromString(bounds.first(), Qt::ISODate);
    if (bounds.size() == 1)
        return TimeValue::day(first);
    const QDate last = QDate::fromString(bounds.last(), Qt::ISODate);
    return TimeValue::between(QDateTime(first, QTime(0, 0), QTimeZone::utc()),
                              QDateTime(last, QTime(23, 59, 59, 999), QTimeZone::utc()));
}

QString attributesOf(const TimexMatch &match)
{
    QStringList parts;
    if (!match.mod.isEmpty())
        parts << QStringLiteral("mod=") + match.mod;
    if (!match.quant.isEmpty())
        parts << QStringLiteral("quant=") + match.quant;
    if (!match.freq.isEmpty())
        parts << QStringLiteral("freq=") + match.freq;
    return parts.join(u';');
}

// "-" for an open or unknown bound, else the date (and time when asked for).
QString boundText(const QDateTime &bound, const QString &expected)
{
    if (!bound.isValid())
        return QStringLiteral("-");
    const QDateTime utc = bound.toUTC();
    return expected.contains(u'T') ? utc.toString(QStringLiteral("yyyy-MM-ddTHH:mm"))
                                   : utc.toString(QStringLiteral("yyyy-MM-dd"));
}

QString qualifierName(TimeValue::Qualifier qualifier)
{
    switch (qualifier) {
    case TimeValue::Qualifier::Exact:
        return QStringLiteral("exact");
    case TimeValue::Qualifier::Approximate:
        return QStringLiteral("approximate");
    case TimeValue::Qualifier::Uncertain:
        return QStringLiteral("uncertain");
    }
    return {};
}

QString describe(const QString &text, const QList<TimexMatch> &matches)
{
    QStringList found;
    for (const TimexMatch &match : matches)
        found << QStringLiteral("[%1] %2 %3 (%4)")
                     .arg(text.mid(match.start, match.length()), timexTypeName(match.type), match.value, match.rule);
    return found.isEmpty() ? QStringLiteral("nothing") : found.join(QStringLiteral(", "));
}

} // namespace

void TestTimexTagger::tag_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("anchor");
    QTest::addColumn<QString>("extent");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("attributes");
    // "" not checked, "-" unknown or open.
    QTest::addColumn<QString>("earliest");
    QTest::addColumn<QString>("latest");
    // "" not checked.
    QTest::addColumn<QString>("qualifier");

    QTest::newRow("month day year") << QStringLiteral("The talks ended on March 3, 2025 in Geneva.")
                                    << QStringLiteral("") << QStringLiteral("March 3, 2025") << QStringLiteral("DATE")
                                    << QStringLiteral("2025-03-03") << QStringLiteral("")
                                    << QStringLiteral("2025-03-03") << QStringLiteral("2025-03-03")
                                    << QStringLiteral("exact");
    QTest::newRow("day month year") << QStringLiteral("The talks ended on 3 March 2025 in Geneva.")
                                    << QStringLiteral("") << QStringLiteral("3 March 2025") << QStringLiteral("DATE")
                                    << QStringLiteral("2025-03-03") << QStringLiteral("")
                                    << QStringLiteral("2025-03-03") << QStringLiteral("2025-03-03")
                                    << QStringLiteral("exact");
    QTest::newRow("iso date") << QStringLiteral("The decree is dated 2025-03-03 and signed.") << QStringLiteral("")
                              << QStringLiteral("2025-03-03") << QStringLiteral("DATE") << QStringLiteral("2025-03-03")
                              << QStringLiteral("") << QStringLiteral("2025-03-03") << QStringLiteral("2025-03-03")
                              << QStringLiteral("exact");
    QTest::newRow("us numeric date") << QStringLiteral("The invoice is dated 03/14/2025.") << QStringLiteral("")
                                     << QStringLiteral("03/14/2025") << QStringLiteral("DATE")
                                     << QStringLiteral("2025-03-14") << QStringLiteral("")
                                     << QStringLiteral("2025-03-14") << QStringLiteral("2025-03-14")
                                     << QStringLiteral("exact");
    QTest::newRow("day first numeric date")
        << QStringLiteral("The invoice is dated 14/03/2025.") << QStringLiteral("") << QStringLiteral("14/03/2025")
        << QStringLiteral("DATE") << QStringLiteral("2025-03-14") << QStringLiteral("") << QStringLiteral("2025-03-14")
        << QStringLiteral("2025-03-14") << QStringLiteral("exact");
    QTest::newRow("ambiguous numeric date")
        << QStringLiteral("The invoice is dated 03/04/2025.") << QStringLiteral("") << QStringLiteral("03/04/2025")
        << QStringLiteral("DATE") << QStringLiteral("2025-03-04") << QStringLiteral("") << QStringLiteral("2025-03-04")
        << QStringLiteral("2025-04-03") << QStringLiteral("uncertain");
    QTest::newRow("same day and month") << QStringLiteral("The invoice is dated 03/03/2025.") << QStringLiteral("")
                                        << QStringLiteral("03/03/2025") << QStringLiteral("DATE")
                                        << QStringLiteral("2025-03-03") << QStringLiteral("")
                                        << QStringLiteral("2025-03-03") << QStringLiteral("2025-03-03")
                                        << QStringLiteral("exact");
    QTest::newRow("two digit year") << QStringLiteral("The memo of 12/24/97 was leaked.") << QStringLiteral("")
                                    << QStringLiteral("12/24/97") << QStringLiteral("DATE")
                                    << QStringLiteral("1997-12-24") << QStringLiteral("")
                                    << QStringLiteral("1997-12-24") << QStringLiteral("1997-12-24")
                                    << QStringLiteral("exact");
    QTest::newRow("dotted date") << QStringLiteral("Das Treffen am 3.4.2025 fiel aus.") << QStringLiteral("")
                                 << QStringLiteral("3.4.2025") << QStringLiteral("DATE") << QStringLiteral("2025-04-03")
                                 << QStringLiteral("") << QStringLiteral("2025-04-03") << QStringLiteral("2025-04-03")
                                 << QStringLiteral("exact");
    QTest::newRow("month year") << QStringLiteral("Prices rose in March 2025 across the region.") << QStringLiteral("")
                                << QStringLiteral("March 2025") << QStringLiteral("DATE") << QStringLiteral("2025-03")
                                << QStringLiteral("") << QStringLiteral("2025-03-01") << QStringLiteral("2025-03-31")
                                << QStringLiteral("exact");
    QTest::newRow("abbreviated month year")
        << QStringLiteral("7. April 1997 Nippon Total Finance and Oct 1996 Nichiei.") << QStringLiteral("")
        << QStringLiteral("Oct 1996") << QStringLiteral("DATE") << QStringLiteral("1996-10") << QStringLiteral("")
        << QStringLiteral("1996-10-01") << QStringLiteral("1996-10-31") << QStringLiteral("exact");
    QTest::newRow("month comma year") << QStringLiteral("It was founded in June, 1962.") << QStringLiteral("")
                                      << QStringLiteral("June, 1962") << QStringLiteral("DATE")
                                      << QStringLiteral("1962-06") << QStringLiteral("") << QStringLiteral("1962-06-01")
                                      << QStringLiteral("1962-06-30") << QStringLiteral("exact");
    QTest::newRow("month of year") << QStringLiteral("It was founded in March of 1997.") << QStringLiteral("")
                                   << QStringLiteral("March of 1997") << QStringLiteral("DATE")
                                   << QStringLiteral("1997-03") << QStringLiteral("") << QStringLiteral("1997-03-01")
                                   << QStringLiteral("1997-03-31") << QStringLiteral("exact");
    QTest::newRow("bare year") << QStringLiteral("Taiwan split from the mainland in 1949 after the war.")
                               << QStringLiteral("") << QStringLiteral("1949") << QStringLiteral("DATE")
                               << QStringLiteral("1949") << QStringLiteral("") << QStringLiteral("1949-01-01")
                               << QStringLiteral("1949-12-31") << QStringLiteral("exact");
    QTest::newRow("year after since") << QStringLiteral("He had been army chief since 1991, officials said.")
                                      << QStringLiteral("") << QStringLiteral("1991") << QStringLiteral("DATE")
                                      << QStringLiteral("1991") << QStringLiteral("") << QStringLiteral("1991-01-01")
                                      << QStringLiteral("1991-12-31") << QStringLiteral("exact");
    QTest::newRow("old year licensed") << QStringLiteral("The abbey was built in 1066 by monks.") << QStringLiteral("")
                                       << QStringLiteral("1066") << QStringLiteral("DATE") << QStringLiteral("1066")
                                       << QStringLiteral("") << QStringLiteral("1066-01-01")
                                       << QStringLiteral("1066-12-31") << QStringLiteral("exact");
    QTest::newRow("the year and number") << QStringLiteral("Fears grew before the year 2000 arrived.")
                                         << QStringLiteral("") << QStringLiteral("the year 2000")
                                         << QStringLiteral("DATE") << QStringLiteral("2000") << QStringLiteral("")
                                         << QStringLiteral("2000-01-01") << QStringLiteral("2000-12-31")
                                         << QStringLiteral("exact");
    QTest::newRow("year as modifier") << QStringLiteral("He drove a 1997 model to the border.") << QStringLiteral("")
                                      << QStringLiteral("1997") << QStringLiteral("DATE") << QStringLiteral("1997")
                                      << QStringLiteral("") << QStringLiteral("1997-01-01")
                                      << QStringLiteral("1997-12-31") << QStringLiteral("exact");
    QTest::newRow("year before plural noun")
        << QStringLiteral("The 1997 elections were peaceful.") << QStringLiteral("") << QStringLiteral("1997")
        << QStringLiteral("DATE") << QStringLiteral("1997") << QStringLiteral("") << QStringLiteral("")
        << QStringLiteral("") << QStringLiteral("exact");
    QTest::newRow("decade") << QStringLiteral("Inflation was high in the 1990s in Mexico.") << QStringLiteral("")
                            << QStringLiteral("the 1990s") << QStringLiteral("DATE") << QStringLiteral("199")
                            << QStringLiteral("") << QStringLiteral("1990-01-01") << QStringLiteral("1999-12-31")
                            << QStringLiteral("exact");
    QTest::newRow("decade with apostrophe")
        << QStringLiteral("Music of the '80s is back.") << QStringLiteral("") << QStringLiteral("the '80s")
        << QStringLiteral("DATE") << QStringLiteral("198") << QStringLiteral("") << QStringLiteral("1980-01-01")
        << QStringLiteral("1989-12-31") << QStringLiteral("exact");
    QTest::newRow("century from hundreds")
        << QStringLiteral("The city grew in the 1800s along the river.") << QStringLiteral("")
        << QStringLiteral("the 1800s") << QStringLiteral("DATE") << QStringLiteral("18") << QStringLiteral("")
        << QStringLiteral("1800-01-01") << QStringLiteral("1899-12-31") << QStringLiteral("exact");
    QTest::newRow("century ordinal") << QStringLiteral("It was the bloodiest war of the 20th century.")
                                     << QStringLiteral("") << QStringLiteral("the 20th century")
                                     << QStringLiteral("DATE") << QStringLiteral("19") << QStringLiteral("")
                                     << QStringLiteral("1900-01-01") << QStringLiteral("1999-12-31")
                                     << QStringLiteral("exact");
    QTest::newRow("century word ordinal")
        << QStringLiteral("Threats of the twenty-first century were discussed.") << QStringLiteral("")
        << QStringLiteral("the twenty-first century") << QStringLiteral("DATE") << QStringLiteral("20")
        << QStringLiteral("") << QStringLiteral("2000-01-01") << QStringLiteral("2099-12-31")
        << QStringLiteral("exact");
    QTest::newRow("mid year") << QStringLiteral("The plant should open by mid-2024, the firm said.")
                              << QStringLiteral("") << QStringLiteral("mid-2024") << QStringLiteral("DATE")
                              << QStringLiteral("2024") << QStringLiteral("mod=MID") << QStringLiteral("2024-05-02")
                              << QStringLiteral("2024-08-31") << QStringLiteral("approximate");
    QTest::newRow("early year") << QStringLiteral("A decision is expected in early 2025.") << QStringLiteral("")
                                << QStringLiteral("early 2025") << QStringLiteral("DATE") << QStringLiteral("2025")
                                << QStringLiteral("mod=START") << QStringLiteral("2025-01-01")
                                << QStringLiteral("2025-05-01") << QStringLiteral("approximate");
    QTest::newRow("late year") << QStringLiteral("The company was founded in late 1997.") << QStringLiteral("")
                               << QStringLiteral("late 1997") << QStringLiteral("DATE") << QStringLiteral("1997")
                               << QStringLiteral("mod=END") << QStringLiteral("1997-09-02")
                               << QStringLiteral("1997-12-31") << QStringLiteral("approximate");
    QTest::newRow("late decade") << QStringLiteral("Growth slowed in the late 1990s.") << QStringLiteral("")
                                 << QStringLiteral("the late 1990s") << QStringLiteral("DATE") << QStringLiteral("199")
                                 << QStringLiteral("mod=END") << QStringLiteral("") << QStringLiteral("1999-12-31")
                                 << QStringLiteral("approximate");
    QTest::newRow("mid decade") << QStringLiteral("The war ended in the mid-1990s.") << QStringLiteral("")
                                << QStringLiteral("the mid-1990s") << QStringLiteral("DATE") << QStringLiteral("199")
                                << QStringLiteral("mod=MID") << QStringLiteral("") << QStringLiteral("")
                                << QStringLiteral("approximate");
    QTest::newRow("early month") << QStringLiteral("Talks resumed in early March 1997.") << QStringLiteral("")
                                 << QStringLiteral("early March 1997") << QStringLiteral("DATE")
                                 << QStringLiteral("1997-03") << QStringLiteral("mod=START")
                                 << QStringLiteral("1997-03-01") << QStringLiteral("1997-03-10")
                                 << QStringLiteral("approximate");
    QTest::newRow("season of year") << QStringLiteral("It happened in the summer of 1997, he said.")
                                    << QStringLiteral("") << QStringLiteral("the summer of 1997")
                                    << QStringLiteral("DATE") << QStringLiteral("1997-SU") << QStringLiteral("")
                                    << QStringLiteral("1997-06-01") << QStringLiteral("1997-08-31")
                                    << QStringLiteral("exact");
    QTest::newRow("season year") << QStringLiteral("The survey ran in summer 2024 in three states.")
                                 << QStringLiteral("") << QStringLiteral("summer 2024") << QStringLiteral("DATE")
                                 << QStringLiteral("2024-SU") << QStringLiteral("") << QStringLiteral("2024-06-01")
                                 << QStringLiteral("2024-08-31") << QStringLiteral("exact");
    QTest::newRow("fall of year") << QStringLiteral("Troops left in the fall of 1995.") << QStringLiteral("")
                                  << QStringLiteral("the fall of 1995") << QStringLiteral("DATE")
                                  << QStringLiteral("1995-FA") << QStringLiteral("") << QStringLiteral("1995-09-01")
                                  << QStringLiteral("1995-11-30") << QStringLiteral("exact");
    QTest::newRow("winter spans two years")
        << QStringLiteral("The offensive stalled in the winter of 1942.") << QStringLiteral("")
        << QStringLiteral("the winter of 1942") << QStringLiteral("DATE") << QStringLiteral("1942-WI")
        << QStringLiteral("") << QStringLiteral("1942-12-01") << QStringLiteral("1943-02-28")
        << QStringLiteral("exact");
    QTest::newRow("fiscal year") << QStringLiteral("Sales rose 5% in fiscal 1997, the company said.")
                                 << QStringLiteral("") << QStringLiteral("fiscal 1997") << QStringLiteral("DATE")
                                 << QStringLiteral("FY1997") << QStringLiteral("") << QStringLiteral("1997-01-01")
                                 << QStringLiteral("1997-12-31") << QStringLiteral("approximate");
    QTest::newRow("fiscal year abbreviation")
        << QStringLiteral("The FY2024 budget passed.") << QStringLiteral("") << QStringLiteral("FY2024")
        << QStringLiteral("DATE") << QStringLiteral("FY2024") << QStringLiteral("") << QStringLiteral("")
        << QStringLiteral("") << QStringLiteral("approximate");
    QTest::newRow("quarter code") << QStringLiteral("Q3 2024 results beat forecasts.") << QStringLiteral("")
                                  << QStringLiteral("Q3 2024") << QStringLiteral("DATE") << QStringLiteral("2024-Q3")
                                  << QStringLiteral("") << QStringLiteral("2024-07-01") << QStringLiteral("2024-09-30")
                                  << QStringLiteral("exact");
    QTest::newRow("quarter of year") << QStringLiteral("Profit fell in the third quarter of 1989.")
                                     << QStringLiteral("") << QStringLiteral("the third quarter of 1989")
                                     << QStringLiteral("DATE") << QStringLiteral("1989-Q3") << QStringLiteral("")
                                     << QStringLiteral("1989-07-01") << QStringLiteral("1989-09-30")
                                     << QStringLiteral("exact");
    QTest::newRow("half of year") << QStringLiteral("Output grew in the first half of 1997.") << QStringLiteral("")
                                  << QStringLiteral("the first half of 1997") << QStringLiteral("DATE")
                                  << QStringLiteral("1997-H1") << QStringLiteral("") << QStringLiteral("1997-01-01")
                                  << QStringLiteral("1997-06-30") << QStringLiteral("exact");
    QTest::newRow("weekday date") << QStringLiteral("The decree of Monday, March 3, 2025 took effect.")
                                  << QStringLiteral("") << QStringLiteral("Monday, March 3, 2025")
                                  << QStringLiteral("DATE") << QStringLiteral("2025-03-03") << QStringLiteral("")
                                  << QStringLiteral("2025-03-03") << QStringLiteral("2025-03-03")
                                  << QStringLiteral("exact");
    QTest::newRow("abbreviated month with period")
        << QStringLiteral("The firm filed on Jan. 5, 1999, in Delaware.") << QStringLiteral("")
        << QStringLiteral("Jan. 5, 1999") << QStringLiteral("DATE") << QStringLiteral("1999-01-05")
        << QStringLiteral("") << QStringLiteral("1999-01-05") << QStringLiteral("1999-01-05")
        << QStringLiteral("exact");
    QTest::newRow("ordinal day") << QStringLiteral("He was born on March 3rd, 1950.") << QStringLiteral("")
                                 << QStringLiteral("March 3rd, 1950") << QStringLiteral("DATE")
                                 << QStringLiteral("1950-03-03") << QStringLiteral("") << QStringLiteral("1950-03-03")
                                 << QStringLiteral("1950-03-03") << QStringLiteral("exact");
    QTest::newRow("the day of month") << QStringLiteral("It opened on the 3rd of March, 2025.") << QStringLiteral("")
                                      << QStringLiteral("the 3rd of March, 2025") << QStringLiteral("DATE")
                                      << QStringLiteral("2025-03-03") << QStringLiteral("")
                                      << QStringLiteral("2025-03-03") << QStringLiteral("2025-03-03")
                                      << QStringLiteral("exact");
    QTest::newRow("agency spacing") << QStringLiteral("KUALA LUMPUR, April 1 , 1997 (AFP) shares fell.")
                                    << QStringLiteral("") << QStringLiteral("April 1 , 1997") << QStringLiteral("DATE")
                                    << QStringLiteral("1997-04-01") << QStringLiteral("")
                                    << QStringLiteral("1997-04-01") << QStringLiteral("1997-04-01")
                                    << QStringLiteral("exact");
    QTest::newRow("holiday with year") << QStringLiteral("Stores closed on Christmas Day 2024.") << QStringLiteral("")
                                       << QStringLiteral("Christmas Day 2024") << QStringLiteral("DATE")
                                       << QStringLiteral("2024-12-25") << QStringLiteral("")
                                       << QStringLiteral("2024-12-25") << QStringLiteral("2024-12-25")
                                       << QStringLiteral("exact");
    QTest::newRow("today") << QStringLiteral("The court will rule today on the appeal.") << QStringLiteral("1997-04-01")
                           << QStringLiteral("today") << QStringLiteral("DATE") << QStringLiteral("1997-04-01")
                           << QStringLiteral("") << QStringLiteral("1997-04-01") << QStringLiteral("1997-04-01")
                           << QStringLiteral("exact");
    QTest::newRow("yesterday") << QStringLiteral("The minister resigned yesterday after the vote.")
                               << QStringLiteral("1997-04-01") << QStringLiteral("yesterday") << QStringLiteral("DATE")
                               << QStringLiteral("1997-03-31") << QStringLiteral("") << QStringLiteral("1997-03-31")
                               << QStringLiteral("1997-03-31") << QStringLiteral("exact");
    QTest::newRow("tomorrow") << QStringLiteral("The talks resume tomorrow in Geneva.") << QStringLiteral("1997-04-01")
                              << QStringLiteral("tomorrow") << QStringLiteral("DATE") << QStringLiteral("1997-04-02")
                              << QStringLiteral("") << QStringLiteral("1997-04-02") << QStringLiteral("1997-04-02")
                              << QStringLiteral("exact");
    QTest::newRow("day before yesterday")
        << QStringLiteral("They met the day before yesterday.") << QStringLiteral("1997-04-01")
        << QStringLiteral("the day before yesterday") << QStringLiteral("DATE") << QStringLiteral("1997-03-30")
        << QStringLiteral("") << QStringLiteral("1997-03-30") << QStringLiteral("1997-03-30")
        << QStringLiteral("exact");
    QTest::newRow("day after tomorrow") << QStringLiteral("They meet the day after tomorrow.")
                                        << QStringLiteral("1997-04-01") << QStringLiteral("the day after tomorrow")
                                        << QStringLiteral("DATE") << QStringLiteral("1997-04-03") << QStringLiteral("")
                                        << QStringLiteral("1997-04-03") << QStringLiteral("1997-04-03")
                                        << QStringLiteral("exact");
    QTest::newRow("weekday is today") << QStringLiteral(
        "Beijing warned the United States Tuesday against interference.")
                                      << QStringLiteral("1997-04-01") << QStringLiteral("Tuesday")
                                      << QStringLiteral("DATE") << QStringLiteral("1997-04-01") << QStringLiteral("")
                                      << QStringLiteral("1997-04-01") << QStringLiteral("1997-04-01")
                                      << QStringLiteral("exact");
    QTest::newRow("weekday past") << QStringLiteral("Gingrich said Sunday in Shanghai that the US would act.")
                                  << QStringLiteral("1997-04-01") << QStringLiteral("Sunday") << QStringLiteral("DATE")
                                  << QStringLiteral("1997-03-30") << QStringLiteral("") << QStringLiteral("1997-03-30")
                                  << QStringLiteral("1997-03-30") << QStringLiteral("exact");
    QTest::newRow("weekday future") << QStringLiteral("Gingrich is to pay a short visit to Taiwan Wednesday.")
                                    << QStringLiteral("1997-04-01") << QStringLiteral("Wednesday")
                                    << QStringLiteral("DATE") << QStringLiteral("1997-04-02") << QStringLiteral("")
                                    << QStringLiteral("1997-04-02") << QStringLiteral("1997-04-02")
                                    << QStringLiteral("exact");
    QTest::newRow("weekday future with will")
        << QStringLiteral("The delegation will arrive Sunday.") << QStringLiteral("1997-04-01")
        << QStringLiteral("Sunday") << QStringLiteral("DATE") << QStringLiteral("1997-04-06") << QStringLiteral("")
        << QStringLiteral("1997-04-06") << QStringLiteral("1997-04-06") << QStringLiteral("exact");
    QTest::newRow("weekday past by default")
        << QStringLiteral("Police arrested him Friday.") << QStringLiteral("1997-04-01") << QStringLiteral("Friday")
        << QStringLiteral("DATE") << QStringLiteral("1997-03-28") << QStringLiteral("") << QStringLiteral("1997-03-28")
        << QStringLiteral("1997-03-28") << QStringLiteral("exact");
    QTest::newRow("weekday past despite later would")
        << QStringLiteral("Shen spoke Thursday about reports that Jiang would offer a post.")
        << QStringLiteral("1997-04-01") << QStringLiteral("Thursday") << QStringLiteral("DATE")
        << QStringLiteral("1997-03-27") << QStringLiteral("") << QStringLiteral("1997-03-27")
        << QStringLiteral("1997-03-27") << QStringLiteral("exact");
    QTest::newRow("last weekday") << QStringLiteral("He met the envoy last Tuesday.") << QStringLiteral("1997-04-01")
                                  << QStringLiteral("last Tuesday") << QStringLiteral("DATE")
                                  << QStringLiteral("1997-03-25") << QStringLiteral("") << QStringLiteral("1997-03-25")
                                  << QStringLiteral("1997-03-25") << QStringLiteral("exact");
    QTest::newRow("next weekday") << QStringLiteral("He will meet the envoy next Tuesday.")
                                  << QStringLiteral("1997-04-01") << QStringLiteral("next Tuesday")
                                  << QStringLiteral("DATE") << QStringLiteral("1997-04-08") << QStringLiteral("")
                                  << QStringLiteral("1997-04-08") << QStringLiteral("1997-04-08")
                                  << QStringLiteral("exact");
    QTest::newRow("last friday") << QStringLiteral("The bill passed last Friday.") << QStringLiteral("1997-04-01")
                                 << QStringLiteral("last Friday") << QStringLiteral("DATE")
                                 << QStringLiteral("1997-03-28") << QStringLiteral("") << QStringLiteral("1997-03-28")
                                 << QStringLiteral("1997-03-28") << QStringLiteral("exact");
    QTest::newRow("this weekday future") << QStringLiteral("The vote will be held this Friday.")
                                         << QStringLiteral("1997-04-01") << QStringLiteral("this Friday")
                                         << QStringLiteral("DATE") << QStringLiteral("1997-04-04") << QStringLiteral("")
                                         << QStringLiteral("1997-04-04") << QStringLiteral("1997-04-04")
                                         << QStringLiteral("exact");
    QTest::newRow("next week") << QStringLiteral("The envoy travels to Mexico next week.")
                               << QStringLiteral("1997-04-01") << QStringLiteral("next week") << QStringLiteral("DATE")
                               << QStringLiteral("1997-W15") << QStringLiteral("") << QStringLiteral("1997-04-07")
                               << QStringLiteral("1997-04-13") << QStringLiteral("exact");
    QTest::newRow("this week") << QStringLiteral("Talks collapsed this week.") << QStringLiteral("1997-04-01")
                               << QStringLiteral("this week") << QStringLiteral("DATE") << QStringLiteral("1997-W14")
                               << QStringLiteral("") << QStringLiteral("1997-03-31") << QStringLiteral("1997-04-06")
                               << QStringLiteral("exact");
    QTest::newRow("last week") << QStringLiteral("Talks collapsed last week.") << QStringLiteral("1997-04-01")
                               << QStringLiteral("last week") << QStringLiteral("DATE") << QStringLiteral("1997-W13")
                               << QStringLiteral("") << QStringLiteral("1997-03-24") << QStringLiteral("1997-03-30")
                               << QStringLiteral("exact");
    QTest::newRow("last month") << QStringLiteral("Rodionov said last month that generals would go.")
                                << QStringLiteral("1997-04-01") << QStringLiteral("last month")
                                << QStringLiteral("DATE") << QStringLiteral("1997-03") << QStringLiteral("")
                                << QStringLiteral("1997-03-01") << QStringLiteral("1997-03-31")
                                << QStringLiteral("exact");
    QTest::newRow("next month") << QStringLiteral("The law takes effect next month.") << QStringLiteral("1997-04-01")
                                << QStringLiteral("next month") << QStringLiteral("DATE") << QStringLiteral("1997-05")
                                << QStringLiteral("") << QStringLiteral("1997-05-01") << QStringLiteral("1997-05-31")
                                << QStringLiteral("exact");
    QTest::newRow("this month") << QStringLiteral("Prices rose this month.") << QStringLiteral("1997-04-01")
                                << QStringLiteral("this month") << QStringLiteral("DATE") << QStringLiteral("1997-04")
                                << QStringLiteral("") << QStringLiteral("1997-04-01") << QStringLiteral("1997-04-30")
                                << QStringLiteral("exact");
    QTest::newRow("last year") << QStringLiteral("Last year, Beijing held war games.") << QStringLiteral("1997-04-01")
                               << QStringLiteral("Last year") << QStringLiteral("DATE") << QStringLiteral("1996")
                               << QStringLiteral("") << QStringLiteral("1996-01-01") << QStringLiteral("1996-12-31")
                               << QStringLiteral("exact");
    QTest::newRow("next year") << QStringLiteral("Elections are due next year.") << QStringLiteral("1997-04-01")
                               << QStringLiteral("next year") << QStringLiteral("DATE") << QStringLiteral("1998")
                               << QStringLiteral("") << QStringLiteral("1998-01-01") << QStringLiteral("1998-12-31")
                               << QStringLiteral("exact");
    QTest::newRow("this year") << QStringLiteral("Growth will slow this year.") << QStringLiteral("1997-04-01")
                               << QStringLiteral("this year") << QStringLiteral("DATE") << QStringLiteral("1997")
                               << QStringLiteral("") << QStringLiteral("1997-01-01") << QStringLiteral("1997-12-31")
                               << QStringLiteral("exact");
    QTest::newRow("this coming week") << QStringLiteral("Talks resume this coming week.")
                                      << QStringLiteral("1997-04-01") << QStringLiteral("this coming week")
                                      << QStringLiteral("DATE") << QStringLiteral("1997-W15") << QStringLiteral("")
                                      << QStringLiteral("1997-04-07") << QStringLiteral("1997-04-13")
                                      << QStringLiteral("exact");
    QTest::newRow("beginning of next week")
        << QStringLiteral("A reply is expected at the beginning of next week.") << QStringLiteral("1997-04-01")
        << QStringLiteral("the beginning of next week") << QStringLiteral("DATE") << QStringLiteral("1997-W15")
        << QStringLiteral("mod=START") << QStringLiteral("1997-04-07") << QStringLiteral("1997-04-08")
        << QStringLiteral("approximate");
    QTest::newRow("end of the year") << QStringLiteral("The plant closes by the end of the year.")
                                     << QStringLiteral("1997-04-01") << QStringLiteral("the end of the year")
                                     << QStringLiteral("DATE") << QStringLiteral("1997") << QStringLiteral("mod=END")
                                     << QStringLiteral("1997-09-02") << QStringLiteral("1997-12-31")
                                     << QStringLiteral("approximate");
    QTest::newRow("end of month name") << QStringLiteral("The report was published at the end of March.")
                                       << QStringLiteral("1997-04-01") << QStringLiteral("the end of March")
                                       << QStringLiteral("DATE") << QStringLiteral("1997-03")
                                       << QStringLiteral("mod=END") << QStringLiteral("1997-03-22")
                                       << QStringLiteral("1997-03-31") << QStringLiteral("approximate");
    QTest::newRow("early next week") << QStringLiteral("A decision is due early next week.")
                                     << QStringLiteral("1997-04-01") << QStringLiteral("early next week")
                                     << QStringLiteral("DATE") << QStringLiteral("1997-W15")
                                     << QStringLiteral("mod=START") << QStringLiteral("1997-04-07")
                                     << QStringLiteral("1997-04-08") << QStringLiteral("approximate");
    QTest::newRow("late last year") << QStringLiteral("The factory closed late last year.")
                                    << QStringLiteral("1997-04-01") << QStringLiteral("late last year")
                                    << QStringLiteral("DATE") << QStringLiteral("1996") << QStringLiteral("mod=END")
                                    << QStringLiteral("1996-09-01") << QStringLiteral("1996-12-31")
                                    << QStringLiteral("approximate");
    QTest::newRow("year end") << QStringLiteral("Debt will be repaid by year-end.") << QStringLiteral("1997-04-01")
                              << QStringLiteral("year-end") << QStringLiteral("DATE") << QStringLiteral("1997")
                              << QStringLiteral("mod=END") << QStringLiteral("") << QStringLiteral("1997-12-31")
                              << QStringLiteral("approximate");
    QTest::newRow("mid year relative") << QStringLiteral("A review is planned for mid-year.")
                                       << QStringLiteral("1997-04-01") << QStringLiteral("mid-year")
                                       << QStringLiteral("DATE") << QStringLiteral("1997") << QStringLiteral("mod=MID")
                                       << QStringLiteral("") << QStringLiteral("") << QStringLiteral("approximate");
    QTest::newRow("weeks ago") << QStringLiteral("The ceasefire collapsed two weeks ago.")
                               << QStringLiteral("1997-04-01") << QStringLiteral("two weeks ago")
                               << QStringLiteral("DATE") << QStringLiteral("1997-W12") << QStringLiteral("")
                               << QStringLiteral("1997-03-17") << QStringLiteral("1997-03-23")
                               << QStringLiteral("exact");
    QTest::newRow("days ago") << QStringLiteral("He was seen three days ago in Lagos.") << QStringLiteral("1997-04-01")
                              << QStringLiteral("three days ago") << QStringLiteral("DATE")
                              << QStringLiteral("1997-03-29") << QStringLiteral("") << QStringLiteral("1997-03-29")
                              << QStringLiteral("1997-03-29") << QStringLiteral("exact");
    QTest::newRow("a year ago") << QStringLiteral("A year ago, the plant was empty.") << QStringLiteral("1997-04-01")
                                << QStringLiteral("A year ago") << QStringLiteral("DATE") << QStringLiteral("1996")
                                << QStringLiteral("") << QStringLiteral("1996-01-01") << QStringLiteral("1996-12-31")
                                << QStringLiteral("exact");
    QTest::newRow("months ago") << QStringLiteral("The deal was signed six months ago.") << QStringLiteral("1997-04-01")
                                << QStringLiteral("six months ago") << QStringLiteral("DATE")
                                << QStringLiteral("1996-10") << QStringLiteral("") << QStringLiteral("1996-10-01")
                                << QStringLiteral("1996-10-31") << QStringLiteral("exact");
    QTest::newRow("decade ago") << QStringLiteral("The mine closed a decade ago.") << QStringLiteral("1997-04-01")
                                << QStringLiteral("a decade ago") << QStringLiteral("DATE") << QStringLiteral("198")
                                << QStringLiteral("") << QStringLiteral("1980-01-01") << QStringLiteral("1989-12-31")
                                << QStringLiteral("exact");
    QTest::newRow("about weeks ago") << QStringLiteral("He left about three weeks ago.") << QStringLiteral("1997-04-01")
                                     << QStringLiteral("about three weeks ago") << QStringLiteral("DATE")
                                     << QStringLiteral("1997-W11") << QStringLiteral("mod=APPROX")
                                     << QStringLiteral("1997-03-10") << QStringLiteral("1997-03-16")
                                     << QStringLiteral("approximate");
    QTest::newRow("vague ago") << QStringLiteral("The mine closed several years ago.") << QStringLiteral("1997-04-01")
                               << QStringLiteral("several years ago") << QStringLiteral("DATE")
                               << QStringLiteral("PAST_REF") << QStringLiteral("") << QStringLiteral("-")
                               << QStringLiteral("1997-04-01") << QStringLiteral("approximate");
    QTest::newRow("bare ago") << QStringLiteral("The strike began hours ago.") << QStringLiteral("1997-04-01")
                              << QStringLiteral("hours ago") << QStringLiteral("DATE") << QStringLiteral("PAST_REF")
                              << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("1997-04-01")
                              << QStringLiteral("approximate");
    QTest::newRow("from now") << QStringLiteral("The treaty expires a year from now.") << QStringLiteral("1997-04-01")
                              << QStringLiteral("a year from now") << QStringLiteral("DATE") << QStringLiteral("1998")
                              << QStringLiteral("") << QStringLiteral("1998-01-01") << QStringLiteral("1998-12-31")
                              << QStringLiteral("exact");
    QTest::newRow("later anaphoric") << QStringLiteral(
        "The talks began on March 3, 1997. Three days later the envoy left.")
                                     << QStringLiteral("1997-04-01") << QStringLiteral("Three days later")
                                     << QStringLiteral("DATE") << QStringLiteral("1997-03-06") << QStringLiteral("")
                                     << QStringLiteral("1997-03-06") << QStringLiteral("1997-03-06")
                                     << QStringLiteral("uncertain");
    QTest::newRow("later without earlier date")
        << QStringLiteral("Three days later the envoy left.") << QStringLiteral("1997-04-01")
        << QStringLiteral("Three days later") << QStringLiteral("DATE") << QStringLiteral("1997-04-04")
        << QStringLiteral("") << QStringLiteral("1997-04-04") << QStringLiteral("1997-04-04")
        << QStringLiteral("uncertain");
    QTest::newRow("a year earlier") << QStringLiteral("Profit was 5 million, up from 4 million a year earlier.")
                                    << QStringLiteral("1997-04-01") << QStringLiteral("a year earlier")
                                    << QStringLiteral("DATE") << QStringLiteral("1996") << QStringLiteral("")
                                    << QStringLiteral("1996-01-01") << QStringLiteral("1996-12-31")
                                    << QStringLiteral("uncertain");
    QTest::newRow("the next day") << QStringLiteral("He arrived on March 3, 1997 and left the next day.")
                                  << QStringLiteral("1997-04-01") << QStringLiteral("the next day")
                                  << QStringLiteral("DATE") << QStringLiteral("1997-03-04") << QStringLiteral("")
                                  << QStringLiteral("1997-03-04") << QStringLiteral("1997-03-04")
                                  << QStringLiteral("uncertain");
    QTest::newRow("the following week") << QStringLiteral(
        "Talks opened on March 3, 1997 and closed the following week.")
                                        << QStringLiteral("1997-04-01") << QStringLiteral("the following week")
                                        << QStringLiteral("DATE") << QStringLiteral("1997-W11") << QStringLiteral("")
                                        << QStringLiteral("1997-03-10") << QStringLiteral("1997-03-16")
                                        << QStringLiteral("uncertain");
    QTest::newRow("the previous year") << QStringLiteral("Sales fell 3 percent from the previous year.")
                                       << QStringLiteral("1997-04-01") << QStringLiteral("the previous year")
                                       << QStringLiteral("DATE") << QStringLiteral("1996") << QStringLiteral("")
                                       << QStringLiteral("1996-01-01") << QStringLiteral("1996-12-31")
                                       << QStringLiteral("uncertain");
    QTest::newRow("recently") << QStringLiteral("Officials recently held talks.") << QStringLiteral("1997-04-01")
                              << QStringLiteral("recently") << QStringLiteral("DATE") << QStringLiteral("PAST_REF")
                              << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("1997-04-01")
                              << QStringLiteral("approximate");
    QTest::newRow("now") << QStringLiteral("The city is now calm.") << QStringLiteral("1997-04-01")
                         << QStringLiteral("now") << QStringLiteral("DATE") << QStringLiteral("PRESENT_REF")
                         << QStringLiteral("") << QStringLiteral("1997-04-01") << QStringLiteral("1997-04-01")
                         << QStringLiteral("approximate");
    QTest::newRow("currently") << QStringLiteral("Issues currently on ice will be discussed.")
                               << QStringLiteral("1997-04-01") << QStringLiteral("currently") << QStringLiteral("DATE")
                               << QStringLiteral("PRESENT_REF") << QStringLiteral("") << QStringLiteral("1997-04-01")
                               << QStringLiteral("1997-04-01") << QStringLiteral("approximate");
    QTest::newRow("the future") << QStringLiteral("Cooperation will grow in the future.")
                                << QStringLiteral("1997-04-01") << QStringLiteral("the future")
                                << QStringLiteral("DATE") << QStringLiteral("FUTURE_REF") << QStringLiteral("")
                                << QStringLiteral("1997-04-01") << QStringLiteral("-") << QStringLiteral("approximate");
    QTest::newRow("the near future") << QStringLiteral("A deal is possible in the near future.")
                                     << QStringLiteral("1997-04-01") << QStringLiteral("the near future")
                                     << QStringLiteral("DATE") << QStringLiteral("FUTURE_REF") << QStringLiteral("")
                                     << QStringLiteral("1997-04-01") << QStringLiteral("-")
                                     << QStringLiteral("approximate");
    QTest::newRow("the past") << QStringLiteral("Such attacks happened in the past.") << QStringLiteral("1997-04-01")
                              << QStringLiteral("the past") << QStringLiteral("DATE") << QStringLiteral("PAST_REF")
                              << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("1997-04-01")
                              << QStringLiteral("approximate");
    QTest::newRow("earlier this month") << QStringLiteral("The envoy visited earlier this month.")
                                        << QStringLiteral("1997-04-01") << QStringLiteral("earlier this month")
                                        << QStringLiteral("DATE") << QStringLiteral("1997-04") << QStringLiteral("")
                                        << QStringLiteral("1997-04-01") << QStringLiteral("1997-04-01")
                                        << QStringLiteral("exact");
    QTest::newRow("later this year") << QStringLiteral("Elections will be held later this year.")
                                     << QStringLiteral("1997-04-01") << QStringLiteral("later this year")
                                     << QStringLiteral("DATE") << QStringLiteral("1997") << QStringLiteral("")
                                     << QStringLiteral("1997-04-01") << QStringLiteral("1997-12-31")
                                     << QStringLiteral("exact");
    QTest::newRow("the weekend past") << QStringLiteral(
        "Shen refused to comment on reports over the weekend from Tokyo that Jiang would offer the post.")
                                      << QStringLiteral("1997-04-01") << QStringLiteral("the weekend")
                                      << QStringLiteral("DATE") << QStringLiteral("1997-W13-WE") << QStringLiteral("")
                                      << QStringLiteral("1997-03-29") << QStringLiteral("1997-03-30")
                                      << QStringLiteral("exact");
    QTest::newRow("the weekend future") << QStringLiteral("The parties will meet over the weekend.")
                                        << QStringLiteral("1997-04-01") << QStringLiteral("the weekend")
                                        << QStringLiteral("DATE") << QStringLiteral("1997-W14-WE") << QStringLiteral("")
                                        << QStringLiteral("1997-04-05") << QStringLiteral("1997-04-06")
                                        << QStringLiteral("exact");
    QTest::newRow("this weekend") << QStringLiteral("Protests are planned this weekend.")
                                  << QStringLiteral("1997-04-01") << QStringLiteral("this weekend")
                                  << QStringLiteral("DATE") << QStringLiteral("1997-W14-WE") << QStringLiteral("")
                                  << QStringLiteral("1997-04-05") << QStringLiteral("1997-04-06")
                                  << QStringLiteral("exact");
    QTest::newRow("last weekend") << QStringLiteral("Protests took place last weekend.") << QStringLiteral("1997-04-01")
                                  << QStringLiteral("last weekend") << QStringLiteral("DATE")
                                  << QStringLiteral("1997-W13-WE") << QStringLiteral("") << QStringLiteral("1997-03-29")
                                  << QStringLiteral("1997-03-30") << QStringLiteral("exact");
    QTest::newRow("month past tense") << QStringLiteral("The general was sacked in December.")
                                      << QStringLiteral("1997-04-01") << QStringLiteral("December")
                                      << QStringLiteral("DATE") << QStringLiteral("1996-12") << QStringLiteral("")
                                      << QStringLiteral("1996-12-01") << QStringLiteral("1996-12-31")
                                      << QStringLiteral("exact");
    QTest::newRow("month future tense") << QStringLiteral("The general will retire in December.")
                                        << QStringLiteral("1997-04-01") << QStringLiteral("December")
                                        << QStringLiteral("DATE") << QStringLiteral("1997-12") << QStringLiteral("")
                                        << QStringLiteral("1997-12-01") << QStringLiteral("1997-12-31")
                                        << QStringLiteral("exact");
    QTest::newRow("month nearest without tense")
        << QStringLiteral("A summit in May is possible.") << QStringLiteral("1997-04-01") << QStringLiteral("May")
        << QStringLiteral("DATE") << QStringLiteral("1997-05") << QStringLiteral("") << QStringLiteral("1997-05-01")
        << QStringLiteral("1997-05-31") << QStringLiteral("exact");
    QTest::newRow("month day past") << QStringLiteral("The firm collapsed on March 15.") << QStringLiteral("1997-04-01")
                                    << QStringLiteral("March 15") << QStringLiteral("DATE")
                                    << QStringLiteral("1997-03-15") << QStringLiteral("")
                                    << QStringLiteral("1997-03-15") << QStringLiteral("1997-03-15")
                                    << QStringLiteral("exact");
    QTest::newRow("month day future") << QStringLiteral("The vote will take place on May 5.")
                                      << QStringLiteral("1997-04-01") << QStringLiteral("May 5")
                                      << QStringLiteral("DATE") << QStringLiteral("1997-05-05") << QStringLiteral("")
                                      << QStringLiteral("1997-05-05") << QStringLiteral("1997-05-05")
                                      << QStringLiteral("exact");
    QTest::newRow("month day past year before")
        << QStringLiteral("The meeting on May 5 was cancelled.") << QStringLiteral("1997-04-01")
        << QStringLiteral("May 5") << QStringLiteral("DATE") << QStringLiteral("1996-05-05") << QStringLiteral("")
        << QStringLiteral("1996-05-05") << QStringLiteral("1996-05-05") << QStringLiteral("exact");
    QTest::newRow("last month name") << QStringLiteral("Talks failed last March.") << QStringLiteral("1997-04-01")
                                     << QStringLiteral("last March") << QStringLiteral("DATE")
                                     << QStringLiteral("1997-03") << QStringLiteral("") << QStringLiteral("1997-03-01")
                                     << QStringLiteral("1997-03-31") << QStringLiteral("exact");
    QTest::newRow("last month name a year back")
        << QStringLiteral("Talks failed last May.") << QStringLiteral("1997-04-01") << QStringLiteral("last May")
        << QStringLiteral("DATE") << QStringLiteral("1996-05") << QStringLiteral("") << QStringLiteral("1996-05-01")
        << QStringLiteral("1996-05-31") << QStringLiteral("exact");
    QTest::newRow("this summer") << QStringLiteral("The museum reopens this summer.") << QStringLiteral("1997-04-01")
                                 << QStringLiteral("this summer") << QStringLiteral("DATE") << QStringLiteral("1997-SU")
                                 << QStringLiteral("") << QStringLiteral("1997-06-01") << QStringLiteral("1997-08-31")
                                 << QStringLiteral("exact");
    QTest::newRow("last summer") << QStringLiteral("The drought of last summer hurt farmers.")
                                 << QStringLiteral("1997-04-01") << QStringLiteral("last summer")
                                 << QStringLiteral("DATE") << QStringLiteral("1996-SU") << QStringLiteral("")
                                 << QStringLiteral("1996-06-01") << QStringLiteral("1996-08-31")
                                 << QStringLiteral("exact");
    QTest::newRow("next spring") << QStringLiteral("Construction starts next spring.") << QStringLiteral("1997-04-01")
                                 << QStringLiteral("next spring") << QStringLiteral("DATE") << QStringLiteral("1998-SP")
                                 << QStringLiteral("") << QStringLiteral("1998-03-01") << QStringLiteral("1998-05-31")
                                 << QStringLiteral("exact");
    QTest::newRow("the third quarter past")
        << QStringLiteral("Profits rose in the third quarter.") << QStringLiteral("1997-04-01")
        << QStringLiteral("the third quarter") << QStringLiteral("DATE") << QStringLiteral("1996-Q3")
        << QStringLiteral("") << QStringLiteral("1996-07-01") << QStringLiteral("1996-09-30")
        << QStringLiteral("exact");
    QTest::newRow("the third quarter future")
        << QStringLiteral("Profits will rise in the third quarter.") << QStringLiteral("1997-04-01")
        << QStringLiteral("the third quarter") << QStringLiteral("DATE") << QStringLiteral("1997-Q3")
        << QStringLiteral("") << QStringLiteral("1997-07-01") << QStringLiteral("1997-09-30")
        << QStringLiteral("exact");
    QTest::newRow("quarter adjective") << QStringLiteral("Fourth-quarter earnings fell sharply.")
                                       << QStringLiteral("1997-04-01") << QStringLiteral("Fourth-quarter")
                                       << QStringLiteral("DATE") << QStringLiteral("1996-Q4") << QStringLiteral("")
                                       << QStringLiteral("1996-10-01") << QStringLiteral("1996-12-31")
                                       << QStringLiteral("exact");
    QTest::newRow("quarter of last year")
        << QStringLiteral("Growth stalled in the fourth quarter of last year.") << QStringLiteral("1997-04-01")
        << QStringLiteral("the fourth quarter of last year") << QStringLiteral("DATE") << QStringLiteral("1996-Q4")
        << QStringLiteral("") << QStringLiteral("1996-10-01") << QStringLiteral("1996-12-31")
        << QStringLiteral("exact");
    QTest::newRow("holiday without year")
        << QStringLiteral("Stores were closed on Christmas.") << QStringLiteral("1997-04-01")
        << QStringLiteral("Christmas") << QStringLiteral("DATE") << QStringLiteral("1996-12-25") << QStringLiteral("")
        << QStringLiteral("1996-12-25") << QStringLiteral("1996-12-25") << QStringLiteral("exact");
    QTest::newRow("clock time") << QStringLiteral("The vote began at 10:30 a.m. in the chamber.")
                                << QStringLiteral("1997-04-01") << QStringLiteral("10:30 a.m.")
                                << QStringLiteral("TIME") << QStringLiteral("1997-04-01T10:30") << QStringLiteral("")
                                << QStringLiteral("1997-04-01T10:30") << QStringLiteral("1997-04-01T10:30")
                                << QStringLiteral("exact");
    QTest::newRow("clock time with weekday")
        << QStringLiteral("Polls close at 3 p.m. Tuesday.") << QStringLiteral("1997-04-01")
        << QStringLiteral("3 p.m. Tuesday") << QStringLiteral("TIME") << QStringLiteral("1997-04-01T15:00")
        << QStringLiteral("") << QStringLiteral("1997-04-01T15:00") << QStringLiteral("1997-04-01T15:00")
        << QStringLiteral("exact");
    QTest::newRow("clock time yesterday")
        << QStringLiteral("The blast came at 10 p.m. yesterday.") << QStringLiteral("1997-04-01")
        << QStringLiteral("10 p.m. yesterday") << QStringLiteral("TIME") << QStringLiteral("1997-03-31T22:00")
        << QStringLiteral("") << QStringLiteral("1997-03-31T22:00") << QStringLiteral("1997-03-31T22:00")
        << QStringLiteral("exact");
    QTest::newRow("noon") << QStringLiteral("Trading stopped at noon.") << QStringLiteral("1997-04-01")
                          << QStringLiteral("noon") << QStringLiteral("TIME") << QStringLiteral("1997-04-01T12:00")
                          << QStringLiteral("") << QStringLiteral("1997-04-01T12:00")
                          << QStringLiteral("1997-04-01T12:00") << QStringLiteral("exact");
    QTest::newRow("midnight") << QStringLiteral("The curfew starts at midnight.") << QStringLiteral("1997-04-01")
                              << QStringLiteral("midnight") << QStringLiteral("TIME")
                              << QStringLiteral("1997-04-01T24:00") << QStringLiteral("") << QStringLiteral("")
                              << QStringLiteral("") << QStringLiteral("exact");
    QTest::newRow("twelve am") << QStringLiteral("The shift begins at 12 a.m. sharp.") << QStringLiteral("1997-04-01")
                               << QStringLiteral("12 a.m.") << QStringLiteral("TIME")
                               << QStringLiteral("1997-04-01T00:00") << QStringLiteral("")
                               << QStringLiteral("1997-04-01T00:00") << QStringLiteral("") << QStringLiteral("exact");
    QTest::newRow("clock time after at") << QStringLiteral("The session resumed at 14:45 after a break.")
                                         << QStringLiteral("1997-04-01") << QStringLiteral("14:45")
                                         << QStringLiteral("TIME") << QStringLiteral("1997-04-01T14:45")
                                         << QStringLiteral("") << QStringLiteral("1997-04-01T14:45")
                                         << QStringLiteral("") << QStringLiteral("exact");
    QTest::newRow("agency clock time") << QStringLiteral("The quake struck at 0230 GMT near the coast.")
                                       << QStringLiteral("1997-04-01") << QStringLiteral("0230 GMT")
                                       << QStringLiteral("TIME") << QStringLiteral("1997-04-01T02:30")
                                       << QStringLiteral("") << QStringLiteral("1997-04-01T02:30") << QStringLiteral("")
                                       << QStringLiteral("exact");
    QTest::newRow("o'clock") << QStringLiteral("They met at nine o'clock.") << QStringLiteral("1997-04-01")
                             << QStringLiteral("nine o'clock") << QStringLiteral("TIME")
                             << QStringLiteral("1997-04-01T09:00") << QStringLiteral("") << QStringLiteral("")
                             << QStringLiteral("") << QStringLiteral("exact");
    QTest::newRow("weekday morning") << QStringLiteral("Fighting resumed Tuesday morning.")
                                     << QStringLiteral("1997-04-01") << QStringLiteral("Tuesday morning")
                                     << QStringLiteral("TIME") << QStringLiteral("1997-04-01TMO") << QStringLiteral("")
                                     << QStringLiteral("1997-04-01T06:00") << QStringLiteral("1997-04-01T11:59")
                                     << QStringLiteral("exact");
    QTest::newRow("weekday night") << QStringLiteral("Rebels attacked Friday night.") << QStringLiteral("1997-04-01")
                                   << QStringLiteral("Friday night") << QStringLiteral("TIME")
                                   << QStringLiteral("1997-03-28TNI") << QStringLiteral("")
                                   << QStringLiteral("1997-03-28T21:00") << QStringLiteral("1997-03-29T05:59")
                                   << QStringLiteral("exact");
    QTest::newRow("tonight") << QStringLiteral("The president speaks tonight.") << QStringLiteral("1997-04-01")
                             << QStringLiteral("tonight") << QStringLiteral("TIME") << QStringLiteral("1997-04-01TNI")
                             << QStringLiteral("") << QStringLiteral("1997-04-01T21:00")
                             << QStringLiteral("1997-04-02T05:59") << QStringLiteral("exact");
    QTest::newRow("this afternoon") << QStringLiteral("The results come this afternoon.")
                                    << QStringLiteral("1997-04-01") << QStringLiteral("this afternoon")
                                    << QStringLiteral("TIME") << QStringLiteral("1997-04-01TAF") << QStringLiteral("")
                                    << QStringLiteral("1997-04-01T12:00") << QStringLiteral("1997-04-01T17:59")
                                    << QStringLiteral("exact");
    QTest::newRow("last night") << QStringLiteral("Shelling resumed last night.") << QStringLiteral("1997-04-01")
                                << QStringLiteral("last night") << QStringLiteral("TIME")
                                << QStringLiteral("1997-03-31TNI") << QStringLiteral("")
                                << QStringLiteral("1997-03-31T21:00") << QStringLiteral("1997-04-01T05:59")
                                << QStringLiteral("exact");
    QTest::newRow("yesterday morning") << QStringLiteral("He left yesterday morning.") << QStringLiteral("1997-04-01")
                                       << QStringLiteral("yesterday morning") << QStringLiteral("TIME")
                                       << QStringLiteral("1997-03-31TMO") << QStringLiteral("")
                                       << QStringLiteral("1997-03-31T06:00") << QStringLiteral("1997-03-31T11:59")
                                       << QStringLiteral("exact");
    QTest::newRow("last weekday other anchor")
        << QStringLiteral("He met the envoy last Tuesday.") << QStringLiteral("2025-03-05")
        << QStringLiteral("last Tuesday") << QStringLiteral("DATE") << QStringLiteral("2025-03-04")
        << QStringLiteral("") << QStringLiteral("2025-03-04") << QStringLiteral("2025-03-04")
        << QStringLiteral("exact");
    QTest::newRow("next weekday other anchor")
        << QStringLiteral("He will meet the envoy next Monday.") << QStringLiteral("2025-03-05")
        << QStringLiteral("next Monday") << QStringLiteral("DATE") << QStringLiteral("2025-03-10") << QStringLiteral("")
        << QStringLiteral("2025-03-10") << QStringLiteral("2025-03-10") << QStringLiteral("exact");
    QTest::newRow("weekday across year") << QStringLiteral("The law was signed Friday.") << QStringLiteral("1998-01-01")
                                         << QStringLiteral("Friday") << QStringLiteral("DATE")
                                         << QStringLiteral("1997-12-26") << QStringLiteral("")
                                         << QStringLiteral("1997-12-26") << QStringLiteral("1997-12-26")
                                         << QStringLiteral("exact");
    QTest::newRow("week across year") << QStringLiteral("The bill passed last week.") << QStringLiteral("1998-01-07")
                                      << QStringLiteral("last week") << QStringLiteral("DATE")
                                      << QStringLiteral("1998-W01") << QStringLiteral("")
                                      << QStringLiteral("1997-12-29") << QStringLiteral("1998-01-04")
                                      << QStringLiteral("exact");
    QTest::newRow("weekday settles the year")
        << QStringLiteral("The summit on Monday, Jan. 12, came early.") << QStringLiteral("1998-01-08")
        << QStringLiteral("Monday, Jan. 12") << QStringLiteral("DATE") << QStringLiteral("1998-01-12")
        << QStringLiteral("") << QStringLiteral("1998-01-12") << QStringLiteral("1998-01-12")
        << QStringLiteral("exact");
    QTest::newRow("present tense weekday")
        << QStringLiteral("Voters go to the polls on Sunday.") << QStringLiteral("1998-01-08")
        << QStringLiteral("Sunday") << QStringLiteral("DATE") << QStringLiteral("1998-01-11") << QStringLiteral("")
        << QStringLiteral("1998-01-11") << QStringLiteral("1998-01-11") << QStringLiteral("exact");
    QTest::newRow("end of the decade") << QStringLiteral("Reforms are promised by the end of the decade.")
                                       << QStringLiteral("1997-04-01") << QStringLiteral("the end of the decade")
                                       << QStringLiteral("DATE") << QStringLiteral("199") << QStringLiteral("mod=END")
                                       << QStringLiteral("") << QStringLiteral("1999-12-31")
                                       << QStringLiteral("approximate");
    QTest::newRow("clock time zone weekday")
        << QStringLiteral("The plane crashed at 10:15 a.m. local time Wednesday.") << QStringLiteral("1998-01-08")
        << QStringLiteral("10:15 a.m. local time Wednesday") << QStringLiteral("TIME")
        << QStringLiteral("1998-01-07T10:15") << QStringLiteral("") << QStringLiteral("1998-01-07T10:15")
        << QStringLiteral("") << QStringLiteral("exact");
    QTest::newRow("unknown yesterday") << QStringLiteral("The minister resigned yesterday.") << QStringLiteral("")
                                       << QStringLiteral("yesterday") << QStringLiteral("DATE")
                                       << QStringLiteral("XXXX-XX-XX") << QStringLiteral("") << QStringLiteral("-")
                                       << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("unknown weekday") << QStringLiteral("Police arrested him Tuesday.") << QStringLiteral("")
                                     << QStringLiteral("Tuesday") << QStringLiteral("DATE")
                                     << QStringLiteral("XXXX-WXX-2") << QStringLiteral("") << QStringLiteral("-")
                                     << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("unknown next week") << QStringLiteral("The envoy travels next week.") << QStringLiteral("")
                                       << QStringLiteral("next week") << QStringLiteral("DATE")
                                       << QStringLiteral("XXXX-WXX") << QStringLiteral("") << QStringLiteral("-")
                                       << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("unknown last year") << QStringLiteral("Last year, exports fell.") << QStringLiteral("")
                                       << QStringLiteral("Last year") << QStringLiteral("DATE")
                                       << QStringLiteral("XXXX") << QStringLiteral("") << QStringLiteral("-")
                                       << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("unknown month day") << QStringLiteral("The vote is on September 30.") << QStringLiteral("")
                                       << QStringLiteral("September 30") << QStringLiteral("DATE")
                                       << QStringLiteral("XXXX-09-30") << QStringLiteral("") << QStringLiteral("-")
                                       << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("unknown month") << QStringLiteral("He was sacked in December.") << QStringLiteral("")
                                   << QStringLiteral("December") << QStringLiteral("DATE") << QStringLiteral("XXXX-12")
                                   << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-")
                                   << QStringLiteral("");
    QTest::newRow("unknown season") << QStringLiteral("The offensive began in the summer.") << QStringLiteral("")
                                    << QStringLiteral("the summer") << QStringLiteral("DATE")
                                    << QStringLiteral("XXXX-SU") << QStringLiteral("") << QStringLiteral("-")
                                    << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("unknown quarter") << QStringLiteral("Profits rose in the third quarter.") << QStringLiteral("")
                                     << QStringLiteral("the third quarter") << QStringLiteral("DATE")
                                     << QStringLiteral("XXXX-Q3") << QStringLiteral("") << QStringLiteral("-")
                                     << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("unknown weekend") << QStringLiteral("Talks continued over the weekend.") << QStringLiteral("")
                                     << QStringLiteral("the weekend") << QStringLiteral("DATE")
                                     << QStringLiteral("XXXX-WXX-WE") << QStringLiteral("") << QStringLiteral("-")
                                     << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("unknown clock time") << QStringLiteral("The vote began at 10:30 a.m.") << QStringLiteral("")
                                        << QStringLiteral("10:30 a.m.") << QStringLiteral("TIME")
                                        << QStringLiteral("XXXX-XX-XXT10:30") << QStringLiteral("")
                                        << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("unknown tonight") << QStringLiteral("The president speaks tonight.") << QStringLiteral("")
                                     << QStringLiteral("tonight") << QStringLiteral("TIME")
                                     << QStringLiteral("XXXX-XX-XXTNI") << QStringLiteral("") << QStringLiteral("-")
                                     << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("unknown ago") << QStringLiteral("The ceasefire collapsed two weeks ago.") << QStringLiteral("")
                                 << QStringLiteral("two weeks ago") << QStringLiteral("DATE")
                                 << QStringLiteral("XXXX-WXX") << QStringLiteral("") << QStringLiteral("-")
                                 << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("unknown now") << QStringLiteral("The city is now calm.") << QStringLiteral("")
                                 << QStringLiteral("now") << QStringLiteral("DATE") << QStringLiteral("PRESENT_REF")
                                 << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-")
                                 << QStringLiteral("");
    QTest::newRow("unknown absolute") << QStringLiteral("The talks ended on March 3, 2025.") << QStringLiteral("")
                                      << QStringLiteral("March 3, 2025") << QStringLiteral("DATE")
                                      << QStringLiteral("2025-03-03") << QStringLiteral("")
                                      << QStringLiteral("2025-03-03") << QStringLiteral("2025-03-03")
                                      << QStringLiteral("exact");
    QTest::newRow("window next week") << QStringLiteral("Rubio is scheduled to visit Mexico next week.")
                                      << QStringLiteral("2024-06-02/2024-09-30") << QStringLiteral("next week")
                                      << QStringLiteral("DATE") << QStringLiteral("2024-WXX") << QStringLiteral("")
                                      << QStringLiteral("2024-06-03") << QStringLiteral("2024-10-13")
                                      << QStringLiteral("uncertain");
    QTest::newRow("window yesterday") << QStringLiteral("The minister resigned yesterday.")
                                      << QStringLiteral("2024-06-02/2024-09-30") << QStringLiteral("yesterday")
                                      << QStringLiteral("DATE") << QStringLiteral("2024-XX-XX") << QStringLiteral("")
                                      << QStringLiteral("2024-06-01") << QStringLiteral("2024-09-29")
                                      << QStringLiteral("uncertain");
    QTest::newRow("window last year") << QStringLiteral("Last year, exports fell.")
                                      << QStringLiteral("2024-06-02/2024-09-30") << QStringLiteral("Last year")
                                      << QStringLiteral("DATE") << QStringLiteral("2023") << QStringLiteral("")
                                      << QStringLiteral("2023-01-01") << QStringLiteral("2023-12-31")
                                      << QStringLiteral("exact");
    QTest::newRow("window this month") << QStringLiteral("Prices rose this month.")
                                       << QStringLiteral("2024-06-02/2024-09-30") << QStringLiteral("this month")
                                       << QStringLiteral("DATE") << QStringLiteral("2024-XX") << QStringLiteral("")
                                       << QStringLiteral("2024-06-01") << QStringLiteral("2024-09-30")
                                       << QStringLiteral("uncertain");
    QTest::newRow("window weekday") << QStringLiteral("Police arrested him Tuesday.")
                                    << QStringLiteral("2024-06-02/2024-09-30") << QStringLiteral("Tuesday")
                                    << QStringLiteral("DATE") << QStringLiteral("2024-XX-XX") << QStringLiteral("")
                                    << QStringLiteral("2024-05-28") << QStringLiteral("2024-09-24")
                                    << QStringLiteral("uncertain");
    QTest::newRow("window month") << QStringLiteral("He was sacked in December.")
                                  << QStringLiteral("2024-06-02/2024-09-30") << QStringLiteral("December")
                                  << QStringLiteral("DATE") << QStringLiteral("2023-12") << QStringLiteral("")
                                  << QStringLiteral("2023-12-01") << QStringLiteral("2023-12-31")
                                  << QStringLiteral("exact");
    QTest::newRow("window past months") << QStringLiteral("Prices doubled over the past 12 months.")
                                        << QStringLiteral("2024-06-02/2024-09-30")
                                        << QStringLiteral("the past 12 months") << QStringLiteral("DURATION")
                                        << QStringLiteral("P12M") << QStringLiteral("") << QStringLiteral("2023-06-03")
                                        << QStringLiteral("2024-09-30") << QStringLiteral("uncertain");
    QTest::newRow("window now") << QStringLiteral("The city is now calm.") << QStringLiteral("2024-06-02/2024-09-30")
                                << QStringLiteral("now") << QStringLiteral("DATE") << QStringLiteral("PRESENT_REF")
                                << QStringLiteral("") << QStringLiteral("2024-06-02") << QStringLiteral("2024-09-30")
                                << QStringLiteral("approximate");
    QTest::newRow("window absolute") << QStringLiteral("The talks ended on March 3, 2025.")
                                     << QStringLiteral("2024-06-02/2024-09-30") << QStringLiteral("March 3, 2025")
                                     << QStringLiteral("DATE") << QStringLiteral("2025-03-03") << QStringLiteral("")
                                     << QStringLiteral("2025-03-03") << QStringLiteral("2025-03-03")
                                     << QStringLiteral("exact");
    QTest::newRow("duration days") << QStringLiteral("The strike lasted three days.") << QStringLiteral("1997-04-01")
                                   << QStringLiteral("three days") << QStringLiteral("DURATION")
                                   << QStringLiteral("P3D") << QStringLiteral("") << QStringLiteral("-")
                                   << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("adjectival duration") << QStringLiteral("Rubio embarks on a three-day trip to Mexico.")
                                         << QStringLiteral("1997-04-01") << QStringLiteral("three-day")
                                         << QStringLiteral("DURATION") << QStringLiteral("P3D") << QStringLiteral("")
                                         << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("adjectival digits") << QStringLiteral("The government unveiled a 10-year plan.")
                                       << QStringLiteral("1997-04-01") << QStringLiteral("10-year")
                                       << QStringLiteral("DURATION") << QStringLiteral("P10Y") << QStringLiteral("")
                                       << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("duration hours") << QStringLiteral("The meeting lasted two hours.") << QStringLiteral("1997-04-01")
                                    << QStringLiteral("two hours") << QStringLiteral("DURATION")
                                    << QStringLiteral("PT2H") << QStringLiteral("") << QStringLiteral("-")
                                    << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("duration minutes") << QStringLiteral("The debate ran 90 minutes.") << QStringLiteral("1997-04-01")
                                      << QStringLiteral("90 minutes") << QStringLiteral("DURATION")
                                      << QStringLiteral("PT90M") << QStringLiteral("") << QStringLiteral("-")
                                      << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("vague weeks") << QStringLiteral("The talks could take several weeks.")
                                 << QStringLiteral("1997-04-01") << QStringLiteral("several weeks")
                                 << QStringLiteral("DURATION") << QStringLiteral("PXW") << QStringLiteral("")
                                 << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("a few days") << QStringLiteral("He will stay a few days.") << QStringLiteral("1997-04-01")
                                << QStringLiteral("a few days") << QStringLiteral("DURATION") << QStringLiteral("PXD")
                                << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-")
                                << QStringLiteral("");
    QTest::newRow("a couple of weeks") << QStringLiteral("The audit takes a couple of weeks.")
                                       << QStringLiteral("1997-04-01") << QStringLiteral("a couple of weeks")
                                       << QStringLiteral("DURATION") << QStringLiteral("P2W") << QStringLiteral("")
                                       << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("past months") << QStringLiteral("Prices doubled in the past 12 months.")
                                 << QStringLiteral("1997-04-01") << QStringLiteral("the past 12 months")
                                 << QStringLiteral("DURATION") << QStringLiteral("P12M") << QStringLiteral("")
                                 << QStringLiteral("1996-04-02") << QStringLiteral("1997-04-01")
                                 << QStringLiteral("exact");
    QTest::newRow("last two years") << QStringLiteral("Exports doubled over the last two years.")
                                    << QStringLiteral("1997-04-01") << QStringLiteral("the last two years")
                                    << QStringLiteral("DURATION") << QStringLiteral("P2Y") << QStringLiteral("")
                                    << QStringLiteral("1995-04-02") << QStringLiteral("1997-04-01")
                                    << QStringLiteral("exact");
    QTest::newRow("next three weeks") << QStringLiteral("Talks continue for the next three weeks.")
                                      << QStringLiteral("1997-04-01") << QStringLiteral("the next three weeks")
                                      << QStringLiteral("DURATION") << QStringLiteral("P3W") << QStringLiteral("")
                                      << QStringLiteral("1997-04-01") << QStringLiteral("1997-04-21")
                                      << QStringLiteral("exact");
    QTest::newRow("the past week") << QStringLiteral("Fighting intensified over the past week.")
                                   << QStringLiteral("1997-04-01") << QStringLiteral("the past week")
                                   << QStringLiteral("DURATION") << QStringLiteral("P1W") << QStringLiteral("")
                                   << QStringLiteral("1997-03-26") << QStringLiteral("1997-04-01")
                                   << QStringLiteral("exact");
    QTest::newRow("the past decade") << QStringLiteral("Exports grew over the past decade.")
                                     << QStringLiteral("1997-04-01") << QStringLiteral("the past decade")
                                     << QStringLiteral("DURATION") << QStringLiteral("P1DE") << QStringLiteral("")
                                     << QStringLiteral("1987-04-02") << QStringLiteral("1997-04-01")
                                     << QStringLiteral("exact");
    QTest::newRow("the coming days") << QStringLiteral("A decision is expected in the coming days.")
                                     << QStringLiteral("1997-04-01") << QStringLiteral("the coming days")
                                     << QStringLiteral("DURATION") << QStringLiteral("PXD") << QStringLiteral("")
                                     << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("recent years") << QStringLiteral("Crime has fallen in recent years.") << QStringLiteral("1997-04-01")
                                  << QStringLiteral("recent years") << QStringLiteral("DURATION")
                                  << QStringLiteral("PXY") << QStringLiteral("") << QStringLiteral("-")
                                  << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("bare decades") << QStringLiteral("The feud has lasted for decades.") << QStringLiteral("1997-04-01")
                                  << QStringLiteral("decades") << QStringLiteral("DURATION") << QStringLiteral("PXDE")
                                  << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-")
                                  << QStringLiteral("");
    QTest::newRow("bare years") << QStringLiteral("They have not met for years.") << QStringLiteral("1997-04-01")
                                << QStringLiteral("years") << QStringLiteral("DURATION") << QStringLiteral("PXY")
                                << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-")
                                << QStringLiteral("");
    QTest::newRow("a week") << QStringLiteral("He was held for a week.") << QStringLiteral("1997-04-01")
                            << QStringLiteral("a week") << QStringLiteral("DURATION") << QStringLiteral("P1W")
                            << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("months digits") << QStringLiteral("He spent 18 months in prison.") << QStringLiteral("1997-04-01")
                                   << QStringLiteral("18 months") << QStringLiteral("DURATION")
                                   << QStringLiteral("P18M") << QStringLiteral("") << QStringLiteral("-")
                                   << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("and a half") << QStringLiteral("The war lasted two and a half years.")
                                << QStringLiteral("1997-04-01") << QStringLiteral("two and a half years")
                                << QStringLiteral("DURATION") << QStringLiteral("P2.5Y") << QStringLiteral("")
                                << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("half an hour") << QStringLiteral("The speech lasted half an hour.") << QStringLiteral("1997-04-01")
                                  << QStringLiteral("half an hour") << QStringLiteral("DURATION")
                                  << QStringLiteral("PT30M") << QStringLiteral("") << QStringLiteral("-")
                                  << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("compound number") << QStringLiteral("He served twenty-five years.") << QStringLiteral("1997-04-01")
                                     << QStringLiteral("twenty-five years") << QStringLiteral("DURATION")
                                     << QStringLiteral("P25Y") << QStringLiteral("") << QStringLiteral("-")
                                     << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("nearly") << QStringLiteral("The siege lasted nearly two years.") << QStringLiteral("1997-04-01")
                            << QStringLiteral("nearly two years") << QStringLiteral("DURATION") << QStringLiteral("P2Y")
                            << QStringLiteral("mod=LESS_THAN") << QStringLiteral("-") << QStringLiteral("-")
                            << QStringLiteral("");
    QTest::newRow("more than") << QStringLiteral("The feud lasted more than a decade.") << QStringLiteral("1997-04-01")
                               << QStringLiteral("more than a decade") << QStringLiteral("DURATION")
                               << QStringLiteral("P1DE") << QStringLiteral("mod=MORE_THAN") << QStringLiteral("-")
                               << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("at least") << QStringLiteral("The repairs take at least three months.")
                              << QStringLiteral("1997-04-01") << QStringLiteral("at least three months")
                              << QStringLiteral("DURATION") << QStringLiteral("P3M")
                              << QStringLiteral("mod=EQUAL_OR_MORE") << QStringLiteral("-") << QStringLiteral("-")
                              << QStringLiteral("");
    QTest::newRow("some years") << QStringLiteral("He lived there some 20 years.") << QStringLiteral("1997-04-01")
                                << QStringLiteral("some 20 years") << QStringLiteral("DURATION")
                                << QStringLiteral("P20Y") << QStringLiteral("mod=APPROX") << QStringLiteral("-")
                                << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("age adjective") << QStringLiteral("The 52-year-old mayor resigned.") << QStringLiteral("1997-04-01")
                                   << QStringLiteral("52-year-old") << QStringLiteral("DURATION")
                                   << QStringLiteral("P52Y") << QStringLiteral("") << QStringLiteral("-")
                                   << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("age phrase") << QStringLiteral("The mayor is 52 years old.") << QStringLiteral("1997-04-01")
                                << QStringLiteral("52 years") << QStringLiteral("DURATION") << QStringLiteral("P52Y")
                                << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-")
                                << QStringLiteral("");
    QTest::newRow("unit long adjective") << QStringLiteral("The drug was approved after a decade-long review.")
                                         << QStringLiteral("1997-04-01") << QStringLiteral("decade-long")
                                         << QStringLiteral("DURATION") << QStringLiteral("P1DE") << QStringLiteral("")
                                         << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("quarters of a year") << QStringLiteral("Growth slowed for two quarters.")
                                        << QStringLiteral("1997-04-01") << QStringLiteral("two quarters")
                                        << QStringLiteral("DURATION") << QStringLiteral("P2Q") << QStringLiteral("")
                                        << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("fortnight") << QStringLiteral("The strike lasted a fortnight.") << QStringLiteral("1997-04-01")
                               << QStringLiteral("a fortnight") << QStringLiteral("DURATION") << QStringLiteral("P2W")
                               << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-")
                               << QStringLiteral("");
    QTest::newRow("hours digits") << QStringLiteral("Talks went on for 24 hours.") << QStringLiteral("1997-04-01")
                                  << QStringLiteral("24 hours") << QStringLiteral("DURATION") << QStringLiteral("PT24H")
                                  << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-")
                                  << QStringLiteral("");
    QTest::newRow("decimal hours") << QStringLiteral("The flight took 1.5 hours.") << QStringLiteral("1997-04-01")
                                   << QStringLiteral("1.5 hours") << QStringLiteral("DURATION")
                                   << QStringLiteral("PT1.5H") << QStringLiteral("") << QStringLiteral("-")
                                   << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("thousands grouped") << QStringLiteral("The forest is 2,000 years old.")
                                       << QStringLiteral("1997-04-01") << QStringLiteral("2,000 years")
                                       << QStringLiteral("DURATION") << QStringLiteral("P2000Y") << QStringLiteral("")
                                       << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("every week") << QStringLiteral("The council meets every week.") << QStringLiteral("1997-04-01")
                                << QStringLiteral("every week") << QStringLiteral("SET") << QStringLiteral("P1W")
                                << QStringLiteral("quant=EVERY") << QStringLiteral("-") << QStringLiteral("-")
                                << QStringLiteral("");
    QTest::newRow("weekly") << QStringLiteral("The council meets weekly.") << QStringLiteral("1997-04-01")
                            << QStringLiteral("weekly") << QStringLiteral("SET") << QStringLiteral("P1W")
                            << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("each year") << QStringLiteral("Thousands visit each year.") << QStringLiteral("1997-04-01")
                               << QStringLiteral("each year") << QStringLiteral("SET") << QStringLiteral("P1Y")
                               << QStringLiteral("quant=EACH") << QStringLiteral("-") << QStringLiteral("-")
                               << QStringLiteral("");
    QTest::newRow("daily") << QStringLiteral("Flights run daily.") << QStringLiteral("1997-04-01")
                           << QStringLiteral("daily") << QStringLiteral("SET") << QStringLiteral("P1D")
                           << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("every weekday") << QStringLiteral("Markets open every Monday.") << QStringLiteral("1997-04-01")
                                   << QStringLiteral("every Monday") << QStringLiteral("SET")
                                   << QStringLiteral("XXXX-WXX-1") << QStringLiteral("quant=EVERY")
                                   << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("twice a week") << QStringLiteral("Inspectors come twice a week.") << QStringLiteral("1997-04-01")
                                  << QStringLiteral("twice a week") << QStringLiteral("SET") << QStringLiteral("P1W")
                                  << QStringLiteral("freq=2X") << QStringLiteral("-") << QStringLiteral("-")
                                  << QStringLiteral("");
    QTest::newRow("times a year") << QStringLiteral("The board meets three times a year.")
                                  << QStringLiteral("1997-04-01") << QStringLiteral("three times a year")
                                  << QStringLiteral("SET") << QStringLiteral("P1Y") << QStringLiteral("freq=3X")
                                  << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("every two years") << QStringLiteral("Elections are held every two years.")
                                     << QStringLiteral("1997-04-01") << QStringLiteral("every two years")
                                     << QStringLiteral("SET") << QStringLiteral("P2Y") << QStringLiteral("quant=EVERY")
                                     << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("every other week") << QStringLiteral("He visits every other week.") << QStringLiteral("1997-04-01")
                                      << QStringLiteral("every other week") << QStringLiteral("SET")
                                      << QStringLiteral("P2W") << QStringLiteral("quant=EVERY") << QStringLiteral("-")
                                      << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("rate a year") << QStringLiteral("Output grew 10 percent a year.") << QStringLiteral("1997-04-01")
                                 << QStringLiteral("a year") << QStringLiteral("SET") << QStringLiteral("P1Y")
                                 << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-")
                                 << QStringLiteral("");
    QTest::newRow("rate a day") << QStringLiteral("The strike costs $40 million a day.") << QStringLiteral("1997-04-01")
                                << QStringLiteral("a day") << QStringLiteral("SET") << QStringLiteral("P1D")
                                << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-")
                                << QStringLiteral("");
    QTest::newRow("annually") << QStringLiteral("The report is published annually.") << QStringLiteral("1997-04-01")
                              << QStringLiteral("annually") << QStringLiteral("SET") << QStringLiteral("P1Y")
                              << QStringLiteral("") << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("every morning") << QStringLiteral("Guards patrol every morning.") << QStringLiteral("1997-04-01")
                                   << QStringLiteral("every morning") << QStringLiteral("SET")
                                   << QStringLiteral("XXXX-XX-XXTMO") << QStringLiteral("quant=EVERY")
                                   << QStringLiteral("-") << QStringLiteral("-") << QStringLiteral("");
    QTest::newRow("once a month") << QStringLiteral("The panel sits once a month.") << QStringLiteral("1997-04-01")
                                  << QStringLiteral("once a month") << QStringLiteral("SET") << QStringLiteral("P1M")
                                  << QStringLiteral("freq=1X") << QStringLiteral("-") << QStringLiteral("-")
                                  << QStringLiteral("");
    QTest::newRow("possessive excluded") << QStringLiteral("Tuesday's vote was close.") << QStringLiteral("1997-04-01")
                                         << QStringLiteral("Tuesday") << QStringLiteral("DATE")
                                         << QStringLiteral("1997-04-01") << QStringLiteral("") << QStringLiteral("")
                                         << QStringLiteral("") << QStringLiteral("exact");
    QTest::newRow("preposition excluded")
        << QStringLiteral("On Tuesday the vote was close.") << QStringLiteral("1997-04-01") << QStringLiteral("Tuesday")
        << QStringLiteral("DATE") << QStringLiteral("1997-04-01") << QStringLiteral("") << QStringLiteral("")
        << QStringLiteral("") << QStringLiteral("exact");
    QTest::newRow("midday not taken") << QStringLiteral("Shares dipped 1.1 percent by midday Tuesday.")
                                      << QStringLiteral("1997-04-01") << QStringLiteral("Tuesday")
                                      << QStringLiteral("DATE") << QStringLiteral("1997-04-01") << QStringLiteral("")
                                      << QStringLiteral("") << QStringLiteral("") << QStringLiteral("exact");
    QTest::newRow("capitalised sentence start")
        << QStringLiteral("Yesterday the vote was close.") << QStringLiteral("1997-04-01")
        << QStringLiteral("Yesterday") << QStringLiteral("DATE") << QStringLiteral("1997-03-31") << QStringLiteral("")
        << QStringLiteral("") << QStringLiteral("") << QStringLiteral("exact");
    QTest::newRow("all caps headline") << QStringLiteral("TALKS TO RESUME NEXT WEEK") << QStringLiteral("1997-04-01")
                                       << QStringLiteral("NEXT WEEK") << QStringLiteral("DATE")
                                       << QStringLiteral("1997-W15") << QStringLiteral("") << QStringLiteral("")
                                       << QStringLiteral("") << QStringLiteral("exact");
    QTest::newRow("curly apostrophe") << QStringLiteral("It was the worst flood since the \u201990s.")
                                      << QStringLiteral("1997-04-01") << QStringLiteral("the \u201990s")
                                      << QStringLiteral("DATE") << QStringLiteral("199") << QStringLiteral("")
                                      << QStringLiteral("") << QStringLiteral("") << QStringLiteral("exact");
}

void TestTimexTagger::tag()
{
    QFETCH(QString, text);
    QFETCH(QString, anchor);
    QFETCH(QString, extent);
    QFETCH(QString, type);
    QFETCH(QString, value);
    QFETCH(QString, attributes);
    QFETCH(QString, earliest);
    QFETCH(QString, latest);
    QFETCH(QString, qualifier);

    const TimexTagger tagger;
    const QList<TimexMatch> matches = tagger.tag(text, anchorFrom(anchor));
    const int start = int(text.indexOf(extent));
    const int end = start + int(extent.size());
    const TimexMatch *found = nullptr;
    for (const TimexMatch &match : matches) {
        if (match.start < end && match.end > start) {
            found = &match;
            break;
        }
    }
    if (!found)
        QFAIL(qPrintable(QStringLiteral("no expression over '%1'; found %2").arg(extent, describe(text, matches))));
    QCOMPARE(text.mid(found->start, found->length()), extent);
    QCOMPARE(timexTypeName(found->type), type);
    QCOMPARE(found->value, value);
    QCOMPARE(attributesOf(*found), attributes);
    if (!earliest.isEmpty())
        QCOMPARE(boundText(found->resolved.earliest(), earliest), earliest);
    if (!latest.isEmpty())
        QCOMPARE(boundText(found->resolved.latest(), latest), latest);
    if (!qualifier.isEmpty())
        QCOMPARE(qualifierName(found->resolved.qualifier()), qualifier);
    if (found->resolved.isKnown())
        QCOMPARE(found->resolved.expression(), extent);
}

void TestTimexTagger::notTagged_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("forbidden");

    QTest::newRow("thousands of troops") << QStringLiteral("Some 2,500 troops were deployed.")
                                         << QStringLiteral("2,500");
    QTest::newRow("route number") << QStringLiteral("They drove along Route 66 all night.")
                                  << QStringLiteral("Route 66");
    QTest::newRow("dollar amount") << QStringLiteral("The ticket costs $1997 in total.") << QStringLiteral("1997");
    QTest::newRow("points") << QStringLiteral("He scored 2000 points this season.") << QStringLiteral("2000");
    QTest::newRow("round amount before plural")
        << QStringLiteral("About 1500 people attended.") << QStringLiteral("1500");
    QTest::newRow("flight number") << QStringLiteral("Flight 1997 landed safely.") << QStringLiteral("1997");
    QTest::newRow("room number") << QStringLiteral("The meeting was in Room 2001.") << QStringLiteral("2001");
    QTest::newRow("grouped number") << QStringLiteral("The measure got 1,997 votes.") << QStringLiteral("1,997");
    QTest::newRow("decimal number") << QStringLiteral("The index rose 19.97 percent.") << QStringLiteral("19.97");
    QTest::newRow("compound adjective number")
        << QStringLiteral("An 1800-strong force arrived.") << QStringLiteral("1800");
    QTest::newRow("may the modal") << QStringLiteral("May I ask a question?") << QStringLiteral("May");
    QTest::newRow("may the name") << QStringLiteral("Theresa May said she would stay.") << QStringLiteral("May");
    QTest::newRow("march the verb") << QStringLiteral("Protesters plan to march on parliament.")
                                    << QStringLiteral("march");
    QTest::newRow("march capitalised verb")
        << QStringLiteral("Thousands will March for peace.") << QStringLiteral("March");
    QTest::newRow("april the name") << QStringLiteral("April Smith won the race.") << QStringLiteral("April");
    QTest::newRow("sunday times") << QStringLiteral("The Sunday Times reported the deal.") << QStringLiteral("Sunday");
    QTest::newRow("usa today") << QStringLiteral("The poll was published by USA Today.") << QStringLiteral("Today");
    QTest::newRow("fall of a wall") << QStringLiteral("The fall of the Berlin Wall changed Europe.")
                                    << QStringLiteral("fall");
    QTest::newRow("fall in prices") << QStringLiteral("Analysts expect a fall in prices.") << QStringLiteral("fall");
    QTest::newRow("spring water") << QStringLiteral("They drank from a hot spring nearby.") << QStringLiteral("spring");
    QTest::newRow("daily newspaper") << QStringLiteral("The daily newspaper Kommersant reported it.")
                                     << QStringLiteral("daily");
    QTest::newRow("daily name") << QStringLiteral("The Daily Mail ran the story.") << QStringLiteral("Daily");
    QTest::newRow("a second time") << QStringLiteral("He was elected a second time.") << QStringLiteral("second");
    QTest::newRow("version number") << QStringLiteral("They installed version 2.10.3 of the software.")
                                    << QStringLiteral("2.10");
    QTest::newRow("score") << QStringLiteral("The score was 3:1 at half time.") << QStringLiteral("3:1");
    QTest::newRow("present adjective") << QStringLiteral("The present government fell.") << QStringLiteral("present");
    QTest::newRow("future adjective") << QStringLiteral("The future king spoke.") << QStringLiteral("future");
    QTest::newRow("second half of a match")
        << QStringLiteral("He scored in the second half.") << QStringLiteral("second half");
    QTest::newRow("sat the verb") << QStringLiteral("Sat down, he began to talk.") << QStringLiteral("Sat");
    QTest::newRow("sun the star") << QStringLiteral("The sun set over the Sun newspaper office.")
                                  << QStringLiteral("Sun");
    QTest::newRow("wed the verb") << QStringLiteral("They wed in secret.") << QStringLiteral("wed");
    QTest::newRow("mar the verb") << QStringLiteral("Protests could mar the visit.") << QStringLiteral("mar");
    QTest::newRow("page number") << QStringLiteral("See page 1997 of the report.") << QStringLiteral("1997");
    QTest::newRow("last word") << QStringLiteral("He had the last word.") << QStringLiteral("last");
    QTest::newRow("last week of") << QStringLiteral("The last day of trading was calm.") << QStringLiteral("last day");
    QTest::newRow("number without unit") << QStringLiteral("Two men were arrested.") << QStringLiteral("Two");
    QTest::newRow("lowercase month abbreviation") << QStringLiteral("He will jan the lock.") << QStringLiteral("jan");
    QTest::newRow("quarter fraction") << QStringLiteral("A quarter of the votes were void.")
                                      << QStringLiteral("A quarter");
    QTest::newRow("quarter share") << QStringLiteral("Sales rose by a quarter.") << QStringLiteral("a quarter");
    QTest::newRow("now that") << QStringLiteral("The fee, two dollars now, rose.") << QStringLiteral("two dollars");
}

void TestTimexTagger::notTagged()
{
    QFETCH(QString, text);
    QFETCH(QString, forbidden);

    const TimexTagger tagger;
    const QList<TimexMatch> matches = tagger.tag(text, TimeValue::day(QDate(1997, 4, 1)));
    const int start = int(text.indexOf(forbidden));
    const int end = start + int(forbidden.size());
    for (const TimexMatch &match : matches) {
        if (match.start < end && match.end > start)
            QFAIL(qPrintable(QStringLiteral("'%1' was tagged: %2").arg(forbidden, describe(text, matches))));
    }
}

void TestTimexTagger::matchesAreOrderedAndExact()
{
    const QString text = QStringLiteral(
        "GENEVA, March 3, 2025 (Meridian Wire) \u2014 Talks that began on Monday ended yesterday after three days, "
        "and will resume next week or in early April.\n\nThe envoy, who has visited every month since 2019, said "
        "the past 12 months were hard. A year earlier, at 10:30 a.m. on March 4, 2024, the first round began.");
    const TimexTagger tagger;
    const QList<TimexMatch> matches = tagger.tag(text, TimeValue::day(QDate(2025, 3, 5)));
    QCOMPARE(matches.size(), 12);
    int previousEnd = 0;
    for (const TimexMatch &match : matches) {
        QVERIFY(match.start >= previousEnd);
        QVERIFY(match.end > match.start);
        QVERIFY(match.end <= text.size());
        QVERIFY(!text.at(match.start).isSpace());
        QVERIFY(!text.at(match.end - 1).isSpace());
        QVERIFY(!match.rule.isEmpty());
        previousEnd = match.end;
    }
    // A long text is tagged in blocks; expressions near block ends stay whole.
    QString longText;
    while (longText.size() < 100000)
        longText += QStringLiteral("The vote was held on March 3, 2025 and again last week.\n");
    const QList<TimexMatch> many = tagger.tag(longText, TimeValue::day(QDate(2025, 3, 5)));
    int dates = 0;
    for (const TimexMatch &match : many) {
        const QString found = longText.mid(match.start, match.length());
        QVERIFY2(found == QLatin1String("March 3, 2025") || found == QLatin1String("last week"), qPrintable(found));
        dates += found == QLatin1String("March 3, 2025") ? 1 : 0;
    }
    QCOMPARE(dates, int(longText.count(QStringLiteral("March 3, 2025"))));

    // Without line breaks blocks end between sentences, never inside "Jan. 5, 1999".
    QString oneLine;
    while (oneLine.size() < 200000)
        oneLine += QStringLiteral("The envoy arrived on Jan. 5, 1999 at 10 a.m. Tuesday and left. ");
    const QList<TimexMatch> inLine = tagger.tag(oneLine, TimeValue::day(QDate(1999, 1, 8)));
    const int sentences = int(oneLine.count(QStringLiteral("The envoy")));
    QCOMPARE(inLine.size(), 2 * sentences);
    for (const TimexMatch &match : inLine) {
        const QString found = oneLine.mid(match.start, match.length());
        QVERIFY2(found == QLatin1String("Jan. 5, 1999") || found == QLatin1String("10 a.m. Tuesday"),
                 qPrintable(found));
    }
}

void TestTimexTagger::relativeFlagAndAnchor()
{
    const TimexTagger tagger;
    const TimeValue anchor = TimeValue::day(QDate(1997, 4, 1));
    const QString text = QStringLiteral("He left yesterday; the treaty dates from March 3, 1990.");
    const QList<TimexMatch> matches = tagger.tag(text, anchor);
    QCOMPARE(matches.size(), 2);
    QVERIFY(matches.at(0).relative);
    QCOMPARE(matches.at(0).resolved.anchor(), anchor.toEdtf());
    QVERIFY(!matches.at(1).relative);
    QVERIFY(matches.at(1).resolved.anchor().isEmpty());
    QCOMPARE(matches.at(1).resolved.toEdtf(), QStringLiteral("1990-03-03"));
}

void TestTimexTagger::anchorOpenOnOneSide()
{
    // Published before 20 January 2025: "yesterday" is before the 19th, no more.
    const TimeValue before
        = TimeValue::between(QDateTime(), QDateTime(QDate(2025, 1, 20), QTime(23, 59), QTimeZone::utc()));
    const TimexTagger tagger;
    const QList<TimexMatch> matches = tagger.tag(QStringLiteral("He resigned yesterday."), before);
    QCOMPARE(matches.size(), 1);
    QCOMPARE(matches.at(0).value, QStringLiteral("XXXX-XX-XX"));
    QVERIFY(!matches.at(0).resolved.earliest().isValid());
    QCOMPARE(matches.at(0).resolved.latest().date(), QDate(2025, 1, 19));
    QCOMPARE(matches.at(0).resolved.qualifier(), TimeValue::Qualifier::Uncertain);
}

void TestTimexTagger::mergeValues_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<QString>("merged");

    QTest::newRow("same") << QStringLiteral("2024-09-30") << QStringLiteral("2024-09-30")
                          << QStringLiteral("2024-09-30");
    QTest::newRow("weeks") << QStringLiteral("2024-W23") << QStringLiteral("2024-W41") << QStringLiteral("2024-WXX");
    QTest::newRow("days") << QStringLiteral("2024-06-01") << QStringLiteral("2024-09-29")
                          << QStringLiteral("2024-XX-XX");
    QTest::newRow("years") << QStringLiteral("2019") << QStringLiteral("2024") << QStringLiteral("20XX");
    QTest::newRow("year differs, month same")
        << QStringLiteral("2023-12") << QStringLiteral("2024-12") << QStringLiteral("202X-12");
    QTest::newRow("seasons") << QStringLiteral("2024-SU") << QStringLiteral("2024-FA") << QStringLiteral("2024-XX");
    QTest::newRow("forms differ") << QStringLiteral("2024") << QStringLiteral("2024-12") << QStringLiteral("XXXX");
}

void TestTimexTagger::mergeValues()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(QString, merged);
    QCOMPARE(TimexCalendar::mergeValues(a, b), merged);
}

void TestTimexTagger::wordListsComeFromResources()
{
    const TimeLexicon &lexicon = TimeLexicon::english();
    QCOMPARE(lexicon.language(), QStringLiteral("en"));
    const TimeLexicon::Word *march = lexicon.find(QStringLiteral("MARCH"));
    QVERIFY(march);
    const TimeLexicon::Entry *month = lexicon.single(march, TimeLexicon::Category::Month);
    QVERIFY(month);
    QCOMPARE(month->number, 3);
    QVERIFY(month->has(TimeLexicon::Ambiguous));
    QVERIFY(lexicon.single(lexicon.find(QStringLiteral("Sept")), TimeLexicon::Category::Month)
                ->has(TimeLexicon::Abbreviation));
    QCOMPARE(lexicon.single(lexicon.find(QStringLiteral("fortnight")), TimeLexicon::Category::Unit)->value,
             QStringLiteral("FN"));
    QVERIFY(!lexicon.find(QStringLiteral("parliament")));
    QCOMPARE(&TimeLexicon::forLanguage(QStringLiteral("en")), &lexicon);
    // No lists for a language yet: English.
    QCOMPARE(&TimeLexicon::forLanguage(QStringLiteral("xx")), &lexicon);
}

void TestTimexTagger::listsOfAnotherLanguage()
{
    // Rules refer to word classes, so another language's lists give the same analysis.
    const TimeLexicon spanish
        = TimeLexicon::fromLists(QStringLiteral("es"),
                                 { { QStringLiteral("settings"), QStringLiteral("capitalised names\tno\n") },
                                   { QStringLiteral("months"), QStringLiteral("marzo\t3\n") },
                                   { QStringLiteral("weekdays"), QStringLiteral("martes\t2\n") },
                                   { QStringLiteral("numbers"), QStringLiteral("tres\t3\n") },
                                   { QStringLiteral("units"), QStringLiteral("d\u00EDas\tD\tplural\nsemana\tW\n") },
                                   { QStringLiteral("relatives"), QStringLiteral("pasado\t-1\n") },
                                   { QStringLiteral("grammar"), QStringLiteral("de\tOF\n") },
                                   { QStringLiteral("licensors"), QStringLiteral("en\t1\n") },
                                   { QStringLiteral("tense"), QStringLiteral("dijo\tPAST\n") } });
    const TimexTagger tagger(spanish);
    const QString text
        = QStringLiteral("El ministro dijo el martes que la visita de tres d\u00EDas fue en marzo de 2025.");
    const QList<TimexMatch> matches = tagger.tag(text, TimeValue::day(QDate(2025, 4, 3)));
    QCOMPARE(matches.size(), 3);
    QCOMPARE(text.mid(matches.at(0).start, matches.at(0).length()), QStringLiteral("martes"));
    QCOMPARE(matches.at(0).value, QStringLiteral("2025-04-01"));
    QCOMPARE(text.mid(matches.at(1).start, matches.at(1).length()), QStringLiteral("tres d\u00EDas"));
    QCOMPARE(matches.at(1).value, QStringLiteral("P3D"));
    QCOMPARE(text.mid(matches.at(2).start, matches.at(2).length()), QStringLiteral("marzo de 2025"));
    QCOMPARE(matches.at(2).value, QStringLiteral("2025-03"));
}

QTEST_GUILESS_MAIN(TestTimexTagger)
#include "tst_timextagger.moc"
