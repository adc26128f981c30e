// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimeTokenizer.h"

#include <algorithm>

namespace annalist {

namespace {

enum class CharClass : quint8 { Space, Letter, Digit, Other };

inline CharClass classify(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 0x80) {
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z'))
            return CharClass::Letter;
        if (u >= u'0' && u <= u'9')
            return CharClass::Digit;
        if (u == u' ' || u == u'\n' || u == u'\t' || u == u'\r' || u == u'\f' || u == u'\v')
            return CharClass::Space;
        return CharClass::Other;
    }
    if (c.isSpace())
        return CharClass::Space;
    if (c.isLetter() || c.isMark())
        return CharClass::Letter;
    return CharClass::Other;
}

} // namespace

QList<TimeToken> TimeTokenizer::tokenize(QStringView text, const TimeLexicon *lexicon)
{
    QList<TimeToken> tokens;
    tokenize(text, 0, text.size(), lexicon, tokens);
    return tokens;
}

void TimeTokenizer::tokenize(QStringView text, qsizetype from, qsizetype to, const TimeLexicon *lexicon,
                             QList<TimeToken> &tokens)
{
    tokens.clear();
    tokens.reserve((to - from) / 3 + 8);
    const QChar *data = text.data();
    const qsizetype size = to;
    bool joined = false;
    bool lineStart = true;
    qsizetype i = from;
    while (i < size) {
        const QChar c = data[i];
        const CharClass kind = classify(c);
        if (kind == CharClass::Space) {
            if (c == u'\n')
                lineStart = true;
            joined = false;
            ++i;
            continue;
        }
        TimeToken token;
        token.start = int(i);
        token.joined = joined && !tokens.isEmpty();
        token.lineStart = lineStart;
        if (kind == CharClass::Letter) {
            bool allUpper = true;
            qsizetype j = i;
            while (j < size && classify(data[j]) == CharClass::Letter) {
                if (!data[j].isUpper())
                    allUpper = false;
                ++j;
            }
            token.kind = TimeToken::Kind::Word;
            token.end = int(j);
            token.capitalised = c.isUpper();
            token.allCaps = allUpper && j - i > 1;
            if (lexicon)
                token.word = lexicon->find(text.mid(i, j - i));
            i = j;
        } else if (kind == CharClass::Digit) {
            qsizetype j = i;
            qint64 value = 0;
            while (j < size && data[j].unicode() >= u'0' && data[j].unicode() <= u'9') {
                if (value < 999999999)
                    value = value * 10 + (data[j].unicode() - u'0');
                ++j;
            }
            token.kind = TimeToken::Kind::Number;
            token.end = int(j);
            token.number = int(std::min<qint64>(value, 999999999));
            token.digits = int(j - i);
            i = j;
        } else {
            token.kind = TimeToken::Kind::Punct;
            token.end = int(i + 1);
            token.punct = TimeLexicon::fold(c).unicode();
            ++i;
        }
        tokens.append(token);
        joined = true;
        lineStart = false;
    }
}

bool TimeTokenizer::matchesTail(const TimeLexicon::Entry &entry, QStringView text, const TimeToken *tokens, int count,
                                int first)
{
    for (qsizetype k = 0; k < entry.tail.size(); ++k) {
        const int at = first + 1 + int(k);
        if (at >= count)
            return false;
        const TimeToken &next = tokens[at];
        const QString &expected = entry.tail.at(k);
        if (next.kind == TimeToken::Kind::Punct) {
            if (expected.size() != 1 || expected.at(0).unicode() != next.punct)
                return false;
            continue;
        }
        if (next.length() != expected.size())
            return false;
        for (int c = 0; c < next.length(); ++c) {
            if (TimeLexicon::fold(text[next.start + c]) != expected.at(c))
                return false;
        }
    }
    return true;
}

} // namespace annalist
