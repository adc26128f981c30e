// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkStyle.h"

#include <QCoreApplication>
#include <QPolygonF>
#include <QtMath>

#include <cmath>

namespace annalist {

NetworkStyle NetworkStyle::fromTypes(const QList<EntityType> &types)
{
    NetworkStyle style;
    for (const EntityType &type : types)
        style.typeColors.insert(type.name.toCaseFolded(), type.color);
    return style;
}

QColor NetworkStyle::colorOf(const QString &typeName) const
{
    const QColor color = typeColors.value(typeName.toCaseFolded());
    if (color.isValid())
        return color;
    return typeName.compare(QStringLiteral("Event"), Qt::CaseInsensitive) == 0 ? QColor(0x9e, 0x9e, 0xa6)
                                                                               : QColor(0x80, 0x80, 0x80);
}

QColor NetworkStyle::linkColor(NetworkLink::Kind kind) const
{
    switch (kind) {
    case NetworkLink::Kind::Event:
    case NetworkLink::Kind::Participation:
        return link;
    case NetworkLink::Kind::Place:
        return colorOf(QStringLiteral("Place")).darker(110);
    case NetworkLink::Kind::Role:
        return colorOf(QStringLiteral("Organisation")).darker(110);
    case NetworkLink::Kind::CoMention: {
        QColor faint = link;
        faint.setAlphaF(0.6f);
        return faint;
    }
    }
    return link;
}

QPen NetworkStyle::linkPen(const NetworkLink &item) const
{
    QPen pen(item.contradicted ? contradicted : linkColor(item.kind), linkWidth(item.strength()));
    pen.setCapStyle(Qt::FlatCap);
    if (item.kind == NetworkLink::Kind::CoMention)
        pen.setStyle(Qt::DotLine);
    if (item.contradicted || item.uncertain)
        pen.setStyle(Qt::DashLine);
    pen.setCosmetic(false);
    return pen;
}

double NetworkStyle::nodeRadius(int sources)
{
    return 7.0 + 3.0 * std::sqrt(static_cast<double>(std::clamp(sources, 0, 40)));
}

double NetworkStyle::linkWidth(int strength)
{
    return 0.8 + 1.2 * std::log2(static_cast<double>(std::max(1, strength)));
}

namespace {

QPolygonF regular(int corners, double radius, double turn)
{
    QPolygonF polygon;
    for (int i = 0; i < corners; ++i) {
        const double angle = turn + 2 * M_PI * i / corners;
        polygon << QPointF(radius * std::cos(angle), radius * std::sin(angle));
    }
    polygon << polygon.first();
    return polygon;
}

} // namespace

QPainterPath NetworkStyle::nodeShape(const QString &typeName, double radius)
{
    QPainterPath path;
    const QString type = typeName.toCaseFolded();
    if (type == u"person") {
        path.addEllipse(QPointF(0, 0), radius, radius);
    } else if (type == u"organisation") {
        path.addRoundedRect(QRectF(-radius, -radius, 2 * radius, 2 * radius), radius / 4, radius / 4);
    } else if (type == u"place") {
        path.addPolygon(regular(4, radius * 1.2, -M_PI / 2));
    } else if (type == u"title") {
        path.addPolygon(regular(6, radius * 1.05, 0));
    } else if (type == u"event") {
        path.addRect(QRectF(-radius * 0.8, -radius * 0.8, 1.6 * radius, 1.6 * radius));
    } else {
        path.addPolygon(regular(3, radius * 1.2, -M_PI / 2));
    }
    path.closeSubpath();
    return path;
}

QString NetworkStyle::kindLabel(NetworkLink::Kind kind)
{
    switch (kind) {
    case NetworkLink::Kind::Event:
        return QCoreApplication::translate("NetworkStyle", "same event");
    case NetworkLink::Kind::Place:
        return QCoreApplication::translate("NetworkStyle", "at the event's place");
    case NetworkLink::Kind::Role:
        return QCoreApplication::translate("NetworkStyle", "held a title");
    case NetworkLink::Kind::CoMention:
        return QCoreApplication::translate("NetworkStyle", "named in one sentence");
    case NetworkLink::Kind::Participation:
        return QCoreApplication::translate("NetworkStyle", "took part");
    }
    return {};
}

} // namespace annalist
