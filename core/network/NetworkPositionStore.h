// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkLayout.h"

#include "common/Result.h"

#include <QString>

namespace annalist {

class Project;

// Keeps where the nodes of a chart stand in the project (table network_positions), so
// that the chart comes back as it was left. A chart is named: "network" for the link
// chart, "hierarchy" for the organisation hierarchy.
class NetworkPositionStore final
{
public:
    explicit NetworkPositionStore(Project &project);

    Result<NetworkPlacements> load(const QString &chart);
    // Writes the placements given (others of the chart stay), in one transaction.
    Status save(const QString &chart, const NetworkPlacements &placements);
    // One node put by hand.
    Status move(const QString &chart, const QString &node, const QPointF &position);
    // Forgets every placement of the chart.
    Status clear(const QString &chart);

private:
    Project &m_project;
};

} // namespace annalist
