// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkPositionStore.h"

#include "storage/Project.h"
#include "storage/SqlErrors.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QVariant>

namespace annalist {

NetworkPositionStore::NetworkPositionStore(Project &project)
    : m_project(project)
{ }

Result<NetworkPlacements> NetworkPositionStore::load(const QString &chart)
{
    QSqlQuery query(m_project.database());
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT node, x, y, moved FROM network_positions WHERE chart = ?"));
    query.addBindValue(chart);
    if (!query.exec())
        return sqlError(query, QStringLiteral("read the positions of the chart"));
    NetworkPlacements placements;
    while (query.next())
        placements.insert(
            query.value(0).toString(),
            NodePlacement { QPointF(query.value(1).toDouble(), query.value(2).toDouble()), query.value(3).toBool() });
    return placements;
}

Status NetworkPositionStore::save(const QString &chart, const NetworkPlacements &placements)
{
    WriteTransaction transaction(m_project.database());
    if (!transaction.isOpen())
        return transaction.error();
    QSqlQuery query(m_project.database());
    query.prepare(QStringLiteral("INSERT INTO network_positions (chart, node, x, y, moved) VALUES (?, ?, ?, ?, ?)"
                                 " ON CONFLICT (chart, node) DO UPDATE SET x = excluded.x, y = excluded.y,"
                                 " moved = excluded.moved"));
    for (auto it = placements.cbegin(); it != placements.cend(); ++it) {
        query.bindValue(0, chart);
        query.bindValue(1, it.key());
        query.bindValue(2, it->position.x());
        query.bindValue(3, it->position.y());
        query.bindValue(4, it->moved ? 1 : 0);
        if (!query.exec())
            return sqlError(query, QStringLiteral("keep the positions of the chart"));
    }
    return transaction.commit();
}

Status NetworkPositionStore::move(const QString &chart, const QString &node, const QPointF &position)
{
    return save(chart, NetworkPlacements { { node, NodePlacement { position, true } } });
}

Status NetworkPositionStore::clear(const QString &chart)
{
    QSqlQuery query(m_project.database());
    query.prepare(QStringLiteral("DELETE FROM network_positions WHERE chart = ?"));
    query.addBindValue(chart);
    if (!query.exec())
        return sqlError(query, QStringLiteral("forget the positions of the chart"));
    return ok();
}

} // namespace annalist
