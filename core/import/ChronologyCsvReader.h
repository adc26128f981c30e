// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportedChronology.h"

#include "common/Result.h"

namespace annalist {

// Reads a chronology kept as a CSV table with the columns ChronologyCsvWriter writes
// (any order; only "title" is required, case of the header ignored, a byte order mark
// allowed). Rows with the same value in "event" are one event with several passages;
// a row without one is an event of its own. Times take any form TimeValueParser reads.
// The columns the writer works out (time in words, corroboration, conflicts, outlet,
// grade, publication) are ignored.
class ChronologyCsvReader final
{
public:
    // A file that is no CSV, or has no title column, is an error "FILE:LINE: reason".
    static Result<ImportedChronology, QString> read(const QString &text, const QString &fileName);
};

} // namespace annalist
