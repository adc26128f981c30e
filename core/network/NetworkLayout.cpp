// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkLayout.h"

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QMutexLocker>
#include <QRectF>

#include <cmath>

namespace annalist {

namespace {

QMutex &graphvizLock()
{
    static QMutex lock;
    return lock;
}

// Graphviz takes char * for names and values it does not change.
char *text(const char *literal)
{
    return const_cast<char *>(literal);
}

void set(void *object, const char *name, const QByteArray &value)
{
    agsafeset(object, text(name), const_cast<char *>(value.constData()), text(""));
}

class GraphvizRun final
{
public:
    GraphvizRun()
        : m_context(gvContext())
    { }
    ~GraphvizRun()
    {
        if (m_graph) {
            if (m_laidOut)
                gvFreeLayout(m_context, m_graph);
            agclose(m_graph);
        }
        gvFreeContext(m_context);
    }
    GraphvizRun(const GraphvizRun &) = delete;
    GraphvizRun &operator=(const GraphvizRun &) = delete;

    Result<QList<QPointF>, QString> layout(const NetworkGraph &graph, const QList<std::optional<QPointF>> &pinned,
                                           NetworkLayout::Engine engine)
    {
        const bool directed = engine == NetworkLayout::Engine::Dot;
        m_graph = agopen(text("chart"), directed ? Agdirected : Agundirected, nullptr);
        // Removing overlaps costs more than the layout itself on a large chart; there
        // labels show only when zoomed in, so nodes may touch.
        const bool large = graph.nodes.size() > 500;
        set(m_graph, "overlap", large ? "true" : (engine == NetworkLayout::Engine::Neato ? "false" : "prism"));
        set(m_graph, "notranslate", "true");
        set(m_graph, "splines", "false");
        set(m_graph, "outputorder", "edgesfirst");
        if (engine == NetworkLayout::Engine::Dot) {
            set(m_graph, "rankdir", "BT");
            set(m_graph, "nodesep", "0.3");
        }
        if (engine == NetworkLayout::Engine::Neato)
            set(m_graph, "mode", graph.nodes.size() > 400 ? "KK" : "major");
        if (engine == NetworkLayout::Engine::Sfdp)
            set(m_graph, "K", "0.9");

        QList<Agnode_t *> nodes;
        nodes.reserve(graph.nodes.size());
        for (int i = 0; i < graph.nodes.size(); ++i) {
            Agnode_t *node = agnode(m_graph, QByteArray::number(i).data(), 1);
            // The size the view draws a node at, with room for its label beside it.
            const double size = 0.35 + 0.04 * std::min(graph.nodes.at(i).sources, 10);
            set(node, "shape", "box");
            set(node, "label", "");
            set(node, "width", QByteArray::number(size + 0.9));
            set(node, "height", QByteArray::number(size));
            set(node, "fixedsize", "true");
            if (pinned.at(i)) {
                // Input positions are in inches, y upwards.
                const QPointF at = *pinned.at(i);
                set(node, "pos", QByteArray::number(at.x() / 72.0) + ',' + QByteArray::number(-at.y() / 72.0) + '!');
                set(node, "pin", "true");
            }
            nodes.append(node);
        }
        for (const NetworkLink &link : graph.links) {
            if (link.from < 0 || link.to < 0 || link.from == link.to)
                continue;
            Agnode_t *from = nodes.at(link.from);
            Agnode_t *to = nodes.at(link.to);
            // In a hierarchy the organisation goes above the person.
            agedge(m_graph, from, to, nullptr, 1);
        }

        const QByteArray engineName = NetworkLayout::engineName(engine).toLatin1();
        if (gvLayout(m_context, m_graph, engineName.constData()) != 0)
            return QStringLiteral("Graphviz could not lay the chart out with %1").arg(QString::fromLatin1(engineName));
        m_laidOut = true;
        QList<QPointF> positions;
        positions.reserve(nodes.size());
        for (Agnode_t *node : std::as_const(nodes))
            positions.append(QPointF(ND_coord(node).x, -ND_coord(node).y));
        return positions;
    }

private:
    static void set(void *object, const char *name, const char *value)
    {
        annalist::set(object, name, QByteArray(value));
    }
    static void set(void *object, const char *name, const QByteArray &value) { annalist::set(object, name, value); }

