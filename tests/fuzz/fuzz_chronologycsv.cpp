// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The chronology CSV reader (the export's own CSV and other programs' timelines).

#include "FuzzInput.h"
#include "import/ChronologyCsvReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)annalist::ChronologyCsvReader::read(annalist::fuzz::text(data, size), QStringLiteral("chronology.csv"));
    return 0;
}
