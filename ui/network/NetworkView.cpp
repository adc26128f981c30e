// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkView.h"

#include "NetworkItems.h"
#include "model/TimeValueText.h"

#include <QGraphicsScene>
#include <QKeyEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace annalist {

namespace {

QString nodeCard(const NetworkNode &node, int links)
{
    return QStringLiteral("<b>%1</b><br>%2<br>%3<br>%4")
        .arg(node.label.toHtmlEscaped(), node.typeName.toHtmlEscaped(),
             NetworkView::tr("named in %n source(s)", nullptr, node.sources),
             NetworkView::tr("%n link(s)", nullptr, links));
}

QString linkCard(const NetworkGraph &graph, const NetworkLink &link)
{
    QString card = QStringLiteral("<b>%1 — %2</b><br>%3")
                       .arg(graph.nodes.at(link.from).label.toHtmlEscaped(),
                            graph.nodes.at(link.to).label.toHtmlEscaped(), NetworkStyle::kindLabel(link.kind));
    if (!link.labels.isEmpty())
        card += QStringLiteral(": ") + link.labels.join(QStringLiteral("; ")).toHtmlEscaped();
    if (link.span.isKnown())
        card += QStringLiteral("<br>") + TimeValueText::describe(link.span).toHtmlEscaped();
    if (!link.eventIds.isEmpty())
        card += QStringLiteral("<br>") + NetworkView::tr("%n event(s)", nullptr, int(link.eventIds.size()));
    card += QStringLiteral("<br>") + NetworkView::tr("%n passage(s)", nullptr, int(link.passages.size())) + u' '
        + NetworkView::tr("from %n source(s)", nullptr, int(link.sourceIds.size()));
    if (link.contradicted)
        card += QStringLiteral("<br><i>") + NetworkView::tr("contradicted") + QStringLiteral("</i>");
    else if (link.uncertain)
        card += QStringLiteral("<br><i>") + NetworkView::tr("uncertain") + QStringLiteral("</i>");
    int shown = 0;
    for (const LinkPassage &passage : link.passages) {
        if (++shown > 3) {
            card += QStringLiteral("<br>…");
            break;
        }
        card += QStringLiteral("<br>“%1” — %2")
                    .arg(passage.quote.left(120).toHtmlEscaped(), passage.sourceTitle.toHtmlEscaped());
    }
    return card;
}

} // namespace

NetworkView::NetworkView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    setObjectName(QStringLiteral("networkView"));
    setScene(m_scene);
    setRenderHint(QPainter::Antialiasing);
    setDragMode(QGraphicsView::ScrollHandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Link chart"));
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &NetworkView::selectionChangedInScene);
}

NetworkView::~NetworkView() = default;

void NetworkView::setChart(const NetworkGraph &graph, const NetworkPlacements &placements, bool fit)
{
    m_scene->blockSignals(true);
    m_scene->clear();
    m_scene->blockSignals(false);
    m_nodes.clear();
    m_links.clear();
    m_selectionOrder.clear();
    m_graph = graph;
    m_moved.clear();
    m_unplaced.clear();
    m_linksOfNode = QList<QList<int>>(graph.nodes.size());
    for (int i = 0; i < graph.links.size(); ++i) {
        const NetworkLink &link = graph.links.at(i);
        m_linksOfNode[link.from].append(i);
        if (link.to != link.from)
            m_linksOfNode[link.to].append(i);
    }
    for (int i = 0; i < graph.nodes.size(); ++i) {
        const NetworkNode &node = graph.nodes.at(i);
        auto *item = new NetworkNodeItem(*this, i, node, m_style);
        const NodePlacement placement = placements.value(node.key());
        if (!placements.contains(node.key())) {
            m_unplaced.insert(i);
            item->setVisible(false);
        }
        if (placement.moved)
            m_moved.insert(node.key());
        item->setToolTip(nodeCard(node, int(m_linksOfNode.at(i).size())));
        m_nodes.append(item);
        item->setPos(placement.position);
        m_scene->addItem(item);
    }
    for (int i = 0; i < graph.links.size(); ++i) {
        const NetworkLink &link = graph.links.at(i);
        auto *item = new NetworkLinkItem(i, link, m_style);
        item->setEnds(m_nodes.at(link.from)->pos(), m_nodes.at(link.to)->pos());
        item->setToolTip(linkCard(graph, link));
        item->setVisible(!m_unplaced.contains(link.from) && !m_unplaced.contains(link.to));
        m_links.append(item);
        m_scene->addItem(item);
    }
    const QRectF extent = m_scene->itemsBoundingRect();
    m_scene->setSceneRect(
        extent.adjusted(-extent.width() - 200, -extent.height() - 200, extent.width() + 200, extent.height() + 200));
    if (fit || !m_fitted)
        fitAll();
}

