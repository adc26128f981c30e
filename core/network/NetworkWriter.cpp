// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkWriter.h"

#include "NetworkPainter.h"

#include <QFile>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QXmlStreamWriter>

namespace annalist {

namespace {

QString number(double value)
{
    return QString::number(value, 'f', 2);
}

QString svgPath(const QPainterPath &path)
{
    QString d;
    for (int i = 0; i < path.elementCount(); ++i) {
        const QPainterPath::Element element = path.elementAt(i);
        if (element.isMoveTo())
            d += QStringLiteral("M%1 %2 ").arg(number(element.x), number(element.y));
        else if (element.isLineTo())
            d += QStringLiteral("L%1 %2 ").arg(number(element.x), number(element.y));
        else if (element.isCurveTo()) {
            const QPainterPath::Element c2 = path.elementAt(i + 1);
            const QPainterPath::Element end = path.elementAt(i + 2);
            d += QStringLiteral("C%1 %2 %3 %4 %5 %6 ")
                     .arg(number(element.x), number(element.y), number(c2.x), number(c2.y), number(end.x),
                          number(end.y));
            i += 2;
        }
    }
    return d + u'Z';
}

QString spanText(const TimeValue &span)
{
    return span.toEdtf();
}

QString dotQuoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\"));
    escaped.replace(u'"', QStringLiteral("\\\""));
    escaped.replace(u'\n', QStringLiteral("\\n"));
    return u'"' + escaped + u'"';
}

QString dashArray(const NetworkLink &link)
{
    if (link.contradicted || link.uncertain)
        return QStringLiteral("6 4");
    if (link.kind == NetworkLink::Kind::CoMention)
        return QStringLiteral("1.5 3");
    return {};
}

} // namespace

NetworkWriter::NetworkWriter(const NetworkGraph &graph, const NetworkPlacements &placements, const NetworkStyle &style)
    : m_graph(graph)
    , m_placements(placements)
    , m_style(style)
{ }

QString NetworkWriter::formatName(Format format)
{
    switch (format) {
    case Format::Svg:
        return QStringLiteral("svg");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::GraphMl:
        return QStringLiteral("graphml");
    case Format::Gexf:
        return QStringLiteral("gexf");
    case Format::Dot:
        return QStringLiteral("dot");
    }
    return {};
}

bool NetworkWriter::formatFromName(const QString &name, Format *format)
{
    for (Format candidate : { Format::Svg, Format::Pdf, Format::GraphMl, Format::Gexf, Format::Dot }) {
        if (formatName(candidate) == name.toLower()) {
            *format = candidate;
            return true;
        }
    }
    return false;
}

