// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkItems.h"

#include "NetworkView.h"
#include "network/NetworkPainter.h"

#include <QFontMetricsF>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QPainterPathStroker>
#include <QStyleOptionGraphicsItem>

namespace annalist {

namespace {

constexpr double labelPointSize = 7.5;
constexpr double labelHalfWidth = 60;

QFont labelFont()
{
    QFont font;
    font.setPointSizeF(labelPointSize);
    return font;
}

} // namespace

NetworkNodeItem::NetworkNodeItem(NetworkView &view, int index, const NetworkNode &node, const NetworkStyle &style)
    : m_view(view)
    , m_index(index)
    , m_label(node.label)
    , m_typeName(node.typeName)
    , m_radius(NetworkStyle::nodeRadius(node.sources))
    , m_shape(NetworkStyle::nodeShape(node.typeName, m_radius))
{
    setFlags(ItemIsMovable | ItemIsSelectable | ItemIsFocusable | ItemSendsGeometryChanges);
    setAcceptHoverEvents(true);
    setZValue(1);
    setChartStyle(style);
}

void NetworkNodeItem::setChartStyle(const NetworkStyle &style)
{
    m_fill = style.colorOf(m_typeName);
    m_text = style.text;
    m_selection = style.selection;
    update();
}

QRectF NetworkNodeItem::boundingRect() const
{
    const double half = std::max(m_radius * 1.3, labelHalfWidth);
    return QRectF(-half, -m_radius * 1.3, 2 * half, m_radius * 2.6 + 14);
}

QPainterPath NetworkNodeItem::shape() const
{
    return m_shape;
}

void NetworkNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const double detail = option->levelOfDetailFromTransform(painter->worldTransform());
    painter->setRenderHint(QPainter::Antialiasing);
    const bool selected = isSelected();
    painter->setPen(selected ? QPen(m_selection, 3) : QPen(m_fill.darker(150), 1));
    painter->setBrush(m_fill);
    painter->drawPath(m_shape);
    if (detail * labelPointSize < 4 && !selected)
        return;
    const QFont font = labelFont();
    painter->setFont(font);
    const QFontMetricsF metrics(font);
    const QString text = metrics.elidedText(m_label, Qt::ElideRight, 2 * labelHalfWidth);
    const QPointF origin = NetworkPainter::labelOrigin(QPointF(0, 0), m_radius);
    painter->setPen(selected ? m_selection : m_text);
    painter->drawText(QPointF(origin.x() - metrics.horizontalAdvance(text) / 2, origin.y()), text);
}

QVariant NetworkNodeItem::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionHasChanged)
        m_view.nodePositionChanged(m_index);
    return QGraphicsItem::itemChange(change, value);
}

void NetworkNodeItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_pressedAt = pos();
    QGraphicsItem::mousePressEvent(event);
}

void NetworkNodeItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsItem::mouseReleaseEvent(event);
    if (pos() != m_pressedAt)
        m_view.nodeDragged(m_index);
}

NetworkLinkItem::NetworkLinkItem(int index, const NetworkLink &link, const NetworkStyle &style)
    : m_index(index)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(0);
    setChartStyle(link, style);
}

void NetworkLinkItem::setEnds(const QPointF &from, const QPointF &to)
{
    prepareGeometryChange();
    m_line = QLineF(from, to);
}

void NetworkLinkItem::setChartStyle(const NetworkLink &link, const NetworkStyle &style)
{
    m_pen = style.linkPen(link);
    m_selection = style.selection;
    update();
}

QRectF NetworkLinkItem::boundingRect() const
{
    const double margin = m_pen.widthF() / 2 + 3;
    return QRectF(m_line.p1(), m_line.p2()).normalized().adjusted(-margin, -margin, margin, margin);
}

QPainterPath NetworkLinkItem::shape() const
{
    QPainterPath path(m_line.p1());
    path.lineTo(m_line.p2());
    QPainterPathStroker stroker;
    stroker.setWidth(std::max(6.0, m_pen.widthF() + 4));
    return stroker.createStroke(path);
}

void NetworkLinkItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    if (isSelected()) {
        QPen halo(m_selection, m_pen.widthF() + 4);
        halo.setCapStyle(Qt::RoundCap);
        painter->setPen(halo);
        painter->drawLine(m_line);
    }
    painter->setPen(m_pen);
    painter->drawLine(m_line);
}

} // namespace annalist
