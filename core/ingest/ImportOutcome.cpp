// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ImportOutcome.h"

#include <algorithm>

namespace annalist {

int ImportReport::count(ImportOutcome::Kind kind) const
{
    return static_cast<int>(std::count_if(outcomes.cbegin(), outcomes.cend(),
                                          [kind](const ImportOutcome &outcome) { return outcome.kind == kind; }));
}

QList<qint64> ImportReport::importedIds() const
{
    QList<qint64> ids;
    for (const ImportOutcome &outcome : outcomes) {
        if (outcome.kind == ImportOutcome::Kind::Imported)
            ids << outcome.sourceId;
    }
    return ids;
}

} // namespace annalist
