// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ChronologyEntry.h"

#include "common/Result.h"

#include <QList>

namespace annalist {

class Project;

// Reads the whole chronology of a project in a few set-based queries: events with
// participants, tags, evidence (with source metadata and claims), annotations; then
// counts corroboration, finds conflicts and orders the entries under uncertainty.
class ChronologyLoader final
{
public:
    explicit ChronologyLoader(Project &project);

    // In chronology order (ChronologyOrder), with orderUncertain set.
    Result<QList<ChronologyEntry>> load();
    // One entry, for refreshing a single row after an edit; Code::NotFound when there
    // is no such event. Its orderUncertain is false: only the whole chronology knows
    // its neighbours.
    Result<ChronologyEntry> loadOne(qint64 eventId);

private:
    // Every event, or only the one with eventId when it is not 0; unordered.
    Result<QList<ChronologyEntry>> read(qint64 eventId);

    Project &m_project;
};

} // namespace annalist
