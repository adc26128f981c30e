// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "CommandLineTool.h"

#include "ChronologyCommands.h"
#include "ChronologyFilterArguments.h"
#include "CommandErrors.h"
#include "CommandLineArguments.h"
#include "ExportCommands.h"
#include "NetworkCommands.h"
#include "ProjectOpening.h"
#include "analysis/NameRecognizer.h"
#include "analysis/PendingAnalysis.h"
#include "analysis/ProjectAnalyzer.h"
#include "analysis/TimexTagger.h"
#include "evaluation/BratEvaluation.h"
#include "evaluation/TimexEvaluation.h"
#include "ingest/SourceImporter.h"
#include "model/TimeValueText.h"
#include "storage/FullTextSearch.h"
#include "storage/Project.h"
#include "storage/ProjectCopy.h"
#include "storage/ProjectLocation.h"
#include "storage/ProjectStatistics.h"
#include "storage/SourceRepository.h"
#include "storage/TeamRoles.h"

#include <algorithm>

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace annalist {

namespace {

const QSet<QString> commandFlags = QSet<QString> { QStringLiteral("json"), QStringLiteral("help"),
                                                   QStringLiteral("force"), QStringLiteral("no-analysis") }
                                       .unite(ChronologyFilterArguments::flags())
                                       .unite(ExportCommands::flags())
                                       .unite(NetworkCommands::flags());
const QSet<QString> commandOptions
    = QSet<QString> { QStringLiteral("limit"), QStringLiteral("max-size"), QStringLiteral("timeml"),
                      QStringLiteral("brat"), QStringLiteral("system-out") }
          .unite(ChronologyFilterArguments::options())
          .unite(ExportCommands::options())
          .unite(NetworkCommands::options());

QJsonValue timeJson(const TimeValue &value)
{
    if (!value.isKnown())
        return QJsonValue::Null;
    QJsonObject object;
    object.insert(QStringLiteral("edtf"), value.toEdtf());
    object.insert(QStringLiteral("text"), TimeValueText::describe(value));
    if (value.earliest().isValid())
        object.insert(QStringLiteral("earliest"), value.earliest().toString(Qt::ISODateWithMs));
    if (value.latest().isValid())
        object.insert(QStringLiteral("latest"), value.latest().toString(Qt::ISODateWithMs));
    if (!value.expression().isEmpty())
        object.insert(QStringLiteral("expression"), value.expression());
    return object;
}

QJsonObject summaryJson(const SourceSummary &summary)
{
    return QJsonObject {
        { QStringLiteral("id"), summary.id },
        { QStringLiteral("title"), summary.title },
        { QStringLiteral("outlet"), summary.outlet },
        { QStringLiteral("published"), timeJson(summary.published) },
        { QStringLiteral("reliability"), reliabilityGradeLetter(summary.reliability) },
        { QStringLiteral("mediaType"), summary.mediaType },
        { QStringLiteral("length"), summary.length },
        { QStringLiteral("importedAt"), summary.importedAt.toString(Qt::ISODate) },
    };
}

void writeJson(QTextStream &out, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

QString oneLine(QString text)
{
    for (QChar &c : text) {
        if (c.isSpace())
            c = u' ';
    }
    return text;
}

} // namespace

CommandLineTool::CommandLineTool(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

QString CommandLineTool::usage(const QString &addedHelp)
{
    return QStringLiteral(
               "Usage: annalist-cli COMMAND [OPTIONS] ...\n"
               "\n"
               "PROJECT is a project file (*.annalist) or a team project on a PostgreSQL server, given as\n"
               "postgresql://USER@HOST:PORT/DATABASE[?sslmode=...]; the password comes from the URI,\n"
               "PGPASSWORD or ~/.pgpass, or is asked for on a terminal.\n"
               "\n"
               "Commands:\n"
               "  new PROJECT                 create an empty project (a new file, or in an empty database)\n"
               "  copy SOURCE TARGET          copy a whole project, file to server or server to file, same ids\n"
               "  team PROJECT list           who may read (reader), annotate (editor) or manage (owner) a team "
               "project\n"
               "  team PROJECT grant USER ROLE  give a database user the role reader, editor or owner\n"
               "  team PROJECT revoke USER    take a user's role away\n"
               "  import PROJECT PATH...      import files and folders (.txt .md .html .pdf)\n"
               "        [--max-size MB]       refuse files larger than this (default 50)\n"
               "        [--no-analysis]       do not propose entities and times for the new sources\n"
               "  list PROJECT                list the sources\n"
               "  show PROJECT ID             show one source with its text\n"
               "  search PROJECT QUERY        full-text search (words, \"phrases\", AND, OR, NOT, prefix*, "
               "parentheses)\n"
               "        [--limit N]           at most N sources (default 20)\n"
               "  info PROJECT                counts and format version\n"
               "  analyze PROJECT [ID...]     propose entity mentions and time expressions (candidates)\n"
               "        [--force]             also sources unchanged since their last analysis\n"
               "  roles PROJECT list          who held which title when, as CSV\n"
               "  roles PROJECT import CSV    add roles (entity,entity type,title,organisation,from,to)\n"
               "  date-sources PROJECT        when each source must have been written, from its titles\n"
               "  events PROJECT              every event: time, title, place, participants, passages\n"
               "  chronology PROJECT          the events in order with corroboration, conflicts and quotes\n")
        + ChronologyFilterArguments::help() + ExportCommands::help() + NetworkCommands::help()
        + QStringLiteral(
               "  evaluate --timeml DIR       score the time tagger on the TimeML files (*.tml) of DIR with\n"
               "                              the TempEval-3 measures (strict and relaxed extents, type, value)\n"
               "        [--system-out DIR]    also write each file again with the tagger's TIMEX3 tags\n"
               "  evaluate --brat DIR         score the name recognizer on the brat documents of DIR\n"
               "                              (NAME.txt with NAME.ann): precision, recall and F1 per type\n"
               "                              (Person, Organisation, Place, Title), exact and overlap\n"
               "        [--system-out DIR]    also write NAME.txt and NAME.ann with the recognizer's entities\n")
        + addedHelp
        + QStringLiteral(
               "\n"
               "Options:\n"
               "  --json                      machine-readable output (list, show, search, info, events, chronology,\n"
               "                              evaluate)\n"
               "  --help                      this text\n"
               "\n"
               "Exit status: 0 success, 1 usage error, 2 input error.\n");
}

void CommandLineTool::addCommand(AddedCommand command)
{
    m_added.push_back(std::move(command));
}

const CommandLineTool::AddedCommand *CommandLineTool::addedCommand(const QString &name) const
{
    for (const AddedCommand &added : m_added) {
        if (added.name == name)
            return &added;
    }
    return nullptr;
}

int CommandLineTool::usageError(const QString &message)
{
    return CommandErrors::usage(m_err, message);
}

int CommandLineTool::inputError(const QString &message)
{
    return CommandErrors::input(m_err, message);
}

int CommandLineTool::run(const QStringList &rawArguments)
{
    QSet<QString> flags = commandFlags;
    QSet<QString> options = commandOptions;
    QString addedHelp;
    for (const AddedCommand &added : m_added) {
        flags.unite(added.flags);
        options.unite(added.options);
        addedHelp += added.help;
    }
    const CommandLineArguments arguments(rawArguments, flags, options);
    if (!arguments.isValid())
        return usageError(arguments.error());
    const QStringList words = arguments.positional();
    if (arguments.isSet(QStringLiteral("help")) || (!words.isEmpty() && words.first() == QStringLiteral("help"))) {
        m_out << usage(addedHelp);
        return Success;
    }
    if (words.isEmpty())
        return usageError(QStringLiteral("no command given"));

    const QString command = words.first();
    int status = UsageError;
    if (command == QStringLiteral("new"))
        status = newProject(arguments);
    else if (command == QStringLiteral("import"))
        status = importFiles(arguments);
    else if (command == QStringLiteral("copy"))
        status = copyProject(arguments);
    else if (command == QStringLiteral("team"))
        status = team(arguments);
    else if (command == QStringLiteral("list"))
        status = listSources(arguments);
    else if (command == QStringLiteral("show"))
        status = showSource(arguments);
    else if (command == QStringLiteral("search"))
        status = search(arguments);
    else if (command == QStringLiteral("info"))
        status = info(arguments);
    else if (command == QStringLiteral("evaluate"))
        status = evaluate(arguments);
    else if (command == QStringLiteral("analyze"))
        status = analyze(arguments);
    else if (command == QStringLiteral("roles"))
        status = ChronologyCommands(m_out, m_err).roles(arguments);
    else if (command == QStringLiteral("date-sources"))
        status = ChronologyCommands(m_out, m_err).dateSources(arguments);
    else if (command == QStringLiteral("events"))
        status = ChronologyCommands(m_out, m_err).events(arguments);
    else if (command == QStringLiteral("chronology"))
        status = ChronologyCommands(m_out, m_err).chronology(arguments);
    else if (command == QStringLiteral("export"))
        status = ExportCommands(m_out, m_err).exportChronology(arguments);
    else if (command == QStringLiteral("import-chronology"))
        status = ExportCommands(m_out, m_err).importChronology(arguments);
    else if (command == QStringLiteral("network"))
        status = NetworkCommands(m_out, m_err).network(arguments);
    else if (command == QStringLiteral("import-brat"))
        status = ExportCommands(m_out, m_err).importBrat(arguments);
    else if (const AddedCommand *added = addedCommand(command))
        status = added->run(arguments);
    else
        status = usageError(QStringLiteral("unknown command '%1'").arg(command));
    m_out.flush();
    m_err.flush();
    return status;
}

int CommandLineTool::newProject(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() != 2)
        return usageError(QStringLiteral("new takes one project path"));
    auto project = ProjectOpening::create(words.at(1));
    if (!project)
        return inputError(project.error().message);
    m_out << "Created " << (*project)->path() << "\n";
    return Success;
}

int CommandLineTool::copyProject(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() != 3)
        return usageError(QStringLiteral("copy takes a source project and a target to make"));
    auto source = ProjectOpening::open(words.at(1));
    if (!source)
        return inputError(source.error().message);
    const Result<ProjectLocation> target = ProjectLocation::parse(words.at(2));
    if (!target)
        return inputError(target.error().message);
    const QString targetText = words.at(2);
    const Result<ProjectCopy::Counts> copied
        = ProjectCopy::copyTo(**source, *target, {}, [&targetText](const ProjectLocation &, bool create) {
              return create ? ProjectOpening::create(targetText) : ProjectOpening::open(targetText);
          });
    if (!copied)
        return inputError(
            QStringLiteral("could not copy %1 to %2: %3").arg(words.at(1), words.at(2), copied.error().message));
    const QString made = target->isServer() ? target->displayName() : QFileInfo(target->path()).absoluteFilePath();
    m_out << "Copied " << copied->rows << " rows in " << copied->tables << " tables to " << made << "\n";
    return Success;
}

int CommandLineTool::team(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    const QString action = words.value(2);
    if (words.size() < 3 || (action == QLatin1StringView("list") && words.size() != 3)
        || (action == QLatin1StringView("grant") && words.size() != 5)
        || (action == QLatin1StringView("revoke") && words.size() != 4))
        return usageError(QStringLiteral("team takes a project and list, grant USER ROLE or revoke USER"));
    std::optional<TeamRoles::Role> role;
    if (action == QLatin1StringView("grant")) {
        role = TeamRoles::roleFromName(words.at(4));
        if (!role)
            return usageError(QStringLiteral("unknown role '%1': reader, editor or owner").arg(words.at(4)));
    } else if (action != QLatin1StringView("list") && action != QLatin1StringView("revoke")) {
        return usageError(QStringLiteral("unknown team action '%1': list, grant or revoke").arg(action));
    }
    auto project = ProjectOpening::open(words.at(1));
    if (!project)
        return inputError(project.error().message);
    if (!(*project)->isOnServer())
        return inputError(QStringLiteral("%1 is a project file, which has no team: publish it to a PostgreSQL server "
                                         "with annalist-cli copy")
                              .arg(words.at(1)));
    TeamRoles team((*project)->database());
    if (action == QLatin1StringView("list")) {
        const auto members = team.list();
        if (!members)
            return inputError(members.error().message);
        for (const TeamRoles::Member &member : *members)
            m_out << member.user << "\t" << TeamRoles::roleName(member.role) << "\n";
        return Success;
    }
    const Status changed = role ? team.grant(words.at(3), *role) : team.revoke(words.at(3));
    if (!changed)
        return inputError(changed.error().message);
    if (role)
        m_out << words.at(3) << " is now " << TeamRoles::roleName(*role) << " of " << (*project)->path() << "\n";
    else
        m_out << words.at(3) << " has no role in " << (*project)->path() << " any more\n";
    return Success;
}

int CommandLineTool::importFiles(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() < 3)
        return usageError(QStringLiteral("import takes a project and at least one file or folder"));
    SourceImporter::Options options;
    if (arguments.hasValue(QStringLiteral("max-size"))) {
        bool valid = false;
        const double megabytes = arguments.value(QStringLiteral("max-size")).toDouble(&valid);
        if (!valid || megabytes <= 0)
            return usageError(QStringLiteral("--max-size takes a positive number of megabytes"));
        options.maxFileBytes = static_cast<qint64>(megabytes * 1024 * 1024);
    }
    auto project = ProjectOpening::open(words.at(1));
    if (!project)
        return inputError(project.error().message);
    if ((*project)->isReadOnly())
        return inputError((*project)->readOnlyReason());

    SourceImporter importer(**project, options);
    const ImportReport report = importer.importPaths(words.mid(2), [this](const QList<ImportOutcome> &batch, int, int) {
        for (const ImportOutcome &outcome : batch) {
            switch (outcome.kind) {
            case ImportOutcome::Kind::Imported:
                m_out << "imported " << outcome.sourceId << "\t" << outcome.path << "\n";
                for (const QString &warning : outcome.warnings)
                    m_err << "annalist-cli: warning: " << outcome.path << ": " << warning << "\n";
                break;
            case ImportOutcome::Kind::Duplicate:
                m_out << "duplicate " << outcome.sourceId << "\t" << outcome.path << "\n";
                break;
            case ImportOutcome::Kind::Failed:
                m_err << "annalist-cli: " << outcome.path << ": " << outcome.message << "\n";
                break;
            case ImportOutcome::Kind::Skipped:
                m_out << "skipped\t" << outcome.path << ": " << outcome.message << "\n";
                break;
            }
        }
        m_out.flush();
        m_err.flush();
        return true;
    });

    if (!arguments.isSet(QStringLiteral("no-analysis")) && report.storageError.isEmpty()) {
        // With the new sources, those whose analysis an earlier run never finished.
        const auto toAnalyze = PendingAnalysis::withPending(**project, report.importedIds());
        if (!toAnalyze)
            return inputError(QStringLiteral("%1: %2").arg(words.at(1), toAnalyze.error().message));
        if (!toAnalyze->isEmpty()) {
            ProjectAnalyzer analyzer(**project);
            const auto analysis = analyzer.analyze(*toAnalyze);
            if (!analysis)
                return inputError(QStringLiteral("%1: %2").arg(words.at(1), analysis.error().message));
            m_out << "Proposed " << analysis->mentionsProposed << " mentions and " << analysis->timexesProposed
                  << " time expressions\n";
        }
    }
    const int failed = report.count(ImportOutcome::Kind::Failed);
    m_out << "Imported " << report.count(ImportOutcome::Kind::Imported) << ", duplicates "
          << report.count(ImportOutcome::Kind::Duplicate) << ", failed " << failed << "\n";
    if (!report.storageError.isEmpty())
        return inputError(QStringLiteral("%1: %2").arg(words.at(1), report.storageError));
    return failed > 0 ? InputError : Success;
}

