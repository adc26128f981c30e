// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkFixture.h"

#include "network/NetworkBuilder.h"
#include "network/NetworkQueries.h"

#include <QTest>

using namespace annalist;
using namespace annalist::test;

// Neighbourhood, shortest connection, hiding and folding nodes, on the chart of a real
// project: Cy — Bo — Ana — Acme, with Lima beside Ana and Bo.
class TestNetworkQueries : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_case.fill());
        NetworkBuilder builder(m_case.project());
        const Result<NetworkGraph> graph = builder.build(NetworkOptions {});
        ANNALIST_VERIFY_OK(graph);
        m_graph = *graph;
    }

    void neighbourhood_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<int>("steps");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("itself") << QStringLiteral("Cy Moss") << 0 << QStringList { QStringLiteral("Cy Moss") };
        QTest::newRow("one step") << QStringLiteral("Cy Moss") << 1
                                  << QStringList { QStringLiteral("Bo Lind"), QStringLiteral("Cy Moss") };
        QTest::newRow("two steps") << QStringLiteral("Cy Moss") << 2
                                   << QStringList { QStringLiteral("Ana Ruiz"), QStringLiteral("Bo Lind"),
                                                    QStringLiteral("Cy Moss"), QStringLiteral("Lima") };
        QTest::newRow("everything") << QStringLiteral("Acme") << 5
                                    << QStringList { QStringLiteral("Acme"), QStringLiteral("Ana Ruiz"),
                                                     QStringLiteral("Bo Lind"), QStringLiteral("Cy Moss"),
                                                     QStringLiteral("Lima") };
    }

    void neighbourhood()
    {
        QFETCH(QString, from);
        QFETCH(int, steps);
        QFETCH(QStringList, expected);
        QCOMPARE(names(NetworkQueries::neighbourhood(m_graph, node(from), steps)), expected);
    }

    void shortestConnection_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("across the chart") << QStringLiteral("Cy Moss") << QStringLiteral("Acme")
                                          << QStringList { QStringLiteral("Cy Moss"), QStringLiteral("Bo Lind"),
                                                           QStringLiteral("Ana Ruiz"), QStringLiteral("Acme") };
        QTest::newRow("neighbours") << QStringLiteral("Lima") << QStringLiteral("Bo Lind")
                                    << QStringList { QStringLiteral("Lima"), QStringLiteral("Bo Lind") };
    }

    void shortestConnection()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QStringList, expected);
        const QList<int> path = NetworkQueries::shortestConnection(m_graph, node(from), node(to));
        QStringList found;
        for (int index : path)
            found << m_graph.nodes.at(index).label;
        QCOMPARE(found, expected);
        QCOMPARE(NetworkQueries::linksAlong(m_graph, path).size(), path.size() - 1);
    }

    void notConnectedWhenHidden()
    {
        const NetworkGraph hidden
            = NetworkQueries::without(m_graph, { NetworkNode::keyOf(NetworkNode::Kind::Entity, m_case.bo) });
        QCOMPARE(hidden.nodes.size(), m_graph.nodes.size() - 1);
        QCOMPARE(NetworkFixture::describe(hidden),
                 (QStringList { QStringLiteral("place:Ana Ruiz+Lima!"), QStringLiteral("role:Acme+Ana Ruiz") }));
        const int cy = hidden.indexOf(NetworkNode::Kind::Entity, m_case.cy);
        const int acme = hidden.indexOf(NetworkNode::Kind::Entity, m_case.acme);
        QVERIFY(cy >= 0 && acme >= 0);
        QVERIFY(NetworkQueries::shortestConnection(hidden, cy, acme).isEmpty());
    }

    void merged()
    {
        // Cy folded into Ana: Cy's link to Bo joins Ana's, with both events behind it.
        const NetworkGraph folded
            = NetworkQueries::merged(m_graph,
                                     { { NetworkNode::keyOf(NetworkNode::Kind::Entity, m_case.cy),
                                         NetworkNode::keyOf(NetworkNode::Kind::Entity, m_case.ana) } });
        QCOMPARE(folded.nodes.size(), m_graph.nodes.size() - 1);
        QCOMPARE(NetworkFixture::describe(folded),
                 (QStringList { QStringLiteral("event:Ana Ruiz+Bo Lind!"), QStringLiteral("place:Ana Ruiz+Lima!"),
                                QStringLiteral("place:Bo Lind+Lima!"), QStringLiteral("role:Acme+Ana Ruiz") }));
        const int ana = folded.indexOf(NetworkNode::Kind::Entity, m_case.ana);
        QCOMPARE(folded.nodes.at(ana).sources, 3);
        for (const NetworkLink &link : folded.links) {
            if (link.kind == NetworkLink::Kind::Event)
                QCOMPARE(link.eventIds, (QList<qint64> { m_case.meeting, m_case.talk }));
        }
    }

private:
    int node(const QString &name) const
    {
        for (int i = 0; i < m_graph.nodes.size(); ++i) {
            if (m_graph.nodes.at(i).label == name)
                return i;
        }
        return -1;
    }

    QStringList names(const QSet<int> &nodes) const
    {
        QStringList result;
        for (int index : nodes)
            result << m_graph.nodes.at(index).label;
        result.sort();
        return result;
    }

    NetworkFixture m_case;
    NetworkGraph m_graph;
};

QTEST_GUILESS_MAIN(TestNetworkQueries)
#include "tst_networkqueries.moc"
