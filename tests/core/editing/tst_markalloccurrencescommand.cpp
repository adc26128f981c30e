// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/MarkAllOccurrencesCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"
#include "TestData.h"

#include <QDir>
#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

class TestMarkAllOccurrencesCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void marksEverySeedThatNamesHim_data();
    void marksEverySeedThatNamesHim();
    void undoRemovesExactlyWhatWasAdded();
    void survivesReopening();
    void failures_data();
    void failures();

private:
    QList<Mention> added(qint64 sourceId);

    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    QHash<QString, qint64> m_sources; // by the file name's three-digit prefix
    QList<qint64> m_allSources;
    qint64 m_rubio = 0;
    QList<Mention> m_existing;
};

void TestMarkAllOccurrencesCommand::init()
{
    const QString seeds = test::seedsDirectory();
    if (seeds.isEmpty() || QDir(seeds).entryList({ QStringLiteral("*.txt") }, QDir::Files).size() < 5)
        QSKIP("the seed articles are not available");
    QVERIFY(m_fixture.create());

    m_sources.clear();
    m_allSources.clear();
    const QStringList files = QDir(seeds).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QString text = QString::fromUtf8(test::readFile(QDir(seeds).filePath(file)));
        const qint64 id = m_fixture.addSource(text.section(u'\n', 0, 0), text);
        QVERIFY(id > 0);
        m_sources.insert(file.left(3), id);
        m_allSources.append(id);
    }

    m_rubio = m_fixture.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"), { QStringLiteral("Rubio") });
    const qint64 senator = m_fixture.addEntity(QStringLiteral("Senator Marco Rubio"), QStringLiteral("Title"));
    QVERIFY(m_rubio > 0);
    QVERIFY(senator > 0);
    // Spans already marked, in full or in part, must not get a candidate on top.
    QVERIFY(
        m_fixture.addMentionOf(senator, m_sources.value(QStringLiteral("000")), QStringLiteral("Senator Marco Rubio")));
    QVERIFY(m_fixture.addMentionOf(m_rubio, m_sources.value(QStringLiteral("001")), QStringLiteral("Marco Rubio")));
    QVERIFY(m_fixture.addMentionOf(m_rubio, m_sources.value(QStringLiteral("004")), QStringLiteral("Rubio's"),
                                   Mention::Status::Rejected));
    m_existing.clear();
    for (qint64 id : std::as_const(m_allSources))
        m_existing.append(*m_fixture.project().mentions().listForSource(id));
    QCOMPARE(m_existing.size(), 3);
}

void TestMarkAllOccurrencesCommand::cleanup()
{
    m_fixture.close();
}

QList<Mention> TestMarkAllOccurrencesCommand::added(qint64 sourceId)
{
    QList<Mention> result;
    const Result<QList<Mention>> mentions = m_fixture.project().mentions().listForSource(sourceId);
    if (!mentions)
        return result;
    for (const Mention &mention : *mentions) {
        const bool existed = std::any_of(m_existing.cbegin(), m_existing.cend(),
                                         [&mention](const Mention &old) { return old.id == mention.id; });
        if (!existed)
            result.append(mention);
    }
    return result;
}

void TestMarkAllOccurrencesCommand::marksEverySeedThatNamesHim_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<int>("expected");

    // Whole-word occurrences of "Marco Rubio" or else "Rubio", less those already marked.
    QTest::newRow("000 senator, one marked as a title") << QStringLiteral("000") << 1;
    QTest::newRow("001 five, one confirmed") << QStringLiteral("001") << 4;
    QTest::newRow("002 four full, two short") << QStringLiteral("002") << 6;
    QTest::newRow("003 never named") << QStringLiteral("003") << 0;
    QTest::newRow("004 possessives, one rejected") << QStringLiteral("004") << 9;
}

