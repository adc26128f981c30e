// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <algorithm>
#include <ctime>
#include <limits>

namespace annalist::test {

// Processor seconds used by the calling thread: what a piece of work costs, whatever
// else the machine runs meanwhile (tests run side by side, CI machines are shared).
inline double threadProcessorSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) + double(now.tv_nsec) / 1e9;
}

// The least processor time of `runs` calls of `work` on this thread.
template<typename Work> double leastProcessorSeconds(int runs, Work &&work)
{
    double least = std::numeric_limits<double>::max();
    for (int run = 0; run < runs; ++run) {
        const double started = threadProcessorSeconds();
        work();
        least = std::min(least, threadProcessorSeconds() - started);
    }
    return std::max(least, 1e-6);
}

} // namespace annalist::test
