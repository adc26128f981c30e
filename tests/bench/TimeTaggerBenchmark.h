// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist {

// Throughput of the TimexTagger on generated news-like English: sentences with the
// density and mix of time expressions of agency copy (dates, weekdays, durations,
// relative words) among names, numbers and ordinary words.
class TimeTaggerBenchmark final
{
public:
    struct Result
    {
        qint64 bytes = 0;
        int expressions = 0;
        double seconds = 0;
        // UTF-8 megabytes (10^6 bytes) of text tagged per second, best of the rounds.
        double megabytesPerSecond = 0;
    };

    // Tags `megabytes` of text `rounds` times and keeps the fastest round.
    static Result run(int megabytes = 8, int rounds = 3, quint32 seed = 20241001);
    // About `bytes` bytes (UTF-8) of reproducible text.
    static QString generateText(qint64 bytes, quint32 seed = 20241001);
};

} // namespace annalist
