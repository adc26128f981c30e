// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The name recognizer and the gazetteer on arbitrary text: every span they give lies
// inside the text.

#include "FuzzInput.h"
#include "analysis/Gazetteer.h"
#include "analysis/NameRecognizer.h"

#include <memory>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    annalist::fuzz::ensureApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace annalist;
    static const NameRecognizer names;
    static const std::unique_ptr<Gazetteer> gazetteer = [] {
        auto built = std::make_unique<Gazetteer>();
        built->addBundledLists();
        built->build();
        return built;
    }();
    const QString input = fuzz::text(data, size);
    for (const NameCandidate &candidate : names.recognize(input)) {
        if (candidate.start < 0 || candidate.end > input.size() || candidate.start >= candidate.end)
            __builtin_trap();
    }
    for (const GazetteerMatch &match : gazetteer->find(input)) {
        if (match.start < 0 || match.end > input.size() || match.start >= match.end)
            __builtin_trap();
    }
    return 0;
}
