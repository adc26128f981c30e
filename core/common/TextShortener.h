// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace annalist {

// Shortens a passage for a title or a menu entry without cutting a word in two.
class TextShortener final
{
public:
    // The text with runs of white space made single spaces and trimmed; when longer
    // than maxLength, cut after the last whole word that fits with a closing "…"
    // (trailing punctuation dropped). A first word longer than that is cut inside.
    static QString shorten(const QString &text, int maxLength);
};

} // namespace annalist
