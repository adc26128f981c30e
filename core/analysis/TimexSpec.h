// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimexCalendar.h"
#include "model/Timex.h"

#include <QString>

namespace annalist {

// What a time expression says before it is placed on the calendar: the grammar
// produces it from the words, the resolver turns it into a value against an anchor.
struct TimexSpec
{
    enum class Kind : quint8 {
        // Every field needed is in the text: "March 3, 2025", "1997", "the 1990s".
        Absolute,
        // Calendar fields without a year or week: "Tuesday", "March 3", "December",
        // "the summer", "the weekend", "the third quarter"; `pick` says which one.
        Named,
        // Whole units away from the anchor (or from the last date mentioned when
        // anaphoric): "yesterday", "next week", "two weeks ago", "a year earlier".
        Shifted,
        // PRESENT_REF, PAST_REF, FUTURE_REF.
        Reference,
        Duration,
        Set,
    };
    // Which occurrence of a Named expression: by the tense of the sentence, the last
    // one before the anchor ("last Tuesday"), the first one after it ("next Tuesday"),
    // or the one of the current year or week ("this summer").
    enum class Pick : quint8 { Tense, Previous, Next, Current };

    Kind kind = Kind::Absolute;
    Timex::Type type = Timex::Type::Date;
    // Granularity of the date: Day, Week, Month, Year, Decade...
    TimexUnit unit = TimexUnit::Day;

    // Calendar fields, 0 or empty when not given. For a decade or century `year` is
    // its first year.
    int year = 0;
    int month = 0;
    int day = 0;
    int weekday = 0;
    // The day of the week a text gives with a month and day ("Monday, Jan. 12"): it
    // tells which year is meant.
    int statedWeekday = 0;
    int quarter = 0;
    int half = 0;
    QString season;
    bool fiscal = false;
    // Time of day: hour and minute, or a part of the day (MO, AF, EV, NI).
    int hour = -1;
    int minute = 0;
    QString partOfDay;

    Pick pick = Pick::Tense;

    // Shifted: `offset` units of `shiftUnit` (None: `unit`) from the anchor; fields
    // given besides ("the third quarter of last year") select within the result.
    TimexUnit shiftUnit = TimexUnit::None;
    int offset = 0;
    bool anaphoric = false;
    // -1: from the start of the unit up to the anchor ("earlier this month");
    // +1: from the anchor to the end of the unit ("later this year").
    int clip = 0;

    // A duration measured back (-1) or forward (+1) from the anchor: "the past
    // 12 months"; `windowAmount` < 0 when vague ("the coming weeks").
    int window = 0;
    TimexUnit windowUnit = TimexUnit::None;
    double windowAmount = 0;

    // A numeric date whose day and month could be swapped ("03/04/2025"): the other
    // reading, which the resolved bounds must also cover.
    int otherMonth = 0;
    int otherDay = 0;

    // Ready-made value of references, durations and sets.
    QString value;
    QString mod;
    QString quant;
    QString freq;
};

} // namespace annalist