int CommandLineTool::listSources(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() != 2)
        return usageError(QStringLiteral("list takes one project path"));
    auto project = ProjectOpening::openReadOnly(words.at(1));
    if (!project)
        return inputError(project.error().message);
    const auto summaries = (*project)->sources().list();
    if (!summaries)
        return inputError(summaries.error().message);

    if (arguments.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SourceSummary &summary : *summaries)
            array.append(summaryJson(summary));
        writeJson(m_out, array);
        return Success;
    }
    // The Published column is as wide as its longest time, so that the titles line up.
    QStringList published;
    qsizetype width = QStringLiteral("Published").size();
    for (const SourceSummary &summary : *summaries) {
        published.append(TimeValueText::describe(summary.published));
        width = std::max(width, published.last().size());
    }
    m_out << QStringLiteral("%1  %2  %3\n")
                 .arg(QStringLiteral("ID"), 5)
                 .arg(QStringLiteral("Published"), -int(width))
                 .arg(QStringLiteral("Title"));
    for (qsizetype i = 0; i < summaries->size(); ++i) {
        m_out << QStringLiteral("%1  %2  %3\n")
                     .arg(summaries->at(i).id, 5)
                     .arg(published.at(i), -int(width))
                     .arg(summaries->at(i).title);
    }
    return Success;
}

