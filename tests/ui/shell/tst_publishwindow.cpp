// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File ▸ Publish to Team Server on a real PostgreSQL server: the window copies its
// project file into an empty database, which then holds the same sources, entities,
// mentions and events; a database that is not empty is refused, saying so.

#include "ProjectFixture.h"
#include "TestServer.h"

#include "sample/SampleProject.h"
#include "storage/Project.h"
#include "storage/ProjectStatistics.h"
#include "ui/shell/MainWindow.h"

#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class TestPublishWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void publishFillsAnEmptyDatabase();
    void onlyAnEmptyDatabaseIsTaken_data();
    void onlyAnEmptyDatabaseIsTaken();

private:
    static ProjectStatistics statisticsOf(const Project &project);
    QString newDatabase();

    QTemporaryDir m_dir;
    QString m_samplePath;
    QStringList m_databases;
};

void TestPublishWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    QSettings().clear();
    QVERIFY2(test::TestServer::isAvailable(), "the PostgreSQL test server is not running (ctest starts it)");
    m_samplePath = m_dir.filePath(QStringLiteral("sample.annalist"));
    ANNALIST_VERIFY_OK(SampleProject::ensureExists(m_samplePath));
}

void TestPublishWindow::cleanupTestCase()
{
    for (const QString &database : std::as_const(m_databases))
        test::TestServer::dropDatabase(database);
}

QString TestPublishWindow::newDatabase()
{
    const QString database = test::TestServer::createDatabase();
    if (!database.isEmpty())
        m_databases.append(database);
    return database;
}

ProjectStatistics TestPublishWindow::statisticsOf(const Project &project)
{
    const auto statistics = ProjectStatistics::collect(project.database(), project.path());
    return statistics ? *statistics : ProjectStatistics();
}

void TestPublishWindow::publishFillsAnEmptyDatabase()
{
    const QString database = newDatabase();
    QVERIFY(!database.isEmpty());
    const QString uri = test::TestServer::adminUri(database);

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(m_samplePath));
    const ProjectStatistics original = statisticsOf(*window.project());
    QVERIFY(original.sources > 0);
    QVERIFY(original.mentions > 0);

    ANNALIST_VERIFY_OK(window.publishTo(uri));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Copied ")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(!window.project()->isOnServer());

    auto published = Project::open(uri);
    ANNALIST_VERIFY_OK(published);
    const ProjectStatistics onServer = statisticsOf(**published);
    QCOMPARE(onServer.sources, original.sources);
    QCOMPARE(onServer.entities, original.entities);
    QCOMPARE(onServer.mentions, original.mentions);
    QCOMPARE(onServer.events, original.events);
    QCOMPARE(onServer.evidence, original.evidence);
}

void TestPublishWindow::onlyAnEmptyDatabaseIsTaken_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("message");

    QTest::newRow("a project") << QStringLiteral("project") << QStringLiteral("already holds an Annalist project");
    QTest::newRow("another application") << QStringLiteral("foreign") << QStringLiteral("another application");
    QTest::newRow("no database") << QStringLiteral("missing") << QStringLiteral("has no database");
}

void TestPublishWindow::onlyAnEmptyDatabaseIsTaken()
{
    QFETCH(QString, setup);
    QFETCH(QString, message);
    QString database = newDatabase();
    QVERIFY(!database.isEmpty());
    if (setup == QLatin1StringView("project")) {
        auto project = Project::create(test::TestServer::adminUri(database));
        ANNALIST_VERIFY_OK(project);
        QVERIFY(test::TestServer::exec(database,
                                       QStringLiteral("INSERT INTO notes (subject, body, created_at, updated_at) "
                                                      "VALUES (0, 'the team was here first', 0, 0)")));
    } else if (setup == QLatin1StringView("foreign")) {
        QVERIFY(test::TestServer::exec(database, QStringLiteral("CREATE TABLE invoices (id integer)")));
    } else {
        database += QStringLiteral("_missing");
    }

    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_samplePath));
    const Status refused = window.publishTo(test::TestServer::adminUri(database));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
    const QString shown = window.statusBar()->currentMessage();
    QVERIFY2(shown.contains(message), qPrintable(shown));
    if (setup != QLatin1StringView("missing"))
        QVERIFY2(shown.contains(QStringLiteral("needs an empty database")), qPrintable(shown));
}

QTEST_MAIN(TestPublishWindow)
#include "tst_publishwindow.moc"
