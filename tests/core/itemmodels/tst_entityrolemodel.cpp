// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "itemmodels/EntityRoleModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace annalist;

namespace {

QList<EntityRole> rubioRoles()
{
    EntityRole senator;
    senator.id = 11;
    senator.entityId = 3;
    senator.title = QStringLiteral("Senator");
    senator.organisation = QStringLiteral("US Senate");
    senator.from = TimeValue::year(2011);
    senator.to = TimeValue::day(QDate(2025, 1, 20));
    EntityRole secretary;
    secretary.id = 12;
    secretary.entityId = 3;
    secretary.title = QStringLiteral("Secretary of State");
    secretary.from = TimeValue::day(QDate(2025, 1, 21));
    return { senator, secretary };
}

} // namespace

class TestEntityRoleModel : public QObject
{
    Q_OBJECT

private slots:
    void showsRoles_data();
    void showsRoles();
    void editsDates_data();
    void editsDates();
    void editsText();
    void insertAndRemoveRows();
    void savedRolesAreThoseShownBeforeTheEdit();
    void parseDate_data();
    void parseDate();
};

void TestEntityRoleModel::showsRoles_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");

    QTest::newRow("title") << 0 << int(EntityRoleModel::TitleColumn) << QStringLiteral("Senator");
    QTest::newRow("organisation") << 0 << int(EntityRoleModel::OrganisationColumn) << QStringLiteral("US Senate");
    QTest::newRow("year") << 0 << int(EntityRoleModel::FromColumn) << QStringLiteral("2011");
    QTest::newRow("day") << 0 << int(EntityRoleModel::ToColumn) << QStringLiteral("2025-01-20");
    QTest::newRow("open end") << 1 << int(EntityRoleModel::ToColumn) << QString();
}

void TestEntityRoleModel::showsRoles()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);

    EntityRoleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoles(rubioRoles());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(row, column).data().toString(), display);
    QCOMPARE(model.index(row, column).data(Qt::EditRole).toString(), display);
    QVERIFY(model.flags(model.index(row, column)).testFlag(Qt::ItemIsEditable));
    QCOMPARE(model.index(row, 0).data(EntityRoleModel::RoleIdRole).toLongLong(), rubioRoles().at(row).id);
}

void TestEntityRoleModel::editsDates_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("shown");

    QTest::newRow("day") << int(EntityRoleModel::ToColumn) << QStringLiteral("2025-01-21") << true
                         << QStringLiteral("2025-01-21");
    QTest::newRow("month") << int(EntityRoleModel::FromColumn) << QStringLiteral("2024-06") << true
                           << QStringLiteral("2024-06");
    QTest::newRow("year") << int(EntityRoleModel::ToColumn) << QStringLiteral(" 2024 ") << true
                          << QStringLiteral("2024");
    QTest::newRow("cleared") << int(EntityRoleModel::FromColumn) << QString() << true << QString();
    QTest::newRow("words") << int(EntityRoleModel::FromColumn) << QStringLiteral("early 2025") << false
                           << QStringLiteral("2025-01-21");
    QTest::newRow("no such day") << int(EntityRoleModel::FromColumn) << QStringLiteral("2025-02-30") << false
                                 << QStringLiteral("2025-01-21");
    QTest::newRow("month 13") << int(EntityRoleModel::ToColumn) << QStringLiteral("2025-13") << false << QString();
    QTest::newRow("two-digit year") << int(EntityRoleModel::ToColumn) << QStringLiteral("25") << false << QString();
    QTest::newRow("slashes") << int(EntityRoleModel::FromColumn) << QStringLiteral("21/01/2025") << false
                             << QStringLiteral("2025-01-21");
}

void TestEntityRoleModel::editsDates()
{
    QFETCH(int, column);
    QFETCH(QString, typed);
    QFETCH(bool, accepted);
    QFETCH(QString, shown);

    EntityRoleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoles(rubioRoles());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QModelIndex index = model.index(1, column);
    QCOMPARE(model.setData(index, typed), accepted);
    QCOMPARE(index.data().toString(), shown);
    QCOMPARE(changed.count(), accepted ? 1 : 0);
    if (accepted) {
        QCOMPARE(changed.first().at(0).toModelIndex(), index);
        QCOMPARE(changed.first().at(1).toModelIndex(), index);
        const EntityRole role = model.roles().at(1);
        QCOMPARE((column == EntityRoleModel::FromColumn ? role.from : role.to).toEdtf(), shown);
    }
    QCOMPARE(model.roles().at(0).from, TimeValue::year(2011));
}

