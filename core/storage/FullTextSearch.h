// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace annalist {

// One occurrence of the query in a source's body, with a little text either side.
struct SearchMatch
{
    int offset = 0;
    int length = 0;
    QString before;
    QString text;
    QString after;
};

struct SearchHit
{
    qint64 sourceId = 0;
    QString title;
    double score = 0;
    // Occurrences in the body in text order; empty when only the title matched.
    QList<SearchMatch> matches;
};

// Full-text search over the sources' titles and bodies (FTS5 in a file, tsvector on a
// server), best matches first.
class FullTextSearch final
{
public:
    explicit FullTextSearch(QSqlDatabase database);

    // `query` as SearchQuery reads it (words, "phrases", AND/OR/NOT, prefix*); a query that
    // cannot be read fails with Code::InvalidQuery.
    Result<QList<SearchHit>> search(const QString &query, int maxSources = 50, int maxMatchesPerSource = 5);

    static constexpr int contextLength = 60;

private:
    QSqlDatabase m_database;
};

} // namespace annalist
