// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "storage/SearchMarker.h"

#include <QString>

namespace annalist {

// What an analyst types into a search box: words, "phrases", prefix*, AND, OR, NOT and
// parentheses, where words side by side must all occur. It is read here once and written
// in the syntax of each full-text index, so that a query finds the same in a project file
// (SQLite FTS5) as on a server (PostgreSQL tsquery), and a query neither could read fails
// with a message in the analyst's terms rather than the index's.
class SearchQuery final
{
public:
    // Fails with StorageError::Code::InvalidQuery: "invalid search query "…": what is wrong".
    static Result<SearchQuery> parse(const QString &text);

    // For FTS5's MATCH: every word quoted, so that nothing in it is read as FTS5 syntax.
    const QString &fts5() const { return m_fts5; }
    // For PostgreSQL's to_tsquery().
    const QString &tsquery() const { return m_tsquery; }
    // The words and phrases a hit shows marked: all but those after NOT.
    const QList<SearchPattern> &marked() const { return m_marked; }

private:
    QString m_fts5;
    QString m_tsquery;
    QList<SearchPattern> m_marked;
};

} // namespace annalist
