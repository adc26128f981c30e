// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "RoleTable.h"

#include "common/CsvReader.h"
#include "model/TimeValueParser.h"
#include "storage/EntityRepository.h"
#include "storage/Project.h"
#include "storage/WriteTransaction.h"

namespace annalist {

namespace {

const QStringList headerNames
    = { QStringLiteral("entity"),       QStringLiteral("entity type"), QStringLiteral("title"),
        QStringLiteral("organisation"), QStringLiteral("from"),        QStringLiteral("to") };

QString csvField(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n'))
        return value;
    QString quoted = value;
    quoted.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + quoted + u'"';
}

bool sameRole(const EntityRole &a, const EntityRole &b)
{
    return a.title.compare(b.title, Qt::CaseInsensitive) == 0
        && a.organisation.compare(b.organisation, Qt::CaseInsensitive) == 0 && a.from.earliest() == b.from.earliest()
        && a.from.latest() == b.from.latest() && a.to.earliest() == b.to.earliest() && a.to.latest() == b.to.latest();
}

} // namespace

Result<QList<RoleTable::Row>, QString> RoleTable::parse(const QString &text, const QString &fileName)
{
    QString csvError;
    const QList<CsvReader::Record> records = CsvReader::read(text, &csvError);
    if (!csvError.isEmpty())
        return QStringLiteral("%1:%2").arg(fileName, csvError.mid(QStringLiteral("line ").size()));
    QList<Row> rows;
    for (const CsvReader::Record &record : records) {
        QStringList fields = record.fields;
        for (QString &field : fields)
            field = field.trimmed();
        if (rows.isEmpty() && !fields.isEmpty()
            && fields.first().compare(headerNames.first(), Qt::CaseInsensitive) == 0)
            continue;
        const auto fail = [&](const QString &reason) {
            return QStringLiteral("%1:%2: %3").arg(fileName).arg(record.line).arg(reason);
        };
        if (fields.size() != headerNames.size())
            return fail(QStringLiteral("expected %1 columns (%2), found %3")
                            .arg(headerNames.size())
                            .arg(headerNames.join(QStringLiteral(", ")))
                            .arg(fields.size()));
        Row row;
        row.line = record.line;
        row.entity = fields.at(0);
        row.entityType = fields.at(1).isEmpty() ? QStringLiteral("Person") : fields.at(1);
        row.role.title = fields.at(2);
        row.role.organisation = fields.at(3);
        if (row.entity.isEmpty())
            return fail(QStringLiteral("the entity is empty"));
        if (row.role.title.isEmpty())
            return fail(QStringLiteral("the title is empty"));
        for (int column : { 4, 5 }) {
            if (fields.at(column).isEmpty())
                continue;
            const auto parsed = TimeValueParser::parse(fields.at(column));
            if (const auto *failure = std::get_if<TimeValueParser::Error>(&parsed))
                return fail(QStringLiteral("%1: %2").arg(headerNames.at(column), failure->message));
            (column == 4 ? row.role.from : row.role.to) = std::get<TimeValue>(parsed);
        }
        rows << row;
    }
    return rows;
}

Result<RoleTable::ImportSummary> RoleTable::apply(Project &project, const QList<Row> &rows)
{
    ImportSummary summary;
    EntityRepository &entities = project.entities();
    WriteTransaction transaction(project.database());
    if (!transaction.isOpen())
        return transaction.error();
    for (const Row &row : rows) {
        const auto type = entities.findType(row.entityType);
        if (!type)
            return StorageError {
                StorageError::Code::Constraint,
                QStringLiteral("line %1: there is no entity type \"%2\"").arg(row.line).arg(row.entityType)
            };
        const auto found = entities.findByName(row.entity);
        if (!found)
            return found.error();
        Entity entity;
        for (const Entity &candidate : *found) {
            if (candidate.typeId == type->id) {
                entity = candidate;
                break;
            }
        }
        if (entity.id == 0) {
            entity.canonicalName = row.entity;
            entity.typeId = type->id;
            const auto added = entities.add(entity);
            if (!added)
                return added.error();
            entity.id = *added;
            ++summary.entitiesCreated;
            summary.createdEntityIds << entity.id;
        }
        const bool present = std::any_of(entity.roles.cbegin(), entity.roles.cend(),
                                         [&row](const EntityRole &existing) { return sameRole(existing, row.role); });
        if (present) {
            ++summary.rolesAlreadyThere;
            continue;
        }
        const auto added = entities.addRole(entity.id, row.role);
        if (!added)
            return added.error();
        ++summary.rolesAdded;
        EntityRole stored = row.role;
        stored.id = *added;
        stored.entityId = entity.id;
        summary.addedRoles << stored;
    }
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return summary;
}

Result<QString> RoleTable::write(Project &project)
{
    const auto list = project.entities().list();
    if (!list)
        return list.error();
    const auto types = project.entities().types();
    if (!types)
        return types.error();
    QString csv = headerNames.join(u',') + u'\n';
    for (const Entity &entity : *list) {
        QString typeName;
        for (const EntityType &type : *types) {
            if (type.id == entity.typeId)
                typeName = type.name;
        }
        for (const EntityRole &role : entity.roles) {
            csv += QStringList { csvField(entity.canonicalName), csvField(typeName),
                                 csvField(role.title),           csvField(role.organisation),
                                 csvField(role.from.toEdtf()),   csvField(role.to.toEdtf()) }
                       .join(u',')
                + u'\n';
        }
    }
    return csv;
}

} // namespace annalist
