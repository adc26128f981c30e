// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkBenchmark.h"

#include "PeakMemory.h"
#include "network/NetworkBuilder.h"
#include "network/NetworkLayout.h"
#include "network/NetworkPainter.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace annalist {

namespace {

constexpr double buildTargetMs = 300;
constexpr double layoutTargetMs = 3000;
constexpr double frameTargetMs = 16;
constexpr int sourceCount = 200;

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

QString milliseconds(double value)
{
    return QString::number(value, 'f', value < 10 ? 2 : 0) + QStringLiteral(" ms");
}

// Entities, sources and one event per link, all in one transaction.
Status fill(Project &project, int entities, int links)
{
    QRandomGenerator random(20261207);
    WriteTransaction transaction(project.database());
    if (!transaction.isOpen())
        return transaction.error();
    const QStringList typeNames = { QStringLiteral("Person"), QStringLiteral("Organisation"), QStringLiteral("Place") };
    QList<qint64> typeIds;
    for (const QString &name : typeNames) {
        const auto type = project.entities().findType(name);
        if (!type)
            return type.error();
        typeIds << type->id;
    }
    const QStringList given
        = { QStringLiteral("Ana"), QStringLiteral("Bo"),  QStringLiteral("Cy"),  QStringLiteral("Dee"),
            QStringLiteral("Eli"), QStringLiteral("Fay"), QStringLiteral("Gus"), QStringLiteral("Hana"),
            QStringLiteral("Ivo"), QStringLiteral("Jun") };
    QList<qint64> ids;
    for (int i = 0; i < entities; ++i) {
        Entity entity;
        const int kind = i % 10 < 7 ? 0 : (i % 10 < 9 ? 1 : 2);
        entity.typeId = typeIds.at(kind);
        entity.canonicalName = kind == 0 ? QStringLiteral("%1 Person%2").arg(given.at(i % given.size())).arg(i)
            : kind == 1                  ? QStringLiteral("Organisation %1").arg(i)
                                         : QStringLiteral("Place %1").arg(i);
        const auto id = project.entities().add(entity);
        if (!id)
            return id.error();
        ids << *id;
    }
    QList<qint64> sources;
    for (int i = 0; i < sourceCount; ++i) {
        Source source;
        source.title = QStringLiteral("Report %1").arg(i);
        source.outlet = QStringLiteral("Outlet %1").arg(i % 40);
        source.body = QStringLiteral("A synthetic report, number %1, with one sentence quoted by many events.").arg(i);
        source.originalBytes = source.body.toUtf8();
        source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
        source.published = TimeValue::day(QDate(2020, 1, 1).addDays(i * 7));
        const auto id = project.sources().add(source);
        if (!id)
            return id.error();
        sources << *id;
    }
    // Pairs drawn with a lean towards low indexes, for a few hubs among many.
    QSet<std::pair<int, int>> pairs;
    int event = 0;
    while (pairs.size() < links) {
        const double lean = random.generateDouble();
        int a = static_cast<int>(lean * lean * entities);
        int b = random.bounded(entities);
        if (a == b)
            continue;
        if (b < a)
            std::swap(a, b);
        if (pairs.contains({ a, b }))
            continue;
        pairs.insert({ a, b });
        Event item;
        item.title = QStringLiteral("Meeting %1").arg(event);
        item.time = TimeValue::day(QDate(2020, 1, 1).addDays(random.bounded(2000)));
        item.participants = { EventParticipant { ids.at(a), QString() }, EventParticipant { ids.at(b), QString() } };
        item.credibility = 1 + random.bounded(6);
        const auto id = project.events().add(item);
        if (!id)
            return id.error();
        Evidence evidence;
        evidence.eventId = *id;
        evidence.sourceId = sources.at(random.bounded(sourceCount));
        evidence.start = 0;
        evidence.end = 11;
        evidence.quote = QStringLiteral("A synthetic");
        evidence.stance = random.bounded(20) == 0 ? Evidence::Stance::Contradicts : Evidence::Stance::Supports;
        if (const auto added = project.evidence().add(evidence); !added)
            return added.error();
        ++event;
    }
    return transaction.commit();
}

} // namespace

