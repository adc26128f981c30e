// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyCommands.h"

#include "ChronologyFilterArguments.h"
#include "CommandErrors.h"
#include "CommandLineArguments.h"
#include "ProjectOpening.h"
#include "chronology/ChronologyLoader.h"
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

namespace {

QJsonValue timeJson(const TimeValue &value)
{
    if (!value.isKnown())
        return QJsonValue::Null;
    return QJsonObject { { QStringLiteral("edtf"), value.toEdtf() },
                         { QStringLiteral("text"), TimeValueText::describe(value) } };
}

QString stanceName(Evidence::Stance stance)
{
    switch (stance) {
    case Evidence::Stance::Supports:
        return QStringLiteral("supports");
    case Evidence::Stance::Contradicts:
        return QStringLiteral("contradicts");
    case Evidence::Stance::Mentions:
        return QStringLiteral("mentions");
    }
    return {};
}

QString conflictKindName(Conflict::Kind kind)
{
    switch (kind) {
    case Conflict::Kind::Time:
        return QStringLiteral("time");
    case Conflict::Kind::Place:
        return QStringLiteral("place");
    case Conflict::Kind::Participants:
        return QStringLiteral("participants");
    case Conflict::Kind::Contradiction:
        return QStringLiteral("contradiction");
    }
    return {};
}

// "Sep 2024 (2024-09)", or "undated".
QString timeLine(const TimeValue &time)
{
    return time.isKnown() ? QStringLiteral("%1 (%2)").arg(TimeValueText::describe(time), time.toEdtf())
                          : QStringLiteral("undated");
}

QJsonObject evidenceJson(const EvidenceItem &item)
{
    return QJsonObject {
        { QStringLiteral("id"), item.evidence.id },
        { QStringLiteral("sourceId"), item.evidence.sourceId },
        { QStringLiteral("sourceTitle"), item.sourceTitle },
        { QStringLiteral("outlet"), item.outlet },
        { QStringLiteral("grade"), reliabilityGradeLetter(item.grade) },
        { QStringLiteral("stance"), stanceName(item.evidence.stance) },
        { QStringLiteral("quote"), item.evidence.quote },
        { QStringLiteral("reported"), timeJson(item.reportedAt) },
        { QStringLiteral("claimedTime"), timeJson(item.claimedTime) },
        { QStringLiteral("claimedPlaces"), QJsonArray::fromStringList(item.claimedPlaceNames) },
        { QStringLiteral("claimedPeople"), QJsonArray::fromStringList(item.claimedPeopleNames) },
    };
}

QJsonObject entryJson(const ChronologyEntry &entry)
{
    QJsonArray conflicts;
    for (const Conflict &conflict : entry.conflicts) {
        conflicts.append(QJsonObject { { QStringLiteral("kind"), conflictKindName(conflict.kind) },
                                       { QStringLiteral("firstEvidenceId"), conflict.firstEvidenceId },
                                       { QStringLiteral("secondEvidenceId"), conflict.secondEvidenceId },
                                       { QStringLiteral("description"), conflict.description } });
    }
    QJsonArray evidence;
    for (const EvidenceItem &item : entry.evidence)
        evidence.append(evidenceJson(item));
    return QJsonObject {
        { QStringLiteral("id"), entry.event.id },
        { QStringLiteral("title"), entry.event.title },
        { QStringLiteral("time"), timeJson(entry.event.time) },
        { QStringLiteral("place"), entry.placeName },
        { QStringLiteral("participants"), QJsonArray::fromStringList(entry.participantNames) },
        { QStringLiteral("lane"), entry.event.lane },
        { QStringLiteral("tags"), QJsonArray::fromStringList(entry.event.tags) },
        { QStringLiteral("credibility"), entry.event.credibility },
        { QStringLiteral("description"), entry.event.description },
        { QStringLiteral("assessment"), entry.event.assessment },
        { QStringLiteral("independentSources"), entry.independentSources },
        { QStringLiteral("orderUncertain"), entry.orderUncertain },
        { QStringLiteral("comment"), entry.comment },
        { QStringLiteral("highlight"), entry.highlight.isValid() ? entry.highlight.name() : QString() },
        { QStringLiteral("conflicts"), conflicts },
        { QStringLiteral("evidence"), evidence },
    };
}

void writeJson(QTextStream &out, const QJsonArray &array)
{
    out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace

ChronologyCommands::ChronologyCommands(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

int ChronologyCommands::roles(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() < 3 || (words.at(2) == QStringLiteral("list") && words.size() != 3)
        || (words.at(2) == QStringLiteral("import") && words.size() != 4)
        || (words.at(2) != QStringLiteral("list") && words.at(2) != QStringLiteral("import")))
        return CommandErrors::usage(m_err, QStringLiteral("roles takes a project and 'list', or 'import FILE.csv'"));
    const bool listing = words.at(2) == QStringLiteral("list");
    auto project = listing ? ProjectOpening::openReadOnly(words.at(1)) : ProjectOpening::open(words.at(1));
    if (!project)
        return CommandErrors::input(m_err, project.error().message);
    if (!listing && (*project)->isReadOnly())
        return CommandErrors::input(m_err, (*project)->readOnlyReason());

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
    m_out << "Roles added " << summary->rolesAdded << ", already there " << summary->rolesAlreadyThere
          << ", entities created " << summary->entitiesCreated << "\n";
    return 0;
}

int ChronologyCommands::dateSources(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() != 2)
        return CommandErrors::usage(m_err, QStringLiteral("date-sources takes one project path"));
    auto project = ProjectOpening::openReadOnly(words.at(1));
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
                reasons.append(QJsonObject { { QStringLiteral("entity"), reason.entity },
                                             { QStringLiteral("title"), reason.title },
                                             { QStringLiteral("offset"), reason.offset },
                                             { QStringLiteral("validity"), reason.validity.toEdtf() },
                                             { QStringLiteral("text"), reason.text } });
            json.append(QJsonObject { { QStringLiteral("sourceId"), source.id },
                                      { QStringLiteral("title"), source.title },
                                      { QStringLiteral("published"), source.published.toEdtf() },
                                      { QStringLiteral("window"), result.window.toEdtf() },
                                      { QStringLiteral("windowText"), verdict },
                                      { QStringLiteral("impossible"), result.impossible },
                                      { QStringLiteral("reasons"), reasons } });
            continue;
        }
        m_out << "[" << source.id << "] " << source.title << "\n"
              << "    written: " << verdict
              << (result.window.isKnown() ? QStringLiteral(" (") + result.window.toEdtf() + u')' : QString()) << "\n";
        for (const DatingReason &reason : result.reasons)
            m_out << "    because it " << reason.text << "\n";
    }
    if (arguments.isSet(QStringLiteral("json")))
        m_out << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
    return 0;
}

