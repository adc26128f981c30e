// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The PDF importer (poppler) on arbitrary bytes.

#include "FuzzInput.h"
#include "ingest/PdfImporter.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    annalist::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)annalist::PdfImporter().import(annalist::fuzz::bytes(data, size), QStringLiteral("report.pdf"));
    return 0;
}
