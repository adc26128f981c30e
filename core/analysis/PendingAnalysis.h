// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QList>

namespace annalist {

class Project;

// Sources whose analysis never finished: imported without one, or interrupted (the
// process killed) before the ProjectAnalyzer recorded it. The next import analyses
// them without being asked, and the window finishes interrupted ones when it opens the
// project.
class PendingAnalysis final
{
public:
    // Their ids, in import order.
    static Result<QList<qint64>> sources(Project &project);
    // Only those whose first analysis began and was cut off (the process killed during
    // it), not those imported without one: what the window finishes when it opens a project.
    static Result<QList<qint64>> interrupted(Project &project);
    // `ids` followed by the pending sources not among them.
    static Result<QList<qint64>> withPending(Project &project, const QList<qint64> &ids);
};

} // namespace annalist
