// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The roles CSV (entity, entity type, title, organisation, from, to).

#include "FuzzInput.h"
#include "chronology/RoleTable.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)annalist::RoleTable::parse(annalist::fuzz::text(data, size), QStringLiteral("roles.csv"));
    return 0;
}
