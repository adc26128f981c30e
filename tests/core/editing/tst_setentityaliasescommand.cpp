// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/SetEntityAliasesCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

class TestSetEntityAliasesCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void replacesAliases_data();
    void replacesAliases();
    void survivesReopening();
    void unknownEntityFails();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_entity = 0;
};

void TestSetEntityAliasesCommand::init()
{
    QVERIFY(m_fixture.create());
    m_entity = m_fixture.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"),
                                   { QStringLiteral("Rubio"), QStringLiteral("Senator Rubio") });
    QVERIFY(m_entity > 0);
}

void TestSetEntityAliasesCommand::cleanup()
{
    m_fixture.close();
}

void TestSetEntityAliasesCommand::replacesAliases_data()
{
    QTest::addColumn<QStringList>("aliases");
    QTest::addColumn<QStringList>("stored");

    QTest::newRow("add one") << QStringList {
        QStringLiteral("Rubio"), QStringLiteral("Senator Rubio"), QStringLiteral("Secretary Rubio")
    } << QStringList { QStringLiteral("Rubio"), QStringLiteral("Secretary Rubio"), QStringLiteral("Senator Rubio") };
    QTest::newRow("remove all") << QStringList() << QStringList();
    QTest::newRow("tidied") << QStringList { QStringLiteral(" Rubio "), QStringLiteral(""), QStringLiteral("Rubio"),
                                             QStringLiteral("M.  Rubio") }
                            << QStringList { QStringLiteral("M. Rubio"), QStringLiteral("Rubio") };
}

void TestSetEntityAliasesCommand::replacesAliases()
{
    QFETCH(QStringList, aliases);
    QFETCH(QStringList, stored);

    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::entitiesChanged);
    SetEntityAliasesCommand command(m_fixture.project(), m_signals, m_entity, aliases);
    command.redo();
    QVERIFY(!command.hasFailed());
    QCOMPARE(m_fixture.project().entities().find(m_entity)->aliases, stored);
    const QStringList redone = m_fixture.dump();
    command.undo();
    QCOMPARE(m_fixture.project().entities().find(m_entity)->aliases,
             QStringList({ QStringLiteral("Rubio"), QStringLiteral("Senator Rubio") }));
    QCOMPARE(m_fixture.dump(), original);
    command.redo();
    QCOMPARE(m_fixture.dump(), redone);
    QCOMPARE(changed.count(), 3);
}

void TestSetEntityAliasesCommand::survivesReopening()
{
    {
        SetEntityAliasesCommand command(m_fixture.project(), m_signals, m_entity,
                                        { QStringLiteral("Secretary Rubio") });
        command.redo();
    }
    QVERIFY(m_fixture.reopen());
    QCOMPARE(m_fixture.project().entities().find(m_entity)->aliases, QStringList { QStringLiteral("Secretary Rubio") });
}

void TestSetEntityAliasesCommand::unknownEntityFails()
{
    const QStringList original = m_fixture.dump();
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    SetEntityAliasesCommand command(m_fixture.project(), m_signals, 4711, { QStringLiteral("Nobody") });
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestSetEntityAliasesCommand)
#include "tst_setentityaliasescommand.moc"
