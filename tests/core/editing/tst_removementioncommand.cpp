// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/RemoveMentionCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

namespace {

const QString body = QStringLiteral("Rubio met Sheinbaum. Rubio later flew to Quito.");

} // namespace

class TestRemoveMentionCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void removesAndRestoresWithSameId_data();
    void removesAndRestoresWithSameId();
    void survivesReopening();
    void unknownMentionFails();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_source = 0;
    qint64 m_rubio = 0;
};

void TestRemoveMentionCommand::init()
{
    QVERIFY(m_fixture.create());
    m_source = m_fixture.addSource(QStringLiteral("Visit"), body);
    m_rubio = m_fixture.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"), { QStringLiteral("Rubio") });
    QVERIFY(m_fixture.addMention(m_rubio, m_source, 0, 5) > 0);
    QVERIFY(m_fixture.addMention(m_rubio, m_source, 21, 26, Mention::Status::Candidate) > 0);
}

void TestRemoveMentionCommand::cleanup()
{
    m_fixture.close();
}

void TestRemoveMentionCommand::removesAndRestoresWithSameId_data()
{
    QTest::addColumn<int>("index");
    QTest::newRow("confirmed") << 0;
    QTest::newRow("candidate") << 1;
}

void TestRemoveMentionCommand::removesAndRestoresWithSameId()
{
    QFETCH(int, index);

    const Result<QList<Mention>> before = m_fixture.project().mentions().listForSource(m_source);
    ANNALIST_VERIFY_OK(before);
    const Mention target = before->at(index);
    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::mentionsChanged);

    RemoveMentionCommand command(m_fixture.project(), m_signals, target.id);
    command.redo();
    QVERIFY(!command.hasFailed());
    QCOMPARE(m_fixture.project().mentions().find(target.id).error().code, StorageError::Code::NotFound);
    QCOMPARE(m_fixture.project().mentions().listForSource(m_source)->size(), 1);
    const QStringList removed = m_fixture.dump();

    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    const Result<Mention> restored = m_fixture.project().mentions().find(target.id);
    ANNALIST_VERIFY_OK(restored);
    QCOMPARE(restored->status, target.status);
    QCOMPARE(restored->start, target.start);

    command.redo();
    QCOMPARE(m_fixture.dump(), removed);
    QCOMPARE(changed.count(), 3);
    for (const QList<QVariant> &arguments : std::as_const(changed))
        QCOMPARE(arguments.at(0).toLongLong(), m_source);
}

void TestRemoveMentionCommand::survivesReopening()
{
    const qint64 id = m_fixture.project().mentions().listForSource(m_source)->first().id;
    {
        RemoveMentionCommand command(m_fixture.project(), m_signals, id);
        command.redo();
        QVERIFY(!command.hasFailed());
    }
    QVERIFY(m_fixture.reopen());
    QCOMPARE(m_fixture.project().mentions().find(id).error().code, StorageError::Code::NotFound);
    QCOMPARE(m_fixture.project().mentions().listForSource(m_source)->size(), 1);
}

void TestRemoveMentionCommand::unknownMentionFails()
{
    const QStringList original = m_fixture.dump();
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QSignalSpy changed(&m_signals, &ProjectSignals::mentionsChanged);
    RemoveMentionCommand command(m_fixture.project(), m_signals, 31337);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestRemoveMentionCommand)
#include "tst_removementioncommand.moc"
