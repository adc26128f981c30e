// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Mention.h"

#include <QString>

namespace annalist {

// Fills in what a mention keeps of its source's text: the quote and a little context
// either side, for the keyword-in-context list and for re-anchoring.
class MentionContext final
{
public:
    // Characters of context kept on each side.
    static constexpr int length = 40;

    // Sets quote, contextBefore and contextAfter from the span [start, end) of `body`.
    // False (and the mention unchanged) when the span is empty or outside the body.
    static bool fill(Mention &mention, const QString &body);
    static bool isValidSpan(const QString &body, int start, int end);
};

} // namespace annalist
