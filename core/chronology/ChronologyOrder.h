// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ChronologyEntry.h"

#include <QList>

namespace annalist {

// The order of a chronology: by time under uncertainty (TimeOrdering), equal times by
// title (ignoring case), then by event id; and which entries have no certain order
// because their time overlaps a neighbour's.
class ChronologyOrder final
{
public:
    static bool lessThan(const ChronologyEntry &a, const ChronologyEntry &b);
    // Sorts the entries and sets every orderUncertain.
    static void sort(QList<ChronologyEntry> &entries);
    static void markOrderUncertain(QList<ChronologyEntry> &entries);
    // Whether the entry at index overlaps its previous or next entry, both dated.
    static bool isOrderUncertainAt(const QList<ChronologyEntry> &entries, qsizetype index);
};

} // namespace annalist
