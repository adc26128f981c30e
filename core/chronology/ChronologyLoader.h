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

    Result<QList<ChronologyEntry>> load();
    // One entry, for refreshing a single row after an edit.
    Result<ChronologyEntry> loadOne(qint64 eventId);

private:
    Project &m_project;
};

} // namespace annalist
