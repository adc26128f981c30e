// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "network/NetworkGraph.h"
#include "network/NetworkStyle.h"

#include <QGraphicsItem>
#include <QPainterPath>

namespace annalist {

class NetworkView;

// A node of the link chart: its shape, filled in its type's colour, with its name under it.
class NetworkNodeItem final : public QGraphicsItem
{
public:
    NetworkNodeItem(NetworkView &view, int index, const NetworkNode &node, const NetworkStyle &style);

    int index() const { return m_index; }
    void setChartStyle(const NetworkStyle &style);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

protected:
    QVariant itemChange(GraphicsItemChange change, const QVariant &value) override;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;

private:
    NetworkView &m_view;
    int m_index;
    QString m_label;
    QString m_typeName;
    double m_radius;
    QPainterPath m_shape;
    QColor m_fill;
    QColor m_text;
    QColor m_selection;
    QPointF m_pressedAt;
};

// A link of the link chart: a line between two nodes.
class NetworkLinkItem final : public QGraphicsItem
{
public:
    NetworkLinkItem(int index, const NetworkLink &link, const NetworkStyle &style);

    int index() const { return m_index; }
    void setEnds(const QPointF &from, const QPointF &to);
    void setChartStyle(const NetworkLink &link, const NetworkStyle &style);
    QPen pen() const { return m_pen; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    int m_index;
    QLineF m_line;
    QPen m_pen;
    QColor m_selection;
};

} // namespace annalist
