// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TimeValue.h"

#include <QDate>
#include <QString>
#include <QStringView>

namespace annalist {

// Calendar units of TIMEX3 values, finest first.
enum class TimexUnit : quint8 {
    None,
    Second,
    Minute,
    Hour,
    Day,
    Weekend,
    Week,
    Fortnight,
    Month,
    Season,
    Quarter,
    Half,
    Year,
    Decade,
    Century,
    Millennium,
};

// Calendar arithmetic and TIMEX3 value syntax: the unit that contains a day, a day
// moved by whole units, and the value strings ("2024-W38", "1997-SU", "199").
class TimexCalendar final
{
public:
    // A run of whole days and its TIMEX3 value.
    struct Span
    {
        QDate first;
        QDate last;
        QString value;

        bool isValid() const { return first.isValid() && last.isValid(); }
    };

    // "Y", "M", "DE"... from the unit lists; None for anything else.
    static TimexUnit unitFromCode(QStringView code);
    // ISO 8601 duration of `amount` units: "P3D", "PT2H", "PXW", "P2.5Y".
    static QString durationValue(const QString &amount, TimexUnit unit);

    // The unit that contains `date`: the year, quarter, ISO week...
    static Span spanOf(TimexUnit unit, QDate date);
    // `date` moved by `count` units (weeks move by 7 days, decades by 10 years...).
    static QDate shift(TimexUnit unit, QDate date, int count);
    static TimeValue::Granularity granularity(TimexUnit unit);

    static QString yearValue(int year);
    static QString monthValue(int year, int month);
    static QString dayValue(QDate date);
    static QString weekValue(QDate date);
    // Seasons: SP March–May, SU June–August, FA September–November, WI December to
    // February, the winter counted in the year of its December.
    static Span seasonSpan(int year, QStringView season);
    static QString seasonOf(QDate date, int *seasonYear);

    // Two values of the same form that disagree become one with X where they differ:
    // "2024-W23" and "2024-W41" give "2024-WXX", "2023-12" and "2024-12" give "202X-12".
    static QString mergeValues(const QString &a, const QString &b);
    // The value with every digit replaced by X ("XXXX-XX-XX"), for an unknown anchor.
    static QString unknownDigits(const QString &value);
};

} // namespace annalist
