// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FilterChoices.h"

#include "storage/Project.h"
#include "storage/SqlErrors.h"

#include <QCollator>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>

namespace annalist {

namespace {

Result<QList<FilterChoices::Choice>> readChoices(Project &project, const QString &sql, const QString &what)
{
    QSqlQuery query(project.database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return sqlError(query, QStringLiteral("list the %1 to filter by").arg(what));
    QList<FilterChoices::Choice> choices;
    while (query.next())
        choices.append({ query.value(0).toLongLong(), query.value(1).toString() });
    if (query.lastError().isValid())
        return sqlError(query, QStringLiteral("list the %1 to filter by").arg(what));
    return choices;
}

} // namespace

Result<FilterChoices> FilterChoices::read(Project &project)
{
    FilterChoices choices;
    Result<QList<Choice>> entities = readChoices(
        project,
        QStringLiteral("SELECT id, canonical_name FROM entities"
                       " WHERE id IN (SELECT entity_id FROM event_participants)"
                       " OR id IN (SELECT place_entity_id FROM events WHERE place_entity_id IS NOT NULL)"),
        QStringLiteral("entities"));
    if (!entities)
        return entities.error();
    Result<QList<Choice>> sources = readChoices(
        project, QStringLiteral("SELECT id, title FROM sources WHERE id IN (SELECT source_id FROM evidence)"),
        QStringLiteral("sources"));
    if (!sources)
        return sources.error();
    Result<QList<Choice>> lanes = readChoices(
        project, QStringLiteral("SELECT DISTINCT 0, lane FROM events WHERE lane <> ''"), QStringLiteral("lanes"));
    if (!lanes)
        return lanes.error();

    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    const auto byLabel = [&collator](const Choice &a, const Choice &b) {
        const int order = collator.compare(a.label, b.label);
        return order != 0 ? order < 0 : a.id < b.id;
    };
    choices.entities = std::move(*entities);
    choices.sources = std::move(*sources);
    std::sort(choices.entities.begin(), choices.entities.end(), byLabel);
    std::sort(choices.sources.begin(), choices.sources.end(), byLabel);
    for (const Choice &lane : *lanes)
        choices.lanes.append(lane.label);
    std::sort(choices.lanes.begin(), choices.lanes.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return choices;
}

} // namespace annalist
