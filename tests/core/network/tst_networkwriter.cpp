// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkFixture.h"
#include "PopplerTools.h"

#include "network/NetworkBuilder.h"
#include "network/NetworkLayout.h"
#include "network/NetworkWriter.h"

#include <QFile>
#include <QGuiApplication>
#include <QTest>
#include <QXmlStreamReader>

using namespace annalist;
using namespace annalist::test;

// What a file of the chart holds, read back with an XML reader of its own: nodes by
// key with label and position, links as "kind:from-to".
struct ReadBack
{
    QHash<QString, QString> labels;
    QHash<QString, QPointF> positions;
    QStringList links;
    QString error;
};

namespace {

ReadBack readGraphMl(const QString &text)
{
    ReadBack back;
    QXmlStreamReader xml(text);
    QString node;
    QString key;
    QString source, target, kind;
    QPointF position;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"node") {
                node = attributes.value(QLatin1String("id")).toString();
                position = {};
            } else if (xml.name() == u"edge") {
                source = attributes.value(QLatin1String("source")).toString();
                target = attributes.value(QLatin1String("target")).toString();
            } else if (xml.name() == u"data") {
                key = attributes.value(QLatin1String("key")).toString();
                const QString value = xml.readElementText();
                if (!node.isEmpty() && key == u"label")
                    back.labels.insert(node, value);
                else if (!node.isEmpty() && key == u"x")
                    position.setX(value.toDouble());
                else if (!node.isEmpty() && key == u"y")
                    position.setY(value.toDouble());
                else if (key == u"kind")
                    kind = value;
            }
        } else if (xml.isEndElement()) {
            if (xml.name() == u"node") {
                back.positions.insert(node, position);
                node.clear();
            } else if (xml.name() == u"edge") {
                back.links << kind + u':' + source + u'-' + target;
            }
        }
    }
    if (xml.hasError())
        back.error = xml.errorString();
    return back;
}

ReadBack readGexf(const QString &text)
{
    ReadBack back;
    QXmlStreamReader xml(text);
    QString node;
    QString source, target, kind;
    bool inEdge = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QXmlStreamAttributes attributes = xml.attributes();
            if (xml.name() == u"node") {
                node = attributes.value(QLatin1String("id")).toString();
                back.labels.insert(node, attributes.value(QLatin1String("label")).toString());
            } else if (xml.name() == u"position" && xml.namespaceUri() == u"http://gexf.net/1.3/viz") {
                back.positions.insert(node,
                                      QPointF(attributes.value(QLatin1String("x")).toDouble(),
                                              -attributes.value(QLatin1String("y")).toDouble()));
            } else if (xml.name() == u"edge") {
                inEdge = true;
                source = attributes.value(QLatin1String("source")).toString();
                target = attributes.value(QLatin1String("target")).toString();
            } else if (xml.name() == u"attvalue" && inEdge && attributes.value(QLatin1String("for")) == u"kind") {
                kind = attributes.value(QLatin1String("value")).toString();
            }
        } else if (xml.isEndElement() && xml.name() == u"edge") {
            inEdge = false;
            back.links << kind + u':' + source + u'-' + target;
        }
    }
    if (xml.hasError())
        back.error = xml.errorString();
    return back;
}

} // namespace

class TestNetworkWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_case.fill());
        NetworkBuilder builder(m_case.project());
        NetworkOptions options;
        options.coMentions = true;
        const Result<NetworkGraph> graph = builder.build(options);
        ANNALIST_VERIFY_OK(graph);
        m_graph = *graph;
        const auto placements = NetworkLayout::run(m_graph, {});
        QVERIFY(placements);
        m_placements = *placements;
        for (const NetworkLink &link : m_graph.links)
            m_links << linkKindName(link.kind) + u':' + m_graph.nodes.at(link.from).key() + u'-'
                    + m_graph.nodes.at(link.to).key();
        m_links.sort();
    }

    void parsedBack_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("GraphML") << QStringLiteral("graphml");
        QTest::newRow("GEXF") << QStringLiteral("gexf");
    }

    void parsedBack()
    {
        QFETCH(QString, format);
        NetworkWriter::Format chosen;
        QVERIFY(NetworkWriter::formatFromName(format, &chosen));
        const NetworkStyle style;
        const NetworkWriter writer(m_graph, m_placements, style);
        const QString path = m_dir.filePath(QStringLiteral("chart.") + format);
        const QString error = writer.write(path, chosen);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        const ReadBack back = format == u"graphml" ? readGraphMl(text) : readGexf(text);
        QVERIFY2(back.error.isEmpty(), qPrintable(back.error));

        QCOMPARE(back.labels.size(), m_graph.nodes.size());
        for (const NetworkNode &node : m_graph.nodes) {
            QCOMPARE(back.labels.value(node.key()), node.label);
            const QPointF written = back.positions.value(node.key());
            const QPointF expected = m_placements.value(node.key()).position;
            QVERIFY(std::abs(written.x() - expected.x()) < 0.01 && std::abs(written.y() - expected.y()) < 0.01);
        }
        QStringList links = back.links;
        links.sort();
        QCOMPARE(links, m_links);
    }

    void vector_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("SVG") << QStringLiteral("svg");
        QTest::newRow("PDF") << QStringLiteral("pdf");
        QTest::newRow("dot") << QStringLiteral("dot");
    }

    // The vector files name every node; SVG has a line per link and a shape per node,
    // PDF keeps its text as text, dot has a statement per link.
    void vector()
    {
        QFETCH(QString, format);
        NetworkWriter::Format chosen;
        QVERIFY(NetworkWriter::formatFromName(format, &chosen));
        const NetworkStyle style;
        const NetworkWriter writer(m_graph, m_placements, style);
        const QString path = m_dir.filePath(QStringLiteral("chart.") + format);
        const QString error = writer.write(path, chosen);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QString text;
        if (format == u"pdf") {
            if (!PopplerTools::available())
                QSKIP("poppler-utils are not installed");
            text = PopplerTools::text(path);
            QVERIFY(text.contains(QStringLiteral("Legend")));
        } else {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            text = QString::fromUtf8(file.readAll());
        }
        for (const NetworkNode &node : m_graph.nodes)
            QVERIFY2(text.contains(node.label), qPrintable(node.label));
        if (format == u"svg") {
            QXmlStreamReader xml(text);
            int lines = 0, shapes = 0;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isStartElement() && xml.name() == u"line")
                    ++lines;
                if (xml.isStartElement() && xml.name() == u"path")
                    ++shapes;
            }
            QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
            QCOMPARE(lines, m_graph.links.size());
            QCOMPARE(shapes, m_graph.nodes.size());
            QVERIFY(text.contains(QStringLiteral("stroke-dasharray")));
        }
        if (format == u"dot")
            QCOMPARE(text.count(QStringLiteral(" -- ")), m_graph.links.size());
    }

    void unknownFormat()
    {
        NetworkWriter::Format chosen;
        QVERIFY(!NetworkWriter::formatFromName(QStringLiteral("png"), &chosen));
    }

private:
    NetworkFixture m_case;
    NetworkGraph m_graph;
    NetworkPlacements m_placements;
    QStringList m_links;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestNetworkWriter)
#include "tst_networkwriter.moc"
