// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Source.h"
#include "storage/FullTextSearch.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include "ProjectFixture.h"

#include <QCryptographicHash>
#include <QTest>

using namespace annalist;

class TestFullTextSearch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void findsSourcesAndExactOffsets_data();
    void findsSourcesAndExactOffsets();
    void snippetsShowContext();
    void limitsSources();
    void rejectsInvalidQueries_data();
    void rejectsInvalidQueries();

private:
    test::ProjectFixture m_project;
    QMap<QString, qint64> m_ids;
    QMap<qint64, QString> m_bodies;
};

void TestFullTextSearch::initTestCase()
{
    QVERIFY(m_project.create());
    const QMap<QString, QString> texts = {
        { QStringLiteral("port"),
          QStringLiteral("Port deal\nThe concession for the Port of Sorrel went to Bellwether Marine. "
                         "Critics called the port tender tailored.") },
        { QStringLiteral("audit"),
          QStringLiteral("Audit\nAn audit found payments to Greyfield Advisory before the concession.") },
        { QStringLiteral("cafe"),
          QStringLiteral("Café talks\nOfficials met at a café in Aventa to discuss the bilateral understanding.") },
        { QStringLiteral("title only"), QStringLiteral("Fisheries quota\nFishermen protested in the harbour.") },
    };
    for (auto it = texts.cbegin(); it != texts.cend(); ++it) {
        Source source;
        source.title = it.value().section(u'\n', 0, 0);
        source.body = it.value();
        source.originalBytes = it.value().toUtf8();
        source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
        auto id = m_project->sources().add(source);
        QVERIFY(id);
        m_ids.insert(it.key(), *id);
        m_bodies.insert(*id, it.value());
    }
}

void TestFullTextSearch::findsSourcesAndExactOffsets_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<QString>("matchedWord");

    QTest::newRow("word") << QStringLiteral("concession")
                          << QStringList { QStringLiteral("audit"), QStringLiteral("port") }
                          << QStringLiteral("concession");
    QTest::newRow("case folded") << QStringLiteral("GREYFIELD") << QStringList { QStringLiteral("audit") }
                                 << QStringLiteral("Greyfield");
    QTest::newRow("diacritics folded") << QStringLiteral("cafe") << QStringList { QStringLiteral("cafe") }
                                       << QStringLiteral("Café");
    QTest::newRow("phrase") << QStringLiteral("\"bilateral understanding\"") << QStringList { QStringLiteral("cafe") }
                            << QStringLiteral("bilateral understanding");
    QTest::newRow("prefix") << QStringLiteral("tail*") << QStringList { QStringLiteral("port") }
                            << QStringLiteral("tailored");
    QTest::newRow("and not") << QStringLiteral("concession NOT audit") << QStringList { QStringLiteral("port") }
                             << QStringLiteral("concession");
    QTest::newRow("or") << QStringLiteral("Greyfield OR Bellwether")
                        << QStringList { QStringLiteral("audit"), QStringLiteral("port") } << QString();
    QTest::newRow("accent typed") << QStringLiteral("CAFÉ") << QStringList { QStringLiteral("cafe") }
                                  << QStringLiteral("café");
    QTest::newRow("words side by side") << QStringLiteral("port concession") << QStringList { QStringLiteral("port") }
                                        << QString();
    QTest::newRow("grouped") << QStringLiteral("(Greyfield OR Bellwether) NOT tender")
                             << QStringList { QStringLiteral("audit") } << QStringLiteral("greyfield");
    QTest::newRow("prefix phrase") << QStringLiteral("\"port ten\"*") << QStringList { QStringLiteral("port") }
                                   << QString();
    QTest::newRow("quote in a word") << QStringLiteral("Sorrel's") << QStringList {} << QString();
    QTest::newRow("no match") << QStringLiteral("cartel") << QStringList {} << QString();
}

void TestFullTextSearch::findsSourcesAndExactOffsets()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    QFETCH(QString, matchedWord);

    auto hits = m_project->search().search(query);
    QVERIFY2(hits, qPrintable(hits ? QString() : hits.error().message));
    QStringList found;
    for (const SearchHit &hit : *hits) {
        found << m_ids.key(hit.sourceId);
        QVERIFY(!hit.title.isEmpty());
        QVERIFY(!hit.matches.isEmpty());
        for (const SearchMatch &match : hit.matches) {
            // Offsets point into the stored body exactly.
            QCOMPARE(m_bodies.value(hit.sourceId).mid(match.offset, match.length), match.text);
            if (!matchedWord.isEmpty())
                QCOMPARE(match.text.toCaseFolded(), matchedWord.toCaseFolded());
        }
    }
    found.sort();
    QCOMPARE(found, expected);
}

void TestFullTextSearch::snippetsShowContext()
{
    auto hits = m_project->search().search(QStringLiteral("Greyfield"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    const SearchMatch match = hits->first().matches.first();
    QCOMPARE(match.text, QStringLiteral("Greyfield"));
    QVERIFY2(match.before.endsWith(QStringLiteral("payments to ")), qPrintable(match.before));
    QVERIFY2(match.after.startsWith(QStringLiteral(" Advisory")), qPrintable(match.after));
    QVERIFY(!match.before.contains(u'\n'));
}

void TestFullTextSearch::limitsSources()
{
    auto hits = m_project->search().search(QStringLiteral("the"), 2);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 2);
    QVERIFY(hits->at(0).score >= hits->at(1).score);
}

void TestFullTextSearch::rejectsInvalidQueries_data()
{
    QTest::addColumn<QString>("query");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("dangling operator") << QStringLiteral("port AND");
    QTest::newRow("open parenthesis") << QStringLiteral("(port");
    QTest::newRow("unterminated phrase") << QStringLiteral("\"port deal");
    QTest::newRow("unknown column") << QStringLiteral("author:pell");
}

void TestFullTextSearch::rejectsInvalidQueries()
{
    QFETCH(QString, query);
    auto hits = m_project->search().search(query);
    QVERIFY(!hits);
    QCOMPARE(hits.error().code, StorageError::Code::InvalidQuery);
    QVERIFY(!hits.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestFullTextSearch)
#include "tst_fulltextsearch.moc"