    GVC_t *m_context;
    Agraph_t *m_graph = nullptr;
    bool m_laidOut = false;
};

// Places each node without a position at the middle of its placed neighbours, a little
// aside; nodes with none in a row under the chart. In node order, so that nodes placed
// here count as neighbours of later ones.
void besideNeighbours(const NetworkGraph &graph, QList<std::optional<QPointF>> pinned, NetworkPlacements &result)
{
    QList<QList<int>> neighbours(graph.nodes.size());
    for (const NetworkLink &link : graph.links) {
        if (link.from < 0 || link.to < 0 || link.from == link.to)
            continue;
        neighbours[link.from].append(link.to);
        neighbours[link.to].append(link.from);
    }
    QRectF extent;
    for (const auto &position : std::as_const(pinned)) {
        if (position)
            extent = extent.isNull() ? QRectF(*position, QSizeF(1, 1)) : extent.united(QRectF(*position, QSizeF(1, 1)));
    }
    double nextLoose = extent.left();
    int placedHere = 0;
    for (int i = 0; i < graph.nodes.size(); ++i) {
        if (pinned.at(i))
            continue;
        QPointF sum;
        int count = 0;
        for (int other : neighbours.at(i)) {
            if (pinned.at(other)) {
                sum += *pinned.at(other);
                ++count;
            }
        }
        QPointF position;
        if (count > 0) {
            const double angle = 2.399963 * ++placedHere; // the golden angle, so that neighbours spread
            position = sum / count + QPointF(std::cos(angle), std::sin(angle)) * 60;
        } else {
            position = QPointF(nextLoose, extent.bottom() + 80);
            nextLoose += 90;
        }
        pinned[i] = position;
        result.insert(graph.nodes.at(i).key(), NodePlacement { position, false });
    }
}

} // namespace

Result<NetworkPlacements, QString> NetworkLayout::run(const NetworkGraph &graph, const NetworkPlacements &kept,
                                                      Engine engine, Scope scope)
{
    NetworkPlacements result;
    QList<std::optional<QPointF>> pinned;
    pinned.reserve(graph.nodes.size());
    int toPlace = 0;
    for (const NetworkNode &node : graph.nodes) {
        const auto it = kept.constFind(node.key());
        const bool keep = it != kept.cend() && (scope == Scope::NewNodes || (scope == Scope::AllButMoved && it->moved));
        if (keep) {
            pinned.append(it->position);
            result.insert(node.key(), *it);
        } else {
            pinned.append(std::nullopt);
            ++toPlace;
        }
    }
    if (toPlace == 0 || graph.nodes.isEmpty())
        return result;

    // With nothing kept, the chosen engine lays out freely; around pinned nodes only
    // neato keeps pins. A few new nodes on a large chart go beside their placed
    // neighbours instead: neato would take seconds to leave the rest where it is.
    const bool anyPinned = toPlace < graph.nodes.size();
    if (anyPinned && graph.nodes.size() > 300 && toPlace * 10 < graph.nodes.size()) {
        besideNeighbours(graph, pinned, result);
        return result;
    }
    const Engine used = anyPinned ? Engine::Neato : engine;

    QMutexLocker locker(&graphvizLock());
    GraphvizRun run;
    const auto positions = run.layout(graph, pinned, used);
    if (!positions)
        return positions.error();
    for (int i = 0; i < graph.nodes.size(); ++i) {
        if (!pinned.at(i))
            result.insert(graph.nodes.at(i).key(), NodePlacement { positions->at(i), false });
    }
    return result;
}

QString NetworkLayout::engineName(Engine engine)
{
    switch (engine) {
    case Engine::Sfdp:
        return QStringLiteral("sfdp");
    case Engine::Neato:
        return QStringLiteral("neato");
    case Engine::Dot:
        return QStringLiteral("dot");
    }
    return {};
}

bool NetworkLayout::engineFromName(const QString &name, Engine *engine)
{
    for (Engine candidate : { Engine::Sfdp, Engine::Neato, Engine::Dot }) {
        if (engineName(candidate) == name) {
            *engine = candidate;
            return true;
        }
    }
    return false;
}

} // namespace annalist