void NetworkView::setChartStyle(const NetworkStyle &style)
{
    m_style = style;
    for (NetworkNodeItem *item : std::as_const(m_nodes))
        item->setChartStyle(style);
    for (NetworkLinkItem *item : std::as_const(m_links))
        item->setChartStyle(m_graph.links.at(item->index()), style);
    setBackgroundBrush(style.background);
    viewport()->update();
}

NetworkPlacements NetworkView::placements() const
{
    NetworkPlacements result;
    for (NetworkNodeItem *item : m_nodes) {
        if (m_unplaced.contains(item->index()))
            continue;
        const QString key = m_graph.nodes.at(item->index()).key();
        result.insert(key, NodePlacement { item->pos(), m_moved.contains(key) });
    }
    return result;
}

void NetworkView::zoomBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.01 || next > 40)
        return;
    scale(factor, factor);
}

double NetworkView::zoom() const
{
    return transform().m11();
}

void NetworkView::fitAll()
{
    const QRectF extent = m_scene->itemsBoundingRect();
    if (extent.isEmpty())
        return;
    fitInView(extent.adjusted(-20, -20, 20, 20), Qt::KeepAspectRatio);
    m_fitted = true;
}

void NetworkView::setEmphasis(const QSet<int> &nodes, const QSet<int> &links)
{
    const bool all = nodes.isEmpty() && links.isEmpty();
    for (NetworkNodeItem *item : std::as_const(m_nodes))
        item->setOpacity(all || nodes.contains(item->index()) ? 1.0 : 0.15);
    for (NetworkLinkItem *item : std::as_const(m_links))
        item->setOpacity(all || links.contains(item->index()) ? 1.0 : 0.1);
}

void NetworkView::selectNode(int node)
{
    NetworkNodeItem *item = m_nodes.value(node);
    if (!item)
        return;
    m_scene->clearSelection();
    item->setSelected(true);
    item->setFocus();
    ensureVisible(item, 40, 40);
}

void NetworkView::selectLink(int link)
{
    NetworkLinkItem *item = m_links.value(link);
    if (!item)
        return;
    const QList<int> nodes = m_selectionOrder;
    m_scene->blockSignals(true);
    m_scene->clearSelection();
    m_scene->blockSignals(false);
    item->setSelected(true);
    m_selectionOrder = nodes;
    ensureVisible(item, 40, 40);
}

QList<int> NetworkView::selectedNodes() const
{
    return m_selectionOrder;
}

int NetworkView::selectedLink() const
{
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *link = dynamic_cast<NetworkLinkItem *>(item))
            return link->index();
    }
    return -1;
}

void NetworkView::selectionChangedInScene()
{
    QList<int> still;
    QList<int> added;
    int link = -1;
    for (QGraphicsItem *item : m_scene->selectedItems()) {
        if (auto *node = dynamic_cast<NetworkNodeItem *>(item)) {
            if (m_selectionOrder.contains(node->index()))
                still << node->index();
            else
                added << node->index();
        } else if (auto *line = dynamic_cast<NetworkLinkItem *>(item)) {
            link = line->index();
        }
    }
    QList<int> order;
    for (int node : std::as_const(m_selectionOrder)) {
        if (still.contains(node))
            order << node;
    }
    m_selectionOrder = order + added;
    if (!added.isEmpty())
        emit nodeSelected(added.last());
    if (link >= 0)
        emit linkSelected(link);
}

