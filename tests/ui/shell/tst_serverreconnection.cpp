// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A window on a team project while its PostgreSQL server stops and starts again: the
// window says the connection is lost and turns read-only, an edit tried meanwhile is
// refused with a message, and once the server is back the window reconnects by itself,
// with nothing lost: the edits made before are there, undo still works, and the other
// analysts' changes reach the window again.

#include "TestServer.h"
#include "WindowShots.h"

#include "sample/SampleProject.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/ProjectCopy.h"
#include "storage/ServerConnectionKeeper.h"
#include "ui/reader/AnnotationController.h"
#include "ui/reader/ReaderPane.h"
#include "ui/shell/MainWindow.h"

#include <QDir>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace annalist;

class TestServerReconnection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void windowOutlivesAServerRestart();

private:
    static bool runServerScript(const QString &command);
    // The status of the mention as a new connection reads it from the server.
    Mention::Status statusStored(qint64 mentionId);

    QTemporaryDir m_dir;
    QString m_database;
    bool m_started = false;
};

bool TestServerReconnection::runServerScript(const QString &command)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedChannels);
    script.start(qEnvironmentVariable("ANNALIST_POSTGRES_SCRIPT"),
                 { command, qEnvironmentVariable("ANNALIST_TEST_POSTGRES") });
    return script.waitForFinished(120000) && script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
}

Mention::Status TestServerReconnection::statusStored(qint64 mentionId)
{
    auto project = Project::open(test::TestServer::adminUri(m_database));
    if (!project)
        return Mention::Status::Rejected;
    const auto mention = (*project)->mentions().find(mentionId);
    return mention ? mention->status : Mention::Status::Rejected;
}

void TestServerReconnection::initTestCase()
{
    if (qEnvironmentVariableIsEmpty("ANNALIST_POSTGRES_SCRIPT"))
        QSKIP("PostgreSQL is not installed (Debian package postgresql)");
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    QSettings().clear();
    // A server of this test's own, which it may stop and start again.
    QVERIFY2(runServerScript(QStringLiteral("start")), "the test's PostgreSQL server did not start");
    m_started = true;
    QVERIFY(test::TestServer::isAvailable());
    m_database = test::TestServer::createDatabase();
    QVERIFY(!m_database.isEmpty());

    const QString file = m_dir.filePath(QStringLiteral("sample.annalist"));
    const Status made = SampleProject::ensureExists(file);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    auto local = Project::openReadOnly(file);
    QVERIFY2(local, qPrintable(local ? QString() : local.error().message));
    auto server = Project::create(test::TestServer::adminUri(m_database));
    QVERIFY2(server, qPrintable(server ? QString() : server.error().message));
    const auto copied = ProjectCopy::copy(**local, **server);
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
}

void TestServerReconnection::cleanupTestCase()
{
    if (m_started)
        QVERIFY(runServerScript(QStringLiteral("stop")));
}

void TestServerReconnection::windowOutlivesAServerRestart()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(test::TestServer::adminUri(m_database)));
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ServerConnectionKeeper *connection = window.serverConnection();
    QVERIFY(connection);
    connection->setIntervals(200, 200);

    // Three proposals of the first source, open in the window.
    const auto mentions = window.project()->mentions().listForSource(1);
    QVERIFY(mentions);
    QList<qint64> candidates;
    for (const Mention &mention : *mentions) {
        if (mention.status == Mention::Status::Candidate && candidates.size() < 4)
            candidates << mention.id;
    }
    QCOMPARE(candidates.size(), 4);
    ReaderPane *pane = window.openSource(1);
    QVERIFY(pane);

    // Confirmed before the server stops.
    window.annotationController()->acceptMention(candidates.at(0));
    QCOMPARE(statusStored(candidates.at(0)), Mention::Status::Confirmed);

    QVERIFY(runServerScript(QStringLiteral("pause")));
    QTRY_VERIFY_WITH_TIMEOUT(window.project()->isOffline(), 5000);
    QVERIFY(!connection->isConnected());
    QVERIFY2(window.windowTitle().contains(QStringLiteral("read-only")), qPrintable(window.windowTitle()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Connection to the server")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(test::WindowShots::save(window, QStringLiteral("team-offline.png")));

    // An edit while the server is away is refused, and says why.
    const int undoSteps = window.undoStack()->count();
    window.annotationController()->acceptMention(candidates.at(1));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("reconnecting")),
             qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(window.undoStack()->count(), undoSteps);
    QCOMPARE(test::WindowShots::statusShown(pane, candidates.at(1)), Mention::Status::Candidate);

    QVERIFY(runServerScript(QStringLiteral("resume")));
    QTRY_VERIFY_WITH_TIMEOUT(!window.project()->isOffline(), 10000);
    QVERIFY(connection->isConnected());
    QVERIFY2(!window.windowTitle().contains(QStringLiteral("read-only")), qPrintable(window.windowTitle()));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("again")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(test::WindowShots::save(window, QStringLiteral("team-reconnected.png")));

    // Nothing was lost, and nothing refused was written.
    QCOMPARE(statusStored(candidates.at(0)), Mention::Status::Confirmed);
    QCOMPARE(statusStored(candidates.at(1)), Mention::Status::Candidate);
    QCOMPARE(test::WindowShots::statusShown(pane, candidates.at(0)), Mention::Status::Confirmed);

    // Edits go through again, and undo still reaches the edit made before the restart.
    window.annotationController()->acceptMention(candidates.at(2));
    QCOMPARE(statusStored(candidates.at(2)), Mention::Status::Confirmed);
    window.undoStack()->undo();
    QCOMPARE(statusStored(candidates.at(2)), Mention::Status::Candidate);
    window.undoStack()->undo();
    QCOMPARE(statusStored(candidates.at(0)), Mention::Status::Candidate);
    QCOMPARE(test::WindowShots::statusShown(pane, candidates.at(0)), Mention::Status::Candidate);

    // Another analyst's change reaches the window again.
    {
        auto other = Project::open(test::TestServer::adminUri(m_database));
        QVERIFY(other);
        const Status set = (*other)->mentions().setStatus(candidates.at(3), Mention::Status::Confirmed);
        QVERIFY2(set, qPrintable(set ? QString() : set.error().message));
    }
    QTRY_COMPARE_WITH_TIMEOUT(test::WindowShots::statusShown(pane, candidates.at(3)), Mention::Status::Confirmed, 2000);
}

QTEST_MAIN(TestServerReconnection)
#include "tst_serverreconnection.moc"
