// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "chronology/RoleTable.h"
#include "editing/ImportRolesCommand.h"
#include "storage/EntityRepository.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace annalist;
using annalist::test::ProjectFixture;

// Importing a roles table through the undo stack: the roles and entities it adds go
// with undo and come back with redo under the same ids.
class TestImportRolesCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void undoRemovesWhatTheImportAdded_data();
    void undoRemovesWhatTheImportAdded();
    void badTableChangesNothing();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
};

void TestImportRolesCommand::init()
{
    QVERIFY(m_fixture.create());
    EntityRole senator;
    senator.title = QStringLiteral("Senator");
    senator.organisation = QStringLiteral("US Senate");
    senator.to = TimeValue::day(QDate(2025, 1, 20));
    QVERIFY(m_fixture.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"), {}, { senator }) > 0);
}

void TestImportRolesCommand::cleanup()
{
    m_fixture.close();
}

void TestImportRolesCommand::undoRemovesWhatTheImportAdded_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<int>("entitiesCreated");
    QTest::addColumn<int>("rolesAdded");
    QTest::addColumn<int>("rolesAlreadyThere");

    const QString header = QStringLiteral("entity,entity type,title,organisation,from,to\n");
    QTest::newRow("new person with two roles") << header
            + QStringLiteral("Claudia Sheinbaum,Person,President-elect,Mexico,2024-06-02,2024-09-30\n"
                             "Claudia Sheinbaum,Person,President,Mexico,2024-10-01,\n")
                                               << 1 << 2 << 0;
    QTest::newRow("a role for someone known")
        << header + QStringLiteral("Marco Rubio,Person,Secretary of State,US,2025-01-21,\n") << 0 << 1 << 0;
    QTest::newRow("known role, new role, new person") << header
            + QStringLiteral("Marco Rubio,Person,Senator,US Senate,,2025-01-20\n"
                             "Marco Rubio,Person,Secretary of State,US,2025-01-21,\n"
                             "Ted Cruz,Person,Senator,US Senate,2013-01-03,\n")
                                                      << 1 << 2 << 1;
}

void TestImportRolesCommand::undoRemovesWhatTheImportAdded()
{
    QFETCH(QString, table);
    QFETCH(int, entitiesCreated);
    QFETCH(int, rolesAdded);
    QFETCH(int, rolesAlreadyThere);

    const auto rows = RoleTable::parse(table, QStringLiteral("roles.csv"));
    QVERIFY(rows);
    const QStringList before = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::entitiesChanged);
    QUndoStack stack;
    auto *command = new ImportRolesCommand(m_fixture.project(), m_signals, *rows);
    stack.push(command);
    QCOMPARE(command->summary().entitiesCreated, entitiesCreated);
    QCOMPARE(command->summary().rolesAdded, rolesAdded);
    QCOMPARE(command->summary().rolesAlreadyThere, rolesAlreadyThere);
    QCOMPARE(changed.count(), 1);
    const QStringList imported = m_fixture.dump();
    QVERIFY(imported != before);

    stack.undo();
    QCOMPARE(m_fixture.dump(), before);
    stack.redo();
    QCOMPARE(m_fixture.dump(), imported);
    QCOMPARE(changed.count(), 3);

    // On disk, as a later session finds it.
    QVERIFY(m_fixture.reopen());
    QCOMPARE(m_fixture.dump(), imported);
}

void TestImportRolesCommand::badTableChangesNothing()
{
    const QString table = QStringLiteral("entity,entity type,title,organisation,from,to\n"
                                         "Claudia Sheinbaum,Person,President,Mexico,2024-10-01,\n"
                                         "Someone,Spaceship,Captain,Fleet,2020,\n");
    const auto rows = RoleTable::parse(table, QStringLiteral("roles.csv"));
    QVERIFY(rows);
    const QStringList before = m_fixture.dump();
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QUndoStack stack;
    stack.push(new ImportRolesCommand(m_fixture.project(), m_signals, *rows));
    QCOMPARE(errors.count(), 1);
    QVERIFY(errors.first().first().toString().contains(QStringLiteral("Spaceship")));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(m_fixture.dump(), before);
}

QTEST_GUILESS_MAIN(TestImportRolesCommand)
#include "tst_importrolescommand.moc"
