// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The TimelineJS reader on arbitrary bytes.

#include "FuzzInput.h"
#include "import/TimelineJsonReader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)annalist::TimelineJsonReader::read(annalist::fuzz::bytes(data, size), QStringLiteral("timeline.json"));
    return 0;
}