QString NetworkWriter::svg() const
{
    const NetworkPainter painter(m_graph, m_placements, m_style);
    const QSizeF legend = painter.legendSize();
    QRectF box = painter.bounds().adjusted(-10, -10, 10, 10);
    if (box.isNull())
        box = QRectF(0, 0, 100, 100);
    const double width = std::max(box.width(), legend.width());
    const double height = box.height() + legend.height() + 10;

    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("svg"));
    xml.writeDefaultNamespace(QStringLiteral("http://www.w3.org/2000/svg"));
    xml.writeAttribute(QStringLiteral("width"), number(width));
    xml.writeAttribute(QStringLiteral("height"), number(height));
    xml.writeAttribute(
        QStringLiteral("viewBox"),
        QStringLiteral("%1 %2 %3 %4").arg(number(box.left()), number(box.top()), number(width), number(height)));
    xml.writeStartElement(QStringLiteral("rect"));
    xml.writeAttribute(QStringLiteral("x"), number(box.left()));
    xml.writeAttribute(QStringLiteral("y"), number(box.top()));
    xml.writeAttribute(QStringLiteral("width"), number(width));
    xml.writeAttribute(QStringLiteral("height"), number(height));
    xml.writeAttribute(QStringLiteral("fill"), m_style.background.name());
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("links"));
    for (const NetworkLink &link : m_graph.links) {
        const auto from = m_placements.constFind(m_graph.nodes.at(link.from).key());
        const auto to = m_placements.constFind(m_graph.nodes.at(link.to).key());
        if (from == m_placements.cend() || to == m_placements.cend())
            continue;
        const QPen pen = m_style.linkPen(link);
        xml.writeStartElement(QStringLiteral("line"));
        xml.writeAttribute(QStringLiteral("x1"), number(from->position.x()));
        xml.writeAttribute(QStringLiteral("y1"), number(from->position.y()));
        xml.writeAttribute(QStringLiteral("x2"), number(to->position.x()));
        xml.writeAttribute(QStringLiteral("y2"), number(to->position.y()));
        xml.writeAttribute(QStringLiteral("stroke"), pen.color().name());
        if (pen.color().alphaF() < 1)
            xml.writeAttribute(QStringLiteral("stroke-opacity"), number(pen.color().alphaF()));
        xml.writeAttribute(QStringLiteral("stroke-width"), number(pen.widthF()));
        if (const QString dashes = dashArray(link); !dashes.isEmpty())
            xml.writeAttribute(QStringLiteral("stroke-dasharray"), dashes);
        xml.writeTextElement(QStringLiteral("title"), link.labels.join(QStringLiteral("; ")));
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("g"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("nodes"));
    xml.writeAttribute(QStringLiteral("font-family"), QStringLiteral("sans-serif"));
    xml.writeAttribute(QStringLiteral("font-size"), QStringLiteral("7.5"));
    for (const NetworkNode &node : m_graph.nodes) {
        const auto at = m_placements.constFind(node.key());
        if (at == m_placements.cend())
            continue;
        const double radius = NetworkStyle::nodeRadius(node.sources);
        const QColor fill = m_style.colorOf(node.typeName);
        xml.writeStartElement(QStringLiteral("path"));
        xml.writeAttribute(QStringLiteral("d"),
                           svgPath(NetworkStyle::nodeShape(node.typeName, radius).translated(at->position)));
        xml.writeAttribute(QStringLiteral("fill"), fill.name());
        xml.writeAttribute(QStringLiteral("stroke"), fill.darker(150).name());
        xml.writeTextElement(QStringLiteral("title"), node.label);
        xml.writeEndElement();
        const QPointF origin = NetworkPainter::labelOrigin(at->position, radius);
        xml.writeStartElement(QStringLiteral("text"));
        xml.writeAttribute(QStringLiteral("x"), number(origin.x()));
        xml.writeAttribute(QStringLiteral("y"), number(origin.y()));
        xml.writeAttribute(QStringLiteral("text-anchor"), QStringLiteral("middle"));
        xml.writeAttribute(QStringLiteral("fill"), m_style.text.name());
        xml.writeCharacters(node.label);
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QString NetworkWriter::graphMl() const
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("graphml"));
    xml.writeDefaultNamespace(QStringLiteral("http://graphml.graphdrawing.org/xmlns"));
    struct KeyDef
    {
        const char *id;
        const char *forWhat;
        const char *name;
        const char *type;
    };
    const KeyDef keys[] = {
        { "label", "node", "label", "string" },
        { "type", "node", "type", "string" },
        { "sources", "node", "sources", "int" },
        { "x", "node", "x", "double" },
        { "y", "node", "y", "double" },
        { "kind", "edge", "kind", "string" },
        { "labels", "edge", "labels", "string" },
        { "strength", "edge", "strength", "int" },
        { "events", "edge", "events", "int" },
        { "passages", "edge", "passages", "int" },
        { "contradicted", "edge", "contradicted", "boolean" },
        { "uncertain", "edge", "uncertain", "boolean" },
        { "span", "edge", "span", "string" },
    };
    for (const KeyDef &key : keys) {
        xml.writeStartElement(QStringLiteral("key"));
        xml.writeAttribute(QStringLiteral("id"), QString::fromLatin1(key.id));
        xml.writeAttribute(QStringLiteral("for"), QString::fromLatin1(key.forWhat));
        xml.writeAttribute(QStringLiteral("attr.name"), QString::fromLatin1(key.name));
        xml.writeAttribute(QStringLiteral("attr.type"), QString::fromLatin1(key.type));
        xml.writeEndElement();
    }
    const auto data = [&xml](const QString &key, const QString &value) {
        xml.writeStartElement(QStringLiteral("data"));
        xml.writeAttribute(QStringLiteral("key"), key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    };
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("chart"));
    xml.writeAttribute(QStringLiteral("edgedefault"), QStringLiteral("undirected"));
    for (const NetworkNode &node : m_graph.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), node.key());
        data(QStringLiteral("label"), node.label);
        data(QStringLiteral("type"), node.typeName);
        data(QStringLiteral("sources"), QString::number(node.sources));
        if (const auto at = m_placements.constFind(node.key()); at != m_placements.cend()) {
            data(QStringLiteral("x"), number(at->position.x()));
            data(QStringLiteral("y"), number(at->position.y()));
        }
        xml.writeEndElement();
    }
    int id = 0;
    for (const NetworkLink &link : m_graph.links) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QStringLiteral("l%1").arg(id++));
        xml.writeAttribute(QStringLiteral("source"), m_graph.nodes.at(link.from).key());
        xml.writeAttribute(QStringLiteral("target"), m_graph.nodes.at(link.to).key());
        data(QStringLiteral("kind"), linkKindName(link.kind));
        data(QStringLiteral("labels"), link.labels.join(QStringLiteral("; ")));
        data(QStringLiteral("strength"), QString::number(link.strength()));
        data(QStringLiteral("events"), QString::number(link.eventIds.size()));
        data(QStringLiteral("passages"), QString::number(link.passages.size()));
        data(QStringLiteral("contradicted"), link.contradicted ? QStringLiteral("true") : QStringLiteral("false"));
        data(QStringLiteral("uncertain"), link.uncertain ? QStringLiteral("true") : QStringLiteral("false"));
        data(QStringLiteral("span"), spanText(link.span));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QString NetworkWriter::gexf() const
{
    QString out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    const QString viz = QStringLiteral("http://gexf.net/1.3/viz");
    xml.writeNamespace(viz, QStringLiteral("viz"));
    xml.writeStartElement(QStringLiteral("gexf"));
    xml.writeDefaultNamespace(QStringLiteral("http://gexf.net/1.3"));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("1.3"));
    xml.writeStartElement(QStringLiteral("meta"));
    xml.writeTextElement(QStringLiteral("creator"), QStringLiteral("Annalist"));
    xml.writeEndElement();
    xml.writeStartElement(QStringLiteral("graph"));
    xml.writeAttribute(QStringLiteral("defaultedgetype"), QStringLiteral("undirected"));
    xml.writeAttribute(QStringLiteral("mode"), QStringLiteral("static"));

    const auto attributes = [&xml](const QString &forWhat, const QList<std::pair<QString, QString>> &list) {
        xml.writeStartElement(QStringLiteral("attributes"));
        xml.writeAttribute(QStringLiteral("class"), forWhat);
        for (const auto &[title, type] : list) {
            xml.writeStartElement(QStringLiteral("attribute"));
            xml.writeAttribute(QStringLiteral("id"), title);
            xml.writeAttribute(QStringLiteral("title"), title);
            xml.writeAttribute(QStringLiteral("type"), type);
            xml.writeEndElement();
        }
        xml.writeEndElement();
    };
    attributes(QStringLiteral("node"),
               { { QStringLiteral("type"), QStringLiteral("string") },
                 { QStringLiteral("sources"), QStringLiteral("integer") } });
    attributes(QStringLiteral("edge"),
               { { QStringLiteral("kind"), QStringLiteral("string") },
                 { QStringLiteral("labels"), QStringLiteral("string") },
                 { QStringLiteral("events"), QStringLiteral("integer") },
                 { QStringLiteral("passages"), QStringLiteral("integer") },
                 { QStringLiteral("contradicted"), QStringLiteral("boolean") },
                 { QStringLiteral("uncertain"), QStringLiteral("boolean") },
                 { QStringLiteral("span"), QStringLiteral("string") } });
    const auto value = [&xml](const QString &forAttribute, const QString &text) {
        xml.writeStartElement(QStringLiteral("attvalue"));
        xml.writeAttribute(QStringLiteral("for"), forAttribute);
        xml.writeAttribute(QStringLiteral("value"), text);
        xml.writeEndElement();
    };

    xml.writeStartElement(QStringLiteral("nodes"));
    for (const NetworkNode &node : m_graph.nodes) {
        xml.writeStartElement(QStringLiteral("node"));
        xml.writeAttribute(QStringLiteral("id"), node.key());
        xml.writeAttribute(QStringLiteral("label"), node.label);
        xml.writeStartElement(QStringLiteral("attvalues"));
        value(QStringLiteral("type"), node.typeName);
        value(QStringLiteral("sources"), QString::number(node.sources));
        xml.writeEndElement();
        const QColor color = m_style.colorOf(node.typeName);
        xml.writeStartElement(viz, QStringLiteral("color"));
        xml.writeAttribute(QStringLiteral("r"), QString::number(color.red()));
        xml.writeAttribute(QStringLiteral("g"), QString::number(color.green()));
        xml.writeAttribute(QStringLiteral("b"), QString::number(color.blue()));
        xml.writeEndElement();
        xml.writeStartElement(viz, QStringLiteral("size"));
        xml.writeAttribute(QStringLiteral("value"), number(NetworkStyle::nodeRadius(node.sources)));
        xml.writeEndElement();
        if (const auto at = m_placements.constFind(node.key()); at != m_placements.cend()) {
            // GEXF's y axis points up.
            xml.writeStartElement(viz, QStringLiteral("position"));
            xml.writeAttribute(QStringLiteral("x"), number(at->position.x()));
            xml.writeAttribute(QStringLiteral("y"), number(-at->position.y()));
            xml.writeAttribute(QStringLiteral("z"), QStringLiteral("0"));
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();

    xml.writeStartElement(QStringLiteral("edges"));
    int id = 0;
    for (const NetworkLink &link : m_graph.links) {
        xml.writeStartElement(QStringLiteral("edge"));
        xml.writeAttribute(QStringLiteral("id"), QString::number(id++));
        xml.writeAttribute(QStringLiteral("source"), m_graph.nodes.at(link.from).key());
        xml.writeAttribute(QStringLiteral("target"), m_graph.nodes.at(link.to).key());
        xml.writeAttribute(QStringLiteral("weight"), QString::number(link.strength()));
        if (!link.labels.isEmpty())
            xml.writeAttribute(QStringLiteral("label"), link.labels.join(QStringLiteral("; ")));
        xml.writeStartElement(QStringLiteral("attvalues"));
        value(QStringLiteral("kind"), linkKindName(link.kind));
        value(QStringLiteral("labels"), link.labels.join(QStringLiteral("; ")));
        value(QStringLiteral("events"), QString::number(link.eventIds.size()));
        value(QStringLiteral("passages"), QString::number(link.passages.size()));
        value(QStringLiteral("contradicted"), link.contradicted ? QStringLiteral("true") : QStringLiteral("false"));
        value(QStringLiteral("uncertain"), link.uncertain ? QStringLiteral("true") : QStringLiteral("false"));
        value(QStringLiteral("span"), spanText(link.span));
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

QString NetworkWriter::dot() const
{
    QString out = QStringLiteral("graph chart {\n  node [style=filled, fontsize=8];\n");
    for (const NetworkNode &node : m_graph.nodes) {
        const QString shape = node.typeName == u"Person" ? QStringLiteral("ellipse")
            : node.typeName == u"Organisation"           ? QStringLiteral("box")
            : node.typeName == u"Place"                  ? QStringLiteral("diamond")
            : node.typeName == u"Title"                  ? QStringLiteral("hexagon")
                                                         : QStringLiteral("triangle");
        out += QStringLiteral("  %1 [label=%2, shape=%3, fillcolor=%4")
                   .arg(dotQuoted(node.key()), dotQuoted(node.label), shape,
                        dotQuoted(m_style.colorOf(node.typeName).name()));
        if (const auto at = m_placements.constFind(node.key()); at != m_placements.cend())
            out += QStringLiteral(", pos=\"%1,%2!\"")
                       .arg(number(at->position.x() / 72), number(-at->position.y() / 72));
        out += QStringLiteral("];\n");
    }
    for (const NetworkLink &link : m_graph.links) {
        QStringList attributes { QStringLiteral("kind=") + dotQuoted(linkKindName(link.kind)),
                                 QStringLiteral("penwidth=") + number(NetworkStyle::linkWidth(link.strength())) };
        if (!link.labels.isEmpty())
            attributes << QStringLiteral("tooltip=") + dotQuoted(link.labels.join(QStringLiteral("; ")));
        if (link.contradicted || link.uncertain)
            attributes << QStringLiteral("style=dashed");
        else if (link.kind == NetworkLink::Kind::CoMention)
            attributes << QStringLiteral("style=dotted");
        out += QStringLiteral("  %1 -- %2 [%3];\n")
                   .arg(dotQuoted(m_graph.nodes.at(link.from).key()), dotQuoted(m_graph.nodes.at(link.to).key()),
                        attributes.join(QStringLiteral(", ")));
    }
    return out + QStringLiteral("}\n");
}

QString NetworkWriter::writePdf(const QString &path) const
{
    const NetworkPainter painter(m_graph, m_placements, m_style);
    const QSizeF legend = painter.legendSize();
    QRectF box = painter.bounds().adjusted(-10, -10, 10, 10);
    if (box.isNull())
        box = QRectF(0, 0, 100, 100);
    const QSizeF page(std::max(box.width(), legend.width()), box.height() + legend.height() + 10);
    QPdfWriter writer(path);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(page, QPageSize::Point, QString(), QPageSize::ExactMatch));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(QStringLiteral("Link chart"));
    writer.setCreator(QStringLiteral("Annalist"));
    QPainter output;
    if (!output.begin(&writer))
        return QStringLiteral("could not write %1").arg(path);
    output.fillRect(QRectF(QPointF(0, 0), page), m_style.background);
    output.translate(-box.left(), -box.top());
    painter.paint(output);
    painter.paintLegend(output, QPointF(box.left(), box.bottom() + 5));
    if (!output.end())
        return QStringLiteral("could not write %1").arg(path);
    return {};
}

QString NetworkWriter::write(const QString &path, Format format) const
{
    if (format == Format::Pdf)
        return writePdf(path);
    QString text;
    switch (format) {
    case Format::Svg:
        text = svg();
        break;
    case Format::GraphMl:
        text = graphMl();
        break;
    case Format::Gexf:
        text = gexf();
        break;
    case Format::Dot:
        text = dot();
        break;
    case Format::Pdf:
        break;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0 || !file.commit())
        return QStringLiteral("could not write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace annalist
