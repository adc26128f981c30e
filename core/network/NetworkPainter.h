// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkGraph.h"
#include "NetworkLayout.h"
#include "NetworkStyle.h"

#include <QList>
#include <QRectF>

class QPainter;

namespace annalist {

// Draws a laid-out chart with QPainter: for the PDF file, the report's figure and
// offscreen frames. Nodes without a placement are left out, with their links.
class NetworkPainter final
{
public:
    NetworkPainter(const NetworkGraph &graph, const NetworkPlacements &placements, const NetworkStyle &style);

    // The chart's extent in chart coordinates (points), labels included.
    QRectF bounds() const { return m_bounds; }
    // Draws what meets `visible` (chart coordinates; all when null) under the painter's
    // transform. Labels are left out where they would be too small to read.
    void paint(QPainter &painter, const QRectF &visible = {}) const;

    // The legend: node types present and link kinds present, as rows of sample and words.
    QSizeF legendSize() const;
    void paintLegend(QPainter &painter, const QPointF &topLeft) const;

    // Where the node's label goes, left of centre, under the node.
    static QPointF labelOrigin(const QPointF &centre, double radius);

private:
    struct Placed
    {
        int node = -1;
        QPointF centre;
        double radius = 0;
    };

    const NetworkGraph &m_graph;
    const NetworkStyle &m_style;
    QList<int> m_placedIndex; // per node: index into m_placed, -1 when not placed
    QList<Placed> m_placed;
    QRectF m_bounds;
};

} // namespace annalist
