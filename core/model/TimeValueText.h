// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimeValue.h"

#include <QString>

namespace annalist {

// A TimeValue in plain English words for lists and reports: "3 Mar 2025", "Mar 2025",
// "c. 2024", "between 2 Jun and 30 Sep 2024", "before 20 Jan 2025", "unknown".
class TimeValueText final
{
public:
    static QString describe(const TimeValue &value);
};

} // namespace annalist
