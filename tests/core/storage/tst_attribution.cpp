// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Every decision of an analyst records who made it and when, written by the database
// itself: on a project file the computer account's login name, on a server the user
// who logged in. Proposals are not decisions; a copy keeps the attribution it carries.

#include "ProjectFixture.h"

#include "storage/ProjectCopy.h"

#include <QDateTime>
#include <QSqlQuery>
#include <QTest>

using namespace annalist;

class TestAttribution : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void decisionsRecordWhoAndWhen_data();
    void decisionsRecordWhoAndWhen();
    void proposalsAreNotAttributed();
    void confirmingAProposalAttributesIt();
    void aClientCannotClaimAnotherName();
    void copyKeepsTheAttribution();

private:
    std::pair<QString, qint64> attributionOf(const QString &table, qint64 id);

    test::ProjectFixture m_fixture;
};

void TestAttribution::init()
{
    QVERIFY(m_fixture.create());
}

void TestAttribution::cleanup()
{
    m_fixture.close();
}

std::pair<QString, qint64> TestAttribution::attributionOf(const QString &table, qint64 id)
{
    QSqlQuery query(m_fixture.project().database());
    query.prepare(QStringLiteral("SELECT changed_by, changed_at FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return { QStringLiteral("(no row)"), -1 };
    return { query.value(0).toString(), query.value(1).toLongLong() };
}

void TestAttribution::decisionsRecordWhoAndWhen_data()
{
    QTest::addColumn<QString>("table");
    QTest::newRow("event") << QStringLiteral("events");
    QTest::newRow("entity") << QStringLiteral("entities");
    QTest::newRow("confirmed mention") << QStringLiteral("mentions");
    QTest::newRow("source") << QStringLiteral("sources");
}

void TestAttribution::decisionsRecordWhoAndWhen()
{
    QFETCH(QString, table);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const qint64 source = m_fixture.addTextSource(QStringLiteral("Adrian Pell chaired the tender board."));
    const qint64 entity = m_fixture.addEntity(QStringLiteral("Adrian Pell"));
    const qint64 mention = m_fixture.addMentionOf(entity, source, QStringLiteral("Adrian Pell"));
    const qint64 event = m_fixture.addEvent(QStringLiteral("Tender board meets"));
    const QHash<QString, qint64> ids = { { QStringLiteral("sources"), source },
                                         { QStringLiteral("entities"), entity },
                                         { QStringLiteral("mentions"), mention },
                                         { QStringLiteral("events"), event } };
    const auto [who, when] = attributionOf(table, ids.value(table));
    QCOMPARE(who, m_fixture.project().userName());
    QVERIFY(!who.isEmpty());
    QVERIFY2(when >= before - 1000 && when <= QDateTime::currentMSecsSinceEpoch() + 1000,
             qPrintable(QString::number(when - before)));
}

void TestAttribution::proposalsAreNotAttributed()
{
    const qint64 source = m_fixture.addTextSource(QStringLiteral("Lina Okoro spoke."));
    const qint64 entity = m_fixture.addEntity(QStringLiteral("Lina Okoro"));
    const qint64 mention
        = m_fixture.addMentionOf(entity, source, QStringLiteral("Lina Okoro"), Mention::Status::Candidate);
    const auto [who, when] = attributionOf(QStringLiteral("mentions"), mention);
    QCOMPARE(who, QString());
    QCOMPARE(when, 0);
    const auto read = m_fixture.project().mentions().find(mention);
    ANNALIST_VERIFY_OK(read);
    QCOMPARE(read->changedBy, QString());
}

void TestAttribution::confirmingAProposalAttributesIt()
{
    const qint64 source = m_fixture.addTextSource(QStringLiteral("Lina Okoro spoke."));
    const qint64 entity = m_fixture.addEntity(QStringLiteral("Lina Okoro"));
    const qint64 mention
        = m_fixture.addMentionOf(entity, source, QStringLiteral("Lina Okoro"), Mention::Status::Candidate);
    ANNALIST_VERIFY_OK(m_fixture.project().mentions().setStatus(mention, Mention::Status::Confirmed));
    const auto read = m_fixture.project().mentions().find(mention);
    ANNALIST_VERIFY_OK(read);
    QCOMPARE(read->changedBy, m_fixture.project().userName());
    QVERIFY(read->changedAt > 0);
}

void TestAttribution::aClientCannotClaimAnotherName()
{
    const qint64 event = m_fixture.addEvent(QStringLiteral("Tender board meets"));
    QSqlQuery query(m_fixture.project().database());
    QVERIFY(query.exec(
        QStringLiteral("UPDATE events SET changed_by = 'someone else', changed_at = 1 WHERE id = %1").arg(event)));
    const auto [who, when] = attributionOf(QStringLiteral("events"), event);
    QCOMPARE(who, m_fixture.project().userName());
    QVERIFY(when > 1);
    const auto read = m_fixture.project().events().find(event);
    ANNALIST_VERIFY_OK(read);
    QCOMPARE(read->changedBy, who);
    QCOMPARE(read->changedAt, when);
}

void TestAttribution::copyKeepsTheAttribution()
{
    const qint64 event = m_fixture.addEvent(QStringLiteral("Tender board meets"));
    const auto original = attributionOf(QStringLiteral("events"), event);
    QTest::qWait(20);
    QTemporaryDir dir;
    auto copy = Project::create(dir.filePath(QStringLiteral("copy.annalist")));
    ANNALIST_VERIFY_OK(copy);
    ANNALIST_VERIFY_OK(ProjectCopy::copy(m_fixture.project(), **copy));
    QSqlQuery query((*copy)->database());
    QVERIFY(query.exec(QStringLiteral("SELECT changed_by, changed_at FROM events WHERE id = %1").arg(event)));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), original.first);
    QCOMPARE(query.value(1).toLongLong(), original.second);
}

QTEST_GUILESS_MAIN(TestAttribution)
#include "tst_attribution.moc"
