// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TenseCue.h"
#include "TimexCalendar.h"
#include "TimexSpec.h"
#include "model/TimeValue.h"

#include <QDate>
#include <QString>

namespace annalist {

struct TimexResolution
{
    QString value;
    TimeValue resolved;
    bool relative = false;
};

// Places a TimexSpec on the calendar. Against an anchor of one day the result is exact;
// against an interval (an inferred publication window) every bound moves with the
// anchor's bounds and the result is Uncertain, with X in the value where the bounds
// disagree; against an unknown anchor a relative expression keeps X for what it
// cannot know ("XXXX-09-30") and its bounds stay unknown.
class TimexResolver final
{
public:
    // `reference`: the last date the text mentioned before the expression, for
    // anaphoric ones ("three days later"); invalid when there is none.
    static TimexResolution resolve(const TimexSpec &spec, const TimeValue &anchor, QDate reference,
                                   TenseCue::Tense tense = TenseCue::Tense::Unknown);

private:
    static TimexCalendar::Span absolute(const TimexSpec &spec);
    static TimexCalendar::Span onDay(const TimexSpec &spec, QDate day, TenseCue::Tense tense);
    static TimexCalendar::Span named(const TimexSpec &spec, QDate day, TenseCue::Tense tense);
    static TimexCalendar::Span withinYear(const TimexSpec &spec, int year);
    static QString unknownValue(const TimexSpec &spec);
    static QString timeSuffix(const TimexSpec &spec);
};

} // namespace annalist
