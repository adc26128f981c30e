// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/SetEntityRolesCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

namespace {

EntityRole role(const QString &title, const QString &organisation, const TimeValue &from, const TimeValue &to = {})
{
    EntityRole result;
    result.title = title;
    result.organisation = organisation;
    result.from = from;
    result.to = to;
    return result;
}

} // namespace

class TestSetEntityRolesCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void replacesRolesKeepingIds();
    void clearsRoles();
    void survivesReopening();
    void failures_data();
    void failures();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_rubio = 0;
    qint64 m_sheinbaum = 0;
};

void TestSetEntityRolesCommand::init()
{
    QVERIFY(m_fixture.create());
    m_rubio = m_fixture.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"), {},
                                  { role(QStringLiteral("Senator"), QStringLiteral("US Senate"), TimeValue::year(2011),
                                         TimeValue::day(QDate(2025, 1, 20))),
                                    role(QStringLiteral("Secretary of State"), QStringLiteral("US Government"),
                                         TimeValue::day(QDate(2025, 1, 21))) });
    m_sheinbaum = m_fixture.addEntity(
        QStringLiteral("Claudia Sheinbaum"), QStringLiteral("Person"), {},
        { role(QStringLiteral("President"), QStringLiteral("Mexico"), TimeValue::day(QDate(2024, 10, 1))) });
    QVERIFY(m_rubio > 0);
    QVERIFY(m_sheinbaum > 0);
}

void TestSetEntityRolesCommand::cleanup()
{
    m_fixture.close();
}

void TestSetEntityRolesCommand::replacesRolesKeepingIds()
{
    const QList<EntityRole> before = m_fixture.project().entities().find(m_rubio)->roles;
    QCOMPARE(before.size(), 2);
    const QStringList original = m_fixture.dump();

    EntityRole secretary = before.at(1);
    secretary.organisation = QStringLiteral("Department of State");
    const EntityRole administrator
        = role(QStringLiteral("Acting Administrator"), QStringLiteral("USAID"), TimeValue::month(2025, 2));

    QSignalSpy changed(&m_signals, &ProjectSignals::entitiesChanged);
    SetEntityRolesCommand command(m_fixture.project(), m_signals, m_rubio, { secretary, administrator });
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));

    const QList<EntityRole> after = m_fixture.project().entities().find(m_rubio)->roles;
    QCOMPARE(after.size(), 2);
    QCOMPARE(after.at(0).id, secretary.id);
    QCOMPARE(after.at(0).organisation, QStringLiteral("Department of State"));
    QCOMPARE(after.at(0).from, TimeValue::day(QDate(2025, 1, 21)));
    QCOMPARE(after.at(1).title, QStringLiteral("Acting Administrator"));
    QCOMPARE(after.at(1).from, TimeValue::month(2025, 2));
    QVERIFY(after.at(1).id > 0);
    QCOMPARE(command.roles().at(1).id, after.at(1).id);
    const QStringList redone = m_fixture.dump();

    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    const QList<EntityRole> restored = m_fixture.project().entities().find(m_rubio)->roles;
    QCOMPARE(restored.size(), 2);
    QCOMPARE(restored.at(0).id, before.at(0).id);
    QCOMPARE(restored.at(0).to, TimeValue::day(QDate(2025, 1, 20)));

    command.redo();
    QCOMPARE(m_fixture.dump(), redone);
    QCOMPARE(changed.count(), 3);
    // The other entity's roles are untouched throughout.
    QCOMPARE(m_fixture.project().entities().find(m_sheinbaum)->roles.size(), 1);
}

void TestSetEntityRolesCommand::clearsRoles()
{
    const QStringList original = m_fixture.dump();
    SetEntityRolesCommand command(m_fixture.project(), m_signals, m_rubio, {});
    command.redo();
    QVERIFY(m_fixture.project().entities().find(m_rubio)->roles.isEmpty());
    command.undo();
    QCOMPARE(m_fixture.dump(), original);
}

void TestSetEntityRolesCommand::survivesReopening()
{
    {
        SetEntityRolesCommand command(
            m_fixture.project(), m_signals, m_rubio,
            { role(QStringLiteral("Secretary of State"), QString(), TimeValue::day(QDate(2025, 1, 21))) });
        command.redo();
    }
    QVERIFY(m_fixture.reopen());
    const QList<EntityRole> roles = m_fixture.project().entities().find(m_rubio)->roles;
    QCOMPARE(roles.size(), 1);
    QCOMPARE(roles.first().title, QStringLiteral("Secretary of State"));
}

void TestSetEntityRolesCommand::failures_data()
{
    QTest::addColumn<bool>("knownEntity");
    QTest::addColumn<bool>("foreignRoleId");
    QTest::newRow("unknown entity") << false << false;
    QTest::newRow("another entity's role") << true << true;
}

void TestSetEntityRolesCommand::failures()
{
    QFETCH(bool, knownEntity);
    QFETCH(bool, foreignRoleId);

    const QStringList original = m_fixture.dump();
    QList<EntityRole> roles = { role(QStringLiteral("Special Envoy"), QString(), TimeValue::year(2025)) };
    if (foreignRoleId)
        roles.append(m_fixture.project().entities().find(m_sheinbaum)->roles.first());
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    SetEntityRolesCommand command(m_fixture.project(), m_signals, knownEntity ? m_rubio : 2024, roles);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestSetEntityRolesCommand)
#include "tst_setentityrolescommand.moc"
