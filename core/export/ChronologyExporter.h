// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ExportError.h"
#include "ExportOptions.h"

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace annalist {

class Project;
struct ExportContent;

// What an export wrote.
struct ExportSummary
{
    ExportFormat format = ExportFormat::Pdf;
    QString path;
    qint64 bytes = 0;
    int files = 1;
    int entries = 0;
    int citations = 0;
    int sources = 0;
    // The PDF's pages; 0 for other formats.
    int pages = 0;
    // Entries the format could not hold (iCalendar: those without both bounds).
    int leftOut = 0;
};

// Exports a project's chronology in any ExportFormat: loads the entries the options'
// filter lets through (ExportContentLoader), renders them, and writes the result
// under its final name only once it is complete (ExportFile). The command line's
// `export` and the export dialog both go through here.
class ChronologyExporter final
{
public:
    explicit ChronologyExporter(Project &project);

    // Progress runs from loading to writing; returning false cancels and leaves
    // nothing behind. A path that cannot be written is reported before any work.
    Result<ExportSummary, ExportError> exportTo(const QString &path, const ExportOptions &options,
                                                const ExportProgress &progress = {});

    // The file a one-file format makes of content already loaded (for previews and
    // tests); brat, which makes a folder, is not one. pages receives the PDF's pages.
    static Result<QByteArray, ExportError> render(const ExportContent &content, const ExportOptions &options,
                                                  const ExportProgress &progress = {}, int *pages = nullptr);

private:
    Project &m_project;
};

} // namespace annalist
