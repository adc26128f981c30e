// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SourceRepository.h"

#include "SqlDialect.h"
#include "SqlErrors.h"
#include "SqlValues.h"
#include "TimeValueColumns.h"
#include "WriteTransaction.h"
#include "model/Mention.h"

#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

#include <functional>

namespace annalist {

namespace {

// What the library lists; in a file, the index sources_listed holds just these (SqliteDialect).
const QString summaryColumns = QStringLiteral("id, title, outlet, ") + TimeValueColumns::names(u"published")
    + QStringLiteral(", reliability, media_type, body_length, imported_at");

SourceSummary readSummary(const QSqlQuery &query)
{
    SourceSummary summary;
    summary.id = query.value(0).toLongLong();
    summary.title = query.value(1).toString();
    summary.outlet = query.value(2).toString();
    summary.published = TimeValueColumns::read(query, 3);
    int column = 3 + TimeValueColumns::count;
    summary.reliability = reliabilityGradeFromLetter(query.value(column++).toString());
    summary.mediaType = query.value(column++).toString();
    summary.length = query.value(column++).toInt();
    summary.importedAt = QDateTime::fromMSecsSinceEpoch(query.value(column++).toLongLong(), QTimeZone::utc());
    return summary;
}

StorageError notFound(qint64 id)
{
    return { StorageError::Code::NotFound, QStringLiteral("there is no source %1 in the project").arg(id) };
}

std::unique_ptr<QSqlQuery> prepared(const QSqlDatabase &database, const QString &sql)
{
    auto query = std::make_unique<QSqlQuery>(database);
    query->prepare(sql);
    return query;
}

} // namespace

SourceRepository::SourceRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

SourceRepository::~SourceRepository() = default;

Result<qint64> SourceRepository::add(const Source &source)
{
    if (!m_insertSource) {
        m_insertSource = prepared(
            m_database,
            QStringLiteral("INSERT INTO sources (title, outlet, author, url, language, ")
                + TimeValueColumns::names(u"published")
                + QStringLiteral(
                    ", reliability, media_type, original_name, sha256, imported_at, notes, body_length, body)"
                    " VALUES (:title, :outlet, :author, :url, :language, ")
                + TimeValueColumns::placeholders(u"published")
                + QStringLiteral(", :reliability, :media_type, :original_name, :sha256, :imported_at, :notes, "
                                 ":body_length, :body)")
                + SqlDialect::of(m_database).returningId());
        m_insertFile
            = prepared(m_database, QStringLiteral("INSERT INTO source_files (source_id, bytes) VALUES (?, ?)"));
        m_insertPage = prepared(
            m_database, QStringLiteral("INSERT INTO source_pages (source_id, page, start_offset) VALUES (?, ?, ?)"));
        if (const QString indexSql = SqlDialect::of(m_database).indexSourceSql(); !indexSql.isEmpty())
            m_insertIndex = prepared(m_database, indexSql);
    }

    const Result<qint64> existing = idForSha256(source.sha256);
    if (!existing)
        return existing.error();
    if (*existing != 0)
        return StorageError {
            StorageError::Code::Duplicate,
            QStringLiteral("the same content is already in the project as source %1").arg(*existing)
        };

    WriteTransaction transaction(m_database);
    if (!transaction.isOpen())
        return transaction.error();

    QSqlQuery &insert = *m_insertSource;
    insert.bindValue(QStringLiteral(":title"), textValue(source.title));
    insert.bindValue(QStringLiteral(":outlet"), textValue(source.outlet));
    insert.bindValue(QStringLiteral(":author"), textValue(source.author));
    insert.bindValue(QStringLiteral(":url"), textValue(source.url));
    insert.bindValue(QStringLiteral(":language"), textValue(source.language));
    TimeValueColumns::bind(insert, u"published", source.published);
    insert.bindValue(QStringLiteral(":reliability"), textValue(reliabilityGradeLetter(source.reliability)));
    insert.bindValue(QStringLiteral(":media_type"), textValue(source.mediaType));
    insert.bindValue(QStringLiteral(":original_name"), textValue(source.originalName));
    insert.bindValue(QStringLiteral(":sha256"), blobValue(source.sha256));
    const QDateTime importedAt = source.importedAt.isValid() ? source.importedAt : QDateTime::currentDateTimeUtc();
    insert.bindValue(QStringLiteral(":imported_at"), importedAt.toMSecsSinceEpoch());
    insert.bindValue(QStringLiteral(":notes"), textValue(source.notes));
    insert.bindValue(QStringLiteral(":body_length"), static_cast<qint64>(source.body.size()));
    insert.bindValue(QStringLiteral(":body"), textValue(source.body));
    if (!insert.exec())
        return sqlError(insert, QStringLiteral("store the source \"%1\"").arg(source.title));
    const qint64 id = SqlDialect::of(m_database).lastInsertedId(insert);
    insert.finish();

    if (m_insertIndex) {
        m_insertIndex->bindValue(0, id);
        m_insertIndex->bindValue(1, textValue(source.title));
        m_insertIndex->bindValue(2, textValue(source.body));
        if (!m_insertIndex->exec())
            return sqlError(*m_insertIndex, QStringLiteral("index the source \"%1\"").arg(source.title));
        m_insertIndex->finish();
    }

    m_insertFile->bindValue(0, id);
    const bool originalIsBody = source.originalBytes == source.body.toUtf8();
    m_insertFile->bindValue(
        1, originalIsBody ? QVariant(QMetaType::fromType<QByteArray>()) : QVariant(blobValue(source.originalBytes)));
    if (!m_insertFile->exec())
        return sqlError(*m_insertFile, QStringLiteral("store the original file of \"%1\"").arg(source.title));
    m_insertFile->finish();

    for (int page = 0; page < source.pageOffsets.size(); ++page) {
        m_insertPage->bindValue(0, id);
        m_insertPage->bindValue(1, page + 1);
        m_insertPage->bindValue(2, source.pageOffsets.at(page));
        if (!m_insertPage->exec())
            return sqlError(*m_insertPage, QStringLiteral("store the pages of \"%1\"").arg(source.title));
        m_insertPage->finish();
    }

    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return id;
}

Result<qint64> SourceRepository::idForSha256(const QByteArray &sha256)
{
    if (!m_findSha)
        m_findSha = prepared(m_database, QStringLiteral("SELECT id FROM sources WHERE sha256 = ?"));
    m_findSha->bindValue(0, blobValue(sha256));
    if (!m_findSha->exec())
        return sqlError(*m_findSha, QStringLiteral("look for duplicates"));
    const qint64 id = m_findSha->next() ? m_findSha->value(0).toLongLong() : 0;
    m_findSha->finish();
    return id;
}

Result<Source> SourceRepository::metadata(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(
        QStringLiteral("SELECT id, title, outlet, author, url, language, ") + TimeValueColumns::names(u"published")
        + QStringLiteral(
            ", reliability, media_type, original_name, sha256, imported_at, notes FROM sources WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read source %1").arg(id));
    if (!query.next())
        return notFound(id);
    Source source;
    int column = 0;
    source.id = query.value(column++).toLongLong();
    source.title = query.value(column++).toString();
    source.outlet = query.value(column++).toString();
    source.author = query.value(column++).toString();
    source.url = query.value(column++).toString();
    source.language = query.value(column++).toString();
    source.published = TimeValueColumns::read(query, column);
    column += TimeValueColumns::count;
    source.reliability = reliabilityGradeFromLetter(query.value(column++).toString());
    source.mediaType = query.value(column++).toString();
    source.originalName = query.value(column++).toString();
    source.sha256 = query.value(column++).toByteArray();
    source.importedAt = QDateTime::fromMSecsSinceEpoch(query.value(column++).toLongLong(), QTimeZone::utc());
    source.notes = query.value(column++).toString();
    return source;
}

Result<Source> SourceRepository::find(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT id, title, outlet, author, url, language, ")
                  + TimeValueColumns::names(u"published")
                  + QStringLiteral(", reliability, media_type, original_name, sha256, imported_at, notes, body,"
                                   " (SELECT bytes FROM source_files WHERE source_id = sources.id)"
                                   " FROM sources WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read source %1").arg(id));
    if (!query.next())
        return notFound(id);

