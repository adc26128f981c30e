// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeValueParser.h"

#include <QRegularExpression>
#include <QStringList>
#include <QTimeZone>

namespace annalist {

namespace {

using Parsed = std::variant<TimeValue, TimeValueParser::Error>;

int monthFromName(const QString &name)
{
    static const QStringList months = {
        QStringLiteral("jan"), QStringLiteral("feb"), QStringLiteral("mar"), QStringLiteral("apr"),
        QStringLiteral("may"), QStringLiteral("jun"), QStringLiteral("jul"), QStringLiteral("aug"),
        QStringLiteral("sep"), QStringLiteral("oct"), QStringLiteral("nov"), QStringLiteral("dec"),
    };
    static const QStringList full = {
        QStringLiteral("january"),   QStringLiteral("february"), QStringLiteral("march"),    QStringLiteral("april"),
        QStringLiteral("may"),       QStringLiteral("june"),     QStringLiteral("july"),     QStringLiteral("august"),
        QStringLiteral("september"), QStringLiteral("october"),  QStringLiteral("november"), QStringLiteral("december"),
    };
    QString key = name.toLower();
    if (key.endsWith(u'.'))
        key.chop(1);
    if (key == QStringLiteral("sept"))
        return 9;
    const qsizetype whole = full.indexOf(key);
    if (whole >= 0)
        return int(whole) + 1;
    const qsizetype shortForm = months.indexOf(key);
    return shortForm >= 0 ? int(shortForm) + 1 : 0;
}

TimeValueParser::Error error(const QString &message)
{
    return TimeValueParser::Error { message };
}

// One calendar unit: a day, a month or a year, in ISO or English forms.
Parsed parseUnit(const QString &text)
{
    static const QRegularExpression isoDay(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression isoMonth(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    static const QRegularExpression year(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression dayMonthYear(
        QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+\\.?),?\\s+(\\d{4})$"));
    static const QRegularExpression monthDayYear(
        QStringLiteral("^([A-Za-z]+\\.?)\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$"));
    static const QRegularExpression monthYear(QStringLiteral("^([A-Za-z]+\\.?),?\\s+(\\d{4})$"));

    const QString simple = text.simplified();
    const auto dayValue = [](int y, int m, int d) -> Parsed {
        const QDate date(y, m, d);
        if (!date.isValid())
            return error(QStringLiteral("%1-%2-%3 is not a date of the calendar")
                             .arg(y, 4, 10, QLatin1Char('0'))
                             .arg(m, 2, 10, QLatin1Char('0'))
                             .arg(d, 2, 10, QLatin1Char('0')));
        return TimeValue::day(date);
    };
    if (const auto m = isoDay.match(simple); m.hasMatch())
        return dayValue(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = isoMonth.match(simple); m.hasMatch()) {
        const int month = m.captured(2).toInt();
        if (month < 1 || month > 12)
            return error(QStringLiteral("%1 is not a month (01 to 12)").arg(m.captured(2)));
        return TimeValue::month(m.captured(1).toInt(), month);
    }
    if (const auto m = year.match(simple); m.hasMatch())
        return TimeValue::year(m.captured(1).toInt());
    if (const auto m = dayMonthYear.match(simple); m.hasMatch()) {
        const int month = monthFromName(m.captured(2));
        if (month == 0)
            return error(QStringLiteral("\"%1\" is not the name of a month").arg(m.captured(2)));
        return dayValue(m.captured(3).toInt(), month, m.captured(1).toInt());
    }
    if (const auto m = monthDayYear.match(simple); m.hasMatch()) {
        const int month = monthFromName(m.captured(1));
        if (month == 0)
            return error(QStringLiteral("\"%1\" is not the name of a month").arg(m.captured(1)));
        return dayValue(m.captured(3).toInt(), month, m.captured(2).toInt());
    }
    if (const auto m = monthYear.match(simple); m.hasMatch()) {
        const int month = monthFromName(m.captured(1));
        if (month == 0)
            return error(QStringLiteral("\"%1\" is not the name of a month").arg(m.captured(1)));
        return TimeValue::month(m.captured(2).toInt(), month);
    }
    return error(QStringLiteral("\"%1\" is not a date; write for example 2024-09-30, Sep 2024 or 2024").arg(simple));
}

// "early 2025", "late September 2024", "mid-2024": the first, last or middle third.
Parsed parsePartOf(const QString &part, const QString &rest)
{
    const Parsed unit = parseUnit(rest);
    if (std::holds_alternative<TimeValueParser::Error>(unit))
        return unit;
    const TimeValue whole = std::get<TimeValue>(unit);
    if (whole.granularity() == TimeValue::Granularity::Day)
        return error(QStringLiteral("\"%1\" needs a month or a year, not a day").arg(part));
    // Thirds as people mean them: a year's are January–April, May–August and
    // September–December; a month's are days 1–10, 11–20 and 21 to the end.
    const QDate first = whole.earliest().date();
    const QDate last = whole.latest().date();
    const int index = part == QStringLiteral("early") ? 0 : part == QStringLiteral("mid") ? 1 : 2;
    QDate fromDate;
    QDate toDate;
    if (whole.granularity() == TimeValue::Granularity::Year) {
        fromDate = QDate(first.year(), 1 + 4 * index, 1);
        toDate = fromDate.addMonths(4).addDays(-1);
    } else {
        fromDate = first.addDays(10 * index);
        toDate = index == 2 ? last : first.addDays(10 * index + 9);
    }
    const QDateTime from(fromDate, QTime(0, 0), QTimeZone::utc());
    const QDateTime to(toDate, QTime(0, 0), QTimeZone::utc());
    // Whole days, so that the bounds read as dates.
    TimeValue value = TimeValue::between(from, QDateTime(to.date(), QTime(23, 59, 59, 999), QTimeZone::utc()),
                                         TimeValue::Granularity::Day);
    value.setQualifier(TimeValue::Qualifier::Approximate);
    return value;
}

Parsed withQualifier(Parsed parsed, TimeValue::Qualifier qualifier)
{
    if (auto *value = std::get_if<TimeValue>(&parsed))
        value->setQualifier(qualifier);
    return parsed;
}

Parsed parseInterval(const QString &fromText, const QString &toText)
{
    TimeValue from;
    TimeValue to;
    if (fromText != QStringLiteral("..")) {
        Parsed parsed = parseUnit(fromText);
        // "between 2 Jun and 30 Sep 2024": the start borrows the end's year.
        static const QRegularExpression endYear(QStringLiteral("\\s(\\d{4})$"));
        if (const auto year = endYear.match(toText);
            std::holds_alternative<TimeValueParser::Error>(parsed) && year.hasMatch())
            parsed = parseUnit(fromText + u' ' + year.captured(1));
        if (std::holds_alternative<TimeValueParser::Error>(parsed))
            return parsed;
        from = std::get<TimeValue>(parsed);
    }
    if (toText != QStringLiteral("..")) {
        const Parsed parsed = parseUnit(toText);
        if (std::holds_alternative<TimeValueParser::Error>(parsed))
            return parsed;
        to = std::get<TimeValue>(parsed);
    }
    if (!from.isKnown() && !to.isKnown())
        return error(QStringLiteral("an interval needs at least one end"));
    if (from.isKnown() && to.isKnown() && from.earliest() > to.latest())
        return error(QStringLiteral("the interval ends before it starts"));
    // The finer of the two units describes the interval.
    const auto granularity = !from.isKnown() ? to.granularity()
        : !to.isKnown()                      ? from.granularity()
                                             : std::max(from.granularity(), to.granularity());
    return TimeValue::between(from.earliest(), to.latest(), granularity);
}

} // namespace

std::variant<TimeValue, TimeValueParser::Error> TimeValueParser::parse(const QString &input)
{
    static const QRegularExpression between(QStringLiteral("^between\\s+(.+?)\\s+and\\s+(.+)$"),
                                            QRegularExpression::CaseInsensitiveOption);
    // "before" and "after" leave their day out; "until", "by", "from" and "since" keep
    // it ("Senator until 2025-01-20" still was on the 20th).
    static const QRegularExpression before(QStringLiteral("^(before|until|by)\\s+(.+?)(?:\\s+\\(inclusive\\))?$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression after(QStringLiteral("^(after|since|from)\\s+(.+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression uncertainWords(QStringLiteral("^(.+?)\\s+\\((inclusive,\\s*)?uncertain\\)$"),
                                                   QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression partOf(QStringLiteral("^(early|mid|late)(?:-|\\s+)(.+)$"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression approximately(
        QStringLiteral("^(?:c\\.|ca\\.|circa|about|around|approximately)\\s*(.+)$"),
        QRegularExpression::CaseInsensitiveOption);

    const QString text = input.simplified();
    if (text.isEmpty())
        return error(QStringLiteral("no time given"));

    Parsed parsed = error(QString());
    if (const auto uncertainMatch = uncertainWords.match(text); uncertainMatch.hasMatch()) {
        // As the plain words say it: "between 2 Jun and 30 Sep 2024 (uncertain)".
        const QString inclusive = uncertainMatch.captured(2).isEmpty() ? QString() : QStringLiteral(" (inclusive)");
        parsed = withQualifier(parse(uncertainMatch.captured(1) + inclusive), TimeValue::Qualifier::Uncertain);
    } else if (const auto betweenMatch = between.match(text); betweenMatch.hasMatch()) {
        parsed = parseInterval(betweenMatch.captured(1), betweenMatch.captured(2));
    } else if (const auto beforeMatch = before.match(text); beforeMatch.hasMatch()) {
        const Parsed bound = parseUnit(beforeMatch.captured(2));
        const bool inclusive = beforeMatch.captured(1).compare(QStringLiteral("before"), Qt::CaseInsensitive) != 0;
        if (const auto *value = std::get_if<TimeValue>(&bound)) {
            // Before a day means up to the end of the day before it.
            parsed = TimeValue::between(QDateTime(), inclusive ? value->latest() : value->earliest().addMSecs(-1),
                                        value->granularity());
        } else {
            parsed = bound;
        }
    } else if (const auto afterMatch = after.match(text); afterMatch.hasMatch()) {
        const Parsed bound = parseUnit(afterMatch.captured(2));
        const bool inclusive = afterMatch.captured(1).compare(QStringLiteral("after"), Qt::CaseInsensitive) != 0;
        if (const auto *value = std::get_if<TimeValue>(&bound))
            parsed = TimeValue::between(inclusive ? value->earliest() : value->latest().addMSecs(1), QDateTime(),
                                        value->granularity());
        else
            parsed = bound;
    } else if (const auto partOfMatch = partOf.match(text); partOfMatch.hasMatch()) {
        parsed = parsePartOf(partOfMatch.captured(1).toLower(), partOfMatch.captured(2));
    } else if (const auto approximatelyMatch = approximately.match(text); approximatelyMatch.hasMatch()) {
        parsed = withQualifier(parse(approximatelyMatch.captured(1)), TimeValue::Qualifier::Approximate);
    } else if (text.contains(u'/')) {
        const QStringList ends = text.split(u'/');
        if (ends.size() != 2)
            return error(QStringLiteral("an interval has one slash: start/end"));
        parsed = parseInterval(ends.at(0).trimmed(), ends.at(1).trimmed());
    } else if (text.startsWith(u'~')) {
        parsed = withQualifier(parseUnit(text.mid(1)), TimeValue::Qualifier::Approximate);
    } else if (text.endsWith(u'~')) {
        parsed = withQualifier(parseUnit(text.chopped(1)), TimeValue::Qualifier::Approximate);
    } else if (text.endsWith(u'%')) {
        // EDTF: uncertain and approximate at once; uncertainty is the stronger warning.
        parsed = withQualifier(parseUnit(text.chopped(1)), TimeValue::Qualifier::Uncertain);
    } else if (text.endsWith(u'?')) {
        parsed = withQualifier(parseUnit(text.chopped(1)), TimeValue::Qualifier::Uncertain);
    } else {
        parsed = parseUnit(text);
    }
    if (auto *value = std::get_if<TimeValue>(&parsed))
        value->setExpression(text);
    return parsed;
}

} // namespace annalist
