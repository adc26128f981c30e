// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/Note.h"

#include <QList>
#include <QSqlDatabase>

namespace annalist {

// Reads, writes and searches the analyst's free notes.
class NoteRepository final
{
public:
    explicit NoteRepository(QSqlDatabase database);
    ~NoteRepository();
    NoteRepository(const NoteRepository &) = delete;
    NoteRepository &operator=(const NoteRepository &) = delete;

    // Returns the new id; createdAt defaults to now and updatedAt to createdAt.
    Result<qint64> add(const Note &note);
    // Stores the note under note.id with its times (for undo); an id in use fails with
    // Code::Constraint.
    Status restore(const Note &note);
    Result<Note> find(qint64 id);
    // Replaces the text and sets updatedAt to now.
    Status setBody(qint64 id, const QString &body);
    // Oldest first. Notes on the whole project have subject Project and subjectId 0.
    Result<QList<Note>> listForSubject(Note::Subject subject, qint64 subjectId);
    Status remove(qint64 id);

    // `query` as SearchQuery reads it (words, "phrases", AND/OR/NOT, prefix*); best matches first.
    // A query the index cannot parse fails with Code::InvalidQuery.
    Result<QList<Note>> search(const QString &query, int maxNotes = 100);

private:
    Result<qint64> insert(const Note &note, bool keepId);

    QSqlDatabase m_database;
};

} // namespace annalist
