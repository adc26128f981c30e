// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace annalist {

class Project;

// The sample investigation's chronology and roles table, written into the sample
// project: events with participants, places, lanes and credibility, and the passages
// of the bundled briefs that support, mention or contradict them (found by their words,
// whatever the spacing or quote marks), and who held which title when.
class SampleChronology final
{
public:
    // chronologyJson as in resources/sample/chronology.json; rolesCsv as RoleTable reads.
    static Status write(Project &project, const QByteArray &chronologyJson, const QByteArray &rolesCsv);
};

} // namespace annalist