    Source source;
    int column = 0;
    source.id = query.value(column++).toLongLong();
    source.title = query.value(column++).toString();
    source.outlet = query.value(column++).toString();
    source.author = query.value(column++).toString();
    source.url = query.value(column++).toString();
    source.language = query.value(column++).toString();
    source.published = TimeValueColumns::read(query, column);
    column += TimeValueColumns::count;
    source.reliability = reliabilityGradeFromLetter(query.value(column++).toString());
    source.mediaType = query.value(column++).toString();
    source.originalName = query.value(column++).toString();
    source.sha256 = query.value(column++).toByteArray();
    source.importedAt = QDateTime::fromMSecsSinceEpoch(query.value(column++).toLongLong(), QTimeZone::utc());
    source.notes = query.value(column++).toString();
    source.body = query.value(column++).toString();
    const QVariant original = query.value(column++);
    source.originalBytes = original.isNull() ? source.body.toUtf8() : original.toByteArray();

    QSqlQuery pages(m_database);
    pages.prepare(QStringLiteral("SELECT start_offset FROM source_pages WHERE source_id = ? ORDER BY page"));
    pages.bindValue(0, id);
    if (!pages.exec())
        return sqlError(pages, QStringLiteral("read the pages of source %1").arg(id));
    while (pages.next())
        source.pageOffsets.append(pages.value(0).toInt());
    return source;
}

