// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace annalist {

class NameLexicon;

// One word or punctuation mark of a text, with exact offsets (end exclusive).
struct NameToken
{
    int start = 0;
    int end = 0; // without a possessive "'s"
    int line = 0; // index of the text line
    QString lower; // the word in lower case (empty for punctuation)
    QChar punctuation; // the mark, for punctuation tokens
    bool word = false;
    bool capitalised = false; // starts with an upper-case letter (or "al-Name")
    bool allCaps = false; // letters are all upper case, at least two of them
    bool initial = false; // "J." or an abbreviation such as "U.S."
    bool possessive = false; // followed by "'s" / "’s", which is not part of it
    bool sentenceStart = false;
};

} // namespace annalist

Q_DECLARE_TYPEINFO(annalist::NameToken, Q_RELOCATABLE_TYPE);

namespace annalist {

// Splits text into words (QTextBoundaryFinder) and punctuation in one pass, joins
// hyphenated words ("President-elect") and abbreviations with their period ("U.S.",
// "Mr."), cuts off possessives, and marks the first word of every sentence and line.
class NameTokenizer final
{
public:
    explicit NameTokenizer(const NameLexicon &lexicon);
    // `lowerText` is text.toLower(); when it has the same length, every token's `lower`
    // refers to it without copying, so it must outlive the tokens.
    QList<NameToken> tokenize(const QString &text, const QString &lowerText) const;

private:
    const NameLexicon &m_lexicon;
};

} // namespace annalist
