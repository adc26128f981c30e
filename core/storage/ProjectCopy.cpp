// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectCopy.h"

#include "Project.h"
#include "ProjectLocation.h"
#include "ReadSnapshot.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "WriteTransaction.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace annalist {

namespace {

// Every table of the schema, each after the tables it refers to.
const QStringList tables = {
    QStringLiteral("sources"),         QStringLiteral("source_files"), QStringLiteral("source_pages"),
    QStringLiteral("source_analysis"), QStringLiteral("entity_types"), QStringLiteral("entities"),
    QStringLiteral("entity_aliases"),  QStringLiteral("entity_roles"), QStringLiteral("mentions"),
    QStringLiteral("timexes"),         QStringLiteral("events"),       QStringLiteral("event_participants"),
    QStringLiteral("event_tags"),      QStringLiteral("evidence"),     QStringLiteral("chronology_annotations"),
    QStringLiteral("notes"),
};

// How often a long table reports its progress, in rows.
constexpr qint64 rowsPerReport = 2000;

StorageError cancelled()
{
    return { StorageError::Code::Cancelled, QStringLiteral("the copy was cancelled") };
}

// Counts the rows against which the progress is measured.
class CopyProgress final
{
public:
    explicit CopyProgress(const ProjectCopy::Progress &report)
        : m_report(report)
    { }

    Status count(const QSqlDatabase &from)
    {
        if (!m_report)
            return ok();
        QSqlQuery query(from);
        for (const QString &table : tables) {
            if (!query.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !query.next())
                return sqlError(query, QStringLiteral("count the rows of %1").arg(table));
            m_total += query.value(0).toLongLong();
        }
        return ok();
    }

    // One more row copied; false when the copy is to stop.
    bool addRow()
    {
        ++m_done;
        return m_done % rowsPerReport != 0 || report();
    }

    bool report() const { return !m_report || m_report(m_done, std::max(m_done, m_total)); }

private:
    const ProjectCopy::Progress &m_report;
    qint64 m_done = 0;
    qint64 m_total = 0;
};

Result<qint64> copyTable(const QSqlDatabase &from, const QSqlDatabase &to, const QString &table, CopyProgress &progress)
{
    // The columns both have, but for those the database computes (a server's words for
    // searching), which it writes by itself and a file has no place for.
    const QSqlRecord target = to.record(table);
    const QSqlRecord record = from.record(table);
    QStringList columns;
    QStringList placeholders;
    for (int i = 0; i < record.count(); ++i) {
        if (!target.contains(record.fieldName(i)) || SqlDialect::isComputedColumn(record.fieldName(i)))
            continue;
        columns.append(record.fieldName(i));
        placeholders.append(QStringLiteral("?"));
    }
    QSqlQuery read(from);
    read.setForwardOnly(true);
    if (columns.isEmpty()
        || !read.exec(QStringLiteral("SELECT %1 FROM %2").arg(columns.join(QStringLiteral(", ")), table)))
        return sqlError(read, QStringLiteral("read the table %1").arg(table));
    QSqlQuery write(to);
    if (!write.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                           .arg(table, columns.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")))))
        return sqlError(write, QStringLiteral("prepare the copy of %1").arg(table));
    qint64 rows = 0;
    while (read.next()) {
        for (int i = 0; i < columns.size(); ++i)
            write.bindValue(i, read.value(i));
        if (!write.exec())
            return sqlError(write, QStringLiteral("copy a row of %1").arg(table));
        ++rows;
        if (!progress.addRow())
            return cancelled();
    }
    if (read.lastError().isValid())
        return sqlError(read, QStringLiteral("read the table %1").arg(table));
    return rows;
}

// Removes what a failed copy made of a project file.
void removeProjectFile(const QString &path)
{
    for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
        QFile::remove(path + suffix);
}

} // namespace

Result<ProjectCopy::Counts> ProjectCopy::copy(Project &source, Project &target, const Progress &progress)
{
    const QSqlDatabase from = source.database();
    const QSqlDatabase to = target.database();
    const SqlDialect &sourceDialect = SqlDialect::of(from);
    const SqlDialect &targetDialect = SqlDialect::of(to);
    // One state of a project file, even while the window or a background job writes to it.
    const ReadSnapshot snapshot(from);
    CopyProgress copyProgress(progress);
    if (Status counted = copyProgress.count(from); !counted)
        return counted.error();
    if (!copyProgress.report())
        return cancelled();

    WriteTransaction transaction(to);
    if (!transaction.isOpen())
        return transaction.error();
    QSqlQuery clear(to);
    // Who made each decision, and when, is copied as it stands, not stamped anew.
    for (const QString &statement : targetDialect.keepAttributionStatements()) {
        if (!clear.exec(statement))
            return sqlError(clear, QStringLiteral("keep who made each decision"));
    }
    // The built-in entity types of a new project come again from the source, ids and all.
    if (!clear.exec(QStringLiteral("DELETE FROM entity_types")))
        return sqlError(clear, QStringLiteral("clear the new project"));
    Counts counts;
    for (const QString &table : tables) {
        const Result<qint64> rows = copyTable(from, to, table, copyProgress);
        if (!rows)
            return rows.error();
        counts.rows += *rows;
        ++counts.tables;
        if (!copyProgress.report())
            return cancelled();
        if (table == QLatin1StringView("source_analysis") || !SqlDialect::hasIdCounter(table))
            continue;
        const Result<qint64> used = sourceDialect.idCounter(from, table);
        if (!used)
            return used.error();
        if (Status set = targetDialect.setIdCounter(to, table, *used); !set)
            return set.error();
    }
    if (Status loaded = targetDialect.afterBulkLoad(to); !loaded)
        return loaded.error();
    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return counts;
}

Result<ProjectCopy::Counts> ProjectCopy::copyTo(Project &source, const ProjectLocation &target,
                                                const Progress &progress, const Connect &connect)
{
    const Connect reach = connect ? connect : [](const ProjectLocation &location, bool create) {
        return create ? Project::create(location) : Project::open(location);
    };
    auto made = reach(target, true);
    if (!made && made.error().code == StorageError::Code::AlreadyExists && target.isServer()) {
        // An earlier copy that failed or was cancelled left its empty project: this one fills it.
        auto left = reach(target, false);
        if (left) {
            const Result<bool> empty = isEmpty(**left);
            if (!empty)
                return empty.error();
            if (*empty)
                made = std::move(left);
        }
    }
    if (!made)
        return made.error();
    std::unique_ptr<Project> project = std::move(*made);
    const Result<Counts> copied = copy(source, *project, progress);
    if (copied)
        return copied;
    const bool isFile = !project->isOnServer();
    const QString path = project->path();
    project.reset();
    // A half-made file is of no use to anyone; an emptied database stays for the next try.
    if (isFile)
        removeProjectFile(path);
    return copied.error();
}

Result<bool> ProjectCopy::isEmpty(Project &project)
{
    QSqlQuery query(project.database());
    for (const QString &table : tables) {
        if (table == QLatin1StringView("entity_types"))
            continue;
        if (!query.exec(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(table)))
            return sqlError(query, QStringLiteral("read the table %1").arg(table));
        if (query.next())
            return false;
    }
    return true;
}

} // namespace annalist
