// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyExporter.h"

#include "BratExporter.h"
#include "ChronologyCsvWriter.h"
#include "ExportContent.h"
#include "ExportContentLoader.h"
#include "ExportFile.h"
#include "HtmlReportWriter.h"
#include "ICalendarWriter.h"
#include "MarkdownReportWriter.h"
#include "OdtReportWriter.h"
#include "PdfReportWriter.h"
#include "ReportLinkChart.h"
#include "TimelineJsonWriter.h"

namespace annalist {

ChronologyExporter::ChronologyExporter(Project &project)
    : m_project(project)
{ }

Result<QByteArray, ExportError> ChronologyExporter::render(const ExportContent &content, const ExportOptions &options,
                                                           const ExportProgress &progress, int *pages)
{
    switch (options.format) {
    case ExportFormat::Pdf:
        return PdfReportWriter::write(content, options, progress, pages);
    case ExportFormat::Csv:
        return ChronologyCsvWriter::write(content, options);
    case ExportFormat::Json:
        return TimelineJsonWriter::write(content, options);
    case ExportFormat::ICalendar:
        return ICalendarWriter::write(content, options);
    case ExportFormat::Html:
        return HtmlReportWriter::write(content, options);
    case ExportFormat::Markdown:
        return MarkdownReportWriter::write(content, options);
    case ExportFormat::Odt:
        return OdtReportWriter::write(content, options);
    case ExportFormat::Brat:
        break;
    }
    return ExportError::failed(QStringLiteral("brat standoff is a folder of files, not one file"));
}

Result<ExportSummary, ExportError> ChronologyExporter::exportTo(const QString &path, const ExportOptions &options,
                                                                const ExportProgress &progress)
{
    ExportSummary summary;
    summary.format = options.format;
    summary.path = path;
    if (ExportFormats::writesFolder(options.format)) {
        if (const QString problem = ExportFile::problemWithFolder(path); !problem.isEmpty())
            return ExportError::failed(problem);
        BratExporter exporter(m_project);
        const auto files = exporter.files(options.filter, progress);
        if (!files)
            return files.error();
        const Result<qint64, ExportError> written = ExportFile::writeFolder(path, *files);
        if (!written)
            return written.error();
        summary.bytes = *written;
        summary.files = static_cast<int>(files->size());
        summary.sources = static_cast<int>(files->size() - 1) / 2;
        return summary;
    }

    if (const QString problem = ExportFile::problemWithFile(path); !problem.isEmpty())
        return ExportError::failed(problem);
    if (progress && !progress(0, 1000))
        return ExportError::cancelled();
    Result<ExportContent> content = ExportContentLoader(m_project).load(options.filter);
    if (!content)
        return ExportError::failed(content.error().message);
    if (options.format == ExportFormat::Pdf && options.sections.linkChart) {
        auto chart = ReportLinkChart::make(m_project, content->entries, options.filter);
        if (!chart)
            return ExportError::failed(chart.error().message);
        content->linkChart = *chart;
    }
    summary.entries = static_cast<int>(content->entries.size());
    summary.citations = content->citationCount();
    summary.sources = static_cast<int>(content->sources.size());
    if (options.format == ExportFormat::ICalendar)
        summary.leftOut = summary.entries - ICalendarWriter::dateableEvents(*content);

    const ExportProgress rendering = [&progress](int done, int total) {
        // Loading took the first tenth.
        return !progress || progress(100 + int(qint64(done) * 850 / std::max(1, total)), 1000);
    };
    const Result<QByteArray, ExportError> bytes = render(*content, options, rendering, &summary.pages);
    if (!bytes)
        return bytes.error();
    if (progress && !progress(950, 1000))
        return ExportError::cancelled();
    const Result<qint64, ExportError> written = ExportFile::write(path, *bytes);
    if (!written)
        return written.error();
    summary.bytes = *written;
    if (progress)
        progress(1000, 1000);
    return summary;
}

} // namespace annalist
