// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SearchQuery.h"

#include "SearchMarker.h"

#include <QList>

namespace annalist {

namespace {

struct Token
{
    enum class Kind { Term, Phrase, And, Or, Not, Open, Close };
    Kind kind = Kind::Term;
    QString text;
    bool prefix = false;
};

// Both renderings of a part of the query, and the words a hit shows marked (not those after NOT).
struct Rendered
{
    QString fts5;
    QString tsquery;
    QList<SearchPattern> marked;
};

StorageError invalid(const QString &reason)
{
    return StorageError { StorageError::Code::InvalidQuery, reason };
}

bool endsWord(QChar c)
{
    return c.isSpace() || c == u'"' || c == u'(' || c == u')';
}

Result<QList<Token>> tokenize(const QString &text)
{
    QList<Token> tokens;
    qsizetype at = 0;
    while (at < text.size()) {
        const QChar c = text.at(at);
        if (c.isSpace()) {
            ++at;
        } else if (c == u'(' || c == u')') {
            tokens.append({ c == u'(' ? Token::Kind::Open : Token::Kind::Close, QString(c), false });
            ++at;
        } else if (c == u'"') {
            const qsizetype close = text.indexOf(u'"', at + 1);
            if (close < 0)
                return invalid(QStringLiteral("the phrase %1 has no closing quote").arg(text.mid(at)));
            Token phrase { Token::Kind::Phrase, text.mid(at + 1, close - at - 1), false };
            at = close + 1;
            if (at < text.size() && text.at(at) == u'*') {
                phrase.prefix = true;
                ++at;
            }
            tokens.append(phrase);
        } else {
            const qsizetype start = at;
            while (at < text.size() && !endsWord(text.at(at)))
                ++at;
            QString word = text.mid(start, at - start);
            if (word == u"AND" || word == u"OR" || word == u"NOT") {
                tokens.append(
                    { word == u"AND" ? Token::Kind::And : (word == u"OR" ? Token::Kind::Or : Token::Kind::Not), word,
                      false });
                continue;
            }
            // "author:pell" asks for a field, which the search does not offer; a time such
            // as 10:30 is a word.
            const qsizetype colon = word.indexOf(u':');
            if (colon > 0 && word.first(colon).front().isLetter())
                return invalid(
                    QStringLiteral("“%1” names a field; search for words and phrases only").arg(word.first(colon + 1)));
            bool prefix = false;
            while (word.endsWith(u'*')) {
                word.chop(1);
                prefix = true;
            }
            if (word.isEmpty())
                return invalid(QStringLiteral("* must follow a word, as in tarif*"));
            tokens.append({ Token::Kind::Term, word, prefix });
        }
    }
    return tokens;
}

class Parser
{
public:
    explicit Parser(QList<Token> tokens)
        : m_tokens(std::move(tokens))
    { }

    Result<Rendered> query()
    {
        Result<Rendered> whole = either();
        if (!whole)
            return whole;
        if (m_at < m_tokens.size())
            return invalid(QStringLiteral("a closing parenthesis has no opening one"));
        return whole;
    }

private:
    const Token *peek() const { return m_at < m_tokens.size() ? &m_tokens.at(m_at) : nullptr; }
    bool peekIs(Token::Kind kind) const { return peek() && peek()->kind == kind; }
    bool startsPart() const
    {
        return peekIs(Token::Kind::Term) || peekIs(Token::Kind::Phrase) || peekIs(Token::Kind::Open);
    }

    // One level of the grammar, operands of the next joined by an operator; words side
    // by side are joined as by AND.
    Result<Rendered> joined(Result<Rendered> (Parser::*next)(), Token::Kind kind, QLatin1StringView fts5,
                            QLatin1StringView tsquery)
    {
        Result<Rendered> left = (this->*next)();
        while (left && (peekIs(kind) || (kind == Token::Kind::And && startsPart()))) {
            if (peekIs(kind))
                ++m_at;
            const Result<Rendered> right = (this->*next)();
            if (!right)
                return right;
            QList<SearchPattern> marked = left->marked;
            if (kind != Token::Kind::Not)
                marked += right->marked;
            left = Rendered { u'(' + left->fts5 + fts5 + right->fts5 + u')',
                              u'(' + left->tsquery + tsquery + right->tsquery + u')', std::move(marked) };
        }
        return left;
    }

