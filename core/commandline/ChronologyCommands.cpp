#include "ChronologyCommands.h"

#include "CommandErrors.h"
#include "CommandLineArguments.h"
#include "chronology/RoleTable.h"
#include "chronology/SourceDating.h"
#include "model/TimeValueText.h"
#include "storage/EntityRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace annalist {

ChronologyCommands::ChronologyCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{
}

int ChronologyCommands::roles(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() < 3 || (words.at(2) == QStringLiteral("list") && words.size() != 3)
        || (words.at(2) == QStringLiteral("import") && words.size() != 4)
        || (words.at(2) != QStringLiteral("list") && words.at(2) != QStringLiteral("import")))
        return CommandErrors::usage(m_err, QStringLiteral("roles takes a project and 'list', or 'import FILE.csv'"));
    auto project = Project::open(words.at(1));
    if (!project)
        return CommandErrors::input(m_err, project.error().message);

    if (words.at(2) == QStringLiteral("list")) {
        const auto csv = RoleTable::write(**project);
        if (!csv)
            return CommandErrors::input(m_err, csv.error().message);
        m_out << *csv;
        return 0;
    }
    const QString path = words.at(3);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return CommandErrors::input(m_err, QStringLiteral("%1: cannot be read: %2").arg(path, file.errorString()));
    const auto rows = RoleTable::parse(QString::fromUtf8(file.readAll()), path);
    if (!rows)
        return CommandErrors::input(m_err, rows.error());
    const auto summary = RoleTable::apply(**project, *rows);
    if (!summary)
        return CommandErrors::input(m_err, QStringLiteral("%1: %2").arg(path, summary.error().message));
    m_out << "Roles added " << summary->rolesAdded << ", already there " << summary->rolesAlreadyThere << ", entities created "
          << summary->entitiesCreated << "\n";
    return 0;
}

int ChronologyCommands::dateSources(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() != 2)
        return CommandErrors::usage(m_err, QStringLiteral("date-sources takes one project path"));
    auto project = Project::open(words.at(1));
    if (!project)
        return CommandErrors::input(m_err, project.error().message);
    const auto entities = (*project)->entities().list();
    const auto sources = (*project)->sources().list();
    if (!entities || !sources)
        return CommandErrors::input(m_err, entities ? sources.error().message : entities.error().message);

    const SourceDating dating(*entities);
    QJsonArray json;
    for (const SourceSummary &source : *sources) {
        const auto body = (*project)->sources().body(source.id);
        if (!body)
            return CommandErrors::input(m_err, body.error().message);
        const SourceDatingResult result = dating.date(*body);
        QString verdict = result.impossible ? QStringLiteral("IMPOSSIBLE: its titles cannot all be right at one time")
            : result.window.isKnown()       ? TimeValueText::describe(result.window)
                                            : QStringLiteral("no dating titles");
        if (arguments.isSet(QStringLiteral("json"))) {
            QJsonArray reasons;
            for (const DatingReason &reason : result.reasons)
                reasons.append(QJsonObject{{QStringLiteral("entity"), reason.entity},
                                           {QStringLiteral("title"), reason.title},
                                           {QStringLiteral("offset"), reason.offset},
                                           {QStringLiteral("validity"), reason.validity.toEdtf()},
                                           {QStringLiteral("text"), reason.text}});
            json.append(QJsonObject{{QStringLiteral("sourceId"), source.id},
                                    {QStringLiteral("title"), source.title},
                                    {QStringLiteral("published"), source.published.toEdtf()},
                                    {QStringLiteral("window"), result.window.toEdtf()},
                                    {QStringLiteral("windowText"), verdict},
                                    {QStringLiteral("impossible"), result.impossible},
                                    {QStringLiteral("reasons"), reasons}});
            continue;
        }
        m_out << "[" << source.id << "] " << source.title << "\n"
              << "    written: " << verdict << (result.window.isKnown() ? QStringLiteral(" (") + result.window.toEdtf() + u')' : QString())
              << "\n";
        for (const DatingReason &reason : result.reasons)
            m_out << "    because it " << reason.text << "\n";
    }
    if (arguments.isSet(QStringLiteral("json")))
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return 0;
}

} // namespace annalist
