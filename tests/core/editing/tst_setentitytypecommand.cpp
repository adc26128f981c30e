// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/SetEntityTypeCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

class TestSetEntityTypeCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void changesType_data();
    void changesType();
    void survivesReopening();
    void failures_data();
    void failures();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_entity = 0;
};

void TestSetEntityTypeCommand::init()
{
    QVERIFY(m_fixture.create());
    m_entity = m_fixture.addEntity(QStringLiteral("Washington"), QStringLiteral("Person"));
    QVERIFY(m_entity > 0);
}

void TestSetEntityTypeCommand::cleanup()
{
    m_fixture.close();
}

void TestSetEntityTypeCommand::changesType_data()
{
    QTest::addColumn<QString>("typeName");
    QTest::newRow("place") << QStringLiteral("Place");
    QTest::newRow("organisation") << QStringLiteral("Organisation");
    QTest::newRow("same type") << QStringLiteral("Person");
}

void TestSetEntityTypeCommand::changesType()
{
    QFETCH(QString, typeName);

    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::entitiesChanged);
    SetEntityTypeCommand command(m_fixture.project(), m_signals, m_entity, m_fixture.typeId(typeName));
    command.redo();
    QVERIFY(!command.hasFailed());
    QCOMPARE(m_fixture.project().entities().find(m_entity)->typeId, m_fixture.typeId(typeName));
    const QStringList redone = m_fixture.dump();
    command.undo();
    QCOMPARE(m_fixture.project().entities().find(m_entity)->typeId, m_fixture.typeId(QStringLiteral("Person")));
    QCOMPARE(m_fixture.dump(), original);
    command.redo();
    QCOMPARE(m_fixture.dump(), redone);
    QCOMPARE(changed.count(), 3);
}

void TestSetEntityTypeCommand::survivesReopening()
{
    {
        SetEntityTypeCommand command(m_fixture.project(), m_signals, m_entity,
                                     m_fixture.typeId(QStringLiteral("Place")));
        command.redo();
    }
    QVERIFY(m_fixture.reopen());
    QCOMPARE(m_fixture.project().entities().find(m_entity)->typeId, m_fixture.typeId(QStringLiteral("Place")));
}

void TestSetEntityTypeCommand::failures_data()
{
    QTest::addColumn<bool>("knownEntity");
    QTest::addColumn<bool>("knownType");
    QTest::newRow("unknown entity") << false << true;
    QTest::newRow("unknown type") << true << false;
}

void TestSetEntityTypeCommand::failures()
{
    QFETCH(bool, knownEntity);
    QFETCH(bool, knownType);

    const QStringList original = m_fixture.dump();
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QSignalSpy changed(&m_signals, &ProjectSignals::entitiesChanged);
    SetEntityTypeCommand command(m_fixture.project(), m_signals, knownEntity ? m_entity : 808,
                                 knownType ? m_fixture.typeId(QStringLiteral("Place")) : 808);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestSetEntityTypeCommand)
#include "tst_setentitytypecommand.moc"
