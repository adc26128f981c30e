// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "OccurrenceFinder.h"

#include <QBitArray>

#include <algorithm>

namespace annalist {

namespace {

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019';
}

bool isWordCodePoint(char32_t c)
{
    return c == U'_' || QChar::isLetterOrNumber(c) || QChar::isMark(c);
}

bool startsAtWordBoundary(const QString &text, int start)
{
    if (start == 0)
        return true;
    if (OccurrenceFinder::isWordCharacterAt(text, start, true))
        return false;
    // "Brien" is not a word of its own in "O'Brien".
    return !(isApostrophe(text.at(start - 1)) && start >= 2
             && OccurrenceFinder::isWordCharacterAt(text, start - 1, true));
}

bool endsAtWordBoundary(const QString &text, int end)
{
    return end >= text.size() || !OccurrenceFinder::isWordCharacterAt(text, end, false);
}

} // namespace

bool OccurrenceFinder::isWordCharacterAt(const QString &text, int index, bool before)
{
    if (before) {
        if (index <= 0 || index > text.size())
            return false;
        const QChar last = text.at(index - 1);
        if (last.isLowSurrogate() && index >= 2 && text.at(index - 2).isHighSurrogate())
            return isWordCodePoint(QChar::surrogateToUcs4(text.at(index - 2), last));
        return isWordCodePoint(last.unicode());
    }
    if (index < 0 || index >= text.size())
        return false;
    const QChar first = text.at(index);
    if (first.isHighSurrogate() && index + 1 < text.size() && text.at(index + 1).isLowSurrogate())
        return isWordCodePoint(QChar::surrogateToUcs4(first, text.at(index + 1)));
    return isWordCodePoint(first.unicode());
}

QList<OccurrenceFinder::Span> OccurrenceFinder::find(const QString &text, const QStringList &names,
                                                     const QList<Span> &taken)
{
    QList<Span> found;
    for (const QString &rawName : names) {
        const QString name = rawName.trimmed();
        if (name.isEmpty())
            continue;
        // Names that begin or end with punctuation ("(UN)") need no word boundary there.
        const bool checkStart = isWordCharacterAt(name, 0, false);
        const bool checkEnd = isWordCharacterAt(name, static_cast<int>(name.size()), true);
        qsizetype from = 0;
        while (true) {
            const qsizetype at = text.indexOf(name, from, Qt::CaseInsensitive);
            if (at < 0)
                break;
            const int start = static_cast<int>(at);
            const int end = static_cast<int>(at + name.size());
            if ((!checkStart || startsAtWordBoundary(text, start)) && (!checkEnd || endsAtWordBoundary(text, end)))
                found.append({ start, end });
            from = at + 1;
        }
    }

    // Longest first, so that "Marco Rubio" wins over the "Rubio" inside it.
    std::sort(found.begin(), found.end(), [](const Span &a, const Span &b) {
        const int lengthA = a.second - a.first;
        const int lengthB = b.second - b.first;
        return lengthA != lengthB ? lengthA > lengthB : a.first < b.first;
    });

    QBitArray covered(text.size());
    const auto isFree = [&covered](const Span &span) {
        for (int i = span.first; i < span.second; ++i) {
            if (covered.testBit(i))
                return false;
        }
        return true;
    };
    const auto cover = [&covered](const Span &span) {
        const int first = std::max(0, span.first);
        const int last = std::min(static_cast<int>(covered.size()), span.second);
        if (first < last)
            covered.fill(true, first, last);
    };
    for (const Span &span : taken)
        cover(span);

    QList<Span> accepted;
    for (const Span &span : std::as_const(found)) {
        if (isFree(span)) {
            cover(span);
            accepted.append(span);
        }
    }
    std::sort(accepted.begin(), accepted.end());
    return accepted;
}

} // namespace annalist
