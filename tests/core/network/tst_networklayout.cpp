// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkFixture.h"

#include "network/NetworkBuilder.h"
#include "network/NetworkLayout.h"
#include "network/NetworkPositionStore.h"

#include <QTest>

using namespace annalist;
using namespace annalist::test;

Q_DECLARE_METATYPE(annalist::NetworkLayout::Engine)
Q_DECLARE_METATYPE(annalist::NetworkLayout::Scope)

// Graphviz lays the chart out; the project keeps the positions, a node moved by hand
// stays where it was put, and a new node is placed without moving the others.
class TestNetworkLayout : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(m_case.fill()); }

    void engines_data()
    {
        QTest::addColumn<NetworkLayout::Engine>("engine");
        QTest::newRow("sfdp") << NetworkLayout::Engine::Sfdp;
        QTest::newRow("neato") << NetworkLayout::Engine::Neato;
        QTest::newRow("dot") << NetworkLayout::Engine::Dot;
    }

    void engines()
    {
        QFETCH(NetworkLayout::Engine, engine);
        const NetworkGraph graph = build();
        const auto placements = NetworkLayout::run(graph, {}, engine);
        QVERIFY2(placements, qPrintable(placements ? QString() : placements.error()));
        QCOMPARE(placements->size(), graph.nodes.size());
        // Every node has a place of its own.
        QSet<std::pair<int, int>> distinct;
        for (const NodePlacement &placement : *placements) {
            QVERIFY(!placement.moved);
            distinct.insert({ qRound(placement.position.x()), qRound(placement.position.y()) });
        }
        QCOMPARE(distinct.size(), graph.nodes.size());
    }

    void positionsStableAcrossReload_data() { engines_data(); }

    void positionsStableAcrossReload()
    {
        QFETCH(NetworkLayout::Engine, engine);
        const NetworkGraph graph = build();
        const auto placements = NetworkLayout::run(graph, {}, engine);
        QVERIFY(placements);
        ANNALIST_VERIFY_OK(NetworkPositionStore(m_case.project()).save(QStringLiteral("network"), *placements));

        QVERIFY(m_case.reopen());
        const auto loaded = NetworkPositionStore(m_case.project()).load(QStringLiteral("network"));
        ANNALIST_VERIFY_OK(loaded);
        QCOMPARE(*loaded, *placements);
        // Laid out again, nothing moves.
        const auto again = NetworkLayout::run(build(), *loaded, engine);
        QVERIFY(again);
        QCOMPARE(*again, *placements);
    }

    void handMovedNodeStays_data()
    {
        QTest::addColumn<NetworkLayout::Scope>("scope");
        QTest::addColumn<bool>("othersMayMove");
        QTest::newRow("new nodes only") << NetworkLayout::Scope::NewNodes << false;
        QTest::newRow("all but what was moved") << NetworkLayout::Scope::AllButMoved << true;
    }

    void handMovedNodeStays()
    {
        QFETCH(NetworkLayout::Scope, scope);
        QFETCH(bool, othersMayMove);
        NetworkPositionStore store(m_case.project());
        const NetworkGraph graph = build();
        const auto placements = NetworkLayout::run(graph, {});
        QVERIFY(placements);
        ANNALIST_VERIFY_OK(store.save(QStringLiteral("network"), *placements));
        const QString bo = NetworkNode::keyOf(NetworkNode::Kind::Entity, m_case.bo);
        const QPointF put(-500, 400);
        ANNALIST_VERIFY_OK(store.move(QStringLiteral("network"), bo, put));

        // A new person joins the meeting: the chart grows by one node.
        const qint64 dee = m_case.addEntity(QStringLiteral("Dee Park"));
        Result<Event> meeting = m_case.project().events().find(m_case.meeting);
        QVERIFY(meeting);
        meeting->participants.append(EventParticipant { dee, QStringLiteral("aide") });
        ANNALIST_VERIFY_OK(m_case.project().events().update(*meeting));

        QVERIFY(m_case.reopen());
        const auto kept = NetworkPositionStore(m_case.project()).load(QStringLiteral("network"));
        ANNALIST_VERIFY_OK(kept);
        QCOMPARE(kept->value(bo), (NodePlacement { put, true }));
        const NetworkGraph grown = build();
        QCOMPARE(grown.nodes.size(), graph.nodes.size() + 1);
        const auto relaid = NetworkLayout::run(grown, *kept, NetworkLayout::Engine::Sfdp, scope);
        QVERIFY2(relaid, qPrintable(relaid ? QString() : relaid.error()));
        QCOMPARE(relaid->size(), grown.nodes.size());
        QCOMPARE(relaid->value(bo), (NodePlacement { put, true }));
        const QString deeKey = NetworkNode::keyOf(NetworkNode::Kind::Entity, dee);
        QVERIFY(relaid->contains(deeKey));
        QVERIFY(relaid->value(deeKey).position != put);
        if (!othersMayMove) {
            for (auto it = kept->cbegin(); it != kept->cend(); ++it)
                QCOMPARE(relaid->value(it.key()), *it);
        }

        // Asked to, everything moves, the hand-moved node too.
        const auto all = NetworkLayout::run(grown, *kept, NetworkLayout::Engine::Sfdp, NetworkLayout::Scope::All);
        QVERIFY(all);
        QVERIFY(!all->value(bo).moved);
    }

private:
    NetworkGraph build()
    {
        NetworkBuilder builder(m_case.project());
        const Result<NetworkGraph> graph = builder.build(NetworkOptions {});
        return graph ? *graph : NetworkGraph {};
    }

    NetworkFixture m_case;
};

QTEST_GUILESS_MAIN(TestNetworkLayout)
#include "tst_networklayout.moc"