int CommandLineTool::showSource(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() != 3)
        return usageError(QStringLiteral("show takes a project path and a source id"));
    bool numeric = false;
    const qint64 id = words.at(2).toLongLong(&numeric);
    if (!numeric || id <= 0)
        return usageError(QStringLiteral("'%1' is not a source id").arg(words.at(2)));
    auto project = ProjectOpening::openReadOnly(words.at(1));
    if (!project)
        return inputError(project.error().message);
    const auto source = (*project)->sources().find(id);
    if (!source)
        return inputError(QStringLiteral("%1: %2").arg(words.at(1), source.error().message));

    if (arguments.isSet(QStringLiteral("json"))) {
        QJsonArray pages;
        for (int offset : source->pageOffsets)
            pages.append(offset);
        writeJson(m_out,
                  QJsonObject {
                      { QStringLiteral("id"), source->id },
                      { QStringLiteral("title"), source->title },
                      { QStringLiteral("outlet"), source->outlet },
                      { QStringLiteral("author"), source->author },
                      { QStringLiteral("url"), source->url },
                      { QStringLiteral("language"), source->language },
                      { QStringLiteral("published"), timeJson(source->published) },
                      { QStringLiteral("reliability"), reliabilityGradeLetter(source->reliability) },
                      { QStringLiteral("mediaType"), source->mediaType },
                      { QStringLiteral("originalName"), source->originalName },
                      { QStringLiteral("sha256"), QString::fromLatin1(source->sha256.toHex()) },
                      { QStringLiteral("importedAt"), source->importedAt.toString(Qt::ISODate) },
                      { QStringLiteral("notes"), source->notes },
                      { QStringLiteral("pageOffsets"), pages },
                      { QStringLiteral("body"), source->body },
                  });
        return Success;
    }
    const auto field = [this](const QString &name, const QString &value) {
        if (!value.isEmpty())
            m_out << name << ": " << value << "\n";
    };
    field(QStringLiteral("Source"), QString::number(source->id));
    field(QStringLiteral("Title"), source->title);
    field(QStringLiteral("Outlet"), source->outlet);
    field(QStringLiteral("Author"), source->author);
    field(QStringLiteral("URL"), source->url);
    field(QStringLiteral("Language"), source->language);
    field(QStringLiteral("Published"), TimeValueText::describe(source->published));
    field(QStringLiteral("Reliability"), reliabilityGradeLetter(source->reliability));
    field(QStringLiteral("Type"), source->mediaType);
    field(QStringLiteral("File"), source->originalName);
    field(QStringLiteral("Pages"),
          source->pageOffsets.isEmpty() ? QString() : QString::number(source->pageOffsets.size()));
    field(QStringLiteral("SHA-256"), QString::fromLatin1(source->sha256.toHex()));
    field(QStringLiteral("Notes"), source->notes);
    m_out << "\n" << source->body;
    if (!source->body.endsWith(u'\n'))
        m_out << "\n";
    return Success;
}

