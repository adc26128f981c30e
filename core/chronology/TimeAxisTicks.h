// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace annalist {

// One mark on a time axis. `label` is short ("Sep", "30", "14:00"); `contextLabel`
// names the larger unit ("2024", "Sep 2024", "30 Sep 2024") where that changes, so
// that an axis never repeats the year on every month.
struct AxisTick
{
    QDateTime time;
    QString label;
    QString contextLabel;

    friend bool operator==(const AxisTick &, const AxisTick &) = default;
};

// Chooses tick marks for a time axis at any zoom, from centuries down to hours: the
// finest calendar unit whose ticks stay at least a given number of pixels apart.
class TimeAxisTicks final
{
public:
    enum class Unit { Century, Decade, Year, Quarter, Month, Week, Day, SixHours, Hour };

    // The unit for a scale of pixelsPerDay and a minimum distance between ticks.
    static Unit unitFor(double pixelsPerDay, double minimumSpacing);
    // Ticks of that unit from the first boundary at or before `from` to the last at or
    // after `to` (UTC), at most maximumTicks of them.
    static QList<AxisTick> ticks(const QDateTime &from, const QDateTime &to, Unit unit, int maximumTicks = 2000);
    // Nominal length of the unit in days.
    static double nominalDays(Unit unit);
};

} // namespace annalist