void NetworkView::nodePositionChanged(int node)
{
    NetworkNodeItem *item = m_nodes.value(node);
    if (!item || node >= m_linksOfNode.size())
        return;
    // While a chart is being set up, nodes are placed before their links exist.
    for (int index : m_linksOfNode.at(node)) {
        if (index >= m_links.size() || index >= m_graph.links.size())
            continue;
        const NetworkLink &link = m_graph.links.at(index);
        if (link.from >= m_nodes.size() || link.to >= m_nodes.size())
            continue;
        m_links.at(index)->setEnds(m_nodes.at(link.from)->pos(), m_nodes.at(link.to)->pos());
    }
}

void NetworkView::nodeDragged(int node)
{
    const QString key = m_graph.nodes.at(node).key();
    m_moved.insert(key);
    emit nodeMoved(key, m_nodes.at(node)->pos());
}

void NetworkView::moveSelectedNode(const QPointF &by)
{
    if (m_selectionOrder.isEmpty())
        return;
    const int node = m_selectionOrder.last();
    m_nodes.at(node)->setPos(m_nodes.at(node)->pos() + by);
    nodeDragged(node);
}

void NetworkView::stepNode(int direction)
{
    if (m_nodes.isEmpty())
        return;
    const int current = m_selectionOrder.isEmpty() ? -1 : m_selectionOrder.last();
    const int count = int(m_nodes.size());
    int next = current < 0 ? (direction > 0 ? 0 : count - 1) : (current + direction + count) % count;
    for (int tries = 0; tries < count && m_nodes.at(next)->opacity() < 1.0; ++tries)
        next = (next + direction + count) % count;
    selectNode(next);
}

void NetworkView::stepLink(int direction)
{
    if (m_selectionOrder.isEmpty())
        return;
    const QList<int> links = m_linksOfNode.value(m_selectionOrder.last());
    if (links.isEmpty())
        return;
    const int current = int(links.indexOf(selectedLink()));
    const int count = int(links.size());
    const int next = current < 0 ? (direction > 0 ? 0 : count - 1) : (current + direction + count) % count;
    selectLink(links.at(next));
}

void NetworkView::wheelEvent(QWheelEvent *event)
{
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0 || (event->modifiers() & Qt::ShiftModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.2, steps));
    event->accept();
}

void NetworkView::keyPressEvent(QKeyEvent *event)
{
    const bool shift = event->modifiers() & Qt::ShiftModifier;
    const double step = 30 / std::max(0.05, zoom());
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.25);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.25);
        return;
    case Qt::Key_F:
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_N:
        stepNode(shift ? -1 : 1);
        return;
    case Qt::Key_L:
        stepLink(shift ? -1 : 1);
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const int link = selectedLink(); link >= 0)
            emit linkActivated(link);
        else if (!m_selectionOrder.isEmpty())
            emit nodeActivated(m_selectionOrder.last());
        return;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Down: {
        const QPointF by(event->key() == Qt::Key_Left        ? -step
                             : event->key() == Qt::Key_Right ? step
                                                             : 0,
                         event->key() == Qt::Key_Up         ? -step
                             : event->key() == Qt::Key_Down ? step
                                                            : 0);
        if (shift) {
            moveSelectedNode(by);
        } else {
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(by.x() * zoom()));
            verticalScrollBar()->setValue(verticalScrollBar()->value() + int(by.y() * zoom()));
        }
        return;
    }
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void NetworkView::mouseDoubleClickEvent(QMouseEvent *event)
{
    QGraphicsItem *item = itemAt(event->position().toPoint());
    if (auto *link = dynamic_cast<NetworkLinkItem *>(item)) {
        emit linkActivated(link->index());
        return;
    }
    if (auto *node = dynamic_cast<NetworkNodeItem *>(item)) {
        emit nodeActivated(node->index());
        return;
    }
    QGraphicsView::mouseDoubleClickEvent(event);
}

void NetworkView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, m_style.background);
}

} // namespace annalist
