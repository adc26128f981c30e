// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportCommands.h"

#include "ChronologyFilterArguments.h"
#include "CommandErrors.h"
#include "CommandLineArguments.h"
#include "ProjectOpening.h"
#include "export/ChronologyExporter.h"
#include "import/BratImporter.h"
#include "import/ChronologyImporter.h"
#include "storage/Project.h"

#include <QTextStream>

namespace annalist {

namespace {

constexpr QLatin1String formatOption("format");
constexpr QLatin1String outputOption("output");
constexpr QLatin1String pageSizeOption("page-size");
constexpr QLatin1String titleOption("title");
constexpr QLatin1String analystOption("analyst");
constexpr QLatin1String handlingOption("handling");
constexpr QLatin1String bomFlag("bom");
constexpr QLatin1String noTitlePageFlag("no-title-page");
constexpr QLatin1String noContentsFlag("no-contents");
constexpr QLatin1String noTimelineFlag("no-timeline");
constexpr QLatin1String noSourcesFlag("no-sources");
constexpr QLatin1String noIndexFlag("no-index");
constexpr QLatin1String linkChartFlag("link-chart");
constexpr QLatin1String attributionFlag("attribution");

QString sizeInWords(qint64 bytes)
{
    if (bytes < 10 * 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    if (bytes < 10 * 1024 * 1024)
        return QStringLiteral("%1 KB").arg((bytes + 512) / 1024);
    return QStringLiteral("%1 MB").arg((bytes + 512 * 1024) / (1024 * 1024));
}

} // namespace

ExportCommands::ExportCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

QSet<QString> ExportCommands::options()
{
    return { QString(formatOption), QString(outputOption),  QString(pageSizeOption),
             QString(titleOption),  QString(analystOption), QString(handlingOption) };
}

QSet<QString> ExportCommands::flags()
{
    return { QString(bomFlag),       QString(noTitlePageFlag), QString(noContentsFlag), QString(noTimelineFlag),
             QString(noSourcesFlag), QString(noIndexFlag),     QString(linkChartFlag),  QString(attributionFlag) };
}

QString ExportCommands::help()
{
    return QStringLiteral(
        "  export PROJECT --format F -o PATH\n"
        "                              export the chronology: F is pdf (the report), csv, json (TimelineJS3),\n"
        "                              ics (iCalendar), html, md (Markdown), odt, or brat (a folder of\n"
        "                              NAME.txt and NAME.ann per source with the confirmed mentions)\n"
        "        [--page-size A4|Letter] the report's paper (default A4)\n"
        "        [--title T] [--analyst A] [--handling H]\n"
        "                              the report's title page; the handling line is on every page\n"
        "        [--no-title-page] [--no-contents] [--no-timeline] [--no-sources] [--no-index]\n"
        "                              leave parts of the report out\n"
        "        [--link-chart]        add the link chart of the exported entries, with its legend\n"
        "        [--bom]               CSV: start with a UTF-8 byte order mark, for spreadsheet programs\n"
        "        [--attribution]       CSV, JSON: who last changed each event and passage, and when\n"
        "        [filter options]      as for chronology\n"
        "  import-chronology PROJECT FILE\n"
        "                              add the events of a CSV (the columns of the CSV export) or TimelineJS3\n"
        "                              JSON file; quotes are found in the sources they name\n"
        "  import-brat PROJECT DIR     add the annotations of brat documents (NAME.txt with NAME.ann) as\n"
        "                              confirmed mentions; texts not in the project become sources\n");
}

int ExportCommands::exportChronology(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() != 2)
        return CommandErrors::usage(m_err, QStringLiteral("export takes one project path, --format and -o PATH"));
    if (!arguments.hasValue(QString(formatOption)))
        return CommandErrors::usage(m_err, QStringLiteral("export needs --format pdf|csv|json|ics|html|md|odt|brat"));
    const std::optional<ExportFormat> format = ExportFormats::fromName(arguments.value(QString(formatOption)));
    if (!format) {
        return CommandErrors::usage(
            m_err,
            QStringLiteral("unknown export format '%1' (pdf, csv, json, ics, html, md, odt or brat)")
                .arg(arguments.value(QString(formatOption))));
    }
    const QString output = arguments.value(QString(outputOption));
    if (output.isEmpty())
        return CommandErrors::usage(m_err, QStringLiteral("export needs -o PATH, where to write"));

