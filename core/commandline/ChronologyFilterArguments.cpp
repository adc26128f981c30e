// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyFilterArguments.h"

#include "CommandLineArguments.h"
#include "model/TimeValueParser.h"
#include "storage/EntityRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

namespace annalist {

namespace {

// Constants, not QStrings: the command line's option table is built from them before
// main() runs.
constexpr QLatin1String entityOption("entity");
constexpr QLatin1String sourceOption("source");
constexpr QLatin1String laneOption("lane");
constexpr QLatin1String fromOption("from");
constexpr QLatin1String toOption("to");
constexpr QLatin1String credibilityOption("min-credibility");
constexpr QLatin1String textOption("text");
constexpr QLatin1String conflictsFlag("conflicts");

// A positive id, or 0.
qint64 idFrom(const QString &text)
{
    bool numeric = false;
    const qint64 id = text.toLongLong(&numeric);
    return numeric && id > 0 ? id : 0;
}

// The bound of a typed time that --from or --to means; an error message otherwise.
Result<QDateTime, QString> boundOf(const QString &option, const QString &text, bool earliest)
{
    const auto parsed = TimeValueParser::parse(text);
    if (const auto *error = std::get_if<TimeValueParser::Error>(&parsed))
        return QStringLiteral("--%1: %2").arg(option, error->message);
    const TimeValue &time = std::get<TimeValue>(parsed);
    const QDateTime bound = earliest ? time.earliest() : time.latest();
    if (!bound.isValid())
        return QStringLiteral("--%1 '%2' has no %3")
            .arg(option, text, earliest ? QStringLiteral("start") : QStringLiteral("end"));
    return bound;
}

} // namespace

QSet<QString> ChronologyFilterArguments::options()
{
    return { QString(entityOption), QString(sourceOption),      QString(laneOption), QString(fromOption),
             QString(toOption),     QString(credibilityOption), QString(textOption) };
}

QSet<QString> ChronologyFilterArguments::flags()
{
    return { QString(conflictsFlag) };
}

QString ChronologyFilterArguments::help()
{
    return QStringLiteral("        [--entity NAME|ID]    only events with this participant or place\n"
                          "        [--source ID]         only events this source is quoted for\n"
                          "        [--lane LANE]         only events of this lane\n"
                          "        [--from TIME]         only events that may have happened at or after TIME\n"
                          "        [--to TIME]           only events that may have happened at or before TIME\n"
                          "        [--min-credibility N] only events of credibility N or better (1 confirmed … 6)\n"
                          "        [--text WORDS]        only events whose text holds every word\n"
                          "        [--conflicts]         only events whose sources conflict\n");
}

Result<ChronologyFilterArguments, QString> ChronologyFilterArguments::parse(const CommandLineArguments &arguments)
{
    ChronologyFilterArguments parsed;
    ChronologyFilter &filter = parsed.m_filter;
    if (arguments.hasValue(entityOption)) {
        const QString entity = arguments.value(entityOption).trimmed();
        if (entity.isEmpty())
            return QStringLiteral("--entity takes a name or an id");
        filter.entityId = idFrom(entity);
        if (filter.entityId == 0)
            parsed.m_entityName = entity;
    }
    if (arguments.hasValue(sourceOption)) {
        filter.sourceId = idFrom(arguments.value(sourceOption));
        if (filter.sourceId == 0)
            return QStringLiteral("'%1' is not a source id").arg(arguments.value(sourceOption));
    }
    if (arguments.hasValue(laneOption)) {
        filter.lane = arguments.value(laneOption);
        if (filter.lane.isEmpty())
            return QStringLiteral("--lane takes a lane");
    }
    if (arguments.hasValue(fromOption)) {
        const auto from = boundOf(fromOption, arguments.value(fromOption), true);
        if (!from)
            return from.error();
        filter.from = *from;
    }
    if (arguments.hasValue(toOption)) {
        const auto to = boundOf(toOption, arguments.value(toOption), false);
        if (!to)
            return to.error();
        filter.to = *to;
    }
    if (filter.from.isValid() && filter.to.isValid() && filter.from > filter.to)
        return QStringLiteral("--from '%1' is after --to '%2'")
            .arg(arguments.value(fromOption), arguments.value(toOption));
    if (arguments.hasValue(credibilityOption)) {
        bool numeric = false;
        filter.credibilityAtLeast = arguments.value(credibilityOption).toInt(&numeric);
        if (!numeric || filter.credibilityAtLeast < 1 || filter.credibilityAtLeast > 6)
            return QStringLiteral("--min-credibility takes a number from 1 (confirmed) to 6 (cannot be judged)");
    }
    filter.text = arguments.value(textOption).simplified();
    filter.conflictsOnly = arguments.isSet(conflictsFlag);
    return parsed;
}

Result<ChronologyFilter, QString> ChronologyFilterArguments::resolve(Project &project) const
{
    ChronologyFilter filter = m_filter;
    if (!m_entityName.isEmpty()) {
        const auto found = project.entities().findByName(m_entityName);
        if (!found)
            return found.error().message;
        if (found->isEmpty())
            return QStringLiteral("%1: no entity is called \"%2\"").arg(project.path(), m_entityName);
        if (found->size() > 1) {
            QStringList ids;
            for (const Entity &entity : *found)
                ids << QString::number(entity.id);
            return QStringLiteral("%1: \"%2\" names %3 entities (ids %4); give an id")
                .arg(project.path(), m_entityName)
                .arg(found->size())
                .arg(ids.join(QStringLiteral(", ")));
        }
        filter.entityId = found->first().id;
    } else if (filter.entityId != 0) {
        const auto entity = project.entities().find(filter.entityId);
        if (!entity)
            return QStringLiteral("%1: %2").arg(project.path(), entity.error().message);
    }
    if (filter.sourceId != 0) {
        const auto source = project.sources().summary(filter.sourceId);
        if (!source)
            return QStringLiteral("%1: %2").arg(project.path(), source.error().message);
    }
    return filter;
}

} // namespace annalist
