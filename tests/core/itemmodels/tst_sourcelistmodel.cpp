// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "itemmodels/SourceListModel.h"
#include "model/Source.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace annalist;

class TestSourceListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsSources_data();
    void showsSources();
    void reloadResetsAndFindsRows();
    void countsMentionsButNotRejectedOnes();
    void emptyWithoutProject();
    void filterTextHoldsWhatTheRowShows_data();
    void filterTextHoldsWhatTheRowShows();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

void TestSourceListModel::initTestCase()
{
    auto project = Project::create(m_dir.filePath(QStringLiteral("model.annalist")));
    QVERIFY(project);
    m_project = std::move(*project);
    const auto add
        = [this](const QString &title, const QString &outlet, const TimeValue &published, ReliabilityGrade grade) {
              Source source;
              source.title = title;
              source.outlet = outlet;
              source.published = published;
              source.reliability = grade;
              source.body = title + QStringLiteral("\nBody text of ") + title;
              source.originalBytes = source.body.toUtf8();
              source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
              source.mediaType = QStringLiteral("text/plain");
              return m_project->sources().add(source).hasValue();
          };
    QVERIFY(add(QStringLiteral("Concession awarded"), QStringLiteral("Kestrian Courier"),
                TimeValue::day(QDate(2025, 2, 3)), ReliabilityGrade::B));
    QVERIFY(add(QStringLiteral("Undated brief"), QString(), TimeValue::unknown(), ReliabilityGrade::Unrated));
    QVERIFY(add(QStringLiteral("Audit"), QStringLiteral("Harbour Gazette"),
                TimeValue::instant(QDateTime(QDate(2025, 3, 14), QTime(8, 30), QTimeZone::utc()),
                                   TimeValue::Granularity::Minute),
                ReliabilityGrade::C));
}

void TestSourceListModel::showsSources_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");

    QTest::newRow("title") << 0 << int(SourceListModel::TitleColumn) << QStringLiteral("Concession awarded");
    QTest::newRow("outlet") << 0 << int(SourceListModel::OutletColumn) << QStringLiteral("Kestrian Courier");
    QTest::newRow("day") << 0 << int(SourceListModel::PublishedColumn) << QStringLiteral("3 Feb 2025");
    QTest::newRow("grade") << 0 << int(SourceListModel::GradeColumn) << QStringLiteral("B");
    QTest::newRow("undated") << 1 << int(SourceListModel::PublishedColumn) << QStringLiteral("undated");
    QTest::newRow("no grade") << 1 << int(SourceListModel::GradeColumn) << QString();
    QTest::newRow("time shown as day") << 2 << int(SourceListModel::PublishedColumn) << QStringLiteral("14 Mar 2025");
    QTest::newRow("length") << 2 << int(SourceListModel::LengthColumn) << QStringLiteral("24");
    QTest::newRow("no mentions") << 1 << int(SourceListModel::MentionsColumn) << QStringLiteral("0");
}

void TestSourceListModel::showsSources()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);

    SourceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(&m_project->sources()).isEmpty());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(SourceListModel::ColumnCount));
    QCOMPARE(model.index(row, column).data().toString(), display);
    QCOMPARE(model.index(row, 0).data(SourceListModel::SourceIdRole).toLongLong(), model.sourceIdAt(row));
}

void TestSourceListModel::reloadResetsAndFindsRows()
{
    SourceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.reload(&m_project->sources()).isEmpty());
    QCOMPARE(reset.count(), 1);
    const qint64 id = model.sourceIdAt(2);
    QVERIFY(id > 0);
    QCOMPARE(model.rowOfSource(id), 2);
    QCOMPARE(model.rowOfSource(987654), -1);
    QVERIFY(model.index(1, SourceListModel::PublishedColumn).data(SourceListModel::PublishedSortRole).isNull());
    QVERIFY(!model.index(0, SourceListModel::PublishedColumn).data(SourceListModel::PublishedSortRole).isNull());
    QVERIFY(model.index(2, SourceListModel::PublishedColumn)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("08:30")));
    QCOMPARE(model.headerData(SourceListModel::TitleColumn, Qt::Horizontal).toString(), QStringLiteral("Title"));
}

void TestSourceListModel::countsMentionsButNotRejectedOnes()
{
    const qint64 sourceId = m_project->sources().list()->first().id;
    Entity entity;
    entity.typeId = 1;
    entity.canonicalName = QStringLiteral("Harbour Authority");
    const auto entityId = m_project->entities().add(entity);
    QVERIFY(entityId);
    // One mention per span and entity: each status on a span of its own.
    int start = 0;
    for (const auto status : { Mention::Status::Confirmed, Mention::Status::Candidate, Mention::Status::Rejected }) {
        Mention mention;
        mention.entityId = *entityId;
        mention.sourceId = sourceId;
        mention.start = start;
        mention.end = start + 4;
        start += 5;
        mention.status = status;
        mention.quote = QStringLiteral("Conc");
        QVERIFY(m_project->mentions().add(mention));
    }
    SourceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(&m_project->sources()).isEmpty());
    QCOMPARE(model.index(model.rowOfSource(sourceId), SourceListModel::MentionsColumn).data().toInt(), 2);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setMentionCounts({ { sourceId, 7 } });
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.index(model.rowOfSource(sourceId), SourceListModel::MentionsColumn).data().toInt(), 7);
}

void TestSourceListModel::emptyWithoutProject()
{
    SourceListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.reload(&m_project->sources()).isEmpty());
    QVERIFY(model.reload(nullptr).isEmpty());
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.sourceIdAt(0), 0);
}

// What the library's filter looks in: what the row shows, and nothing else.
void TestSourceListModel::filterTextHoldsWhatTheRowShows_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QList<int>>("rows");

    QTest::newRow("a word of a title") << QStringLiteral("brief") << QList<int> { 1 };
    QTest::newRow("an outlet") << QStringLiteral("gazette") << QList<int> { 2 };
    QTest::newRow("a date as shown") << QStringLiteral("feb 2025") << QList<int> { 0 };
    QTest::newRow("a year") << QStringLiteral("2025") << QList<int> { 0, 2 };
    QTest::newRow("undated") << QStringLiteral("undated") << QList<int> { 1 };
    QTest::newRow("not the body") << QStringLiteral("body text") << QList<int> {};
}

void TestSourceListModel::filterTextHoldsWhatTheRowShows()
{
    QFETCH(QString, typed);
    QFETCH(QList<int>, rows);
    SourceListModel model;
    QVERIFY(model.reload(&m_project->sources()).isEmpty());
    QList<int> found;
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(SourceListModel::FilterTextRole).toString().contains(typed, Qt::CaseInsensitive))
            found << row;
    }
    QCOMPARE(found, rows);
}

QTEST_GUILESS_MAIN(TestSourceListModel)
#include "tst_sourcelistmodel.moc"
