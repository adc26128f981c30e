// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "itemmodels/MentionListModel.h"

#include "ProjectFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

namespace {

const QString bodyA = QStringLiteral("Senator Marco Rubio met Sheinbaum.\nRubio said the talks went well.");
const QString bodyB = QStringLiteral("In Quito, Rubio spoke. Rubio left the next day.");

} // namespace

class TestMentionListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void keywordInContext_data();
    void keywordInContext();
    void orderAndRoles();
    void otherEntitiesAndNoProject();

private:
    ProjectFixture m_fixture;
    qint64 m_sourceA = 0;
    qint64 m_sourceB = 0;
    qint64 m_rubio = 0;
    qint64 m_rejected = 0;
};

void TestMentionListModel::initTestCase()
{
    QVERIFY(m_fixture.create());
    // Source B is added first so that source order and insertion order differ.
    m_sourceB = m_fixture.addSource(QStringLiteral("Quito visit"), bodyB);
    m_sourceA = m_fixture.addSource(QStringLiteral("Mexico talks"), bodyA);
    m_rubio = m_fixture.addEntity(QStringLiteral("Marco Rubio"));
    // Added out of text order on purpose.
    QVERIFY(m_fixture.addMention(m_rubio, m_sourceA, 35, 40, Mention::Status::Candidate));
    QVERIFY(m_fixture.addMentionOf(m_rubio, m_sourceA, QStringLiteral("Marco Rubio")));
    QVERIFY(m_fixture.addMention(m_rubio, m_sourceB, 23, 28, Mention::Status::Confirmed));
    m_rejected = m_fixture.addMention(m_rubio, m_sourceB, 10, 15, Mention::Status::Rejected);
    QVERIFY(m_rejected);
}

void TestMentionListModel::cleanupTestCase()
{
    m_fixture.close();
}

void TestMentionListModel::keywordInContext_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");

    // Source B (lower id) first; its rejected mention is left out.
    QTest::newRow("source title") << 0 << int(MentionListModel::SourceColumn) << QStringLiteral("Quito visit");
    QTest::newRow("mention") << 0 << int(MentionListModel::MentionColumn) << QStringLiteral("Rubio");
    QTest::newRow("status") << 0 << int(MentionListModel::StatusColumn) << QStringLiteral("Confirmed");
    QTest::newRow("second source") << 1 << int(MentionListModel::SourceColumn) << QStringLiteral("Mexico talks");
    QTest::newRow("before") << 1 << int(MentionListModel::BeforeColumn) << QStringLiteral("Senator ");
    QTest::newRow("whole name") << 1 << int(MentionListModel::MentionColumn) << QStringLiteral("Marco Rubio");
    QTest::newRow("line break shown as space")
        << 2 << int(MentionListModel::BeforeColumn) << QStringLiteral("Senator Marco Rubio met Sheinbaum. ");
    QTest::newRow("candidate") << 2 << int(MentionListModel::StatusColumn) << QStringLiteral("Candidate");
}

void TestMentionListModel::keywordInContext()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);

    MentionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.showEntity(m_fixture.get(), m_rubio).isEmpty());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.index(row, column).data().toString(), display);
}

void TestMentionListModel::orderAndRoles()
{
    MentionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.showEntity(m_fixture.get(), m_rubio).isEmpty());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.entityId(), m_rubio);

    QList<std::pair<qint64, int>> order;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, MentionListModel::MentionColumn);
        order.append({ index.data(MentionListModel::SourceIdRole).toLongLong(),
                       index.data(MentionListModel::StartRole).toInt() });
        QCOMPARE(index.data(MentionListModel::EndRole).toInt() - index.data(MentionListModel::StartRole).toInt(),
                 index.data().toString().size());
        QVERIFY(index.data(MentionListModel::StatusRole).toInt() != int(Mention::Status::Rejected));
        QCOMPARE(model.rowOfMention(index.data(MentionListModel::MentionIdRole).toLongLong()), row);
    }
    QCOMPARE(order, (QList<std::pair<qint64, int>> { { m_sourceB, 23 }, { m_sourceA, 8 }, { m_sourceA, 35 } }));
    QCOMPARE(model.rowOfMention(m_rejected), -1);

    const auto alignment
        = model.index(0, MentionListModel::BeforeColumn).data(Qt::TextAlignmentRole).value<Qt::Alignment>();
    QVERIFY(alignment.testFlag(Qt::AlignRight));
    QCOMPARE(model.headerData(MentionListModel::AfterColumn, Qt::Horizontal).toString(), QStringLiteral("After"));
    QCOMPARE(model.mentionAt(1).quote, QStringLiteral("Marco Rubio"));
}

void TestMentionListModel::otherEntitiesAndNoProject()
{
    MentionListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.showEntity(m_fixture.get(), m_rubio).isEmpty());
    QVERIFY(model.showEntity(m_fixture.get(), 98765).isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(model.showEntity(m_fixture.get(), m_rubio).isEmpty());
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.entityId(), 0);
    QVERIFY(model.showEntity(nullptr, m_rubio).isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.mentionIdAt(0), 0);
}

QTEST_GUILESS_MAIN(TestMentionListModel)
#include "tst_mentionlistmodel.moc"
