// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "network/NetworkGraph.h"
#include "network/NetworkLayout.h"
#include "network/NetworkStyle.h"

#include <QGraphicsView>
#include <QList>
#include <QSet>

class QGraphicsScene;

namespace annalist {

class NetworkNodeItem;
class NetworkLinkItem;

// The link chart on a QGraphicsView: a node per entity (or event), shaped and coloured
// by its type, sized by its sources; a line per link, as wide as its sources are many,
// dotted for a co-mention, dashed when contradicted or uncertain. Wheel and + / - zoom,
// F fits, arrows pan, nodes are dragged (Shift+arrows move the selected one); N and
// Shift+N go from node to node, L and Shift+L through the links of the selected node,
// Enter opens the selected link's passages.
class NetworkView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkView)

public:
    explicit NetworkView(QWidget *parent = nullptr);
    ~NetworkView() override;

    // Shows the chart; keeps the zoom unless `fit`.
    void setChart(const NetworkGraph &graph, const NetworkPlacements &placements, bool fit = false);
    const NetworkGraph &graph() const { return m_graph; }
    void setChartStyle(const NetworkStyle &style);
    const NetworkStyle &chartStyle() const { return m_style; }
    // Where the nodes stand now, hand-moved ones marked.
    NetworkPlacements placements() const;

    void zoomBy(double factor);
    void fitAll();
    double zoom() const;

    // Draws these nodes and links in full and the rest faintly; both empty: all in full.
    void setEmphasis(const QSet<int> &nodes, const QSet<int> &links);
    void selectNode(int node);
    void selectLink(int link);
    // The selected nodes, in the order they were selected.
    QList<int> selectedNodes() const;
    int selectedLink() const;

    // The items, for tests.
    NetworkNodeItem *nodeItem(int node) const { return m_nodes.value(node); }
    NetworkLinkItem *linkItem(int link) const { return m_links.value(link); }

    // Called by a node item when it was dragged.
    void nodeDragged(int node);
    void nodePositionChanged(int node);

signals:
    void nodeSelected(int node);
    void linkSelected(int link);
    // Enter or a double click on a link.
    void linkActivated(int link);
    void nodeActivated(int node);
    // A node was put somewhere by hand.
    void nodeMoved(const QString &key, const QPointF &position);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;

private:
    void selectionChangedInScene();
    void stepNode(int direction);
    void stepLink(int direction);
    void moveSelectedNode(const QPointF &by);

    QGraphicsScene *m_scene;
    NetworkGraph m_graph;
    NetworkStyle m_style;
    QList<NetworkNodeItem *> m_nodes;
    QList<NetworkLinkItem *> m_links;
    QList<QList<int>> m_linksOfNode;
    QSet<QString> m_moved;
    // Nodes waiting for the layout: hidden until they have a place.
    QSet<int> m_unplaced;
    QList<int> m_selectionOrder;
    bool m_fitted = false;
};

} // namespace annalist
