// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkPainter.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QSet>

namespace annalist {

namespace {

constexpr double labelPointSize = 7.5;
constexpr double labelRoom = 60; // half the width a label may take beside its node

// A font `size` chart units high on the painter's device: a point size is taken at the
// device's resolution and then scaled with the painter, so it is divided by the
// device's units per point here.
QFont labelFont(const QPainter &painter, double size = labelPointSize)
{
    const double perPoint = painter.device() ? painter.device()->logicalDpiY() / 72.0 : 1.0;
    QFont font;
    font.setPointSizeF(size / std::max(0.01, perPoint));
    return font;
}

} // namespace

NetworkPainter::NetworkPainter(const NetworkGraph &graph, const NetworkPlacements &placements,
                               const NetworkStyle &style)
    : m_graph(graph)
    , m_style(style)
{
    m_placedIndex.fill(-1, graph.nodes.size());
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const auto it = placements.constFind(graph.nodes.at(i).key());
        if (it == placements.cend())
            continue;
        const double radius = NetworkStyle::nodeRadius(graph.nodes.at(i).sources);
        m_placedIndex[i] = static_cast<int>(m_placed.size());
        m_placed.append(Placed { i, it->position, radius });
        const QRectF extent(it->position.x() - std::max(radius, labelRoom), it->position.y() - radius,
                            2 * std::max(radius, labelRoom), 2 * radius + 14);
        m_bounds = m_bounds.isNull() ? extent : m_bounds.united(extent);
    }
}

QPointF NetworkPainter::labelOrigin(const QPointF &centre, double radius)
{
    return centre + QPointF(0, radius + 9);
}

void NetworkPainter::paint(QPainter &painter, const QRectF &visible) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const bool all = visible.isNull();
    const double scale = painter.worldTransform().m11();

    for (const NetworkLink &link : m_graph.links) {
        if (link.from < 0 || link.to < 0)
            continue;
        const int a = m_placedIndex.at(link.from);
        const int b = m_placedIndex.at(link.to);
        if (a < 0 || b < 0)
            continue;
        const QPointF p = m_placed.at(a).centre;
        const QPointF q = m_placed.at(b).centre;
        if (!all && !visible.intersects(QRectF(p, q).normalized().adjusted(-1, -1, 1, 1)))
            continue;
        painter.setPen(m_style.linkPen(link));
        painter.drawLine(p, q);
    }

    const bool labels = scale * labelPointSize >= 4.0;
    const QFont font = labelFont(painter);
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    for (const Placed &placed : m_placed) {
        const QRectF extent(placed.centre.x() - labelRoom, placed.centre.y() - placed.radius, 2 * labelRoom,
                            2 * placed.radius + 14);
        if (!all && !visible.intersects(extent))
            continue;
        const NetworkNode &node = m_graph.nodes.at(placed.node);
        const QColor fill = m_style.colorOf(node.typeName);
        painter.setPen(QPen(fill.darker(150), 1));
        painter.setBrush(fill);
        painter.drawPath(NetworkStyle::nodeShape(node.typeName, placed.radius).translated(placed.centre));
        if (labels) {
            const QString text = metrics.elidedText(node.label, Qt::ElideRight, 2 * labelRoom);
            const QPointF origin = labelOrigin(placed.centre, placed.radius);
            painter.setPen(m_style.text);
            painter.drawText(QPointF(origin.x() - metrics.horizontalAdvance(text) / 2, origin.y()), text);
        }
    }
    painter.restore();
}

namespace {

struct LegendRows
{
    QStringList types;
    QList<NetworkLink::Kind> kinds;
    bool dashed = false;
};

LegendRows legendRows(const NetworkGraph &graph)
{
    LegendRows rows;
    for (const NetworkNode &node : graph.nodes) {
        if (!rows.types.contains(node.typeName))
            rows.types.append(node.typeName);
    }
    for (const NetworkLink &link : graph.links) {
        if (!rows.kinds.contains(link.kind))
            rows.kinds.append(link.kind);
        rows.dashed = rows.dashed || link.contradicted || link.uncertain;
    }
    std::sort(rows.kinds.begin(), rows.kinds.end());
    return rows;
}

constexpr double legendRow = 14;

} // namespace

QSizeF NetworkPainter::legendSize() const
{
    const LegendRows rows = legendRows(m_graph);
    const qsizetype count = rows.types.size() + rows.kinds.size() + (rows.dashed ? 1 : 0) + 1;
    return QSizeF(220, count * legendRow + 4);
}

void NetworkPainter::paintLegend(QPainter &painter, const QPointF &topLeft) const
{
    const LegendRows rows = legendRows(m_graph);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(labelFont(painter));
    double y = topLeft.y() + legendRow / 2;
    const double textX = topLeft.x() + 30;
    const auto words = [&](const QString &text) {
        painter.setPen(m_style.text);
        painter.drawText(QPointF(textX, y + 3), text);
        y += legendRow;
    };
    QFont bold = labelFont(painter);
    bold.setBold(true);
    painter.setFont(bold);
    words(QCoreApplication::translate("NetworkPainter",
                                      "Legend (node size: sources naming it; line width: sources behind it)"));
    painter.setFont(labelFont(painter));
    for (const QString &type : rows.types) {
        const QColor fill = m_style.colorOf(type);
        painter.setPen(QPen(fill.darker(150), 1));
        painter.setBrush(fill);
        painter.drawPath(NetworkStyle::nodeShape(type, 5).translated(topLeft.x() + 12, y));
        words(type == u"Event" ? QCoreApplication::translate("NetworkPainter", "Event") : type);
    }
    for (NetworkLink::Kind kind : rows.kinds) {
        NetworkLink sample;
        sample.kind = kind;
        painter.setPen(m_style.linkPen(sample));
        painter.drawLine(QPointF(topLeft.x() + 2, y), QPointF(topLeft.x() + 22, y));
        words(NetworkStyle::kindLabel(kind));
    }
    if (rows.dashed) {
        NetworkLink sample;
        sample.uncertain = true;
        painter.setPen(m_style.linkPen(sample));
        painter.drawLine(QPointF(topLeft.x() + 2, y), QPointF(topLeft.x() + 22, y));
        words(QCoreApplication::translate("NetworkPainter", "contradicted or uncertain"));
    }
    painter.restore();
}

} // namespace annalist
