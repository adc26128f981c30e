// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/Source.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QSqlQuery;

namespace annalist {

// Reads and writes sources, their original files and page boundaries.
class SourceRepository final
{
public:
    explicit SourceRepository(QSqlDatabase database);
    ~SourceRepository();
    SourceRepository(const SourceRepository &) = delete;
    SourceRepository &operator=(const SourceRepository &) = delete;

    // Stores a new source with its original bytes; returns its id. A source whose
    // SHA-256 is already in the project fails with Code::Duplicate.
    Result<qint64> add(const Source &source);
    Result<Source> find(qint64 id);
    // What find() has of a source but its text, original file and pages: the metadata
    // a report lists, read without loading files of many megabytes.
    Result<Source> metadata(qint64 id);
    Result<QString> body(qint64 id);
    Result<QList<SourceSummary>> list();
    // What list() has of one source, without reading its text or file.
    Result<SourceSummary> summary(qint64 id);
    Result<int> count();
    // Mentions that are not rejected, per source id (sources without any are absent).
    Result<QHash<qint64, int>> mentionCounts();
    // The id of the source with these original bytes, or 0 if there is none.
    Result<qint64> idForSha256(const QByteArray &sha256);

    Status setTitle(qint64 id, const QString &title);
    Status setPublished(qint64 id, const TimeValue &published);
    Status setReliability(qint64 id, ReliabilityGrade grade);
    Status setNotes(qint64 id, const QString &notes);
    Status remove(qint64 id);

private:
    Status update(qint64 id, const QString &assignments, const std::function<void(QSqlQuery &)> &bind);

    QSqlDatabase m_database;
    std::unique_ptr<QSqlQuery> m_insertSource;
    std::unique_ptr<QSqlQuery> m_insertFile;
    std::unique_ptr<QSqlQuery> m_insertPage;
    std::unique_ptr<QSqlQuery> m_insertIndex;
    std::unique_ptr<QSqlQuery> m_findSha;
};

} // namespace annalist
