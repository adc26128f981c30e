// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReportLinkChart.h"

#include "chronology/ChronologyEntry.h"
#include "network/NetworkBuilder.h"
#include "network/NetworkPainter.h"
#include "network/NetworkPositionStore.h"
#include "storage/EntityRepository.h"
#include "storage/Project.h"

#include <QPainter>

namespace annalist {

Result<std::shared_ptr<const ReportLinkChart>>
ReportLinkChart::make(Project &project, const QList<ChronologyEntry> &entries, const ChronologyFilter &filter)
{
    auto chart = std::make_shared<ReportLinkChart>();
    NetworkOptions options;
    options.filter = filter;
    const Result<NetworkGraph> graph = NetworkBuilder(project).build(entries, options);
    if (!graph)
        return graph.error();
    chart->m_graph = *graph;
    const Result<NetworkPlacements> kept = NetworkPositionStore(project).load(QStringLiteral("network"));
    if (!kept)
        return kept.error();
    const auto placements = NetworkLayout::run(chart->m_graph, *kept);
    if (!placements)
        return StorageError { StorageError::Code::Io, placements.error() };
    chart->m_placements = *placements;
    const Result<QList<EntityType>> types = project.entities().types();
    if (!types)
        return types.error();
    chart->m_style = NetworkStyle::fromTypes(*types);
    return std::shared_ptr<const ReportLinkChart>(std::move(chart));
}

double ReportLinkChart::heightFor(double width, double unitsPerPoint) const
{
    const NetworkPainter painter(m_graph, m_placements, m_style);
    const QRectF bounds = painter.bounds();
    if (bounds.isEmpty())
        return 0;
    return width * bounds.height() / bounds.width() + (painter.legendSize().height() + 8) * unitsPerPoint;
}

void ReportLinkChart::paint(QPainter &painter, const QRectF &box, double unitsPerPoint) const
{
    const NetworkPainter chart(m_graph, m_placements, m_style);
    const QRectF bounds = chart.bounds();
    if (bounds.isEmpty())
        return;
    const double legendHeight = (chart.legendSize().height() + 8) * unitsPerPoint;
    const QRectF area(box.left(), box.top(), box.width(), std::max(1.0, box.height() - legendHeight));
    const double scale = std::min(area.width() / bounds.width(), area.height() / bounds.height());
    painter.save();
    painter.translate(area.center());
    painter.scale(scale, scale);
    painter.translate(-bounds.center());
    chart.paint(painter);
    painter.restore();
    painter.save();
    painter.translate(box.left(), box.bottom() - legendHeight + 8 * unitsPerPoint);
    painter.scale(unitsPerPoint, unitsPerPoint);
    chart.paintLegend(painter, QPointF(0, 0));
    painter.restore();
}

} // namespace annalist
