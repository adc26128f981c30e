// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkCommands.h"

#include "ProjectOpening.h"

#include "ChronologyFilterArguments.h"
#include "CommandErrors.h"
#include "CommandLineArguments.h"
#include "model/TimeValueParser.h"
#include "network/NetworkBuilder.h"
#include "network/NetworkLayout.h"
#include "network/NetworkPositionStore.h"
#include "network/NetworkWriter.h"
#include "storage/EntityRepository.h"
#include "storage/Project.h"

#include <QTextStream>

namespace annalist {

namespace {

constexpr QLatin1String formatOption("format");
constexpr QLatin1String outputOption("output");
constexpr QLatin1String engineOption("engine");
constexpr QLatin1String asOfOption("as-of");
constexpr QLatin1String eventNodesFlag("event-nodes");
constexpr QLatin1String coMentionsFlag("co-mentions");
constexpr QLatin1String noRolesFlag("no-roles");

} // namespace

NetworkCommands::NetworkCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

QSet<QString> NetworkCommands::options()
{
    return { QString(formatOption), QString(outputOption), QString(engineOption), QString(asOfOption) };
}

QSet<QString> NetworkCommands::flags()
{
    return { QString(eventNodesFlag), QString(coMentionsFlag), QString(noRolesFlag) };
}

QString NetworkCommands::help()
{
    return QStringLiteral(
        "  network PROJECT --format F -o PATH\n"
        "                              the link chart: F is svg, pdf (vector, with a legend), graphml, gexf\n"
        "                              or dot; nodes keep the places the project holds for them\n"
        "        [--engine sfdp|neato|dot] the layout of nodes without a place (default sfdp)\n"
        "        [--as-of TIME]        the network as it stood then\n"
        "        [--event-nodes]       events as nodes of their own\n"
        "        [--co-mentions]       also link entities named in one sentence\n"
        "        [--no-roles]          no links from titles held at organisations\n"
        "        [filter options]      as for chronology\n");
}

int NetworkCommands::network(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() != 2)
        return CommandErrors::usage(m_err, QStringLiteral("network takes one project path, --format and -o PATH"));
    NetworkWriter::Format format;
    if (!arguments.hasValue(QString(formatOption)))
        return CommandErrors::usage(m_err, QStringLiteral("network needs --format svg|pdf|graphml|gexf|dot"));
    if (!NetworkWriter::formatFromName(arguments.value(QString(formatOption)), &format))
        return CommandErrors::usage(m_err,
                                    QStringLiteral("unknown network format '%1' (svg, pdf, graphml, gexf or dot)")
                                        .arg(arguments.value(QString(formatOption))));
    const QString output = arguments.value(QString(outputOption));
    if (output.isEmpty())
        return CommandErrors::usage(m_err, QStringLiteral("network needs -o PATH, where to write"));
    NetworkLayout::Engine engine = NetworkLayout::Engine::Sfdp;
    if (arguments.hasValue(QString(engineOption))
        && !NetworkLayout::engineFromName(arguments.value(QString(engineOption)), &engine))
        return CommandErrors::usage(m_err,
                                    QStringLiteral("unknown layout engine '%1' (sfdp, neato or dot)")
                                        .arg(arguments.value(QString(engineOption))));

    NetworkOptions options;
    options.eventNodes = arguments.isSet(QString(eventNodesFlag));
    options.coMentions = arguments.isSet(QString(coMentionsFlag));
    options.roles = !arguments.isSet(QString(noRolesFlag));
    if (arguments.hasValue(QString(asOfOption))) {
        const auto parsed = TimeValueParser::parse(arguments.value(QString(asOfOption)));
        if (const auto *failure = std::get_if<TimeValueParser::Error>(&parsed))
            return CommandErrors::usage(m_err, QStringLiteral("--as-of: %1").arg(failure->message));
        const TimeValue asOf = std::get<TimeValue>(parsed);
        if (!asOf.latest().isValid())
            return CommandErrors::usage(m_err, QStringLiteral("--as-of needs a time with an end"));
        options.asOf = asOf.latest();
    }
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

    NetworkBuilder builder(**project);
    const Result<NetworkGraph> graph = builder.build(options);
    if (!graph)
        return CommandErrors::input(m_err, graph.error().message);
    const QString chart
        = engine == NetworkLayout::Engine::Dot ? QStringLiteral("hierarchy") : QStringLiteral("network");
    const Result<NetworkPlacements> kept = NetworkPositionStore(**project).load(chart);
    if (!kept)
        return CommandErrors::input(m_err, kept.error().message);
    const auto placements = NetworkLayout::run(*graph, *kept, engine);
    if (!placements)
        return CommandErrors::input(m_err, placements.error());
    const Result<QList<EntityType>> types = (*project)->entities().types();
    if (!types)
        return CommandErrors::input(m_err, types.error().message);
    const NetworkStyle style = NetworkStyle::fromTypes(*types);
    const QString failure = NetworkWriter(*graph, *placements, style).write(output, format);
    if (!failure.isEmpty())
        return CommandErrors::input(m_err, failure);
    m_out << "Wrote the link chart of " << graph->nodes.size() << (graph->nodes.size() == 1 ? " node" : " nodes")
          << " and " << graph->links.size() << (graph->links.size() == 1 ? " link" : " links") << " to " << output
          << "\n";
    return 0;
}

} // namespace annalist
