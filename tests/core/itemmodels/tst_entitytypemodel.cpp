// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "itemmodels/EntityTypeModel.h"

#include "ProjectFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

class TestEntityTypeModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void listsTypes_data();
    void listsTypes();
    void checkBoxesHideTypes();
    void visibilitySurvivesReload();
    void emptyWithoutProject();

private:
    ProjectFixture m_fixture;
    qint64 m_vessel = 0;
};

void TestEntityTypeModel::init()
{
    QVERIFY(m_fixture.create());
    const Result<qint64> vessel = m_fixture.project().entities().addType(QStringLiteral("Vessel"), QColor(0, 128, 128));
    ANNALIST_VERIFY_OK(vessel);
    m_vessel = *vessel;
}

void TestEntityTypeModel::cleanup()
{
    m_fixture.close();
}

void TestEntityTypeModel::listsTypes_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QColor>("color");
    QTest::addColumn<bool>("builtIn");

    QTest::newRow("person") << 0 << QStringLiteral("Person") << QColor(0x1f, 0x77, 0xb4) << true;
    QTest::newRow("place") << 2 << QStringLiteral("Place") << QColor(0x2c, 0xa0, 0x2c) << true;
    QTest::newRow("analyst's own") << 5 << QStringLiteral("Vessel") << QColor(0, 128, 128) << false;
}

void TestEntityTypeModel::listsTypes()
{
    QFETCH(int, row);
    QFETCH(QString, name);
    QFETCH(QColor, color);
    QFETCH(bool, builtIn);

    EntityTypeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(m_fixture.get()).isEmpty());
    QCOMPARE(model.rowCount(), 6);
    const QModelIndex index = model.index(row);
    QCOMPARE(index.data().toString(), name);
    QCOMPARE(index.data(Qt::DecorationRole).value<QColor>(), color);
    QCOMPARE(index.data(EntityTypeModel::ColorRole).value<QColor>(), color);
    QCOMPARE(index.data(EntityTypeModel::BuiltInRole).toBool(), builtIn);
    QCOMPARE(index.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QVERIFY(model.flags(index).testFlag(Qt::ItemIsUserCheckable));
    const qint64 typeId = index.data(EntityTypeModel::TypeIdRole).toLongLong();
    QCOMPARE(model.rowOfType(typeId), row);
    QCOMPARE(model.colorOf(typeId), color);
    QCOMPARE(model.typeAt(row).name, name);
}

void TestEntityTypeModel::checkBoxesHideTypes()
{
    EntityTypeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(m_fixture.get()).isEmpty());
    QSignalSpy visibility(&model, &EntityTypeModel::visibilityChanged);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    const QModelIndex place = model.index(2);
    QVERIFY(model.setData(place, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(visibility.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), place);
    QCOMPARE(place.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QVERIFY(!model.isTypeVisible(QStringLiteral("Place")));
    QVERIFY(!model.isTypeVisible(QStringLiteral("place")));
    QVERIFY(!model.isTypeVisible(place.data(EntityTypeModel::TypeIdRole).toLongLong()));
    QVERIFY(model.isTypeVisible(QStringLiteral("Person")));
    QVERIFY(model.isTypeVisible(QStringLiteral("Unheard of")));
    QCOMPARE(model.hiddenTypeNames(), QStringList { QStringLiteral("place") });

    // Unchecking again is no change.
    QVERIFY(model.setData(place, Qt::Unchecked, Qt::CheckStateRole));
    QCOMPARE(visibility.count(), 1);
    QVERIFY(!model.setData(place, QStringLiteral("Site"), Qt::EditRole));

    model.setTypeVisible(QStringLiteral("PLACE"), true);
    QCOMPARE(visibility.count(), 2);
    QVERIFY(model.isTypeVisible(QStringLiteral("Place")));
    QCOMPARE(place.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
}

void TestEntityTypeModel::visibilitySurvivesReload()
{
    EntityTypeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(m_fixture.get()).isEmpty());
    QSignalSpy visibility(&model, &EntityTypeModel::visibilityChanged);
    model.setHiddenTypeNames({ QStringLiteral("Vessel"), QStringLiteral("title") });
    QCOMPARE(visibility.count(), 1);
    QVERIFY(m_fixture.reopen());
    QVERIFY(model.reload(m_fixture.get()).isEmpty());
    QCOMPARE(model.index(model.rowOfType(m_vessel)).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(model.index(3).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(model.hiddenTypeNames(), QStringList({ QStringLiteral("title"), QStringLiteral("vessel") }));
}

void TestEntityTypeModel::emptyWithoutProject()
{
    EntityTypeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(m_fixture.get()).isEmpty());
    QVERIFY(model.reload(nullptr).isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.colorOf(m_vessel).isValid());
    QCOMPARE(model.rowOfType(m_vessel), -1);
}

QTEST_GUILESS_MAIN(TestEntityTypeModel)
#include "tst_entitytypemodel.moc"