int CommandLineTool::search(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() < 3)
        return usageError(QStringLiteral("search takes a project path and a query"));
    bool numeric = true;
    const int limit = arguments.value(QStringLiteral("limit"), QStringLiteral("20")).toInt(&numeric);
    if (!numeric || limit <= 0)
        return usageError(QStringLiteral("--limit takes a positive number"));
    auto project = ProjectOpening::openReadOnly(words.at(1));
    if (!project)
        return inputError(project.error().message);
    const QString queryText = words.mid(2).join(u' ');
    const auto hits = (*project)->search().search(queryText, limit);
    if (!hits)
        return inputError(QStringLiteral("%1: %2").arg(words.at(1), hits.error().message));

    if (arguments.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const SearchHit &hit : *hits) {
            QJsonArray matches;
            for (const SearchMatch &match : hit.matches) {
                matches.append(QJsonObject { { QStringLiteral("offset"), match.offset },
                                             { QStringLiteral("length"), match.length },
                                             { QStringLiteral("before"), match.before },
                                             { QStringLiteral("text"), match.text },
                                             { QStringLiteral("after"), match.after } });
            }
            array.append(QJsonObject { { QStringLiteral("sourceId"), hit.sourceId },
                                       { QStringLiteral("title"), hit.title },
                                       { QStringLiteral("score"), hit.score },
                                       { QStringLiteral("matches"), matches } });
        }
        writeJson(m_out, array);
        return Success;
    }
    for (const SearchHit &hit : *hits) {
        m_out << "[" << hit.sourceId << "] " << hit.title << "\n";
        for (const SearchMatch &match : hit.matches)
            m_out << "    @" << match.offset << "  " << oneLine(match.before) << "[" << match.text << "]"
                  << oneLine(match.after) << "\n";
    }
    m_out << hits->size() << (hits->size() == 1 ? " source" : " sources") << " found\n";
    return Success;
}

