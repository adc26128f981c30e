// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkGraph.h"

#include "common/Result.h"

#include <QHash>
#include <QPointF>
#include <QString>

namespace annalist {

// Where a node stands on the chart (in points, y downwards) and whether the analyst put
// it there by hand.
struct NodePlacement
{
    QPointF position;
    bool moved = false;

    friend bool operator==(const NodePlacement &, const NodePlacement &) = default;
};

// Placements by node key (NetworkNode::key).
using NetworkPlacements = QHash<QString, NodePlacement>;

// Lays the chart out with Graphviz, in process (cgraph and gvc): sfdp or neato for a
// network, dot for a hierarchy (links drawn from person to organisation). Nodes that
// already have a place keep it unless the scope says otherwise; the others are placed
// around them (neato with the kept nodes pinned). One layout at a time in the process:
// Graphviz keeps global state.
class NetworkLayout final
{
public:
    enum class Engine { Sfdp, Neato, Dot };
    enum class Scope {
        NewNodes, // only nodes without a place move
        AllButMoved, // everything but what was moved by hand
        All, // everything, hand-moved nodes too
    };

    // Placements for every node of the graph; `kept` may hold nodes the graph lacks,
    // which are left out of the result.
    static Result<NetworkPlacements, QString> run(const NetworkGraph &graph, const NetworkPlacements &kept,
                                                  Engine engine = Engine::Sfdp, Scope scope = Scope::NewNodes);

    static QString engineName(Engine engine);
    // "sfdp", "neato", "dot"; false when the name is none of them.
    static bool engineFromName(const QString &name, Engine *engine);
};

} // namespace annalist
