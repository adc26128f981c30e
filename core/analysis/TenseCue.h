// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimeLexicon.h"
#include "TimeTokenizer.h"

#include <QList>
#include <QStringView>

namespace annalist {

// Whether the sentence around a time expression speaks of the past or the future,
// judged from the nearest tense word ("will", "said", a word ending in "-ed"): it
// decides whether a bare "Tuesday" or "December" is the last one or the next one.
class TenseCue final
{
public:
    enum class Tense { Unknown, Past, Present, Future };

    // Tokens first..last are the expression; the search stays within its sentence.
    static Tense around(const TimeLexicon &lexicon, QStringView text, const QList<TimeToken> &tokens, int first,
                        int last);
};

} // namespace annalist
