// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ChronologyEntry.h"

#include <QList>

namespace annalist {

// Finds passages of one event that cannot both be right: supporting passages whose
// claimed times do not overlap, that both name places but none in common, or that both
// name people but none in common; and any passage quoted as contradicting the event,
// against the first supporting one. Each pair of passages is reported once per kind,
// in the order Time, Place, Participants, Contradiction.
class ConflictDetector final
{
public:
    static QList<Conflict> find(const ChronologyEntry &entry);
    // Passages with stance Supports, one per outlet (case and surrounding spaces
    // ignored); a passage whose source has no outlet counts once per source.
    static int independentSources(const QList<EvidenceItem> &evidence);
};

} // namespace annalist
