// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Times the link chart's real view, apart from the correctness suite:
//   bench_network [entities] [links]
// Makes a network of 2,000 entities and 10,000 links (a few hubs among many), lays it
// out with Graphviz, shows it in a NetworkView under the offscreen platform and
// measures frames while zooming in from the whole chart and panning. Prints medians
// and 95th percentiles against the 16 ms frame target; exit code 1 when one is missed.

#include "network/NetworkLayout.h"
#include "ui/network/NetworkView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <cstdlib>
#include <functional>

using namespace annalist;

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
};

Figures measure(int repetitions, const std::function<void()> &step)
{
    QList<double> samples;
    for (int run = 0; run < repetitions; ++run) {
        QElapsedTimer timer;
        timer.start();
        step();
        samples << timer.nsecsElapsed() / 1e6;
    }
    std::sort(samples.begin(), samples.end());
    return { samples.at(samples.size() / 2),
             samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 95 / 100)) };
}

NetworkGraph generate(int entities, int links)
{
    QRandomGenerator random(20261207);
    const QStringList types = { QStringLiteral("Person"), QStringLiteral("Organisation"), QStringLiteral("Place") };
    NetworkGraph graph;
    for (int i = 0; i < entities; ++i) {
        const QString type = types.at(i % 10 < 7 ? 0 : (i % 10 < 9 ? 1 : 2));
        graph.nodes.append(NetworkNode { NetworkNode::Kind::Entity, i + 1, QStringLiteral("%1 %2").arg(type).arg(i),
                                         type, int(random.bounded(12)) });
    }
    QSet<std::pair<int, int>> pairs;
    while (pairs.size() < links) {
        const double lean = random.generateDouble();
        int a = int(lean * lean * entities);
        int b = int(random.bounded(entities));
        if (a == b)
            continue;
        if (b < a)
            std::swap(a, b);
        if (pairs.contains({ a, b }))
            continue;
        pairs.insert({ a, b });
        NetworkLink link;
        link.from = a;
        link.to = b;
        link.kind = random.bounded(5) == 0 ? NetworkLink::Kind::Place : NetworkLink::Kind::Event;
        link.sourceIds = { qint64(random.bounded(200)) };
        link.uncertain = random.bounded(10) == 0;
        graph.links.append(link);
    }
    graph.index();
    return graph;
}

void paint(NetworkView &view)
{
    const QPixmap frame = view.viewport()->grab();
    if (frame.isNull())
        std::abort();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int entities = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    const int links = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 10000;
    QTextStream out(stdout);

    const NetworkGraph graph = generate(entities, links);
    const auto placements = NetworkLayout::run(graph, {});
    if (!placements) {
        out << placements.error() << "\n";
        return 2;
    }
    NetworkView view;
    view.resize(1280, 800);
    view.show();
    QElapsedTimer load;
    load.start();
    view.setChart(graph, *placements, true);
    paint(view);
    const double loadMs = load.nsecsElapsed() / 1e6;

    const Figures whole = measure(20, [&] { paint(view); });
    bool zoomingIn = true;
    const double fit = view.zoom();
    const Figures zoom = measure(60, [&] {
        if (view.zoom() > fit * 20)
            zoomingIn = false;
        else if (view.zoom() < fit * 1.1)
            zoomingIn = true;
        view.zoomBy(zoomingIn ? 1.2 : 1 / 1.2);
        paint(view);
    });
    view.fitAll();
    view.zoomBy(4);
    int direction = 1;
    const Figures pan = measure(120, [&] {
        QScrollBar *bar = view.horizontalScrollBar();
        if (bar->value() + 60 > bar->maximum())
            direction = -1;
        else if (bar->value() - 60 < bar->minimum())
            direction = 1;
        bar->setValue(bar->value() + direction * 60);
        paint(view);
    });

    const auto row = [&out](const QString &what, const Figures &figures) {
        out << QStringLiteral("| %1 | %2 ms | %3 ms |\n")
                   .arg(what, -34)
                   .arg(figures.median, 7, 'f', 2)
                   .arg(figures.p95, 7, 'f', 2);
    };
    out << QStringLiteral("Link chart with %1 nodes and %2 links, 1280x800 viewport, offscreen\n")
               .arg(graph.nodes.size())
               .arg(graph.links.size());
    out << QStringLiteral("Chart set and first frame: %1 ms\n").arg(loadMs, 0, 'f', 1);
    out << "| Step | Median | 95th percentile |\n| --- | ---: | ---: |\n";
    row(QStringLiteral("frame, whole chart"), whole);
    row(QStringLiteral("zoom step (repaint)"), zoom);
    row(QStringLiteral("pan step (scroll + repaint)"), pan);
    out.flush();
    return zoom.median < 16 && pan.median < 16 ? 0 : 1;
}
