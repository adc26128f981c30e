// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkQueries.h"

#include <QQueue>

namespace annalist::NetworkQueries {

namespace {

QList<QList<std::pair<int, int>>> adjacency(const NetworkGraph &graph)
{
    QList<QList<std::pair<int, int>>> neighbours(graph.nodes.size());
    for (int i = 0; i < graph.links.size(); ++i) {
        const NetworkLink &link = graph.links.at(i);
        if (link.from < 0 || link.to < 0)
            continue;
        neighbours[link.from].append({ link.to, i });
        neighbours[link.to].append({ link.from, i });
    }
    return neighbours;
}

} // namespace

QSet<int> neighbourhood(const NetworkGraph &graph, int node, int steps)
{
    QSet<int> reached;
    if (node < 0 || node >= graph.nodes.size())
        return reached;
    const auto neighbours = adjacency(graph);
    reached.insert(node);
    QList<int> frontier { node };
    for (int step = 0; step < steps && !frontier.isEmpty(); ++step) {
        QList<int> next;
        for (int current : std::as_const(frontier)) {
            for (const auto &[other, link] : neighbours.at(current)) {
                if (!reached.contains(other)) {
                    reached.insert(other);
                    next.append(other);
                }
            }
        }
        frontier = next;
    }
    return reached;
}

QList<int> shortestConnection(const NetworkGraph &graph, int from, int to)
{
    const qsizetype count = graph.nodes.size();
    if (from < 0 || to < 0 || from >= count || to >= count)
        return {};
    if (from == to)
        return { from };
    const auto neighbours = adjacency(graph);
    QList<int> previous(count, -1);
    previous[from] = from;
    QQueue<int> queue;
    queue.enqueue(from);
    while (!queue.isEmpty()) {
        const int current = queue.dequeue();
        for (const auto &[other, link] : neighbours.at(current)) {
            if (previous.at(other) >= 0)
                continue;
            previous[other] = current;
            if (other == to) {
                QList<int> path { to };
                for (int at = to; at != from; at = previous.at(at))
                    path.prepend(previous.at(at));
                return path;
            }
            queue.enqueue(other);
        }
    }
    return {};
}

QList<int> linksAlong(const NetworkGraph &graph, const QList<int> &nodes)
{
    QList<int> links;
    for (int i = 0; i + 1 < nodes.size(); ++i) {
        const int a = nodes.at(i);
        const int b = nodes.at(i + 1);
        int best = -1;
        for (int l = 0; l < graph.links.size(); ++l) {
            const NetworkLink &link = graph.links.at(l);
            if ((link.from == a && link.to == b) || (link.from == b && link.to == a)) {
                if (best < 0 || link.strength() > graph.links.at(best).strength())
                    best = l;
            }
        }
        if (best >= 0)
            links.append(best);
    }
    return links;
}

NetworkGraph without(const NetworkGraph &graph, const QSet<QString> &hiddenKeys)
{
    if (hiddenKeys.isEmpty())
        return graph;
    NetworkGraph result;
    QList<int> newIndex(graph.nodes.size(), -1);
    for (int i = 0; i < graph.nodes.size(); ++i) {
        if (hiddenKeys.contains(graph.nodes.at(i).key()))
            continue;
        newIndex[i] = static_cast<int>(result.nodes.size());
        result.nodes.append(graph.nodes.at(i));
    }
    for (const NetworkLink &link : graph.links) {
        if (link.from < 0 || link.to < 0 || newIndex.at(link.from) < 0 || newIndex.at(link.to) < 0)
            continue;
        NetworkLink kept = link;
        kept.from = newIndex.at(link.from);
        kept.to = newIndex.at(link.to);
        result.links.append(kept);
    }
    result.index();
    return result;
}

NetworkGraph merged(const NetworkGraph &graph, const QHash<QString, QString> &into)
{
    if (into.isEmpty())
        return graph;
    // Follow chains (a into b, b into c) to the node that stays.
    const auto target = [&into](QString key) {
        for (int guard = 0; guard < 64 && into.contains(key); ++guard)
            key = into.value(key);
        return key;
    };
    NetworkGraph result;
    QList<int> newIndex(graph.nodes.size(), -1);
    for (int i = 0; i < graph.nodes.size(); ++i) {
        if (target(graph.nodes.at(i).key()) != graph.nodes.at(i).key())
            continue;
        newIndex[i] = static_cast<int>(result.nodes.size());
        result.nodes.append(graph.nodes.at(i));
    }
    result.index();
    for (int i = 0; i < graph.nodes.size(); ++i) {
        if (newIndex.at(i) >= 0)
            continue;
        const int kept = result.indexOf(target(graph.nodes.at(i).key()));
        newIndex[i] = kept;
        if (kept >= 0)
            result.nodes[kept].sources += graph.nodes.at(i).sources;
    }
    QHash<qint64, qsizetype> joined;
    for (const NetworkLink &link : graph.links) {
        if (link.from < 0 || link.to < 0)
            continue;
        int from = newIndex.at(link.from);
        int to = newIndex.at(link.to);
        if (from < 0 || to < 0 || from == to)
            continue;
        if (to < from && link.kind != NetworkLink::Kind::Participation)
            std::swap(from, to);
        const qint64 id = (qint64(link.kind) << 50) | (qint64(from) << 25) | qint64(to);
        if (const auto it = joined.constFind(id); it != joined.cend()) {
            NetworkLink &existing = result.links[*it];
            for (const QString &label : link.labels) {
                if (!existing.labels.contains(label))
                    existing.labels.append(label);
            }
            for (qint64 event : link.eventIds) {
                if (!existing.eventIds.contains(event))
                    existing.eventIds.append(event);
            }
            for (qint64 source : link.sourceIds) {
                if (!existing.sourceIds.contains(source))
                    existing.sourceIds.append(source);
            }
            existing.passages.append(link.passages);
            existing.contradicted = existing.contradicted || link.contradicted;
            existing.uncertain = existing.uncertain && link.uncertain;
            continue;
        }
        NetworkLink moved = link;
        moved.from = from;
        moved.to = to;
        joined.insert(id, result.links.size());
        result.links.append(moved);
    }
    return result;
}

} // namespace annalist::NetworkQueries
