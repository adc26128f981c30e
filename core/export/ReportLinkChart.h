// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "network/NetworkGraph.h"
#include "network/NetworkLayout.h"
#include "network/NetworkStyle.h"

#include <QList>
#include <QRectF>

#include <memory>

class QPainter;

namespace annalist {

class Project;
struct ChronologyEntry;
struct ChronologyFilter;

// The link chart as a figure of the PDF report (an optional section): the network of
// the exported entries, where the project keeps its nodes (the rest laid out), drawn
// into the figure's box with its legend under it.
class ReportLinkChart final
{
public:
    static Result<std::shared_ptr<const ReportLinkChart>> make(Project &project, const QList<ChronologyEntry> &entries,
                                                               const ChronologyFilter &filter);

    bool isEmpty() const { return m_graph.nodes.isEmpty(); }
    int nodeCount() const { return static_cast<int>(m_graph.nodes.size()); }
    int linkCount() const { return static_cast<int>(m_graph.links.size()); }
    // Height over width of the chart with its legend, for a box of that width.
    double heightFor(double width, double unitsPerPoint) const;
    void paint(QPainter &painter, const QRectF &box, double unitsPerPoint) const;

private:
    NetworkGraph m_graph;
    NetworkPlacements m_placements;
    NetworkStyle m_style;
};

} // namespace annalist