Result<QString> SourceRepository::body(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT body FROM sources WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read source %1").arg(id));
    if (!query.next())
        return notFound(id);
    return query.value(0).toString();
}

Result<QList<SourceSummary>> SourceRepository::list()
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    if (!query.exec(QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM sources ORDER BY id")))
        return sqlError(query, QStringLiteral("list the sources"));
    QList<SourceSummary> summaries;
    while (query.next())
        summaries.append(readSummary(query));
    return summaries;
}

Result<SourceSummary> SourceRepository::summary(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT ") + summaryColumns + QStringLiteral(" FROM sources WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read source %1").arg(id));
    if (!query.next())
        return notFound(id);
    return readSummary(query);
}

Result<int> SourceRepository::count()
{
    QSqlQuery query(m_database);
    if (!query.exec(QStringLiteral("SELECT count(*) FROM sources")) || !query.next())
        return sqlError(query, QStringLiteral("count the sources"));
    return query.value(0).toInt();
}

Result<QHash<qint64, int>> SourceRepository::mentionCounts()
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT source_id, count(*) FROM mentions WHERE status <> ? GROUP BY source_id"));
    query.bindValue(0, static_cast<int>(Mention::Status::Rejected));
    if (!query.exec())
        return sqlError(query, QStringLiteral("count the mentions per source"));
    QHash<qint64, int> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

Status SourceRepository::update(qint64 id, const QString &assignments, const std::function<void(QSqlQuery &)> &bind)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE sources SET ") + assignments + QStringLiteral(" WHERE id = :id"));
    bind(query);
    query.bindValue(QStringLiteral(":id"), id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("change source %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return ok();
}

Status SourceRepository::setTitle(qint64 id, const QString &title)
{
    return update(id, QStringLiteral("title = :title"),
                  [&](QSqlQuery &query) { query.bindValue(QStringLiteral(":title"), textValue(title)); });
}

Status SourceRepository::setPublished(qint64 id, const TimeValue &published)
{
    return update(id, TimeValueColumns::assignments(u"published"),
                  [&](QSqlQuery &query) { TimeValueColumns::bind(query, u"published", published); });
}

Status SourceRepository::setReliability(qint64 id, ReliabilityGrade grade)
{
    return update(id, QStringLiteral("reliability = :grade"), [&](QSqlQuery &query) {
        query.bindValue(QStringLiteral(":grade"), textValue(reliabilityGradeLetter(grade)));
    });
}

Status SourceRepository::setNotes(qint64 id, const QString &notes)
{
    return update(id, QStringLiteral("notes = :notes"),
                  [&](QSqlQuery &query) { query.bindValue(QStringLiteral(":notes"), textValue(notes)); });
}

Status SourceRepository::remove(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM sources WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove source %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return ok();
}

} // namespace annalist
