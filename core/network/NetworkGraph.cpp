// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkGraph.h"

#include <QSet>

namespace annalist {

int NetworkLink::strength() const
{
    return std::max<int>(1, static_cast<int>(sourceIds.size()));
}

int NetworkGraph::indexOf(NetworkNode::Kind kind, qint64 id) const
{
    return indexOf(NetworkNode::keyOf(kind, id));
}

int NetworkGraph::indexOf(const QString &key) const
{
    return m_byKey.value(key, -1);
}

QList<int> NetworkGraph::linksOf(int index) const
{
    QList<int> result;
    for (int i = 0; i < links.size(); ++i) {
        if (links.at(i).from == index || links.at(i).to == index)
            result << i;
    }
    return result;
}

void NetworkGraph::index()
{
    m_byKey.clear();
    m_byKey.reserve(nodes.size());
    for (int i = 0; i < nodes.size(); ++i)
        m_byKey.insert(nodes.at(i).key(), i);
}

QString linkKindName(NetworkLink::Kind kind)
{
    switch (kind) {
    case NetworkLink::Kind::Event:
        return QStringLiteral("event");
    case NetworkLink::Kind::Place:
        return QStringLiteral("place");
    case NetworkLink::Kind::Role:
        return QStringLiteral("role");
    case NetworkLink::Kind::CoMention:
        return QStringLiteral("co-mention");
    case NetworkLink::Kind::Participation:
        return QStringLiteral("participation");
    }
    return {};
}

} // namespace annalist