int ChronologyCommands::events(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() != 2)
        return CommandErrors::usage(m_err, QStringLiteral("events takes one project path"));
    auto project = ProjectOpening::openReadOnly(words.at(1));
    if (!project)
        return CommandErrors::input(m_err, project.error().message);
    ChronologyLoader loader(**project);
    const auto entries = loader.load();
    if (!entries)
        return CommandErrors::input(m_err, QStringLiteral("%1: %2").arg(words.at(1), entries.error().message));

    if (arguments.isSet(QStringLiteral("json"))) {
        QJsonArray json;
        for (const ChronologyEntry &entry : *entries) {
            json.append(
                QJsonObject { { QStringLiteral("id"), entry.event.id },
                              { QStringLiteral("title"), entry.event.title },
                              { QStringLiteral("time"), timeJson(entry.event.time) },
                              { QStringLiteral("place"), entry.placeName },
                              { QStringLiteral("participants"), QJsonArray::fromStringList(entry.participantNames) },
                              { QStringLiteral("evidence"), entry.evidence.size() } });
        }
        writeJson(m_out, json);
        return 0;
    }
    for (const ChronologyEntry &entry : *entries) {
        m_out << "[" << entry.event.id << "] " << entry.event.title << "\n"
              << "    time: " << timeLine(entry.event.time) << "\n";
        if (!entry.placeName.isEmpty())
            m_out << "    place: " << entry.placeName << "\n";
        if (!entry.participantNames.isEmpty())
            m_out << "    participants: " << entry.participantNames.join(QStringLiteral(", ")) << "\n";
        m_out << "    evidence: " << entry.evidence.size() << (entry.evidence.size() == 1 ? " passage" : " passages")
              << "\n";
    }
    m_out << entries->size() << (entries->size() == 1 ? " event" : " events") << "\n";
    return 0;
}

