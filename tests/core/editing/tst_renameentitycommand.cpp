// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/RenameEntityCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

class TestRenameEntityCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void renames_data();
    void renames();
    void survivesReopening();
    void failures_data();
    void failures();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_entity = 0;
};

void TestRenameEntityCommand::init()
{
    QVERIFY(m_fixture.create());
    m_entity
        = m_fixture.addEntity(QStringLiteral("Rubio"), QStringLiteral("Person"), { QStringLiteral("Senator Rubio") });
    QVERIFY(m_entity > 0);
}

void TestRenameEntityCommand::cleanup()
{
    m_fixture.close();
}

void TestRenameEntityCommand::renames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("stored");
    QTest::newRow("plain") << QStringLiteral("Marco Rubio") << QStringLiteral("Marco Rubio");
    QTest::newRow("white space tidied") << QStringLiteral("  Marco\t Rubio ") << QStringLiteral("Marco Rubio");
    QTest::newRow("non-Latin") << QStringLiteral("Марко Рубио") << QStringLiteral("Марко Рубио");
}

void TestRenameEntityCommand::renames()
{
    QFETCH(QString, name);
    QFETCH(QString, stored);

    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::entitiesChanged);
    RenameEntityCommand command(m_fixture.project(), m_signals, m_entity, name);
    command.redo();
    QVERIFY(!command.hasFailed());
    QCOMPARE(m_fixture.project().entities().find(m_entity)->canonicalName, stored);
    QVERIFY(command.text().contains(stored));
    const QStringList redone = m_fixture.dump();
    command.undo();
    QCOMPARE(m_fixture.project().entities().find(m_entity)->canonicalName, QStringLiteral("Rubio"));
    QCOMPARE(m_fixture.dump(), original);
    command.redo();
    QCOMPARE(m_fixture.dump(), redone);
    QCOMPARE(changed.count(), 3);
}

void TestRenameEntityCommand::survivesReopening()
{
    {
        RenameEntityCommand command(m_fixture.project(), m_signals, m_entity, QStringLiteral("Marco Rubio"));
        command.redo();
    }
    QVERIFY(m_fixture.reopen());
    QCOMPARE(m_fixture.project().entities().find(m_entity)->canonicalName, QStringLiteral("Marco Rubio"));
}

void TestRenameEntityCommand::failures_data()
{
    QTest::addColumn<bool>("knownEntity");
    QTest::addColumn<QString>("name");
    QTest::newRow("unknown entity") << false << QStringLiteral("Marco Rubio");
    QTest::newRow("empty name") << true << QString();
    QTest::newRow("blank name") << true << QStringLiteral(" \n ");
}

void TestRenameEntityCommand::failures()
{
    QFETCH(bool, knownEntity);
    QFETCH(QString, name);

    const QStringList original = m_fixture.dump();
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    RenameEntityCommand command(m_fixture.project(), m_signals, knownEntity ? m_entity : 99, name);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestRenameEntityCommand)
#include "tst_renameentitycommand.moc"
