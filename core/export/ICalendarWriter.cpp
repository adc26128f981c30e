// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ICalendarWriter.h"

#include "ExportContent.h"
#include "ExportOptions.h"
#include "ReportWording.h"

#include <algorithm>

namespace annalist {

namespace {

bool isDateable(const TimeValue &time)
{
    return time.earliest().isValid() && time.latest().isValid();
}

bool isAllDay(const TimeValue &time)
{
    return time.granularity() <= TimeValue::Granularity::Day;
}

QString utcStamp(const QDateTime &moment)
{
    return moment.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString dateStamp(const QDate &date)
{
    return date.toString(QStringLiteral("yyyyMMdd"));
}

// An iCalendar UID needs to be unique in the world and the same on every export.
QString uid(const ChronologyEntry &entry, const ExportContent &content)
{
    QString project;
    for (QChar c : content.projectName.toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            project += c;
        else if (!project.endsWith(u'-'))
            project += u'-';
    }
    while (project.endsWith(u'-'))
        project.chop(1);
    return QStringLiteral("event-%1.%2@annalist")
        .arg(entry.event.id)
        .arg(project.isEmpty() ? QStringLiteral("project") : project);
}

QString description(const ChronologyEntry &entry, const ExportContent &content)
{
    const Event &event = entry.event;
    QStringList lines;
    lines << QStringLiteral("Time: ") + ReportWording::eventTime(event.time);
    if (!entry.participantNames.isEmpty())
        lines << QStringLiteral("Participants: ") + ReportWording::participants(entry);
    if (!event.description.isEmpty())
        lines << QString() << event.description;
    if (!event.assessment.isEmpty())
        lines << QString() << QStringLiteral("Assessment: ") + event.assessment;
    if (event.credibility > 0)
        lines << QStringLiteral("Credibility: ") + ReportWording::credibility(event.credibility);
    lines << QStringLiteral("Corroboration: ") + ReportWording::corroboration(entry.independentSources);
    for (const Conflict &conflict : entry.conflicts)
        lines << QStringLiteral("Conflict (%1): %2")
                     .arg(ReportWording::conflictKind(conflict.kind), conflict.description);
    if (!entry.comment.isEmpty())
        lines << QStringLiteral("Comment: ") + entry.comment;
    if (!entry.evidence.isEmpty()) {
        lines << QString() << QStringLiteral("Sources:");
        for (const EvidenceItem &item : entry.evidence) {
            const CitedSource *source = content.source(item.evidence.sourceId);
            lines << QStringLiteral("%1 — %2 (%3)")
                         .arg(ReportWording::quoted(item.evidence.quote),
                              source ? ReportWording::citation(*source) : item.sourceTitle,
                              ReportWording::stance(item.evidence.stance));
        }
    }
    return lines.join(u'\n');
}

} // namespace

QString ICalendarWriter::escaped(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\' || c == u';' || c == u',') {
            out += u'\\';
            out += c;
        } else if (c == u'\r') {
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += QStringLiteral("\\n");
        } else if (c == u'\n') {
            out += QStringLiteral("\\n");
        } else if (c.unicode() < 0x20 && c != u'\t') {
            // Control characters are not allowed in TEXT values.
            out += u' ';
        } else {
            out += c;
        }
    }
    return out;
}

QByteArray ICalendarWriter::folded(const QString &line)
{
    const QByteArray utf8 = line.toUtf8();
    QByteArray out;
    out.reserve(utf8.size() + utf8.size() / 70 * 3 + 2);
    qsizetype lineLength = 0;
    for (qsizetype i = 0; i < utf8.size();) {
        // The whole UTF-8 sequence that starts here.
        qsizetype length = 1;
        while (i + length < utf8.size() && (static_cast<unsigned char>(utf8.at(i + length)) & 0xC0) == 0x80)
            ++length;
        if (lineLength + length > 75) {
            out += "\r\n ";
            lineLength = 1;
        }
        out += utf8.mid(i, length);
        lineLength += length;
        i += length;
    }
    out += "\r\n";
    return out;
}

int ICalendarWriter::dateableEvents(const ExportContent &content)
{
    int count = 0;
    for (const ChronologyEntry &entry : content.entries)
        count += isDateable(entry.event.time) ? 1 : 0;
    return count;
}

QByteArray ICalendarWriter::write(const ExportContent &content, const ExportOptions &options)
{
    const QString stamp = utcStamp(ReportWording::generatedAt(options));
    QByteArray out;
    const auto line = [&out](const QString &text) {
        out += folded(text);
    };
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Annalist//Annalist chronology export//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
    line(QStringLiteral("METHOD:PUBLISH"));
    line(QStringLiteral("X-WR-CALNAME:") + escaped(ReportWording::reportTitle(options, content)));
    for (const ChronologyEntry &entry : content.entries) {
        const Event &event = entry.event;
        const TimeValue &time = event.time;
        if (!isDateable(time))
            continue;
        line(QStringLiteral("BEGIN:VEVENT"));
        line(QStringLiteral("UID:") + uid(entry, content));
        line(QStringLiteral("DTSTAMP:") + stamp);
        if (isAllDay(time)) {
            line(QStringLiteral("DTSTART;VALUE=DATE:") + dateStamp(time.earliest().toUTC().date()));
            line(QStringLiteral("DTEND;VALUE=DATE:") + dateStamp(time.latest().toUTC().date().addDays(1)));
        } else {
            // The end is the moment after the latest bound, and at least one unit of
            // the time's granularity after the start: a meeting "at 10:30" takes that minute.
            QDateTime end = time.latest().addMSecs(1);
            if (const int millisecond = end.time().msec(); millisecond != 0)
                end = end.addMSecs(1000 - millisecond);
            const int unit = time.granularity() == TimeValue::Granularity::Hour ? 3600
                : time.granularity() == TimeValue::Granularity::Minute          ? 60
                                                                                : 1;
            end = std::max(end, time.earliest().addSecs(unit));
            line(QStringLiteral("DTSTART:") + utcStamp(time.earliest()));
            line(QStringLiteral("DTEND:") + utcStamp(end));
        }
        line(QStringLiteral("SUMMARY:") + escaped(event.title));
        if (!entry.placeName.isEmpty())
            line(QStringLiteral("LOCATION:") + escaped(entry.placeName));
        line(QStringLiteral("DESCRIPTION:") + escaped(description(entry, content)));
        QStringList categories;
        if (!event.lane.isEmpty())
            categories << escaped(event.lane);
        for (const QString &tag : event.tags)
            categories << escaped(tag);
        if (!categories.isEmpty())
            line(QStringLiteral("CATEGORIES:") + categories.join(u','));
        if (!entry.comment.isEmpty())
            line(QStringLiteral("COMMENT:") + escaped(entry.comment));
        line(QStringLiteral("X-ANNALIST-TIME:") + escaped(time.toEdtf()));
        line(QStringLiteral("END:VEVENT"));
    }
    line(QStringLiteral("END:VCALENDAR"));
    return out;
}

} // namespace annalist
