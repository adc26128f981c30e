// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkGraph.h"

#include <QHash>
#include <QList>
#include <QSet>

namespace annalist {

// Questions and reshapings of a chart the view asks for: the neighbourhood of a node,
// the shortest connection between two, the chart without some nodes or with some
// folded into others.
namespace NetworkQueries {

// The nodes within `steps` links of `node`, itself included.
QSet<int> neighbourhood(const NetworkGraph &graph, int node, int steps);
// The nodes of a shortest connection from `from` to `to`, both included, in order;
// empty when they are not connected.
QList<int> shortestConnection(const NetworkGraph &graph, int from, int to);
// The links that join consecutive nodes of a connection, one per step.
QList<int> linksAlong(const NetworkGraph &graph, const QList<int> &nodes);
// The chart without the nodes of these keys and their links.
NetworkGraph without(const NetworkGraph &graph, const QSet<QString> &hiddenKeys);
// The chart with each node of a key in `into` folded into the node of the value: its
// links go to that node (links of one kind between the same two nodes become one, their
// evidence joined), links between folded nodes vanish, its sources add up.
NetworkGraph merged(const NetworkGraph &graph, const QHash<QString, QString> &into);

} // namespace NetworkQueries

} // namespace annalist
