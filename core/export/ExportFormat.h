// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

#include <optional>

namespace annalist {

// The formats a chronology is exported to.
enum class ExportFormat {
    Pdf, // the typeset report
    Csv, // one row per quoted passage (RFC 4180), read back by ChronologyCsvReader
    Json, // TimelineJS3, with the full events under "annalist" for reading back
    ICalendar, // RFC 5545 events, for calendars
    Html, // the report as one self-contained page
    Markdown, // the report as Markdown with footnotes
    Odt, // the report as an OpenDocument text, for word processors
    Brat // the project's confirmed names as brat standoff, NAME.txt + NAME.ann per source
};

class ExportFormats final
{
public:
    static QList<ExportFormat> all();
    // The name on the command line: "pdf", "csv", "json", "ics", "html", "md", "odt", "brat".
    static QString name(ExportFormat format);
    static std::optional<ExportFormat> fromName(const QString &name);
    // What a file chooser shows: "PDF report", "iCalendar"…
    static QString description(ExportFormat format);
    // The suffix of the file, without dot; empty for brat, which writes a folder.
    static QString suffix(ExportFormat format);
    static QString mediaType(ExportFormat format);
    // Whether the export is a folder of files rather than one file.
    static bool writesFolder(ExportFormat format) { return format == ExportFormat::Brat; }
    // The page-based formats, for which page size and sections mean something.
    static bool isReport(ExportFormat format);
};

} // namespace annalist