int CommandLineTool::analyze(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() < 2)
        return usageError(QStringLiteral("analyze takes a project and, optionally, source ids"));
    QList<qint64> ids;
    for (const QString &word : words.mid(2)) {
        bool numeric = false;
        const qint64 id = word.toLongLong(&numeric);
        if (!numeric || id <= 0)
            return usageError(QStringLiteral("'%1' is not a source id").arg(word));
        ids << id;
    }
    auto project = ProjectOpening::open(words.at(1));
    if (!project)
        return inputError(project.error().message);
    if ((*project)->isReadOnly())
        return inputError((*project)->readOnlyReason());
    ProjectAnalyzer analyzer(**project);
    const auto summary = analyzer.analyze(ids, arguments.isSet(QStringLiteral("force")));
    if (!summary)
        return inputError(QStringLiteral("%1: %2").arg(words.at(1), summary.error().message));
    m_out << "Analysed " << summary->sourcesAnalyzed << " sources (" << summary->sourcesUnchanged
          << " unchanged): proposed " << summary->mentionsProposed << " mentions, " << summary->timexesProposed
          << " time expressions, " << summary->entitiesCreated << " new entities, " << summary->rolesAdded
          << " roles\n";
    return Success;
}

int CommandLineTool::info(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() != 2)
        return usageError(QStringLiteral("info takes one project path"));
    auto project = ProjectOpening::openReadOnly(words.at(1));
    if (!project)
        return inputError(project.error().message);
    const auto statistics = ProjectStatistics::collect((*project)->database(), (*project)->path());
    if (!statistics)
        return inputError(statistics.error().message);

    if (arguments.isSet(QStringLiteral("json"))) {
        writeJson(m_out,
                  QJsonObject {
                      { QStringLiteral("path"), (*project)->path() },
                      { QStringLiteral("schemaVersion"), statistics->schemaVersion },
                      { QStringLiteral("sources"), statistics->sources },
                      { QStringLiteral("entities"), statistics->entities },
                      { QStringLiteral("mentions"), statistics->mentions },
                      { QStringLiteral("timexes"), statistics->timexes },
                      { QStringLiteral("events"), statistics->events },
                      { QStringLiteral("evidence"), statistics->evidence },
                      { QStringLiteral("notes"), statistics->notes },
                      { QStringLiteral("textCharacters"), statistics->textCharacters },
                      { QStringLiteral("fileBytes"), statistics->fileBytes },
                  });
        return Success;
    }
    m_out << "Project:         " << (*project)->path() << "\n"
          << "Format version:  " << statistics->schemaVersion << "\n"
          << "Sources:         " << statistics->sources << "\n"
          << "Entities:        " << statistics->entities << "\n"
          << "Mentions:        " << statistics->mentions << "\n"
          << "Time expressions:"
          << " " << statistics->timexes << "\n"
          << "Events:          " << statistics->events << "\n"
          << "Evidence:        " << statistics->evidence << "\n"
          << "Notes:           " << statistics->notes << "\n"
          << "Text characters: " << statistics->textCharacters << "\n"
          << "File size:       " << statistics->fileBytes << " bytes\n";
    return Success;
}

