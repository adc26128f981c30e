// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The time tagger on arbitrary text, anchored on a fixed day.

#include "FuzzInput.h"
#include "analysis/TimexTagger.h"
#include "model/TimeValue.h"

#include <QDate>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    annalist::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace annalist;
    static const TimexTagger tagger;
    static const TimeValue anchor = TimeValue::day(QDate(2025, 3, 5));
    const QString input = fuzz::text(data, size);
    for (const TimexMatch &match : tagger.tag(input, anchor)) {
        if (match.start < 0 || match.end > input.size() || match.start >= match.end)
            __builtin_trap();
    }
    return 0;
}
