// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NoteRepository.h"

#include "SearchQuery.h"
#include "SqlDialect.h"
#include "SqlErrors.h"
#include "SqlValues.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVariant>

namespace annalist {

namespace {

const QString columns
    = QStringLiteral("notes.id, notes.subject, notes.subject_id, notes.body, notes.created_at, notes.updated_at");

Note readNote(const QSqlQuery &query)
{
    Note note;
    note.id = query.value(0).toLongLong();
    note.subject = static_cast<Note::Subject>(query.value(1).toInt());
    note.subjectId = query.value(2).toLongLong();
    note.body = query.value(3).toString();
    note.createdAt = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::utc());
    note.updatedAt = QDateTime::fromMSecsSinceEpoch(query.value(5).toLongLong(), QTimeZone::utc());
    return note;
}

StorageError notFound(qint64 id)
{
    return { StorageError::Code::NotFound, QStringLiteral("there is no note %1 in the project").arg(id) };
}

// FTS5 reports a query it cannot parse as a generic error; its wording is all there is.
} // namespace

NoteRepository::NoteRepository(QSqlDatabase database)
    : m_database(std::move(database))
{ }

NoteRepository::~NoteRepository() = default;

Result<qint64> NoteRepository::insert(const Note &note, bool keepId)
{
    const QDateTime createdAt = note.createdAt.isValid() ? note.createdAt : QDateTime::currentDateTimeUtc();
    const QDateTime updatedAt = note.updatedAt.isValid() ? note.updatedAt : createdAt;
    QSqlQuery query(m_database);
    query.prepare(keepId ? QStringLiteral("INSERT INTO notes (id, subject, subject_id, body, created_at, updated_at)"
                                          " VALUES (?, ?, ?, ?, ?, ?)")
                         : QStringLiteral("INSERT INTO notes (subject, subject_id, body, created_at, updated_at)"
                                          " VALUES (?, ?, ?, ?, ?)")
                          + SqlDialect::of(m_database).returningId());
    int column = 0;
    if (keepId)
        query.bindValue(column++, note.id);
    query.bindValue(column++, static_cast<int>(note.subject));
    query.bindValue(column++, note.subjectId);
    query.bindValue(column++, textValue(note.body));
    query.bindValue(column++, createdAt.toMSecsSinceEpoch());
    query.bindValue(column++, updatedAt.toMSecsSinceEpoch());
    if (!query.exec())
        return sqlError(query, QStringLiteral("store the note"));
    return keepId ? note.id : SqlDialect::of(m_database).lastInsertedId(query);
}

Result<qint64> NoteRepository::add(const Note &note)
{
    return insert(note, false);
}

Status NoteRepository::restore(const Note &note)
{
    if (note.id <= 0)
        return StorageError { StorageError::Code::Constraint,
                              QStringLiteral("a note can only be restored under its id") };
    const Result<qint64> stored = insert(note, true);
    if (!stored)
        return stored.error();
    return ok();
}

Result<Note> NoteRepository::find(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT ") + columns + QStringLiteral(" FROM notes WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read note %1").arg(id));
    if (!query.next())
        return notFound(id);
    return readNote(query);
}

Status NoteRepository::setBody(qint64 id, const QString &body)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("UPDATE notes SET body = ?, updated_at = ? WHERE id = ?"));
    query.bindValue(0, textValue(body));
    query.bindValue(1, QDateTime::currentMSecsSinceEpoch());
    query.bindValue(2, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("change note %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return ok();
}

Result<QList<Note>> NoteRepository::listForSubject(Note::Subject subject, qint64 subjectId)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT ") + columns
                  + QStringLiteral(" FROM notes WHERE subject = ? AND subject_id = ? ORDER BY created_at, id"));
    query.bindValue(0, static_cast<int>(subject));
    query.bindValue(1, subjectId);
    if (!query.exec())
        return sqlError(query, QStringLiteral("list the notes"));
    QList<Note> notes;
    while (query.next())
        notes.append(readNote(query));
    return notes;
}

Status NoteRepository::remove(qint64 id)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("DELETE FROM notes WHERE id = ?"));
    query.bindValue(0, id);
    if (!query.exec())
        return sqlError(query, QStringLiteral("remove note %1").arg(id));
    if (query.numRowsAffected() == 0)
        return notFound(id);
    return ok();
}

Result<QList<Note>> NoteRepository::search(const QString &queryText, int maxNotes)
{
    const Result<SearchQuery> parsed = SearchQuery::parse(queryText);
    if (!parsed)
        return parsed.error();

    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    const SqlDialect &dialect = SqlDialect::of(m_database);
    query.prepare(dialect.searchNotesSql(columns));
    query.bindValue(0, dialect.matchText(*parsed));
    query.bindValue(1, maxNotes);
    if (!query.exec()) {
        const QString reason = query.lastError().databaseText();
        if (dialect.isSearchSyntaxError(reason))
            return StorageError { StorageError::Code::InvalidQuery,
                                  QStringLiteral("invalid search query \"%1\": %2").arg(queryText, reason) };
        return sqlError(query, QStringLiteral("search the notes for \"%1\"").arg(queryText));
    }
    QList<Note> notes;
    while (query.next())
        notes.append(readNote(query));
    if (query.lastError().isValid())
        return sqlError(query, QStringLiteral("search the notes for \"%1\"").arg(queryText));
    return notes;
}

} // namespace annalist
