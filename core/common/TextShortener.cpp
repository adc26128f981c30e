// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TextShortener.h"

namespace annalist {

QString TextShortener::shorten(const QString &text, int maxLength)
{
    const QString simple = text.simplified();
    if (simple.size() <= maxLength || maxLength < 2)
        return simple;
    // Room for the ellipsis.
    const int room = maxLength - 1;
    int cut = room;
    // A cut right before a space keeps the whole word.
    if (simple.at(cut) != u' ') {
        const qsizetype space = simple.lastIndexOf(u' ', cut);
        if (space > 0)
            cut = int(space);
    }
    QString shortened = simple.left(cut);
    while (!shortened.isEmpty() && (shortened.back().isPunct() || shortened.back().isSpace()))
        shortened.chop(1);
    if (shortened.isEmpty())
        shortened = simple.left(room);
    return shortened + u'\u2026';
}

} // namespace annalist
