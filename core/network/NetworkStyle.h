// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkGraph.h"

#include "model/Entity.h"

#include <QColor>
#include <QHash>
#include <QPainterPath>
#include <QPen>
#include <QString>

namespace annalist {

// How the chart looks, shared by the view, the figure of the report and the files:
// a node's shape and colour by its type, its size by its sources; a link's width by its
// strength, its colour by its kind, dotted for a co-mention and dashed when contradicted
// or uncertain.
struct NetworkStyle
{
    QColor background = Qt::white;
    QColor text = QColor(0x20, 0x20, 0x20);
    QColor link = QColor(0x70, 0x70, 0x78);
    QColor contradicted = QColor(0xc0, 0x39, 0x2b);
    QColor selection = QColor(0x30, 0x8c, 0xc6);
    // Colours by case-folded type name; "event" for event nodes.
    QHash<QString, QColor> typeColors;

    // The project's colours for its types.
    static NetworkStyle fromTypes(const QList<EntityType> &types);

    QColor colorOf(const QString &typeName) const;
    QColor linkColor(NetworkLink::Kind kind) const;
    QPen linkPen(const NetworkLink &link) const;

    // Half the width of a node with that many sources, in points.
    static double nodeRadius(int sources);
    // The node's outline centred on (0, 0): a circle for a person, a rounded square for
    // an organisation, a diamond for a place, a hexagon for a title, a square for an
    // event, a triangle for any other type.
    static QPainterPath nodeShape(const QString &typeName, double radius);
    static double linkWidth(int strength);
    // Translated names of the link kinds, for legends.
    static QString kindLabel(NetworkLink::Kind kind);
};

} // namespace annalist
