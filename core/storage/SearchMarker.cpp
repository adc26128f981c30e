// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SearchMarker.h"

#include <algorithm>

namespace annalist {

namespace {

bool isWordCharacter(QChar c)
{
    // Combining marks belong to the word they follow ("e" + U+0301 is one letter).
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing
        || c.category() == QChar::Mark_SpacingCombining;
}

struct Word
{
    int offset = 0;
    int length = 0;
};

QList<Word> wordsOf(QStringView text)
{
    QList<Word> words;
    int at = 0;
    const int size = static_cast<int>(text.size());
    while (at < size) {
        if (!isWordCharacter(text[at]) || text[at].category() == QChar::Mark_NonSpacing) {
            ++at;
            continue;
        }
        const int start = at;
        while (at < size && isWordCharacter(text[at]))
            ++at;
        words.append({ start, at - start });
    }
    return words;
}

bool isAscii(QStringView word)
{
    return std::all_of(word.begin(), word.end(), [](QChar c) { return c.unicode() < 0x80; });
}

QString fold(QStringView word)
{
    if (isAscii(word))
        return word.toString().toLower();
    const QString decomposed = word.toString().normalized(QString::NormalizationForm_KD);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining
            && c.category() != QChar::Mark_Enclosing)
            folded.append(c);
    }
    return folded.toCaseFolded();
}

// Compares an ASCII word of the text with a folded pattern word without making a copy;
// most words of most texts are ASCII, and almost all of them differ at once.
bool asciiEquals(QStringView word, const QString &folded, bool prefix)
{
    if (prefix ? word.size() < folded.size() : word.size() != folded.size())
        return false;
    for (qsizetype i = 0; i < folded.size(); ++i) {
        char16_t c = word[i].unicode();
        if (c >= u'A' && c <= u'Z')
            c = static_cast<char16_t>(c + (u'a' - u'A'));
        if (c != folded[i].unicode())
            return false;
    }
    return true;
}

bool wordMatches(QStringView word, const QString &folded, bool prefix)
{
    if (isAscii(word))
        return asciiEquals(word, folded, prefix);
    const QString wordFolded = fold(word);
    return prefix ? wordFolded.startsWith(folded) : wordFolded == folded;
}

} // namespace

QStringList SearchMarker::foldedWords(QStringView text)
{
    QStringList folded;
    for (const Word &word : wordsOf(text))
        folded.append(fold(text.sliced(word.offset, word.length)));
    return folded;
}

QList<SearchMarker::Span> SearchMarker::spans(QStringView text, const QList<SearchPattern> &patterns)
{
    const QList<Word> words = wordsOf(text);
    QList<Span> found;
    for (qsizetype first = 0; first < words.size(); ++first) {
        int end = -1;
        for (const SearchPattern &pattern : patterns) {
            const qsizetype count = pattern.words.size();
            if (count == 0 || first + count > words.size())
                continue;
            bool matches = true;
            for (qsizetype i = 0; i < count && matches; ++i) {
                const Word &word = words.at(first + i);
                matches = wordMatches(text.sliced(word.offset, word.length), pattern.words.at(i),
                                      pattern.prefix && i == count - 1);
            }
            if (matches) {
                const Word &last = words.at(first + count - 1);
                end = std::max(end, last.offset + last.length);
            }
        }
        if (end < 0)
            continue;
        const int offset = words.at(first).offset;
        if (!found.isEmpty() && found.last().offset + found.last().length >= offset) {
            Span &previous = found.last();
            previous.length = std::max(previous.offset + previous.length, end) - previous.offset;
        } else {
            found.append({ offset, end - offset });
        }
    }
    return found;
}

} // namespace annalist