    // a OR b; a AND b, or a b; a NOT b (a, but not where b also occurs): NOT binds
    // tightest, OR loosest, as in FTS5.
    Result<Rendered> either()
    {
        return joined(&Parser::all, Token::Kind::Or, QLatin1StringView(" OR "), QLatin1StringView(" | "));
    }
    Result<Rendered> all()
    {
        return joined(&Parser::without, Token::Kind::And, QLatin1StringView(" AND "), QLatin1StringView(" & "));
    }
    Result<Rendered> without()
    {
        return joined(&Parser::part, Token::Kind::Not, QLatin1StringView(" NOT "), QLatin1StringView(" & !"));
    }

    Result<Rendered> part()
    {
        const Token *token = peek();
        if (!token) {
            if (m_at == 0)
                return invalid(QStringLiteral("the search query is empty"));
            return invalid(
                QStringLiteral("the query ends with %1, which needs a word after it").arg(m_tokens.constLast().text));
        }
        ++m_at;
        switch (token->kind) {
        case Token::Kind::Term:
        case Token::Kind::Phrase:
            return term(*token);
        case Token::Kind::Open: {
            Result<Rendered> inner = either();
            if (!inner)
                return inner;
            if (!peekIs(Token::Kind::Close))
                return invalid(QStringLiteral("a parenthesis is not closed"));
            ++m_at;
            return inner;
        }
        case Token::Kind::Close:
            if (m_at >= 2 && m_tokens.at(m_at - 2).kind == Token::Kind::Open)
                return invalid(QStringLiteral("the parentheses hold no words"));
            if (m_at >= 2 && m_tokens.at(m_at - 2).kind != Token::Kind::Term
                && m_tokens.at(m_at - 2).kind != Token::Kind::Phrase)
                return invalid(QStringLiteral("%1 needs a word after it").arg(m_tokens.at(m_at - 2).text));
            return invalid(QStringLiteral("a closing parenthesis has no opening one"));
        case Token::Kind::And:
        case Token::Kind::Or:
        case Token::Kind::Not:
            break;
        }
        return invalid(QStringLiteral("%1 needs a word before it").arg(token->text));
    }

    static Result<Rendered> term(const Token &token)
    {
        QString fts5 = token.text;
        fts5.replace(u'"', QStringLiteral("\"\""));
        QString tsquery = token.text;
        tsquery.replace(u'\\', QStringLiteral("\\\\"));
        tsquery.replace(u'\'', QStringLiteral("''"));
        QList<SearchPattern> marked;
        SearchPattern pattern { SearchMarker::foldedWords(token.text), token.prefix };
        if (!pattern.words.isEmpty())
            marked.append(std::move(pattern));
        return Rendered { u'"' + fts5 + u'"' + (token.prefix ? QStringLiteral("*") : QString()),
                          u'\'' + tsquery + u'\'' + (token.prefix ? QStringLiteral(":*") : QString()),
                          std::move(marked) };
    }

    QList<Token> m_tokens;
    qsizetype m_at = 0;
};

} // namespace

Result<SearchQuery> SearchQuery::parse(const QString &text)
{
    const auto failed = [&](const StorageError &reason) {
        return StorageError { reason.code,
                              QStringLiteral("invalid search query \"%1\": %2").arg(text.trimmed(), reason.message) };
    };
    Result<QList<Token>> tokens = tokenize(text);
    if (!tokens)
        return failed(tokens.error());
    const Result<Rendered> rendered = Parser(std::move(*tokens)).query();
    if (!rendered)
        return failed(rendered.error());
    SearchQuery query;
    query.m_fts5 = rendered->fts5;
    query.m_tsquery = rendered->tsquery;
    query.m_marked = rendered->marked;
    return query;
}

} // namespace annalist