NetworkBenchmark::NetworkBenchmark(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

bool NetworkBenchmark::run(int entities, int links, const QString &workDirectory)
{
    const qint64 pairs = qint64(entities) * (entities - 1) / 2;
    if (links > pairs / 2) {
        m_err << "annalist-cli: " << links << " links do not fit well among " << entities << " entities\n";
        return false;
    }
    QTemporaryDir temporary;
    if (workDirectory.isEmpty() && !temporary.isValid()) {
        m_err << "annalist-cli: cannot create a temporary folder: " << temporary.errorString() << "\n";
        return false;
    }
    QDir workspace(workDirectory.isEmpty() ? temporary.path() : workDirectory);
    if (!workspace.mkpath(QStringLiteral("."))) {
        m_err << "annalist-cli: cannot create the folder " << workspace.path() << "\n";
        return false;
    }
    const QString path = workspace.filePath(QStringLiteral("network.annalist"));
    for (const QString &leftover : QStringList { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") }) {
        if (QFileInfo::exists(leftover) && !QFile::remove(leftover)) {
            m_err << "annalist-cli: cannot remove " << leftover << " from an earlier run\n";
            return false;
        }
    }
    m_out << "Generating " << entities << " entities and " << links << " links in " << path << " …\n";
    m_out.flush();
    {
        auto project = Project::create(path);
        if (!project) {
            m_err << "annalist-cli: " << project.error().message << "\n";
            return false;
        }
        if (Status filled = fill(**project, entities, links); !filled) {
            m_err << "annalist-cli: " << filled.error().message << "\n";
            return false;
        }
    }
    auto project = Project::open(path);
    if (!project) {
        m_err << "annalist-cli: " << project.error().message << "\n";
        return false;
    }

    bool allMet = true;
    const auto line = [&](const QString &what, const QString &value, double measured, double target) {
        const bool met = target <= 0 || measured < target;
        allMet = allMet && met;
        m_out << QStringLiteral("| %1 | %2 | %3 |\n")
                     .arg(what, -40)
                     .arg(value, 18)
                     .arg(target <= 0
                              ? QString()
                              : (met ? QStringLiteral("< ") : QStringLiteral("MISSED < ")) + milliseconds(target));
        m_out.flush();
    };
    m_out << QStringLiteral("| %1 | %2 | %3 |\n")
                 .arg(QStringLiteral("Step"), -40)
                 .arg(QStringLiteral("Time"), 18)
                 .arg(QStringLiteral("Target"));
    m_out << QStringLiteral("| --- | ---: | --- |\n");

    NetworkBuilder builder(**project);
    NetworkGraph graph;
    QString failure;
    const Figures build = measure(5, [&] {
        const Result<NetworkGraph> built = builder.build(NetworkOptions {});
        if (built)
            graph = *built;
        else
            failure = built.error().message;
    });
    if (!failure.isEmpty()) {
        m_err << "annalist-cli: " << failure << "\n";
        return false;
    }
    line(QStringLiteral("build (%1 nodes, %2 links), median").arg(graph.nodes.size()).arg(graph.links.size()),
         milliseconds(build.median), build.median, buildTargetMs);

    NetworkPlacements placements;
    const Figures layout = measure(1, [&] {
        const auto laid = NetworkLayout::run(graph, {}, NetworkLayout::Engine::Sfdp);
        if (laid)
            placements = *laid;
        else
            failure = laid.error();
    });
    if (!failure.isEmpty()) {
        m_err << "annalist-cli: " << failure << "\n";
        return false;
    }
    line(QStringLiteral("layout, sfdp"), milliseconds(layout.median), layout.median, layoutTargetMs);

    // Twenty nodes new since the chart was arranged: only they are placed.
    NetworkPlacements kept = placements;
    for (int i = 0; i < 20 && i < graph.nodes.size(); ++i)
        kept.remove(graph.nodes.at(graph.nodes.size() - 1 - i).key());
    const Figures incremental = measure(1, [&] {
        const auto laid = NetworkLayout::run(graph, kept, NetworkLayout::Engine::Sfdp);
        if (!laid)
            failure = laid.error();
    });
    if (!failure.isEmpty()) {
        m_err << "annalist-cli: " << failure << "\n";
        return false;
    }
    line(QStringLiteral("layout of 20 new nodes, the rest pinned"), milliseconds(incremental.median),
         incremental.median, layoutTargetMs);

    // Frames of 1280 × 800 while zooming in from the whole chart, then panning.
    NetworkStyle style;
    const NetworkPainter painter(graph, placements, style);
    QImage frame(1280, 800, QImage::Format_ARGB32_Premultiplied);
    const QRectF chart = painter.bounds();
    const double fit = std::min(frame.width() / chart.width(), frame.height() / chart.height());
    double scale = fit;
    QPointF centre = chart.center();
    const auto draw = [&] {
        QPainter output(&frame);
        output.fillRect(frame.rect(), style.background);
        output.translate(frame.width() / 2.0, frame.height() / 2.0);
        output.scale(scale, scale);
        output.translate(-centre);
        const QRectF visible(centre.x() - frame.width() / 2.0 / scale, centre.y() - frame.height() / 2.0 / scale,
                             frame.width() / scale, frame.height() / scale);
        painter.paint(output, visible);
    };
    const Figures whole = measure(20, draw);
    line(QStringLiteral("frame, whole chart, median"), milliseconds(whole.median), whole.median, frameTargetMs);
    const Figures zoom = measure(30, [&] {
        scale *= 1.1;
        draw();
    });
    line(QStringLiteral("frame, zoom step, median (p95 %1)").arg(milliseconds(zoom.p95)), milliseconds(zoom.median),
         zoom.median, frameTargetMs);
    const Figures pan = measure(60, [&] {
        centre += QPointF(40 / scale, 25 / scale);
        draw();
    });
    line(QStringLiteral("frame, pan step, median (p95 %1)").arg(milliseconds(pan.p95)), milliseconds(pan.median),
         pan.median, frameTargetMs);
    m_out << QStringLiteral("| %1 | %2 | %3 |\n")
                 .arg(QStringLiteral("peak RSS"), -40)
                 .arg(QString::number(peakResidentBytes() / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB"), 18)
                 .arg(QString());
    m_out << (allMet ? "All targets met.\n" : "Some targets missed.\n");
    return allMet;
}

} // namespace annalist
