// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimeLexicon.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace annalist {

// A word, a run of digits or one punctuation character of a text; offsets are QString
// offsets, end exclusive.
struct TimeToken
{
    enum class Kind : quint8 { Word, Number, Punct };

    int start = 0;
    int end = 0;
    Kind kind = Kind::Word;
    // No white space between the previous token and this one.
    bool joined = false;
    // A line break (or the start of the text) lies before this token.
    bool lineStart = false;
    bool capitalised = false;
    bool allCaps = false;
    // Value of a run of digits (clamped to 999999999), number of digits.
    int number = 0;
    int digits = 0;
    // The punctuation character, folded (typographic apostrophe as ').
    char16_t punct = 0;
    // Lexicon word this token starts, or nullptr.
    const TimeLexicon::Word *word = nullptr;

    int length() const { return end - start; }
    bool isWord() const { return kind == Kind::Word; }
    bool isNumber() const { return kind == Kind::Number; }
    bool isPunct(char16_t c) const { return kind == Kind::Punct && punct == c; }
    bool is(TimeLexicon::Category category) const { return word && word->is(category); }
};

// Splits a text into tokens in one pass and looks every word up in a lexicon, so
// that the tagger's rules compare integers, not strings.
class TimeTokenizer final
{
public:
    static QList<TimeToken> tokenize(QStringView text, const TimeLexicon *lexicon = nullptr);
    // Tokens of text[from, to) into `tokens` (cleared first), offsets into the whole text.
    static void tokenize(QStringView text, qsizetype from, qsizetype to, const TimeLexicon *lexicon,
                         QList<TimeToken> &tokens);
    // Whether the tokens after `first` are the rest of a phrase entry ("couple", "of").
    static bool matchesTail(const TimeLexicon::Entry &entry, QStringView text, const TimeToken *tokens, int count,
                            int first);
};

} // namespace annalist
