// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TimeValue.h"
#include "model/Timex.h"

#include <QString>

namespace annalist {

// A time expression found by the TimexTagger: its exact extent in the text (QString
// offsets, end exclusive), its TIMEX3 type and attributes, and what it means on the
// calendar as far as the anchor allows.
struct TimexMatch
{
    int start = 0;
    int end = 0;
    Timex::Type type = Timex::Type::Date;
    // TIMEX3 value: "2024-09-30", "2024-W38", "1997-SU", "PAST_REF", "P3D", "XXXX-09-30".
    QString value;
    // TIMEX3 mod (START, MID, END, APPROX, LESS_THAN, MORE_THAN...), quant (EVERY, EACH)
    // and freq ("2X"); empty when absent.
    QString mod;
    QString quant;
    QString freq;
    // Earliest and latest bounds. For an expression relative to an unknown anchor it is
    // unknown; against an interval anchor it is that interval shifted, Uncertain.
    TimeValue resolved;
    // The meaning depends on the anchor (or on an earlier date of the text).
    bool relative = false;
    // The rule that matched, for debugging.
    QString rule;

    int length() const { return end - start; }

    friend bool operator==(const TimexMatch &, const TimexMatch &) = default;
};

QString timexTypeName(Timex::Type type);
// DATE, TIME, DURATION, SET (case-insensitive); false when it is none of them.
bool timexTypeFromName(QStringView name, Timex::Type *type);

} // namespace annalist
