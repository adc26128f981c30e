// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "Mention.h"
#include "TimeValue.h"

#include <QString>

namespace annalist {

// A time expression found in a source, with its TIMEX3 type and value.
struct Timex
{
    enum class Type { Date, Time, Duration, Set };

    qint64 id = 0;
    qint64 sourceId = 0;
    int start = 0;
    int end = 0;
    Type type = Type::Date;
    QString value;
    TimeValue resolved;
    Mention::Origin origin = Mention::Origin::Detector;
    Mention::Status status = Mention::Status::Candidate;
};

} // namespace annalist
