// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkFixture.h"

#include "network/NetworkBuilder.h"

#include <QTest>

using namespace annalist;
using namespace annalist::test;

Q_DECLARE_METATYPE(annalist::NetworkOptions)

// The link chart built from a real project file: which links a filter, the time slider
// and the options leave, and the evidence each link carries.
class TestNetworkBuilder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_case.fill()); }

    void links_data()
    {
        QTest::addColumn<NetworkOptions>("options");
        QTest::addColumn<QStringList>("expected");

        const QStringList meetingLinks
            = { QStringLiteral("event:Ana Ruiz+Bo Lind!"), QStringLiteral("place:Ana Ruiz+Lima!"),
                QStringLiteral("place:Bo Lind+Lima!") };
        const QString talk = QStringLiteral("event:Bo Lind+Cy Moss?");
        const QString role = QStringLiteral("role:Acme+Ana Ruiz");

        NetworkOptions options;
        QTest::newRow("everything") << options << (meetingLinks + QStringList { talk, role });

        options = {};
        options.filter.entityId = m_case.cy;
        QTest::newRow("entity: only its events and roles") << options << QStringList { talk };

        options = {};
        options.filter.lane = QStringLiteral("Trade");
        QTest::newRow("lane: no roles") << options << QStringList { talk };

        options = {};
        options.filter.sourceId = m_case.wire;
        QTest::newRow("source") << options << (meetingLinks + QStringList { talk });

        options = {};
        options.filter.to = NetworkFixture::at(2024, 3, 1);
        QTest::newRow("time range keeps undated events and the role")
            << options << (meetingLinks + QStringList { role });

        options = {};
        options.filter.credibilityAtLeast = 3;
        QTest::newRow("credibility") << options << meetingLinks;

        options = {};
        options.filter.conflictsOnly = true;
        QTest::newRow("conflicts only") << options << meetingLinks;

        options = {};
        options.filter.text = QStringLiteral("VISITS");
        QTest::newRow("words") << options << QStringList { QStringLiteral("place:Ana Ruiz+Lima?") };

        options = {};
        options.asOf = NetworkFixture::at(2024, 3, 15);
        QTest::newRow("as it stood before the denial")
            << options
            << QStringList { QStringLiteral("event:Ana Ruiz+Bo Lind"), QStringLiteral("place:Ana Ruiz+Lima"),
                             QStringLiteral("place:Bo Lind+Lima"), role };

        options = {};
        options.asOf = NetworkFixture::at(2024, 1, 1);
        QTest::newRow("as it stood before the meeting") << options << QStringList { role };

        options = {};
        options.asOf = NetworkFixture::at(2022, 6, 1);
        QTest::newRow("as it stood before the role") << options << QStringList {};

        options = {};
        options.roles = false;
        QTest::newRow("roles off") << options << (meetingLinks + QStringList { talk });

        options = {};
        options.coMentions = true;
        QTest::newRow("co-mentions") << options
                                     << (meetingLinks
                                         + QStringList { talk, role, QStringLiteral("co-mention:Ana Ruiz+Bo Lind"),
                                                         QStringLiteral("co-mention:Ana Ruiz+Lima"),
                                                         QStringLiteral("co-mention:Bo Lind+Lima"),
                                                         QStringLiteral("co-mention:Acme+Ana Ruiz"),
                                                         QStringLiteral("co-mention:Bo Lind+Cy Moss") });

        options = {};
        options.coMentions = true;
        options.filter.sourceId = m_case.herald;
        QTest::newRow("co-mentions of one source")
            << options
            << (meetingLinks
                + QStringList { QStringLiteral("co-mention:Ana Ruiz+Bo Lind"),
                                QStringLiteral("co-mention:Ana Ruiz+Lima"), QStringLiteral("co-mention:Bo Lind+Lima"),
                                QStringLiteral("co-mention:Acme+Ana Ruiz") });

        options = {};
        options.eventNodes = true;
        QTest::newRow("events as nodes") << options
                                         << QStringList { QStringLiteral("participation:Ana Ruiz+Ana meets Bo!"),
                                                          QStringLiteral("participation:Ana meets Bo+Bo Lind!"),
                                                          QStringLiteral("participation:Ana meets Bo+Lima!"),
                                                          QStringLiteral("participation:Bo Lind+Cy and Bo speak?"),
                                                          QStringLiteral("participation:Cy Moss+Cy and Bo speak?"),
                                                          QStringLiteral("participation:Ana Ruiz+Ana visits Lima?"),
                                                          QStringLiteral("participation:Ana visits Lima+Lima?"),
                                                          role };
    }

    void links()
    {
        QFETCH(NetworkOptions, options);
        QFETCH(QStringList, expected);
        NetworkBuilder builder(m_case.project());
        const Result<NetworkGraph> graph = builder.build(options);
        ANNALIST_VERIFY_OK(graph);
        expected.sort();
        QCOMPARE(NetworkFixture::describe(*graph), expected);
        for (const NetworkLink &link : graph->links) {
            QVERIFY(link.from >= 0 && link.from < graph->nodes.size());
            QVERIFY(link.to >= 0 && link.to < graph->nodes.size());
        }
    }

    void evidence_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<QList<qint64>>("events");
        QTest::addColumn<QList<qint64>>("sources");
        QTest::addColumn<QStringList>("labels");
        QTest::addColumn<QString>("stances");
        QTest::addColumn<QString>("span");

        QTest::newRow("meeting, reported and denied")
            << QStringLiteral("event:Ana Ruiz+Bo Lind!") << QList<qint64> { m_case.meeting }
            << QList<qint64> { m_case.herald, m_case.wire } << QStringList { QStringLiteral("Ana meets Bo") }
            << QStringLiteral("SC") << QStringLiteral("2024-02-20");
        QTest::newRow("a place with the participant's role")
            << QStringLiteral("place:Ana Ruiz+Lima!") << QList<qint64> { m_case.meeting, m_case.visit }
            << QList<qint64> { m_case.herald, m_case.wire } << QStringList { QStringLiteral("host") }
            << QStringLiteral("SCM") << QStringLiteral("2024-02-20");
        QTest::newRow("a title held, with its time span")
            << QStringLiteral("role:Acme+Ana Ruiz") << QList<qint64> {} << QList<qint64> {}
            << QStringList { QStringLiteral("Director") } << QString() << QStringLiteral("2023-01-01/2024-12-31");
    }

    void evidence()
    {
        QFETCH(QString, link);
        QFETCH(QList<qint64>, events);
        QFETCH(QList<qint64>, sources);
        QFETCH(QStringList, labels);
        QFETCH(QString, stances);
        QFETCH(QString, span);

        NetworkBuilder builder(m_case.project());
        const Result<NetworkGraph> graph = builder.build(NetworkOptions {});
        ANNALIST_VERIFY_OK(graph);
        const NetworkLink *found = nullptr;
        for (const NetworkLink &candidate : graph->links) {
            if (NetworkFixture::describe(*graph, candidate) == link)
                found = &candidate;
        }
        QVERIFY2(found, qPrintable(link));
        QCOMPARE(found->eventIds, events);
        QCOMPARE(found->sourceIds, sources);
        QCOMPARE(found->labels, labels);
        QString stanceLetters;
        for (const LinkPassage &passage : found->passages) {
            stanceLetters += passage.stance == Evidence::Stance::Supports ? u'S'
                : passage.stance == Evidence::Stance::Contradicts         ? u'C'
                                                                          : u'M';
            QVERIFY(!passage.quote.isEmpty());
            QCOMPARE(passage.grade,
                     passage.sourceId == m_case.herald ? ReliabilityGrade::B : ReliabilityGrade::Unrated);
        }
        QCOMPARE(stanceLetters, stances);
        QCOMPARE(found->span.toEdtf(), span);
        QCOMPARE(found->strength(), std::max<int>(1, static_cast<int>(sources.size())));
    }

    void nodes_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("type");
        QTest::addColumn<int>("sources");
        QTest::newRow("named in both sources") << QStringLiteral("Ana Ruiz") << QStringLiteral("Person") << 2;
        QTest::newRow("named in one") << QStringLiteral("Cy Moss") << QStringLiteral("Person") << 1;
        QTest::newRow("organisation") << QStringLiteral("Acme") << QStringLiteral("Organisation") << 1;
        QTest::newRow("place") << QStringLiteral("Lima") << QStringLiteral("Place") << 1;
    }

    void nodes()
    {
        QFETCH(QString, name);
        QFETCH(QString, type);
        QFETCH(int, sources);
        NetworkBuilder builder(m_case.project());
        const Result<NetworkGraph> graph = builder.build(NetworkOptions {});
        ANNALIST_VERIFY_OK(graph);
        QCOMPARE(graph->nodes.size(), 5);
        for (const NetworkNode &node : graph->nodes) {
            if (node.label != name)
                continue;
            QCOMPARE(node.typeName, type);
            QCOMPARE(node.sources, sources);
            QCOMPARE(graph->indexOf(node.key()), graph->indexOf(NetworkNode::Kind::Entity, node.id));
            return;
        }
        QFAIL(qPrintable(name + QStringLiteral(" is not in the chart")));
    }

private:
    NetworkFixture m_case;
};

QTEST_GUILESS_MAIN(TestNetworkBuilder)
#include "tst_networkbuilder.moc"
