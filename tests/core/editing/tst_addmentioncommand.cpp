// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/AddMentionCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

Q_DECLARE_METATYPE(annalist::Mention::Status)

namespace {

const QString body
    = QStringLiteral("Senator Marco Rubio met President-elect Claudia Sheinbaum in Mexico City on Tuesday. "
                     "Rubio said the talks on security had gone well and that both sides would meet again.");

} // namespace

class TestAddMentionCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void redoStoresQuoteAndContext_data();
    void redoStoresQuoteAndContext();
    void undoAndRedoAgain();
    void survivesReopening();
    void failureLeavesProjectUnchanged_data();
    void failureLeavesProjectUnchanged();
    void markingOverAMentionTakesItOver_data();
    void markingOverAMentionTakesItOver();
    void markingAgainChangesNothing();
    void undoTextSaysTheNameOnce_data();
    void undoTextSaysTheNameOnce();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_source = 0;
    qint64 m_rubio = 0;
};

void TestAddMentionCommand::init()
{
    QVERIFY(m_fixture.create());
    m_source = m_fixture.addSource(QStringLiteral("Talks"), body);
    m_rubio = m_fixture.addEntity(QStringLiteral("Marco Rubio"));
    QVERIFY(m_source > 0);
    QVERIFY(m_rubio > 0);
}

void TestAddMentionCommand::cleanup()
{
    m_fixture.close();
}

void TestAddMentionCommand::redoStoresQuoteAndContext_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<Mention::Status>("status");
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");

    QTest::newRow("at the start") << QStringLiteral("Senator") << Mention::Status::Confirmed << QString()
                                  << QStringLiteral(" Marco Rubio met President-elect Claudia");
    QTest::newRow("inside, candidate") << QStringLiteral("Marco Rubio") << Mention::Status::Candidate
                                       << QStringLiteral("Senator ")
                                       << QStringLiteral(" met President-elect Claudia Sheinbaum i");
    QTest::newRow("forty either side") << QStringLiteral("Mexico City") << Mention::Status::Confirmed
                                       << QStringLiteral("et President-elect Claudia Sheinbaum in ")
                                       << QStringLiteral(" on Tuesday. Rubio said the talks on sec");
}

void TestAddMentionCommand::redoStoresQuoteAndContext()
{
    QFETCH(QString, quote);
    QFETCH(Mention::Status, status);
    QFETCH(QString, before);
    QFETCH(QString, after);

    const int start = static_cast<int>(body.indexOf(quote));
    QVERIFY(start >= 0);
    QSignalSpy changed(&m_signals, &ProjectSignals::mentionsChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);

    AddMentionCommand command(m_fixture.project(), m_signals, m_source, start, start + static_cast<int>(quote.size()),
                              m_rubio, status);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(errors.count(), 0);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_source);
    QVERIFY(command.mentionId() > 0);
    QVERIFY(command.text().contains(quote));

    const Result<Mention> stored = m_fixture.project().mentions().find(command.mentionId());
    ANNALIST_VERIFY_OK(stored);
    QCOMPARE(stored->entityId, m_rubio);
    QCOMPARE(stored->sourceId, m_source);
    QCOMPARE(stored->quote, quote);
    QCOMPARE(stored->status, status);
    QCOMPARE(stored->origin, Mention::Origin::Manual);
    QCOMPARE(stored->contextBefore, before);
    QCOMPARE(stored->contextAfter, after);
}

void TestAddMentionCommand::undoAndRedoAgain()
{
    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::mentionsChanged);

    AddMentionCommand command(m_fixture.project(), m_signals, m_source, 8, 19, m_rubio);
    command.redo();
    const qint64 id = command.mentionId();
    QVERIFY(id > 0);
    const QStringList redone = m_fixture.dump();
    QVERIFY(redone != original);

    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    QCOMPARE(m_fixture.project().mentions().find(id).error().code, StorageError::Code::NotFound);

    command.redo();
    QCOMPARE(command.mentionId(), id);
    QCOMPARE(m_fixture.dump(), redone);
    QCOMPARE(changed.count(), 3);
    QVERIFY(!command.hasFailed());
}

void TestAddMentionCommand::survivesReopening()
{
    qint64 id = 0;
    {
        AddMentionCommand command(m_fixture.project(), m_signals, m_source, 8, 19, m_rubio);
        command.redo();
        id = command.mentionId();
    }
    QVERIFY(m_fixture.reopen());
    const Result<QList<Mention>> mentions = m_fixture.project().mentions().listForSource(m_source);
    ANNALIST_VERIFY_OK(mentions);
    QCOMPARE(mentions->size(), 1);
    QCOMPARE(mentions->first().id, id);
    QCOMPARE(mentions->first().quote, QStringLiteral("Marco Rubio"));
}

void TestAddMentionCommand::failureLeavesProjectUnchanged_data()
{
    QTest::addColumn<qint64>("source");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<qint64>("entity");

    QTest::newRow("unknown source") << qint64(9999) << 8 << 19 << qint64(0);
    QTest::newRow("unknown entity") << qint64(0) << 8 << 19 << qint64(9999);
    QTest::newRow("empty span") << qint64(0) << 8 << 8 << qint64(0);
    QTest::newRow("reversed span") << qint64(0) << 19 << 8 << qint64(0);
    QTest::newRow("past the end") << qint64(0) << 8 << 100000 << qint64(0);
    QTest::newRow("negative start") << qint64(0) << -1 << 5 << qint64(0);
}

