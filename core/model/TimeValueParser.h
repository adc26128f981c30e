// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimeValue.h"

#include <QString>

#include <variant>

namespace annalist {

// Reads the times analysts type: "2024-09-30", "2024-09", "Sep 2024", "30 September
// 2024", "2024", "~2024-09", "2024-09?", "early 2025", "late September 2024",
// "mid-2024", "between 2024-06-02 and 2024-09-30", "before 2025-01-20",
// "after 2025-01-20", "2024-06/2024-09", "../2025-01-20" and other EDTF forms.
class TimeValueParser final
{
public:
    struct Error
    {
        QString message;
    };

    // The value, with the typed text kept as its expression; or why the text is not
    // a time, in words that say what would be.
    static std::variant<TimeValue, Error> parse(const QString &text);
};

} // namespace annalist
