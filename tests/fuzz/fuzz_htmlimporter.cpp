// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The HTML importer (charset sniffing, gumbo, story extraction, metadata) on arbitrary bytes.

#include "FuzzInput.h"
#include "ingest/HtmlImporter.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)annalist::HtmlImporter().import(annalist::fuzz::bytes(data, size), QStringLiteral("page.html"));
    return 0;
}
