// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/SetMentionEntityCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

class TestSetMentionEntityCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void relinksAndBack();
    void survivesReopening();
    void failures_data();
    void failures();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_source = 0;
    qint64 m_senator = 0;
    qint64 m_rubio = 0;
    qint64 m_mention = 0;
};

void TestSetMentionEntityCommand::init()
{
    QVERIFY(m_fixture.create());
    m_source
        = m_fixture.addSource(QStringLiteral("Visit"), QStringLiteral("The senator from Florida arrived on Monday."));
    m_senator = m_fixture.addEntity(QStringLiteral("The senator"), QStringLiteral("Title"));
    m_rubio = m_fixture.addEntity(QStringLiteral("Marco Rubio"));
    m_mention = m_fixture.addMentionOf(m_senator, m_source, QStringLiteral("The senator from Florida"));
    QVERIFY(m_mention > 0);
}

void TestSetMentionEntityCommand::cleanup()
{
    m_fixture.close();
}

void TestSetMentionEntityCommand::relinksAndBack()
{
    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::mentionsChanged);
    SetMentionEntityCommand command(m_fixture.project(), m_signals, m_mention, m_rubio);
    command.redo();
    QVERIFY(!command.hasFailed());
    QCOMPARE(command.previousEntityId(), m_senator);
    QCOMPARE(m_fixture.project().mentions().find(m_mention)->entityId, m_rubio);
    QCOMPARE(m_fixture.project().mentions().listForEntity(m_senator)->size(), 0);
    const QStringList redone = m_fixture.dump();

    command.undo();
    QCOMPARE(m_fixture.project().mentions().find(m_mention)->entityId, m_senator);
    QCOMPARE(m_fixture.dump(), original);
    command.redo();
    QCOMPARE(m_fixture.dump(), redone);
    QCOMPARE(changed.count(), 3);
    QCOMPARE(changed.last().at(0).toLongLong(), m_source);
}

void TestSetMentionEntityCommand::survivesReopening()
{
    {
        SetMentionEntityCommand command(m_fixture.project(), m_signals, m_mention, m_rubio);
        command.redo();
    }
    QVERIFY(m_fixture.reopen());
    QCOMPARE(m_fixture.project().mentions().listForEntity(m_rubio)->size(), 1);
}

void TestSetMentionEntityCommand::failures_data()
{
    QTest::addColumn<bool>("knownMention");
    QTest::addColumn<bool>("knownEntity");
    QTest::addColumn<bool>("entityAlreadyThere");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown mention") << false << true << false << QString();
    QTest::newRow("unknown entity") << true << false << false << QString();
    QTest::newRow("the entity already marked on the span")
        << true << true << true
        << QStringLiteral("\u201cThe senator from Florida\u201d is already marked as Marco Rubio");
}

void TestSetMentionEntityCommand::failures()
{
    QFETCH(bool, knownMention);
    QFETCH(bool, knownEntity);
    QFETCH(bool, entityAlreadyThere);
    QFETCH(QString, message);
    if (entityAlreadyThere)
        QVERIFY(m_fixture.addMentionOf(m_rubio, m_source, QStringLiteral("The senator from Florida")) > 0);

    const QStringList original = m_fixture.dump();
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    SetMentionEntityCommand command(m_fixture.project(), m_signals, knownMention ? m_mention : 5150,
                                    knownEntity ? m_rubio : 5150);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QVERIFY2(errors.first().last().toString().contains(message), qPrintable(errors.first().last().toString()));
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestSetMentionEntityCommand)
#include "tst_setmentionentitycommand.moc"
