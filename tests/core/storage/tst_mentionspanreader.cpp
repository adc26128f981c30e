// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/MentionSpanReader.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class TestMentionSpanReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void listMatchesTheRepositoryWithoutText();
    void rangeHoldsTheMentionsStartingInIt_data();
    void rangeHoldsTheMentionsStartingInIt();
    void otherSourcesStayOut();
    void failsOnAClosedDatabase();

private:
    qint64 addSource(const QString &body);

    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_source = 0;
    qint64 m_other = 0;
};

qint64 TestMentionSpanReader::addSource(const QString &body)
{
    Source source;
    source.title = body.left(10);
    source.body = body;
    source.originalBytes = body.toUtf8();
    source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
    const Result<qint64> id = m_project->sources().add(source);
    return id ? *id : 0;
}

void TestMentionSpanReader::initTestCase()
{
    auto created = Project::create(m_dir.filePath(QStringLiteral("spans.annalist")));
    QVERIFY(created);
    m_project = std::move(*created);
    m_source = addSource(QString(5000, u'x'));
    m_other = addSource(QString(5000, u'y'));
    QVERIFY(m_source && m_other);
    Entity entity;
    entity.typeId = m_project->entities().types()->first().id;
    entity.canonicalName = QStringLiteral("Someone");
    const qint64 entityId = *m_project->entities().add(entity);

    // Out of order, overlapping, with every status and origin, and text to leave behind.
    QRandomGenerator random(5);
    QList<Mention> mentions;
    for (int i = 0; i < 300; ++i) {
        Mention mention;
        mention.entityId = entityId;
        mention.sourceId = i % 10 == 0 ? m_other : m_source;
        mention.start = int(random.bounded(4900));
        mention.end = mention.start + 1 + int(random.bounded(60));
        mention.status = static_cast<Mention::Status>(random.bounded(3));
        mention.origin = static_cast<Mention::Origin>(random.bounded(3));
        mention.quote = QStringLiteral("quote %1").arg(i);
        mention.contextBefore = QStringLiteral("before");
        mention.contextAfter = QStringLiteral("after");
        mentions.append(mention);
    }
    QVERIFY(m_project->mentions().addAll(mentions));
}

void TestMentionSpanReader::cleanupTestCase()
{
    m_project.reset();
}

void TestMentionSpanReader::listMatchesTheRepositoryWithoutText()
{
    MentionSpanReader reader(m_project->database());
    const Result<QList<Mention>> spans = reader.list(m_source);
    const Result<QList<Mention>> full = m_project->mentions().listForSource(m_source);
    QVERIFY(spans && full);
    QCOMPARE(spans->size(), full->size());
    QCOMPARE(spans->size(), 270);
    for (qsizetype i = 0; i < spans->size(); ++i) {
        const Mention &span = spans->at(i);
        const Mention &mention = full->at(i);
        QCOMPARE(span.id, mention.id);
        QCOMPARE(span.entityId, mention.entityId);
        QCOMPARE(span.sourceId, mention.sourceId);
        QCOMPARE(span.start, mention.start);
        QCOMPARE(span.end, mention.end);
        QCOMPARE(span.status, mention.status);
        QCOMPARE(span.origin, mention.origin);
        QVERIFY(span.quote.isEmpty() && span.contextBefore.isEmpty() && span.contextAfter.isEmpty());
    }
}

void TestMentionSpanReader::rangeHoldsTheMentionsStartingInIt_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::newRow("start") << 0 << 500;
    QTest::newRow("middle") << 2000 << 2600;
    QTest::newRow("one character") << 1234 << 1235;
    QTest::newRow("empty") << 300 << 300;
    QTest::newRow("past the end") << 6000 << 9000;
    QTest::newRow("everything") << 0 << 10000;
}

void TestMentionSpanReader::rangeHoldsTheMentionsStartingInIt()
{
    QFETCH(int, from);
    QFETCH(int, to);
    MentionSpanReader reader(m_project->database());
    const Result<QList<Mention>> all = reader.list(m_source);
    const Result<QList<Mention>> range = reader.listStartingIn(m_source, from, to);
    QVERIFY(all && range);
    QList<qint64> expected;
    for (const Mention &mention : *all) {
        if (mention.start >= from && mention.start < to)
            expected << mention.id;
    }
    QList<qint64> actual;
    for (const Mention &mention : *range)
        actual << mention.id;
    // Same ids in the same (text) order.
    QCOMPARE(actual, expected);
}

void TestMentionSpanReader::otherSourcesStayOut()
{
    MentionSpanReader reader(m_project->database());
    const Result<QList<Mention>> other = reader.list(m_other);
    QVERIFY(other);
    QCOMPARE(other->size(), 30);
    for (const Mention &mention : *other)
        QCOMPARE(mention.sourceId, m_other);
    QVERIFY(reader.list(123456)->isEmpty());
}

void TestMentionSpanReader::failsOnAClosedDatabase()
{
    QSqlDatabase closed;
    MentionSpanReader reader(closed);
    const Result<QList<Mention>> spans = reader.list(m_source);
    QVERIFY(!spans);
    QVERIFY(spans.error().message.contains(QStringLiteral("list the mentions")));
}

QTEST_GUILESS_MAIN(TestMentionSpanReader)
#include "tst_mentionspanreader.moc"