namespace {

// The tail both evaluations share: the system's own annotations if asked for, then
// the measures as a table or JSON.
template<typename Evaluation>
int reportEvaluation(QTextStream &out, QTextStream &err, const Evaluation &evaluation,
                     const CommandLineArguments &arguments)
{
    if (arguments.hasValue(QStringLiteral("system-out"))) {
        const QString failure = evaluation.writeSystemFiles(arguments.value(QStringLiteral("system-out")));
        if (!failure.isEmpty())
            return CommandErrors::input(err, failure);
    }
    if (arguments.isSet(QStringLiteral("json")))
        writeJson(out, evaluation.toJson());
    else
        out << evaluation.table();
    return CommandLineTool::Success;
}

} // namespace

int CommandLineTool::evaluationFolder(const CommandLineArguments &arguments, const QString &option, QString *folder)
{
    if (arguments.positional().size() != 1
        || (arguments.hasValue(QStringLiteral("timeml")) && arguments.hasValue(QStringLiteral("brat"))))
        return usageError(QStringLiteral("evaluate takes --timeml DIR or --brat DIR"));
    *folder = arguments.value(option);
    if (folder->isEmpty() || !QFileInfo(*folder).isDir())
        return inputError(QStringLiteral("%1: no such folder").arg(*folder));
    if (arguments.hasValue(QStringLiteral("system-out")) && arguments.value(QStringLiteral("system-out")).isEmpty())
        return usageError(QStringLiteral("--system-out takes a folder"));
    return Success;
}

