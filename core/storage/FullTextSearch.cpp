// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "FullTextSearch.h"

#include "common/SingleLine.h"

#include "SearchMarker.h"
#include "SearchQuery.h"
#include "SqlDialect.h"
#include "SqlErrors.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace annalist {

namespace {

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

// Marked words with only spaces between them are one match, as the words of a phrase are.
QList<SearchMarker::Span> joinedAcrossSpaces(QStringView body, const QList<SearchMarker::Span> &spans)
{
    QList<SearchMarker::Span> joined;
    for (const SearchMarker::Span &span : spans) {
        if (!joined.isEmpty()) {
            SearchMarker::Span &previous = joined.last();
            const int end = previous.offset + previous.length;
            if (body.sliced(end, span.offset - end).trimmed().isEmpty()) {
                previous.length = span.offset + span.length - previous.offset;
                continue;
            }
        }
        joined.append(span);
    }
    return joined;
}

QList<SearchMatch> matchesIn(QStringView body, const QList<SearchPattern> &patterns, int maxMatches)
{
    QList<SearchMatch> matches;
    for (const SearchMarker::Span &span : joinedAcrossSpaces(body, SearchMarker::spans(body, patterns))) {
        if (matches.size() >= maxMatches)
            break;
        SearchMatch match;
        match.offset = span.offset;
        match.length = span.length;
        match.before = contextBefore(body, span.offset);
        match.text = singleLine(body.sliced(span.offset, span.length));
        match.after = contextAfter(body, span.offset + span.length);
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

    // The index ranks; the words are then marked here in the best sources only, the same
    // way on both backends (a server's ts_headline took a millisecond a source).
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
    marking.prepare(QStringLiteral("SELECT title, body FROM sources WHERE id = ?"));
    for (SearchHit &hit : hits) {
        marking.bindValue(0, hit.sourceId);
        if (!marking.exec())
            return sqlError(marking, QStringLiteral("read the matches of \"%1\"").arg(queryText));
        if (marking.next()) {
            hit.title = marking.value(0).toString();
            hit.matches = matchesIn(marking.value(1).toString(), parsed->marked(), maxMatchesPerSource);
        }
        marking.finish();
    }
    return hits;
}

} // namespace annalist
