// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"

#include <QList>

namespace annalist {

class Project;

// Sources whose analysis never finished: imported without one, or interrupted (the
// process killed) before the ProjectAnalyzer recorded it. The next import, and the
// next opening of the project in the window, analyse them without being asked.
class PendingAnalysis final
{
public:
    // Their ids, in import order.
    static Result<QList<qint64>> sources(Project &project);
    // `ids` followed by the pending sources not among them.
    static Result<QList<qint64>> withPending(Project &project, const QList<qint64> &ids);
};

} // namespace annalist