int CommandLineTool::evaluate(const CommandLineArguments &arguments)
{
    if (arguments.hasValue(QStringLiteral("brat")))
        return evaluateBrat(arguments);
    if (!arguments.hasValue(QStringLiteral("timeml")))
        return usageError(QStringLiteral("evaluate takes --timeml DIR or --brat DIR"));
    QString directory;
    if (const int status = evaluationFolder(arguments, QStringLiteral("timeml"), &directory); status != Success)
        return status;
    const QStringList files = TimexEvaluation::timeMlFiles(directory);
    if (files.isEmpty())
        return inputError(QStringLiteral("%1: no .tml files").arg(directory));
    const TimexTagger tagger;
    const auto evaluation = TimexEvaluation::run(files, tagger);
    if (!evaluation)
        return inputError(evaluation.error().message());
    return reportEvaluation(m_out, m_err, *evaluation, arguments);
}

int CommandLineTool::evaluateBrat(const CommandLineArguments &arguments)
{
    QString directory;
    if (const int status = evaluationFolder(arguments, QStringLiteral("brat"), &directory); status != Success)
        return status;
    const QStringList files = BratEvaluation::bratFiles(directory);
    if (files.isEmpty())
        return inputError(QStringLiteral("%1: no .txt files with an .ann beside them").arg(directory));
    const NameRecognizer recognizer;
    const auto evaluation = BratEvaluation::run(files, recognizer);
    if (!evaluation)
        return inputError(evaluation.error().message());
    return reportEvaluation(m_out, m_err, *evaluation, arguments);
}

} // namespace annalist
