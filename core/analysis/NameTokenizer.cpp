// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NameTokenizer.h"

#include "NameLexicon.h"

#include <QTextBoundaryFinder>

#include <algorithm>

namespace annalist {

namespace {

bool isApostrophe(QChar c)
{
    return c == QLatin1Char('\'') || c == QChar(0x2019);
}

bool isHyphen(QChar c)
{
    return c == QLatin1Char('-') || c == QChar(0x2010) || c == QChar(0x2011);
}

void describeWord(const QString &text, const QString &lowerText, NameToken &token)
{
    int letters = 0;
    int upper = 0;
    for (int index = token.start; index < token.end; ++index) {
        const QChar c = text.at(index);
        if (c.isLetter()) {
            ++letters;
            if (c.isUpper())
                ++upper;
        }
    }
    const QChar first = text.at(token.start);
    token.capitalised = first.isUpper();
    if (!token.capitalised && token.end - token.start > 3 && first.isLower()) {
        // "al-Assad", "el-Sisi", "bin-Laden": a lower-case particle joined to a name.
        // Only the first four characters can hold the hyphen: never search beyond the word.
        const int last = std::min(token.start + 3, token.end - 2);
        for (int hyphen = token.start + 1; hyphen <= last; ++hyphen) {
            if (text.at(hyphen) == QLatin1Char('-')) {
                if (text.at(hyphen + 1).isUpper())
                    token.capitalised = true;
                break;
            }
        }
    }
    token.allCaps = letters >= 2 && upper == letters;
    if (lowerText.size() == text.size())
        token.lower = QString::fromRawData(lowerText.constData() + token.start, token.end - token.start);
    else
        token.lower = text.mid(token.start, token.end - token.start).toLower();
}

} // namespace

NameTokenizer::NameTokenizer(const NameLexicon &lexicon)
    : m_lexicon(lexicon)
{ }

QList<NameToken> NameTokenizer::tokenize(const QString &text, const QString &lowerText) const
{
    QList<NameToken> tokens;
    tokens.reserve(text.size() / 5);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    int line = 0;
    int previous = 0;
    bool lineStart = true;
    bool sentenceStart = true;
    const int length = int(text.size());

    auto lastWordJoinable = [&](int at) {
        return !tokens.isEmpty() && tokens.constLast().word && tokens.constLast().end == at
            && !tokens.constLast().possessive;
    };

    while (previous < length) {
        int next = int(finder.toNextBoundary());
        if (next <= previous)
            next = length;
        const QChar first = text.at(previous);
        if (first.isLetterOrNumber()) {
            int start = previous;
            int end = next;
            // Join "President" "-" "elect" and "U.S" "-" "Mexico" into one word.
            if (!tokens.isEmpty() && tokens.size() >= 2 && tokens.constLast().punctuation.unicode() != 0
                && isHyphen(tokens.constLast().punctuation) && tokens.constLast().start == start - 1
                && tokens.at(tokens.size() - 2).word && tokens.at(tokens.size() - 2).end == start - 1
                && !tokens.at(tokens.size() - 2).possessive) {
                tokens.removeLast();
                start = tokens.constLast().start;
                sentenceStart = tokens.constLast().sentenceStart;
                tokens.removeLast();
            }
            if (!tokens.isEmpty() && tokens.constLast().initial && tokens.constLast().end == start) {
                // "U." "S." written together: one abbreviation.
                start = tokens.constLast().start;
                sentenceStart = tokens.constLast().sentenceStart;
                tokens.removeLast();
            }
            NameToken token;
            token.start = start;
            token.end = end;
            token.line = line;
            token.word = true;
            if (end - start > 2 && isApostrophe(text.at(end - 2)) && (text.at(end - 1) == QLatin1Char('s'))) {
                token.end = end - 2;
                token.possessive = true;
            }
            describeWord(text, lowerText, token);
            token.sentenceStart = sentenceStart;
            sentenceStart = false;
            lineStart = false;
            tokens.append(std::move(token));
        } else if (first.isSpace()) {
            for (int index = previous; index < next; ++index) {
                if (text.at(index) == QLatin1Char('\n')) {
                    ++line;
                    lineStart = true;
                    sentenceStart = true;
                }
            }
        } else {
            for (int index = previous; index < next; ++index) {
                const QChar c = text.at(index);
                if (c == QLatin1Char('.') && lastWordJoinable(index)) {
                    NameToken &last = tokens.last();
                    const int size = last.end - last.start;
                    const bool single = size == 1 && text.at(last.start).isLetter();
                    const bool dotted = last.lower.contains(QLatin1Char('.'));
                    if (single || dotted || m_lexicon.contains(NameLexicon::List::Abbreviations, last.lower)) {
                        last.end = index + 1;
                        describeWord(text, lowerText, last);
                        last.initial = single || dotted;
                        continue;
                    }
                }
                if (isApostrophe(c) && lastWordJoinable(index) && index + 1 < length
                    && text.at(index + 1) == QLatin1Char('s')
                    && (index + 2 >= length || !text.at(index + 2).isLetterOrNumber())) {
                    // A possessive the boundary finder left apart.
                    tokens.last().possessive = true;
                    ++index;
                    next = std::max(next, index + 1);
                    continue;
                }
                NameToken token;
                token.start = index;
                token.end = index + 1;
                token.line = line;
                token.punctuation = c;
                tokens.append(std::move(token));
                if (c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QLatin1Char(':')
                    || c == QChar(0x2014))
                    sentenceStart = true;
                else if (lineStart && (c == QLatin1Char('-') || c == QChar(0x2022) || c == QLatin1Char('*')))
                    sentenceStart = true;
            }
            finder.setPosition(next);
        }
        previous = next;
    }
    return tokens;
}

} // namespace annalist
