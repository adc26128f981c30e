// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QString>

namespace annalist {

class Project;

// Fills a project with a reproducible chronology for benchmarks: events with
// participants, places, tags, lanes and uncertain times; passages quoted from sources
// (about thirty per source) with the confirmed names and resolved times inside them,
// some disagreeing on the time or contradicting; a comment on every tenth event.
class SyntheticChronology final
{
public:
    struct Counts
    {
        int events = 0;
        int evidence = 0;
        int sources = 0;
        int entities = 0;
        int mentions = 0;
        int timexes = 0;
    };

    explicit SyntheticChronology(quint32 seed = 20250121);

    // All in one transaction.
    Result<Counts> fill(Project &project, int events, int evidence);
    // A person that takes part in many events, a word of many quotes: what a filter
    // in the benchmark looks for.
    static QString frequentPerson();
    static QString frequentWord();

private:
    quint32 m_seed;
};

} // namespace annalist