void TestAddMentionCommand::failureLeavesProjectUnchanged()
{
    QFETCH(qint64, source);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(qint64, entity);

    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::mentionsChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);

    AddMentionCommand command(m_fixture.project(), m_signals, source ? source : m_source, start, end,
                              entity ? entity : m_rubio);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QVERIFY(!command.errorMessage().isEmpty());
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.at(0).at(0).toString().contains(command.errorMessage()));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(), original);

    // A failed command stays inert.
    command.undo();
    command.redo();
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_fixture.dump(), original);
}

void TestAddMentionCommand::markingOverAMentionTakesItOver_data()
{
    QTest::addColumn<Mention::Status>("existingStatus");
    QTest::addColumn<bool>("sameEntity");
    QTest::addColumn<Mention::Status>("status");
    QTest::addColumn<int>("mentionsAfter");

    // P on a proposed name confirms the proposal: one mention, not two.
    QTest::newRow("candidate of the entity") << Mention::Status::Candidate << true << Mention::Status::Confirmed << 1;
    QTest::newRow("rejected of the entity") << Mention::Status::Rejected << true << Mention::Status::Confirmed << 1;
    QTest::newRow("candidate of another entity")
        << Mention::Status::Candidate << false << Mention::Status::Confirmed << 1;
    // A confirmed mention of another entity is the analyst's decision: it stays.
    QTest::newRow("confirmed of another entity")
        << Mention::Status::Confirmed << false << Mention::Status::Confirmed << 2;
}

void TestAddMentionCommand::markingOverAMentionTakesItOver()
{
    QFETCH(Mention::Status, existingStatus);
    QFETCH(bool, sameEntity);
    QFETCH(Mention::Status, status);
    QFETCH(int, mentionsAfter);

    const qint64 other = m_fixture.addEntity(QStringLiteral("Rubio"));
    const qint64 existing = m_fixture.addMention(sameEntity ? m_rubio : other, m_source, 8, 19, existingStatus);
    QVERIFY(existing > 0);
    const QStringList original = m_fixture.dump();

    AddMentionCommand command(m_fixture.project(), m_signals, m_source, 8, 19, m_rubio, status);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    const Result<QList<Mention>> after = m_fixture.project().mentions().listForSource(m_source);
    ANNALIST_VERIFY_OK(after);
    QCOMPARE(after->size(), mentionsAfter);
    const Result<QList<Mention>> ofRubio = m_fixture.project().mentions().listForEntity(m_rubio);
    ANNALIST_VERIFY_OK(ofRubio);
    QCOMPARE(ofRubio->size(), 1);
    QCOMPARE(ofRubio->first().status, status);
    if (mentionsAfter == 1)
        QCOMPARE(ofRubio->first().id, existing);

    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    command.redo();
    QCOMPARE(m_fixture.project().mentions().listForEntity(m_rubio)->size(), 1);
}

void TestAddMentionCommand::markingAgainChangesNothing()
{
    AddMentionCommand first(m_fixture.project(), m_signals, m_source, 8, 19, m_rubio);
    first.redo();
    const QStringList marked = m_fixture.dump();
    AddMentionCommand again(m_fixture.project(), m_signals, m_source, 8, 19, m_rubio);
    again.redo();
    QVERIFY(!again.hasFailed());
    QVERIFY(again.isObsolete());
    QCOMPARE(m_fixture.dump(), marked);
}

void TestAddMentionCommand::undoTextSaysTheNameOnce_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<bool>("overProposal");
    QTest::addColumn<QString>("text");
    QTest::newRow("the name itself") << QStringLiteral("Marco Rubio") << false
                                     << QStringLiteral("Mark \u201cMarco Rubio\u201d");
    QTest::newRow("another form") << QStringLiteral("Rubio") << false
                                  << QStringLiteral("Mark \u201cRubio\u201d as Marco Rubio");
    QTest::newRow("confirming the name itself")
        << QStringLiteral("Marco Rubio") << true << QStringLiteral("Confirm \u201cMarco Rubio\u201d");
    QTest::newRow("confirming another form")
        << QStringLiteral("Rubio") << true << QStringLiteral("Confirm \u201cRubio\u201d as Marco Rubio");
}

void TestAddMentionCommand::undoTextSaysTheNameOnce()
{
    QFETCH(QString, quote);
    QFETCH(bool, overProposal);
    QFETCH(QString, text);
    const int start = static_cast<int>(body.indexOf(quote));
    const int end = start + static_cast<int>(quote.size());
    if (overProposal)
        QVERIFY(m_fixture.addMention(m_rubio, m_source, start, end, Mention::Status::Candidate) > 0);
    AddMentionCommand command(m_fixture.project(), m_signals, m_source, start, end, m_rubio);
    command.redo();
    QCOMPARE(command.text(), text);
}

QTEST_GUILESS_MAIN(TestAddMentionCommand)
#include "tst_addmentioncommand.moc"
