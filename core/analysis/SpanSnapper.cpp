// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SpanSnapper.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace annalist {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02bc';
}

QChar closerFor(QChar opener)
{
    switch (opener.unicode()) {
    case u'(':
        return u')';
    case u'[':
        return u']';
    case u'{':
        return u'}';
    default:
        return {};
    }
}

QChar openerFor(QChar closer)
{
    switch (closer.unicode()) {
    case u')':
        return u'(';
    case u']':
        return u'[';
    case u'}':
        return u'{';
    default:
        return {};
    }
}

// Punctuation that never belongs at the edge of a name: quotes, commas, sentence marks,
// dashes. Symbols such as "+" or "#" stay ("C++", "C#").
bool isEdgePunctuation(QChar c)
{
    switch (c.category()) {
    case QChar::Punctuation_InitialQuote:
    case QChar::Punctuation_FinalQuote:
    case QChar::Punctuation_Dash:
        return true;
    case QChar::Punctuation_Other:
        return c == u',' || c == u'.' || c == u';' || c == u':' || c == u'!' || c == u'?' || c == u'"' || c == u'\''
            || c == u'\u00a1' || c == u'\u00bf' || c == u'\u2026' || c == u'\u00b7';
    default:
        return false;
    }
}

bool isOpenBracket(QChar c)
{
    return c.category() == QChar::Punctuation_Open;
}

bool isCloseBracket(QChar c)
{
    return c.category() == QChar::Punctuation_Close;
}

bool contains(const QString &text, int start, int end, QChar c)
{
    return !c.isNull() && QStringView(text).mid(start, end - start).contains(c);
}

// The period of "U.S." or of an initial ("John F.") belongs to the name.
bool isAbbreviationPeriod(const QString &text, int start, int end)
{
    int tokenStart = end - 1;
    while (tokenStart > start && !text.at(tokenStart - 1).isSpace())
        --tokenStart;
    const QStringView token = QStringView(text).mid(tokenStart, end - 1 - tokenStart);
    return token.contains(u'.') || (token.size() == 1 && token.front().isLetter());
}

bool trimLeading(const QString &text, int &start, int end)
{
    const QChar c = text.at(start);
    if (c.isSpace() || isEdgePunctuation(c)) {
        ++start;
        return true;
    }
    // An opening bracket stays only when the selection closes it: "(PRI) party".
    if (isOpenBracket(c) && !contains(text, start + 1, end, closerFor(c))) {
        ++start;
        return true;
    }
    return false;
}

bool trimTrailing(const QString &text, int start, int &end)
{
    const QChar c = text.at(end - 1);
    if (c.isSpace()) {
        --end;
        return true;
    }
    if (c == u'.' && isAbbreviationPeriod(text, start, end))
        return false;
    if (isEdgePunctuation(c)) {
        --end;
        return true;
    }
    if (isCloseBracket(c) && !contains(text, start, end - 1, openerFor(c))) {
        --end;
        return true;
    }
    return false;
}

bool trimPossessive(const QString &text, int start, int &end)
{
    if (end - start < 3)
        return false;
    const QChar s = text.at(end - 1);
    if ((s == u's' || s == u'S') && isApostrophe(text.at(end - 2)) && text.at(end - 3).isLetter()) {
        end -= 2;
        return true;
    }
    return false;
}

} // namespace

std::pair<int, int> SpanSnapper::snapToWords(const QString &text, int start, int end)
{
    const int length = static_cast<int>(text.size());
    start = std::clamp(start, 0, length);
    end = std::clamp(end, 0, length);
    if (end < start)
        std::swap(start, end);
    const int origin = start;

    // White space first, so that the edges that remain are on or in words.
    while (start < end && text.at(start).isSpace())
        ++start;
    while (end > start && text.at(end - 1).isSpace())
        --end;
    if (start == end)
        return { origin, origin };

    QTextBoundaryFinder words(QTextBoundaryFinder::Word, text);
    words.setPosition(start);
    if (!words.isAtBoundary()) {
        const qsizetype previous = words.toPreviousBoundary();
        start = previous < 0 ? 0 : static_cast<int>(previous);
    }
    words.setPosition(end);
    if (!words.isAtBoundary()) {
        const qsizetype next = words.toNextBoundary();
        end = next < 0 ? length : static_cast<int>(next);
    }

    // A selection wrapped in brackets loses both.
    if (end - start >= 2 && isOpenBracket(text.at(start)) && text.at(end - 1) == closerFor(text.at(start))
        && !contains(text, start + 1, end - 1, closerFor(text.at(start)))) {
        ++start;
        --end;
    }

    bool changed = true;
    while (changed && start < end) {
        changed = false;
        while (start < end && trimLeading(text, start, end))
            changed = true;
        while (start < end && trimTrailing(text, start, end))
            changed = true;
        if (start < end && trimPossessive(text, start, end))
            changed = true;
    }
    if (start >= end)
        return { origin, origin };
    return { start, end };
}

} // namespace annalist