void TestEntityRoleModel::editsText()
{
    EntityRoleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoles(rubioRoles());
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QVERIFY(
        model.setData(model.index(1, EntityRoleModel::OrganisationColumn), QStringLiteral(" Department of State ")));
    QCOMPARE(model.roles().at(1).organisation, QStringLiteral("Department of State"));
    QCOMPARE(changed.count(), 1);
    // Setting the same value again changes nothing.
    QVERIFY(model.setData(model.index(1, EntityRoleModel::OrganisationColumn), QStringLiteral("Department of State")));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!model.setData(model.index(1, EntityRoleModel::TitleColumn), QStringLiteral("x"), Qt::DisplayRole));
    QCOMPARE(model.roles().at(1).title, QStringLiteral("Secretary of State"));
    QCOMPARE(model.roles().at(1).id, 12);
}

void TestEntityRoleModel::insertAndRemoveRows()
{
    EntityRoleModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRoles(rubioRoles());
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);

    QVERIFY(model.insertRows(1, 1));
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 3);
    QVERIFY(model.setData(model.index(1, EntityRoleModel::TitleColumn), QStringLiteral("Acting Administrator")));
    QVERIFY(model.setData(model.index(1, EntityRoleModel::FromColumn), QStringLiteral("2025-02")));
    QCOMPARE(model.roles().at(1).id, 0);
    QCOMPARE(model.roles().at(1).from, TimeValue::month(2025, 2));
    QCOMPARE(model.roles().at(2).title, QStringLiteral("Secretary of State"));

    QVERIFY(model.removeRows(0, 1));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.roles().at(0).title, QStringLiteral("Acting Administrator"));

    QVERIFY(!model.insertRows(5, 1));
    QVERIFY(!model.removeRows(1, 5));
    QVERIFY(!model.insertRows(0, 0));
    QVERIFY(model.insertRows(model.rowCount(), 2));
    QCOMPARE(model.rowCount(), 4);
}

// What SetEntityRolesCommand expects to find: the roles as set or last saved, not the
// edit under way.
void TestEntityRoleModel::savedRolesAreThoseShownBeforeTheEdit()
{
    EntityRoleModel model;
    model.setRoles(rubioRoles());
    QCOMPARE(model.savedRoles().size(), 2);

    QVERIFY(model.setData(model.index(0, EntityRoleModel::TitleColumn), QStringLiteral("Senator for Florida")));
    QVERIFY(model.removeRows(1, 1));
    QCOMPARE(model.roles().size(), 1);
    QCOMPARE(model.savedRoles().size(), 2);
    QCOMPARE(model.savedRoles().at(0).title, QStringLiteral("Senator"));

    model.markSaved();
    QCOMPARE(model.savedRoles().size(), 1);
    QCOMPARE(model.savedRoles().at(0).title, QStringLiteral("Senator for Florida"));
    model.setRoles({});
    QVERIFY(model.savedRoles().isEmpty());
}

void TestEntityRoleModel::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("edtf");

    QTest::newRow("day") << QStringLiteral("2025-01-21") << true << QStringLiteral("2025-01-21");
    QTest::newRow("month") << QStringLiteral("2024-06") << true << QStringLiteral("2024-06");
    QTest::newRow("year") << QStringLiteral("2024") << true << QStringLiteral("2024");
    QTest::newRow("leap day") << QStringLiteral("2024-02-29") << true << QStringLiteral("2024-02-29");
    QTest::newRow("no leap day") << QStringLiteral("2025-02-29") << false << QString();
    QTest::newRow("empty is open") << QStringLiteral("   ") << true << QString();
    QTest::newRow("one-digit month") << QStringLiteral("2024-6") << false << QString();
    QTest::newRow("time of day") << QStringLiteral("2025-01-21T10:00") << false << QString();
    QTest::newRow("EDTF qualifier") << QStringLiteral("2024~") << false << QString();
}

void TestEntityRoleModel::parseDate()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, edtf);

    const std::optional<TimeValue> parsed = EntityRoleModel::parseDate(text);
    QCOMPARE(parsed.has_value(), valid);
    if (parsed)
        QCOMPARE(parsed->toEdtf(), edtf);
}

QTEST_GUILESS_MAIN(TestEntityRoleModel)
#include "tst_entityrolemodel.moc"
