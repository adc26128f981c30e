// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DatelineParser.h"

#include <QRegularExpression>

namespace annalist {

namespace {

constexpr int linesToScan = 6;
constexpr int charactersToScan = 800;

const QString monthPattern
    = QStringLiteral("(?:January|February|March|April|May|June|July|August|September|October|November|December"
                     "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?");
const QString weekdayPattern = QStringLiteral("(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?");
const QString datePattern = QStringLiteral("(?<date>") + monthPattern
    + QStringLiteral("\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+") + monthPattern
    + QStringLiteral(",?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2})");

const QList<QRegularExpression> &lineForms()
{
    static const QList<QRegularExpression> forms = [] {
        const auto options = QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption;
        return QList<QRegularExpression> {
            // Published: 3 March 2025 / Posted on March 3, 2025
            QRegularExpression(
                QStringLiteral("^\\s*(?:first\\s+)?(?:published|posted|date[d]?|publication date)(?:\\s+on)?\\s*:?\\s*")
                    + weekdayPattern + datePattern + QStringLiteral("\\b"),
                options),
            // WASHINGTON, March 3, 2025 (Reuters) — ; the place is in capitals, as datelines write it.
            QRegularExpression(
                QStringLiteral("^\\s*(?:[\\p{Lu}][\\p{Lu}\\p{Ll}.'\\- ]{1,40},\\s+(?:[\\p{Lu}][\\p{L}.]+,\\s+)?)?")
                    + weekdayPattern + datePattern
                    + QStringLiteral("\\s*(?:\\((?<outlet>[^()\\n]{2,40})\\)|\\x{2014}|\\x{2013}|--?|:|\\|)"),
                options),
            // By Jane Doe | March 3, 2025
            QRegularExpression(QStringLiteral("^\\s*by\\s+[^\\n]{2,80}?(?:\\||\\x{2014}|\\x{2013}|,|\\x{00B7})\\s*")
                                   + weekdayPattern + datePattern + QStringLiteral("\\b"),
                               options),
            // A line holding only a date, perhaps with a time of day.
            QRegularExpression(
                QStringLiteral("^\\s*") + weekdayPattern + datePattern
                    + QStringLiteral(
                        "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,4})?)?\\s*$"),
                options),
        };
    }();
    return forms;
}

// The full name or an abbreviation of it ("Sep", "Sept"); 0 for other words, so that
// "Junior" is not June.
int monthNumber(QStringView name)
{
    static const QStringList months = {
        QStringLiteral("january"),   QStringLiteral("february"), QStringLiteral("march"),    QStringLiteral("april"),
        QStringLiteral("may"),       QStringLiteral("june"),     QStringLiteral("july"),     QStringLiteral("august"),
        QStringLiteral("september"), QStringLiteral("october"),  QStringLiteral("november"), QStringLiteral("december"),
    };
    if (name.size() < 3)
        return 0;
    const QString lower = name.toString().toLower();
    for (int i = 0; i < months.size(); ++i) {
        if (months.at(i).startsWith(lower))
            return i + 1;
    }
    return 0;
}

} // namespace

QDate DatelineParser::parseDate(const QString &text)
{
    static const QRegularExpression iso(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QRegularExpression monthFirst(
        QStringLiteral("^([A-Za-z]+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression dayFirst(
        QStringLiteral("^(\\d{1,2})(?:st|nd|rd|th)?\\s+([A-Za-z]+)\\.?,?\\s+(\\d{4})$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.simplified();
    if (const auto m = iso.match(trimmed); m.hasMatch())
        return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (const auto m = monthFirst.match(trimmed); m.hasMatch())
        return QDate(m.captured(3).toInt(), monthNumber(m.capturedView(1)), m.captured(2).toInt());
    if (const auto m = dayFirst.match(trimmed); m.hasMatch())
        return QDate(m.captured(3).toInt(), monthNumber(m.capturedView(2)), m.captured(1).toInt());
    return {};
}

std::optional<Dateline> DatelineParser::find(const QString &text)
{
    int lineStart = 0;
    int linesSeen = 0;
    while (lineStart < text.size() && lineStart < charactersToScan && linesSeen < linesToScan) {
        int lineEnd = text.indexOf(u'\n', lineStart);
        if (lineEnd < 0)
            lineEnd = text.size();
        const QString line = text.mid(lineStart, lineEnd - lineStart);
        if (!line.trimmed().isEmpty()) {
            ++linesSeen;
            for (const QRegularExpression &form : lineForms()) {
                const QRegularExpressionMatch match = form.match(line);
                if (!match.hasMatch())
                    continue;
                const QDate date = parseDate(match.captured(QStringLiteral("date")));
                if (!date.isValid())
                    continue;
                Dateline dateline;
                dateline.published = TimeValue::day(date);
                dateline.published.setExpression(match.captured(QStringLiteral("date")));
                dateline.published.setAnchor(QStringLiteral("dateline"));
                dateline.outlet = match.captured(QStringLiteral("outlet")).trimmed();
                dateline.offset = lineStart + static_cast<int>(match.capturedStart(QStringLiteral("date")));
                dateline.length = static_cast<int>(match.capturedLength(QStringLiteral("date")));
                return dateline;
            }
        }
        lineStart = lineEnd + 1;
    }
    return std::nullopt;
}

} // namespace annalist
