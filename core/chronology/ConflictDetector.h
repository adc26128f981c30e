#pragma once

#include "ChronologyEntry.h"

#include <QList>

namespace annalist {

// Finds passages of one event that cannot both be right: supporting passages whose
// claimed times do not overlap, that name different places (neither naming the
// other's), or that name different people where the event has participants; and any
// passage quoted as contradicting the event against the supporting ones.
class ConflictDetector final
{
public:
    static QList<Conflict> find(const ChronologyEntry &entry);
    // Passages with stance Supports, one per outlet.
    static int independentSources(const QList<EvidenceItem> &evidence);
};

} // namespace annalist
