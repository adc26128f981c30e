// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "BenchCommand.h"

#include "ChronologyBenchmark.h"
#include "ExportBenchmark.h"
#include "GazetteerBenchmark.h"
#include "NetworkBenchmark.h"
#include "SourceAnalysisBenchmark.h"
#include "StorageBenchmark.h"
#include "TeamBenchmark.h"
#include "commandline/CommandErrors.h"
#include "commandline/CommandLineArguments.h"

#include <QTextStream>

namespace annalist {

BenchCommand::BenchCommand(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

CommandLineTool::AddedCommand BenchCommand::command(QTextStream &out, QTextStream &err)
{
    CommandLineTool::AddedCommand added;
    added.name = QStringLiteral("bench");
    added.help = QStringLiteral(
        "  bench storage               benchmark import, search and open on a synthetic corpus\n"
        "        [--articles N]        corpus size (default 10000)\n"
        "        [--queries N]         number of timed searches (default 200)\n"
        "        [--work-dir DIR]      keep the corpus and projects in DIR\n"
        "        [--backend sqlite|postgresql|both]  where the projects live (default sqlite, both with --server)\n"
        "        [--server URI]        an empty database on a PostgreSQL server to fill\n"
        "  bench team --server URI     simulated analysts annotating one server project at once\n"
        "        [--analysts N]        analysts, each with its own connection (default 5)\n"
        "        [--seconds N]         how long they work (default 60)\n"
        "        [--interval MS]       one annotation each this often (default 200)\n"
        "  bench analysis              gazetteer throughput on generated news text, against grep -F\n"
        "        [--megabytes N]       text size (default 50)\n"
        "        [--source-size MB,…]  instead: the whole analysis of one source of each size, seconds per MB\n"
        "        [--work-dir DIR]      keep the text and the name list in DIR\n"
        "  bench chronology            chronology load and filter timings on a synthetic project\n"
        "        [--events N]          events (default 10000)\n"
        "        [--evidence N]        quoted passages (default 30000)\n"
        "        [--work-dir DIR]      keep the project in DIR\n"
        "  bench export                time every export format on a synthetic project, with peak memory\n"
        "        [--events N]          events (default 1000)\n"
        "        [--evidence N]        quoted passages (default 3000)\n"
        "        [--work-dir DIR]      keep the project and the exported files in DIR\n"
        "  bench network               link chart build, layout and drawing on a synthetic project\n"
        "        [--entities N]        entities (default 2000)\n"
        "        [--links N]           links (default 10000)\n"
        "        [--work-dir DIR]      keep the project in DIR\n");
    added.options = { QStringLiteral("articles"),  QStringLiteral("queries"),     QStringLiteral("work-dir"),
                      QStringLiteral("megabytes"), QStringLiteral("source-size"), QStringLiteral("events"),
                      QStringLiteral("evidence"),  QStringLiteral("entities"),    QStringLiteral("links"),
                      QStringLiteral("backend"),   QStringLiteral("server"),      QStringLiteral("analysts"),
                      QStringLiteral("seconds"),   QStringLiteral("interval") };
    added.run = [&out, &err](const CommandLineArguments &arguments) {
        return BenchCommand(out, err).run(arguments);
    };
    return added;
}

int BenchCommand::run(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() == 2 && words.at(1) == QStringLiteral("analysis"))
        return analysis(arguments);
    if (words.size() == 2 && words.at(1) == QStringLiteral("chronology"))
        return chronology(arguments);
    if (words.size() == 2 && words.at(1) == QStringLiteral("export"))
        return exportFormats(arguments);
    if (words.size() == 2 && words.at(1) == QStringLiteral("team"))
        return team(arguments);
    if (words.size() == 2 && words.at(1) == QStringLiteral("network"))
        return network(arguments);
    if (words.size() != 2 || words.at(1) != QStringLiteral("storage"))
        return CommandErrors::usage(
            m_err, QStringLiteral("bench takes one suite: storage, team, analysis, chronology, export or network"));
    return storage(arguments);
}

int BenchCommand::storage(const CommandLineArguments &arguments)
{
    bool numeric = true;
    const int articles = arguments.value(QStringLiteral("articles"), QStringLiteral("10000")).toInt(&numeric);
    if (!numeric || articles <= 0)
        return CommandErrors::usage(m_err, QStringLiteral("--articles takes a positive number"));
    const int queries = arguments.value(QStringLiteral("queries"), QStringLiteral("200")).toInt(&numeric);
    if (!numeric || queries <= 0)
        return CommandErrors::usage(m_err, QStringLiteral("--queries takes a positive number"));
    const QString server = arguments.value(QStringLiteral("server"));
    const QString backend = arguments.value(QStringLiteral("backend"),
                                            server.isEmpty() ? QStringLiteral("sqlite") : QStringLiteral("both"));
    StorageBenchmark::Backends backends = StorageBenchmark::Backends::Both;
    if (backend == QLatin1StringView("sqlite"))
        backends = StorageBenchmark::Backends::Sqlite;
    else if (backend == QLatin1StringView("postgresql"))
        backends = StorageBenchmark::Backends::PostgreSql;
    else if (backend != QLatin1StringView("both"))
        return CommandErrors::usage(m_err, QStringLiteral("--backend takes sqlite, postgresql or both"));
    if (backends != StorageBenchmark::Backends::Sqlite && server.isEmpty())
        return CommandErrors::usage(
            m_err, QStringLiteral("--backend %1 needs --server URI, an empty database to fill").arg(backend));
    StorageBenchmark benchmark(m_out, m_err);
    return benchmark.run(articles, queries, arguments.value(QStringLiteral("work-dir")), backends, server)
        ? 0
        : CommandErrors::inputExitCode;
}

int BenchCommand::team(const CommandLineArguments &arguments)
{
    bool numeric = true;
    const int analysts = arguments.value(QStringLiteral("analysts"), QStringLiteral("5")).toInt(&numeric);
    if (!numeric || analysts <= 0)
        return CommandErrors::usage(m_err, QStringLiteral("--analysts takes a positive number"));
    const int seconds = arguments.value(QStringLiteral("seconds"), QStringLiteral("60")).toInt(&numeric);
    if (!numeric || seconds <= 0)
        return CommandErrors::usage(m_err, QStringLiteral("--seconds takes a positive number"));
    const int interval = arguments.value(QStringLiteral("interval"), QStringLiteral("200")).toInt(&numeric);
    if (!numeric || interval <= 0)
        return CommandErrors::usage(m_err, QStringLiteral("--interval takes a positive number of milliseconds"));
    const QString server = arguments.value(QStringLiteral("server"));
    if (server.isEmpty())
        return CommandErrors::usage(
            m_err, QStringLiteral("bench team needs --server URI, a team project or an empty database"));
    TeamBenchmark benchmark(m_out, m_err);
    return benchmark.run(server, analysts, seconds, interval) ? 0 : CommandErrors::inputExitCode;
}

int BenchCommand::analysis(const CommandLineArguments &arguments)
{
    if (arguments.hasValue(QStringLiteral("source-size"))) {
        const QList<double> sizes = SourceAnalysisBenchmark::parseSizes(arguments.value(QStringLiteral("source-size")));
        if (sizes.isEmpty())
            return CommandErrors::usage(
                m_err, QStringLiteral("--source-size takes megabytes separated by commas, such as 1,4,16,50"));
        SourceAnalysisBenchmark benchmark(m_out, m_err);
        return benchmark.run(sizes, arguments.value(QStringLiteral("work-dir"))) ? 0 : CommandErrors::inputExitCode;
    }
    bool numeric = true;
    const int megabytes = arguments.value(QStringLiteral("megabytes"), QStringLiteral("50")).toInt(&numeric);
    if (!numeric || megabytes <= 0)
        return CommandErrors::usage(m_err, QStringLiteral("--megabytes takes a positive number"));
    GazetteerBenchmark benchmark(m_out, m_err);
    return benchmark.run(megabytes, arguments.value(QStringLiteral("work-dir"))) ? 0 : CommandErrors::inputExitCode;
}

int BenchCommand::chronology(const CommandLineArguments &arguments)
{
    bool numeric = true;
    const int events = arguments.value(QStringLiteral("events"), QStringLiteral("10000")).toInt(&numeric);
    if (!numeric || events <= 0)
        return CommandErrors::usage(m_err, QStringLiteral("--events takes a positive number"));
    const int evidence = arguments.value(QStringLiteral("evidence"), QStringLiteral("30000")).toInt(&numeric);
    if (!numeric || evidence < 0)
        return CommandErrors::usage(m_err, QStringLiteral("--evidence takes a number"));
    ChronologyBenchmark benchmark(m_out, m_err);
    return benchmark.run(events, evidence, arguments.value(QStringLiteral("work-dir"))) ? 0
                                                                                        : CommandErrors::inputExitCode;
}

int BenchCommand::exportFormats(const CommandLineArguments &arguments)
{
    bool numeric = true;
    const int events = arguments.value(QStringLiteral("events"), QStringLiteral("1000")).toInt(&numeric);
    if (!numeric || events <= 0)
        return CommandErrors::usage(m_err, QStringLiteral("--events takes a positive number"));
    const int evidence = arguments.value(QStringLiteral("evidence"), QStringLiteral("3000")).toInt(&numeric);
    if (!numeric || evidence < 0)
        return CommandErrors::usage(m_err, QStringLiteral("--evidence takes a number"));
    ExportBenchmark benchmark(m_out, m_err);
    return benchmark.run(events, evidence, arguments.value(QStringLiteral("work-dir"))) ? 0
                                                                                        : CommandErrors::inputExitCode;
}

int BenchCommand::network(const CommandLineArguments &arguments)
{
    bool numeric = true;
    const int entities = arguments.value(QStringLiteral("entities"), QStringLiteral("2000")).toInt(&numeric);
    if (!numeric || entities < 2)
        return CommandErrors::usage(m_err, QStringLiteral("--entities takes a number of 2 or more"));
    const int links = arguments.value(QStringLiteral("links"), QStringLiteral("10000")).toInt(&numeric);
    if (!numeric || links <= 0)
        return CommandErrors::usage(m_err, QStringLiteral("--links takes a positive number"));
    NetworkBenchmark benchmark(m_out, m_err);
    return benchmark.run(entities, links, arguments.value(QStringLiteral("work-dir"))) ? 0
                                                                                       : CommandErrors::inputExitCode;
}

} // namespace annalist
