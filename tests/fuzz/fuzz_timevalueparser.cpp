// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The time-value parser (what the analyst types in the Event dock, and EDTF), with the
// plain words it reads back.

#include "FuzzInput.h"
#include "model/TimeValueParser.h"
#include "model/TimeValueText.h"

#include <variant>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace annalist;
    const auto parsed = TimeValueParser::parse(fuzz::text(data, size));
    if (const auto *value = std::get_if<TimeValue>(&parsed))
        (void)TimeValueText::describe(*value);
    return 0;
}
