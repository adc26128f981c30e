// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace annalist {

struct ChronologyEntry;

// The timeline figure as an SVG element for the HTML report: the same lanes, rows,
// axis and marks as the PDF's (TimelineFigureLayout), with gradients for fading ends.
// Labels are measured by a fixed average character width rather than a font, so that
// the same chronology gives the same SVG on every machine.
class TimelineFigureSvg final
{
public:
    // Empty when no entry is dated.
    static QString svg(const QList<ChronologyEntry> &entries, double width = 720);
};

} // namespace annalist
