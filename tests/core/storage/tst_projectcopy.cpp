// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Copying a project into a new one: the copy reports its progress, and a copy that is
// cancelled or refused leaves no half project behind. The target is a new file, or in
// the PostgreSQL run a new database on the test server.

#include "ProjectFixture.h"

#include "storage/ProjectCopy.h"
#include "storage/ProjectLocation.h"
#include "storage/ProjectStatistics.h"

#include <QFile>
#include <QTest>

using namespace annalist;

class TestProjectCopy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void progressGoesUpToTheTotal();
    void cancelLeavesNoHalfProject_data();
    void cancelLeavesNoHalfProject();
    void anExistingProjectIsRefusedUntouched();

private:
    // A new place for the copy: a file that does not exist yet, or an empty database.
    ProjectLocation newTarget();
    static ProjectStatistics statisticsOf(const QString &location);
    ProjectStatistics originalStatistics();

    test::ProjectFixture m_fixture;
    QTemporaryDir m_dir;
    QStringList m_databases;
    int m_targets = 0;
};

void TestProjectCopy::init()
{
    QVERIFY(m_fixture.create());
    const qint64 pell = m_fixture.addEntity(QStringLiteral("Adrian Pell"));
    const qint64 board = m_fixture.addEntity(QStringLiteral("Tender Board"));
    for (int i = 0; i < 3; ++i) {
        const qint64 source = m_fixture.addTextSource(
            QStringLiteral("Report %1: Adrian Pell chaired the Tender Board on Monday.").arg(i));
        QVERIFY(m_fixture.addMentionOf(pell, source, QStringLiteral("Adrian Pell")) > 0);
        QVERIFY(m_fixture.addMentionOf(board, source, QStringLiteral("Tender Board")) > 0);
    }
    QVERIFY(m_fixture.addEvent(QStringLiteral("Tender board meets")) > 0);
}

void TestProjectCopy::cleanup()
{
    m_fixture.close();
    for (const QString &database : std::as_const(m_databases))
        test::TestServer::dropDatabase(database);
    m_databases.clear();
}

ProjectLocation TestProjectCopy::newTarget()
{
    QString text = m_dir.filePath(QStringLiteral("copy-%1.annalist").arg(++m_targets));
    if (test::TestServer::backendIsPostgreSql()) {
        const QString database = test::TestServer::createDatabase();
        m_databases.append(database);
        text = test::TestServer::adminUri(database);
    }
    const Result<ProjectLocation> location = ProjectLocation::parse(text);
    return location ? *location : ProjectLocation();
}

ProjectStatistics TestProjectCopy::statisticsOf(const QString &location)
{
    auto project = Project::open(location);
    if (!project) {
        qWarning("could not open %s: %s", qPrintable(location), qPrintable(project.error().message));
        return {};
    }
    const auto statistics = ProjectStatistics::collect((*project)->database(), (*project)->path());
    return statistics ? *statistics : ProjectStatistics();
}

ProjectStatistics TestProjectCopy::originalStatistics()
{
    const auto statistics = ProjectStatistics::collect(m_fixture.project().database(), m_fixture.path());
    return statistics ? *statistics : ProjectStatistics();
}

void TestProjectCopy::progressGoesUpToTheTotal()
{
    const ProjectLocation target = newTarget();
    QList<std::pair<qint64, qint64>> reports;
    const auto copied = ProjectCopy::copyTo(m_fixture.project(), target, [&reports](qint64 done, qint64 total) {
        reports.append({ done, total });
        return true;
    });
    ANNALIST_VERIFY_OK(copied);

    // Once before the first row and after every table at least.
    QVERIFY2(reports.size() > copied->tables, qPrintable(QString::number(reports.size())));
    QCOMPARE(reports.first().first, 0);
    QCOMPARE(reports.last(), std::make_pair(copied->rows, copied->rows));
    for (int i = 1; i < reports.size(); ++i) {
        QVERIFY(reports.at(i).first >= reports.at(i - 1).first);
        QCOMPARE(reports.at(i).second, copied->rows);
    }

    const ProjectStatistics original = originalStatistics();
    const ProjectStatistics copy
        = statisticsOf(target.isServer() ? test::TestServer::adminUri(target.database()) : target.path());
    QCOMPARE(original.sources, 3);
    QCOMPARE(copy.sources, original.sources);
    QCOMPARE(copy.entities, original.entities);
    QCOMPARE(copy.mentions, original.mentions);
    QCOMPARE(copy.events, original.events);
}

void TestProjectCopy::cancelLeavesNoHalfProject_data()
{
    QTest::addColumn<int>("cancelAtReport"); // -1: when every row is copied, before the commit

    QTest::newRow("before the first row") << 0;
    QTest::newRow("after the first table") << 1;
    QTest::newRow("after the last row") << -1;
}

void TestProjectCopy::cancelLeavesNoHalfProject()
{
    QFETCH(int, cancelAtReport);
    const ProjectLocation target = newTarget();
    int reports = 0;
    const auto cancelled = ProjectCopy::copyTo(m_fixture.project(), target, [&](qint64 done, qint64 total) {
        const bool stop = cancelAtReport < 0 ? done == total : reports == cancelAtReport;
        ++reports;
        return !stop;
    });
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, StorageError::Code::Cancelled);
    QVERIFY2(cancelled.error().message.contains(QStringLiteral("cancelled")), qPrintable(cancelled.error().message));

    if (!target.isServer()) {
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QVERIFY2(!QFile::exists(target.path() + suffix), qPrintable(target.path() + suffix));
        return;
    }
    // The database keeps an empty project, and the next copy fills it.
    const QString uri = test::TestServer::adminUri(target.database());
    {
        auto left = Project::open(uri);
        ANNALIST_VERIFY_OK(left);
        const Result<bool> empty = ProjectCopy::isEmpty(**left);
        ANNALIST_VERIFY_OK(empty);
        QVERIFY(*empty);
    }
    ANNALIST_VERIFY_OK(ProjectCopy::copyTo(m_fixture.project(), target));
    QCOMPARE(statisticsOf(uri).mentions, originalStatistics().mentions);
}

void TestProjectCopy::anExistingProjectIsRefusedUntouched()
{
    const ProjectLocation target = newTarget();
    ANNALIST_VERIFY_OK(ProjectCopy::copyTo(m_fixture.project(), target));
    const QString location = target.isServer() ? test::TestServer::adminUri(target.database()) : target.path();
    const ProjectStatistics before = statisticsOf(location);

    const auto refused = ProjectCopy::copyTo(m_fixture.project(), target);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, StorageError::Code::AlreadyExists);
    const ProjectStatistics after = statisticsOf(location);
    QCOMPARE(after.sources, before.sources);
    QCOMPARE(after.mentions, before.mentions);
    QCOMPARE(after.events, before.events);
}

QTEST_GUILESS_MAIN(TestProjectCopy)
#include "tst_projectcopy.moc"
