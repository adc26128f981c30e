// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TimeValue.h"

#include <QString>

#include <variant>

namespace annalist {

// Reads a time back from the EDTF that TimeValue::toEdtf writes, for the importers:
// the forms with a time of day ("2025-02-14T10:30Z", "…T10:30:15Z", intervals of them,
// open ends, "~" and "?") here, and everything else as TimeValueParser reads it (dates,
// months, years, their intervals, and the words analysts type).
class EdtfTimeReader final
{
public:
    struct Error
    {
        QString message;
    };
    static std::variant<TimeValue, Error> read(const QString &text);
};

} // namespace annalist
