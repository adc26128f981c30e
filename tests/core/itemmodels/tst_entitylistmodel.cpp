// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/AddMentionCommand.h"
#include "itemmodels/EntityListModel.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

class TestEntityListModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void showsEntities_data();
    void showsEntities();
    void rolesAndDecoration();
    void findsRows();
    void reloadFollowsEdits();
    void emptyWithoutProject();

private:
    ProjectFixture m_fixture;
    qint64 m_rubio = 0;
    qint64 m_sourceA = 0;
};

void TestEntityListModel::init()
{
    QVERIFY(m_fixture.create());
    m_sourceA = m_fixture.addSource(QStringLiteral("A"),
                                    QStringLiteral("Rubio and Marco Rubio met Sheinbaum in Mexico City."));
    const qint64 sourceB
        = m_fixture.addSource(QStringLiteral("B"), QStringLiteral("Rubio left. Later Rubio returned."));
    m_rubio = m_fixture.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"), { QStringLiteral("Rubio") });
    const qint64 sheinbaum = m_fixture.addEntity(QStringLiteral("Claudia Sheinbaum"));
    const qint64 city = m_fixture.addEntity(QStringLiteral("Mexico City"), QStringLiteral("Place"));
    QVERIFY(m_fixture.addEntity(QStringLiteral("Nobody"), QStringLiteral("Other")));

    QVERIFY(m_fixture.addMention(m_rubio, m_sourceA, 0, 5, Mention::Status::Confirmed));
    QVERIFY(m_fixture.addMention(m_rubio, m_sourceA, 10, 21, Mention::Status::Candidate));
    QVERIFY(m_fixture.addMention(m_rubio, sourceB, 0, 5, Mention::Status::Rejected));
    QVERIFY(m_fixture.addMention(m_rubio, sourceB, 18, 23, Mention::Status::Confirmed));
    QVERIFY(m_fixture.addMentionOf(sheinbaum, m_sourceA, QStringLiteral("Sheinbaum"), Mention::Status::Rejected));
    QVERIFY(m_fixture.addMentionOf(city, m_sourceA, QStringLiteral("Mexico City")));
}

void TestEntityListModel::cleanup()
{
    m_fixture.close();
}

void TestEntityListModel::showsEntities_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("display");

    // By canonical name.
    QTest::newRow("first name") << 0 << int(EntityListModel::NameColumn)
                                << QVariant(QStringLiteral("Claudia Sheinbaum"));
    QTest::newRow("only rejected: no mentions") << 0 << int(EntityListModel::MentionsColumn) << QVariant(0);
    QTest::newRow("only rejected: no sources") << 0 << int(EntityListModel::SourcesColumn) << QVariant(0);
    QTest::newRow("type") << 1 << int(EntityListModel::TypeColumn) << QVariant(QStringLiteral("Person"));
    QTest::newRow("confirmed and candidate") << 1 << int(EntityListModel::MentionsColumn) << QVariant(3);
    QTest::newRow("distinct sources") << 1 << int(EntityListModel::SourcesColumn) << QVariant(2);
    QTest::newRow("place") << 2 << int(EntityListModel::TypeColumn) << QVariant(QStringLiteral("Place"));
    QTest::newRow("one mention") << 2 << int(EntityListModel::MentionsColumn) << QVariant(1);
    QTest::newRow("never mentioned") << 3 << int(EntityListModel::MentionsColumn) << QVariant(0);
}

void TestEntityListModel::showsEntities()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, display);

    EntityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(m_fixture.get()).isEmpty());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), int(EntityListModel::ColumnCount));
    QCOMPARE(model.index(row, column).data(), display);
}

void TestEntityListModel::rolesAndDecoration()
{
    EntityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(m_fixture.get()).isEmpty());
    const QModelIndex rubio = model.index(1, EntityListModel::NameColumn);
    QCOMPARE(rubio.data(EntityListModel::EntityIdRole).toLongLong(), m_rubio);
    QCOMPARE(rubio.data(EntityListModel::TypeNameRole).toString(), QStringLiteral("Person"));
    QCOMPARE(rubio.data(EntityListModel::TypeColorRole).value<QColor>(), QColor(0x1f, 0x77, 0xb4));
    QCOMPARE(rubio.data(Qt::DecorationRole).value<QColor>(), QColor(0x1f, 0x77, 0xb4));
    QCOMPARE(rubio.data(EntityListModel::AliasesRole).toStringList(), QStringList { QStringLiteral("Rubio") });
    QCOMPARE(rubio.data(EntityListModel::MentionCountRole).toInt(), 3);
    QCOMPARE(rubio.data(EntityListModel::SourceCountRole).toInt(), 2);
    QVERIFY(rubio.data(Qt::ToolTipRole).toString().contains(QStringLiteral("Rubio")));
    QCOMPARE(model.index(2, EntityListModel::NameColumn).data(Qt::DecorationRole).value<QColor>(),
             QColor(0x2c, 0xa0, 0x2c));
    QVERIFY(!model.index(1, EntityListModel::TypeColumn).data(Qt::DecorationRole).isValid());
    QCOMPARE(model.headerData(EntityListModel::SourcesColumn, Qt::Horizontal).toString(), QStringLiteral("Sources"));
    QVERIFY(model.roleNames().contains(EntityListModel::TypeColorRole));
}

void TestEntityListModel::findsRows()
{
    EntityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(m_fixture.get()).isEmpty());
    QCOMPARE(model.rowOfEntity(m_rubio), 1);
    QCOMPARE(model.entityIdAt(1), m_rubio);
    QCOMPARE(model.entityAt(1).canonicalName, QStringLiteral("Marco Rubio"));
    QCOMPARE(model.rowOfEntity(123456), -1);
    QCOMPARE(model.entityIdAt(4), 0);
    QCOMPARE(model.entityIdAt(-1), 0);
}

void TestEntityListModel::reloadFollowsEdits()
{
    EntityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    ProjectSignals projectSignals;
    QObject::connect(&projectSignals, &ProjectSignals::mentionsChanged, &model, [&] { model.reload(m_fixture.get()); });
    QVERIFY(model.reload(m_fixture.get()).isEmpty());
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

    AddMentionCommand command(m_fixture.project(), projectSignals, m_sourceA, 26, 35, m_rubio,
                              Mention::Status::Candidate);
    command.redo();
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.index(1, EntityListModel::MentionsColumn).data().toInt(), 4);
    command.undo();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.index(1, EntityListModel::MentionsColumn).data().toInt(), 3);
}

void TestEntityListModel::emptyWithoutProject()
{
    EntityListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(m_fixture.get()).isEmpty());
    QVERIFY(model.reload(nullptr).isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.entityIdAt(0), 0);
}

QTEST_GUILESS_MAIN(TestEntityListModel)
#include "tst_entitylistmodel.moc"
