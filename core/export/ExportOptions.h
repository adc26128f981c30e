// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ExportFormat.h"

#include "chronology/ChronologyFilter.h"

#include <QDateTime>
#include <QPageSize>
#include <QString>

#include <functional>

namespace annalist {

// The parts of a report that can be left out. The chronology itself is always there.
struct ReportSections
{
    bool titlePage = true;
    bool contents = true;
    bool timeline = true;
    bool sourceAppendix = true;
    bool entityIndex = true;
    // The link chart of the exported entries, with its legend (PDF report only).
    bool linkChart = false;

    friend bool operator==(const ReportSections &, const ReportSections &) = default;
};

// Everything an export is asked for: a value the export dialog keeps, remembers and
// hands over, and the command line fills from its options.
struct ExportOptions
{
    ExportFormat format = ExportFormat::Pdf;
    // A4 or US Letter (any QPageSize works); the reports only.
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    ReportSections sections;
    // The title page. An empty title becomes the project's name.
    QString title;
    QString analyst;
    // A handling or classification line ("RESTRICTED — not for onward release"),
    // repeated in the footer of every page; empty for none.
    QString handling;
    // The date on the title page and the stamp of iCalendar events; now when invalid.
    // Tests fix it so that the output is the same every time.
    QDateTime generatedAt;
    // Which entries are exported; the default lets every one through.
    ChronologyFilter filter;
    // CSV: start with a UTF-8 byte order mark, which spreadsheet programs need to
    // read the file as UTF-8.
    bool byteOrderMark = false;
    // CSV and JSON: who last decided on each event and passage, and when (a team
    // project's record; on a file, the computer account's name).
    bool attribution = false;

    friend bool operator==(const ExportOptions &, const ExportOptions &) = default;
};

// Told how far an export has come (done of total steps); returning false cancels it,
// and the export then leaves nothing behind.
using ExportProgress = std::function<bool(int done, int total)>;

} // namespace annalist
