// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FullTextSearch.h"

#include "common/SingleLine.h"

#include "SearchQuery.h"
#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace annalist {

namespace {

// Private-use characters mark the hits in the marked-up body (SqlDialect::markSourceSql).
constexpr char16_t openMark = u'\uE000';
constexpr char16_t closeMark = u'\uE001';

// Context cut at a word boundary so that snippets never start or end mid-word.
QString contextBefore(QStringView body, int offset)
{
    int start = std::max(0, offset - FullTextSearch::contextLength);
    if (start > 0) {
        const int space = body.indexOf(u' ', start);
        if (space >= 0 && space < offset)
            start = space + 1;
    }
    QString text = singleLine(body.mid(start, offset - start));
    while (!text.isEmpty() && text.front() == u' ')
        text.remove(0, 1);
    return start > 0 ? QStringLiteral("…") + text : text;
}

QString contextAfter(QStringView body, int end)
{
    int stop = std::min<int>(body.size(), end + FullTextSearch::contextLength);
    if (stop < body.size()) {
        const int space = body.lastIndexOf(u' ', stop);
        if (space > end)
            stop = space;
    }
    QString text = singleLine(body.mid(end, stop - end));
    while (!text.isEmpty() && text.back() == u' ')
        text.chop(1);
    if (stop < body.size())
        text += QStringLiteral("…");
    return text;
}

QList<SearchMatch> matchesIn(QStringView marked, int maxMatches)
{
    QString body;
    body.reserve(marked.size());
    QList<QPair<int, int>> spans;
    int openedAt = -1;
    for (QChar c : marked) {
        if (c == openMark) {
            openedAt = body.size();
        } else if (c == closeMark) {
            if (openedAt < 0)
                continue;
            // Words marked one by one with only spaces between them are one match: the
            // words of a phrase, which a server marks word by word.
            if (!spans.isEmpty()) {
                auto &[offset, length] = spans.last();
                const int gap = openedAt - (offset + length);
                if (gap > 0 && QStringView(body).sliced(offset + length, gap).trimmed().isEmpty()) {
                    length = static_cast<int>(body.size()) - offset;
                    openedAt = -1;
                    continue;
                }
            }
            spans.append({ openedAt, static_cast<int>(body.size()) - openedAt });
            openedAt = -1;
        } else {
            body.append(c);
        }
    }
    QList<SearchMatch> matches;
    for (const auto &[offset, length] : spans) {
        if (matches.size() >= maxMatches)
            break;
        SearchMatch match;
        match.offset = offset;
        match.length = length;
        match.before = contextBefore(body, offset);
        match.text = singleLine(QStringView(body).mid(offset, length));
        match.after = contextAfter(body, offset + length);
        matches.append(match);
    }
    return matches;
}

} // namespace

FullTextSearch::FullTextSearch(QSqlDatabase database)
    : m_database(std::move(database))
{ }

Result<QList<SearchHit>> FullTextSearch::search(const QString &queryText, int maxSources, int maxMatchesPerSource)
{
    const Result<SearchQuery> parsed = SearchQuery::parse(queryText);
    if (!parsed)
        return parsed.error();
    const SqlDialect &dialect = SqlDialect::of(m_database);
    const QString matchText = dialect.matchText(*parsed);

    // Rank first, then mark up only the best sources: computing highlight() in the
    // ranking query would run it for every matching source before the LIMIT applies.
    QSqlQuery ranking(m_database);
    ranking.setForwardOnly(true);
    ranking.prepare(dialect.rankSourcesSql());
    ranking.bindValue(0, matchText);
    ranking.bindValue(1, maxSources);
    if (!ranking.exec()) {
        const QString reason = ranking.lastError().databaseText();
        if (dialect.isSearchSyntaxError(reason))
            return StorageError { StorageError::Code::InvalidQuery,
                                  QStringLiteral("invalid search query \"%1\": %2").arg(queryText, reason) };
        return sqlError(ranking, QStringLiteral("search for \"%1\"").arg(queryText));
    }
    QList<SearchHit> hits;
    while (ranking.next()) {
        SearchHit hit;
        hit.sourceId = ranking.value(0).toLongLong();
        hit.score = ranking.value(1).toDouble();
        hits.append(hit);
    }
    if (ranking.lastError().isValid())
        return sqlError(ranking, QStringLiteral("search for \"%1\"").arg(queryText));

    QSqlQuery marking(m_database);
    marking.setForwardOnly(true);
    marking.prepare(dialect.markSourceSql());
    for (SearchHit &hit : hits) {
        marking.bindValue(0, matchText);
        marking.bindValue(1, hit.sourceId);
        if (!marking.exec())
            return sqlError(marking, QStringLiteral("read the matches of \"%1\"").arg(queryText));
        if (marking.next()) {
            hit.title = marking.value(0).toString();
            hit.matches = matchesIn(marking.value(1).toString(), maxMatchesPerSource);
        }
        marking.finish();
    }
    return hits;
}

} // namespace annalist
