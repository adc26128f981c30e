// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// How tests print time values in failed comparisons, and a shorthand for UTC times.

#include "model/TimeValue.h"

#include <QDateTime>
#include <QTest>
#include <QTimeZone>

namespace annalist {

inline char *toString(const TimeValue &value)
{
    return QTest::toString(QStringLiteral("%1 [%2 .. %3] granularity %4 qualifier %5 \"%6\" anchor \"%7\"")
                               .arg(value.toEdtf(), value.earliest().toString(Qt::ISODateWithMs),
                                    value.latest().toString(Qt::ISODateWithMs))
                               .arg(static_cast<int>(value.granularity()))
                               .arg(static_cast<int>(value.qualifier()))
                               .arg(value.expression(), value.anchor()));
}

} // namespace annalist

namespace annalist::test {

inline QDateTime utc(int year, int month, int day, int hour = 0, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

} // namespace annalist::test