    ExportOptions options;
    options.format = *format;
    if (arguments.hasValue(QString(pageSizeOption))) {
        const QString size = arguments.value(QString(pageSizeOption)).trimmed().toLower();
        if (size == QStringLiteral("a4"))
            options.pageSize = QPageSize::A4;
        else if (size == QStringLiteral("letter") || size == QStringLiteral("us-letter"))
            options.pageSize = QPageSize::Letter;
        else
            return CommandErrors::usage(m_err, QStringLiteral("--page-size takes A4 or Letter"));
    }
    options.title = arguments.value(QString(titleOption));
    options.analyst = arguments.value(QString(analystOption));
    options.handling = arguments.value(QString(handlingOption));
    options.byteOrderMark = arguments.isSet(QString(bomFlag));
    options.attribution = arguments.isSet(QString(attributionFlag));
    options.sections.titlePage = !arguments.isSet(QString(noTitlePageFlag));
    options.sections.contents = !arguments.isSet(QString(noContentsFlag));
    options.sections.timeline = !arguments.isSet(QString(noTimelineFlag));
    options.sections.sourceAppendix = !arguments.isSet(QString(noSourcesFlag));
    options.sections.entityIndex = !arguments.isSet(QString(noIndexFlag));
    options.sections.linkChart = arguments.isSet(QString(linkChartFlag));

    const auto filterArguments = ChronologyFilterArguments::parse(arguments);
    if (!filterArguments)
        return CommandErrors::usage(m_err, filterArguments.error());
    auto project = ProjectOpening::openReadOnly(words.at(1));
    if (!project)
        return CommandErrors::input(m_err, project.error().message);
    const auto filter = filterArguments->resolve(**project);
    if (!filter)
        return CommandErrors::input(m_err, filter.error());
    options.filter = *filter;

    ChronologyExporter exporter(**project);
    const auto summary = exporter.exportTo(output, options);
    if (!summary)
        return CommandErrors::input(m_err, summary.error().message);
    if (options.format == ExportFormat::Brat) {
        m_out << "Exported the annotations of " << summary->sources << (summary->sources == 1 ? " source" : " sources")
              << " to " << output << " (" << summary->files << " files, " << sizeInWords(summary->bytes) << ")\n";
        return 0;
    }
    m_out << "Exported " << summary->entries << (summary->entries == 1 ? " event" : " events") << " ("
          << summary->citations << (summary->citations == 1 ? " passage" : " passages") << " from " << summary->sources
          << (summary->sources == 1 ? " source" : " sources") << ") to " << output << ": ";
    if (summary->pages > 0)
        m_out << summary->pages << (summary->pages == 1 ? " page, " : " pages, ");
    m_out << sizeInWords(summary->bytes) << "\n";
    if (summary->leftOut > 0) {
        m_err << "annalist-cli: warning: " << summary->leftOut
              << (summary->leftOut == 1 ? " event has" : " events have")
              << " no time with both bounds and cannot be in a calendar\n";
    }
    return 0;
}

int ExportCommands::importChronology(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() != 3)
        return CommandErrors::usage(m_err, QStringLiteral("import-chronology takes a project and a CSV or JSON file"));
    auto project = ProjectOpening::open(words.at(1));
    if (!project)
        return CommandErrors::input(m_err, project.error().message);
    if ((*project)->isReadOnly())
        return CommandErrors::input(m_err, (*project)->readOnlyReason());
    ChronologyImporter importer(**project);
    const auto report = importer.importFile(words.at(2));
    if (!report)
        return CommandErrors::input(m_err, report.error().message);
    for (const QString &problem : report->problems)
        m_err << "annalist-cli: warning: " << problem << "\n";
    m_out << "Imported " << report->events << (report->events == 1 ? " event" : " events") << " with "
          << report->passages << (report->passages == 1 ? " passage" : " passages") << "; " << report->entitiesCreated
          << (report->entitiesCreated == 1 ? " entity" : " entities") << " created";
    if (!report->problems.isEmpty())
        m_out << "; " << report->problems.size() << (report->problems.size() == 1 ? " problem" : " problems")
              << " (see above)";
    m_out << "\n";
    return 0;
}

int ExportCommands::importBrat(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() != 3)
        return CommandErrors::usage(m_err,
                                    QStringLiteral("import-brat takes a project and a folder of brat documents"));
    auto project = ProjectOpening::open(words.at(1));
    if (!project)
        return CommandErrors::input(m_err, project.error().message);
    if ((*project)->isReadOnly())
        return CommandErrors::input(m_err, (*project)->readOnlyReason());
    BratImporter importer(**project);
    const auto report = importer.importFolder(words.at(2));
    if (!report)
        return CommandErrors::input(m_err, report.error().message);
    for (const QString &problem : report->problems)
        m_err << "annalist-cli: warning: " << problem << "\n";
    m_out << "Read " << report->documents << (report->documents == 1 ? " document" : " documents") << ": "
          << report->mentionsAdded << " mentions added, " << report->mentionsConfirmed << " confirmed, "
          << report->mentionsAlreadyThere << " already there; " << report->sourcesCreated << " sources and "
          << report->entitiesCreated << " entities created\n";
    return report->problems.isEmpty() ? 0 : CommandErrors::inputExitCode;
}

} // namespace annalist
