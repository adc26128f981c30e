// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFormat.h"

namespace annalist {

QList<ExportFormat> ExportFormats::all()
{
    return { ExportFormat::Pdf,  ExportFormat::Csv,      ExportFormat::Json, ExportFormat::ICalendar,
             ExportFormat::Html, ExportFormat::Markdown, ExportFormat::Odt,  ExportFormat::Brat };
}

QString ExportFormats::name(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Csv:
        return QStringLiteral("csv");
    case ExportFormat::Json:
        return QStringLiteral("json");
    case ExportFormat::ICalendar:
        return QStringLiteral("ics");
    case ExportFormat::Html:
        return QStringLiteral("html");
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Odt:
        return QStringLiteral("odt");
    case ExportFormat::Brat:
        return QStringLiteral("brat");
    }
    return {};
}

std::optional<ExportFormat> ExportFormats::fromName(const QString &name)
{
    const QString folded = name.trimmed().toLower();
    for (ExportFormat format : all()) {
        if (ExportFormats::name(format) == folded)
            return format;
    }
    if (folded == QStringLiteral("ical") || folded == QStringLiteral("icalendar"))
        return ExportFormat::ICalendar;
    if (folded == QStringLiteral("markdown"))
        return ExportFormat::Markdown;
    if (folded == QStringLiteral("timelinejs"))
        return ExportFormat::Json;
    return std::nullopt;
}

QString ExportFormats::description(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("PDF report");
    case ExportFormat::Csv:
        return QStringLiteral("CSV table");
    case ExportFormat::Json:
        return QStringLiteral("TimelineJS3 JSON");
    case ExportFormat::ICalendar:
        return QStringLiteral("iCalendar");
    case ExportFormat::Html:
        return QStringLiteral("HTML page");
    case ExportFormat::Markdown:
        return QStringLiteral("Markdown");
    case ExportFormat::Odt:
        return QStringLiteral("OpenDocument text");
    case ExportFormat::Brat:
        return QStringLiteral("brat standoff folder");
    }
    return {};
}

QString ExportFormats::suffix(ExportFormat format)
{
    return format == ExportFormat::Brat ? QString() : name(format);
}

QString ExportFormats::mediaType(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Pdf:
        return QStringLiteral("application/pdf");
    case ExportFormat::Csv:
        return QStringLiteral("text/csv");
    case ExportFormat::Json:
        return QStringLiteral("application/json");
    case ExportFormat::ICalendar:
        return QStringLiteral("text/calendar");
    case ExportFormat::Html:
        return QStringLiteral("text/html");
    case ExportFormat::Markdown:
        return QStringLiteral("text/markdown");
    case ExportFormat::Odt:
        return QStringLiteral("application/vnd.oasis.opendocument.text");
    case ExportFormat::Brat:
        return QStringLiteral("inode/directory");
    }
    return {};
}

bool ExportFormats::isReport(ExportFormat format)
{
    return format == ExportFormat::Pdf || format == ExportFormat::Html || format == ExportFormat::Markdown
        || format == ExportFormat::Odt;
}

} // namespace annalist
