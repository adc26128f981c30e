// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "itemmodels/SearchResultModel.h"
#include "storage/FullTextSearch.h"

#include "ProjectFixture.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

namespace {

SearchMatch match(int offset, const QString &before, const QString &text, const QString &after)
{
    SearchMatch result;
    result.offset = offset;
    result.length = static_cast<int>(text.size());
    result.before = before;
    result.text = text;
    result.after = after;
    return result;
}

QList<SearchHit> handMadeHits()
{
    SearchHit first;
    first.sourceId = 7;
    first.title = QStringLiteral("Talks in Mexico City");
    first.score = 2.5;
    first.matches = { match(12, QStringLiteral("Senator "), QStringLiteral("Rubio"), QStringLiteral(" met")),
                      match(80, QStringLiteral("said\n"), QStringLiteral("Rubio"), QStringLiteral(", who")) };
    SearchHit titleOnly;
    titleOnly.sourceId = 9;
    titleOnly.title = QStringLiteral("Rubio abroad");
    titleOnly.score = 1.0;
    return { first, titleOnly };
}

} // namespace

class TestSearchResultModel : public QObject
{
    Q_OBJECT

private slots:
    void rowPerMatch_data();
    void rowPerMatch();
    void rolesAndClear();
    void realSearch();
};

void TestSearchResultModel::rowPerMatch_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("display");

    QTest::newRow("title") << 0 << int(SearchResultModel::SourceColumn) << QStringLiteral("Talks in Mexico City");
    QTest::newRow("snippet") << 0 << int(SearchResultModel::SnippetColumn) << QStringLiteral("Senator [Rubio] met");
    QTest::newRow("same source again") << 1 << int(SearchResultModel::SourceColumn)
                                       << QStringLiteral("Talks in Mexico City");
    QTest::newRow("snippet on one line") << 1 << int(SearchResultModel::SnippetColumn)
                                         << QStringLiteral("said [Rubio], who");
    QTest::newRow("title-only hit") << 2 << int(SearchResultModel::SourceColumn) << QStringLiteral("Rubio abroad");
    QTest::newRow("title-only snippet") << 2 << int(SearchResultModel::SnippetColumn) << QString();
}

void TestSearchResultModel::rowPerMatch()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, display);

    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(handMadeHits());
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(SearchResultModel::ColumnCount));
    QCOMPARE(model.index(row, column).data().toString(), display);
}

void TestSearchResultModel::rolesAndClear()
{
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setResults(handMadeHits());
    QCOMPARE(reset.count(), 1);

    const QModelIndex second = model.index(1, SearchResultModel::SnippetColumn);
    QCOMPARE(second.data(SearchResultModel::SourceIdRole).toLongLong(), 7);
    QCOMPARE(second.data(SearchResultModel::OffsetRole).toInt(), 80);
    QCOMPARE(second.data(SearchResultModel::LengthRole).toInt(), 5);
    QCOMPARE(second.data(SearchResultModel::BeforeRole).toString(), QStringLiteral("said "));
    QCOMPARE(second.data(SearchResultModel::MatchRole).toString(), QStringLiteral("Rubio"));
    QCOMPARE(second.data(SearchResultModel::AfterRole).toString(), QStringLiteral(", who"));
    QCOMPARE(second.data(SearchResultModel::ScoreRole).toDouble(), 2.5);
    QCOMPARE(model.index(2, 0).data(SearchResultModel::OffsetRole).toInt(), -1);
    QCOMPARE(model.sourceIdAt(2), 9);
    QCOMPARE(model.matchAt(0).offset, 12);
    QCOMPARE(model.matchAt(5).offset, -1);
    QCOMPARE(model.headerData(SearchResultModel::SnippetColumn, Qt::Horizontal).toString(), QStringLiteral("Match"));

    model.clear();
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.sourceIdAt(0), 0);
}

void TestSearchResultModel::realSearch()
{
    ProjectFixture fixture;
    QVERIFY(fixture.create());
    const QString body = QStringLiteral("Rubio met Sheinbaum. Later, Rubio flew on to Quito.");
    const qint64 source = fixture.addSource(QStringLiteral("Visit"), body);
    QVERIFY(source > 0);
    QVERIFY(fixture.addSource(QStringLiteral("Other"), QStringLiteral("Nothing about him here.")) > 0);

    const Result<QList<SearchHit>> hits = fixture.project().search().search(QStringLiteral("rubio"));
    ANNALIST_VERIFY_OK(hits);
    SearchResultModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setResults(*hits);
    QCOMPARE(model.rowCount(), 2);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, SearchResultModel::SnippetColumn);
        QCOMPARE(index.data(SearchResultModel::SourceIdRole).toLongLong(), source);
        const int offset = index.data(SearchResultModel::OffsetRole).toInt();
        const int length = index.data(SearchResultModel::LengthRole).toInt();
        QCOMPARE(body.mid(offset, length), QStringLiteral("Rubio"));
        QVERIFY(index.data().toString().contains(QStringLiteral("[Rubio]")));
    }
}

QTEST_GUILESS_MAIN(TestSearchResultModel)
#include "tst_searchresultmodel.moc"