void TestMarkAllOccurrencesCommand::marksEverySeedThatNamesHim()
{
    QFETCH(QString, seed);
    QFETCH(int, expected);

    QSignalSpy changed(&m_signals, &ProjectSignals::mentionsChanged);
    MarkAllOccurrencesCommand command(m_fixture.project(), m_signals, m_rubio, m_allSources);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(command.addedCount(), 20);
    QCOMPARE(changed.count(), 4); // every seed but 003

    const qint64 sourceId = m_sources.value(seed);
    const Result<QString> body = m_fixture.project().sources().body(sourceId);
    ANNALIST_VERIFY_OK(body);
    const QList<Mention> mentions = added(sourceId);
    QCOMPARE(mentions.size(), expected);
    for (const Mention &mention : mentions) {
        QCOMPARE(mention.entityId, m_rubio);
        QCOMPARE(mention.status, Mention::Status::Candidate);
        QCOMPARE(mention.origin, Mention::Origin::Manual);
        QCOMPARE(mention.quote, body->mid(mention.start, mention.end - mention.start));
        QVERIFY2(mention.quote.compare(QStringLiteral("Marco Rubio"), Qt::CaseInsensitive) == 0
                     || mention.quote.compare(QStringLiteral("Rubio"), Qt::CaseInsensitive) == 0,
                 qPrintable(mention.quote));
        QVERIFY(mention.start == 0 || !body->at(mention.start - 1).isLetterOrNumber());
        QVERIFY(mention.end == body->size() || !body->at(mention.end).isLetterOrNumber());
        QVERIFY(!mention.contextBefore.isEmpty() || mention.start == 0);
        for (const Mention &old : std::as_const(m_existing)) {
            if (old.sourceId == sourceId)
                QVERIFY2(mention.end <= old.start || mention.start >= old.end, qPrintable(mention.quote));
        }
    }
    // Where "Marco Rubio" stands, the whole name is marked, not "Rubio" inside it.
    for (int i = 0; i < mentions.size(); ++i) {
        for (int j = i + 1; j < mentions.size(); ++j)
            QVERIFY(mentions.at(i).end <= mentions.at(j).start || mentions.at(i).start >= mentions.at(j).end);
    }
}

void TestMarkAllOccurrencesCommand::undoRemovesExactlyWhatWasAdded()
{
    const QStringList original = m_fixture.dump();
    MarkAllOccurrencesCommand command(m_fixture.project(), m_signals, m_rubio, m_allSources);
    command.redo();
    QCOMPARE(command.addedCount(), 20);
    const QList<qint64> ids = command.addedMentionIds();
    const QStringList marked = m_fixture.dump();
    QVERIFY(command.text().contains(QStringLiteral("20")));

    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    for (qint64 id : ids)
        QCOMPARE(m_fixture.project().mentions().find(id).error().code, StorageError::Code::NotFound);

    command.redo();
    QCOMPARE(command.addedMentionIds(), ids);
    QCOMPARE(m_fixture.dump(), marked);
    QCOMPARE(command.addedCount(), 20);

    // Marking again finds nothing new: every occurrence is taken now.
    MarkAllOccurrencesCommand again(m_fixture.project(), m_signals, m_rubio, m_allSources);
    again.redo();
    QVERIFY(!again.hasFailed());
    QCOMPARE(again.addedCount(), 0);
    QCOMPARE(m_fixture.dump(), marked);
}

void TestMarkAllOccurrencesCommand::survivesReopening()
{
    {
        MarkAllOccurrencesCommand command(m_fixture.project(), m_signals, m_rubio,
                                          { m_sources.value(QStringLiteral("002")) });
        command.redo();
        QCOMPARE(command.addedCount(), 6);
    }
    QVERIFY(m_fixture.reopen());
    const Result<QList<Mention>> mentions
        = m_fixture.project().mentions().listForSource(m_sources.value(QStringLiteral("002")));
    ANNALIST_VERIFY_OK(mentions);
    QCOMPARE(mentions->size(), 6);
    QCOMPARE(mentions->first().status, Mention::Status::Candidate);
}

void TestMarkAllOccurrencesCommand::failures_data()
{
    QTest::addColumn<bool>("knownEntity");
    QTest::addColumn<bool>("unknownSource");
    QTest::newRow("unknown source after known ones") << true << true;
    QTest::newRow("unknown entity") << false << false;
}

void TestMarkAllOccurrencesCommand::failures()
{
    QFETCH(bool, knownEntity);
    QFETCH(bool, unknownSource);

    const QStringList original = m_fixture.dump();
    QList<qint64> sources = m_allSources;
    if (unknownSource)
        sources.append(90210);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QSignalSpy changed(&m_signals, &ProjectSignals::mentionsChanged);
    MarkAllOccurrencesCommand command(m_fixture.project(), m_signals, knownEntity ? m_rubio : 90210, sources);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(command.addedCount(), 0);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestMarkAllOccurrencesCommand)
#include "tst_markalloccurrencescommand.moc"
