// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TimeValue.h"

#include <QString>

#include <optional>

namespace annalist {

struct Dateline
{
    TimeValue published;
    // The agency or paper a dateline names in parentheses: "(Reuters)".
    QString outlet;
    int offset = 0;
    int length = 0;
};

// Finds a publication date that a text states explicitly near its top: a news
// dateline ("WASHINGTON, March 3, 2025 (Reuters) —"), a "Published: 3 March 2025"
// line, a byline with a date, or a line holding only a date. Dates further down are
// events in the story, not its publication, and are left to the time tagger.
class DatelineParser final
{
public:
    static std::optional<Dateline> find(const QString &text);
    // "March 3, 2025", "3 March 2025", "Mar. 3, 2025", "2025-03-03"; invalid if none.
    static QDate parseDate(const QString &text);
};

} // namespace annalist