int ChronologyCommands::chronology(const CommandLineArguments &arguments)
{
    const QStringList words = arguments.positional();
    if (words.size() != 2)
        return CommandErrors::usage(m_err, QStringLiteral("chronology takes one project path"));
    const auto filterArguments = ChronologyFilterArguments::parse(arguments);
    if (!filterArguments)
        return CommandErrors::usage(m_err, filterArguments.error());
    auto project = ProjectOpening::openReadOnly(words.at(1));
    if (!project)
        return CommandErrors::input(m_err, project.error().message);
    const auto filter = filterArguments->resolve(**project);
    if (!filter)
        return CommandErrors::input(m_err, filter.error());
    ChronologyLoader loader(**project);
    const auto entries = loader.load();
    if (!entries)
        return CommandErrors::input(m_err, QStringLiteral("%1: %2").arg(words.at(1), entries.error().message));

    QList<ChronologyEntry> shown;
    for (const ChronologyEntry &entry : *entries) {
        if (filter->accepts(entry))
            shown.append(entry);
    }
    if (arguments.isSet(QStringLiteral("json"))) {
        QJsonArray json;
        for (const ChronologyEntry &entry : shown)
            json.append(entryJson(entry));
        writeJson(m_out, json);
        return 0;
    }
    for (const ChronologyEntry &entry : shown) {
        const Event &event = entry.event;
        m_out << timeLine(event.time) << (entry.orderUncertain ? ", order uncertain" : "") << "\n"
              << "  [" << event.id << "] " << event.title << "\n";
        if (!entry.placeName.isEmpty())
            m_out << "  place: " << entry.placeName << "\n";
        if (!entry.participantNames.isEmpty())
            m_out << "  participants: " << entry.participantNames.join(QStringLiteral(", ")) << "\n";
        if (!event.lane.isEmpty())
            m_out << "  lane: " << event.lane << "\n";
        m_out << "  corroborated by " << entry.independentSources
              << (entry.independentSources == 1 ? " independent source" : " independent sources");
        if (event.credibility > 0)
            m_out << "; credibility " << event.credibility;
        m_out << "\n";
        for (const Conflict &conflict : entry.conflicts)
            m_out << "  CONFLICT (" << conflictKindName(conflict.kind) << "): " << conflict.description << "\n";
        if (!entry.comment.isEmpty())
            m_out << "  comment: " << entry.comment.simplified() << "\n";
        for (const EvidenceItem &item : entry.evidence) {
            const QString outlet = item.outlet.trimmed().isEmpty() ? item.sourceTitle : item.outlet.trimmed();
            m_out << "  " << stanceName(item.evidence.stance) << ": " << outlet;
            if (item.grade != ReliabilityGrade::Unrated)
                m_out << " (" << reliabilityGradeLetter(item.grade) << ")";
            if (item.reportedAt.isKnown())
                m_out << ", " << TimeValueText::describe(item.reportedAt);
            m_out << ": \"" << item.evidence.quote.simplified() << "\"\n";
        }
    }
    m_out << shown.size() << " of " << entries->size() << (entries->size() == 1 ? " event" : " events") << "\n";
    return 0;
}

} // namespace annalist
