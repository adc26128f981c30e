// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two analysts' windows on one team project of a real PostgreSQL server, each as its
// own database user: what the editor confirms shows in the reader's window within a
// second, and the reader's window edits nothing.

#include "TestServer.h"
#include "WindowShots.h"

#include "sample/SampleProject.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/ProjectCopy.h"
#include "storage/TeamRoles.h"
#include "ui/reader/AnnotationController.h"
#include "ui/reader/ReaderPane.h"
#include "ui/settings/Settings.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class TestTeamWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void confirmedMentionReachesTheReader();

private:
    QString uriOf(const QString &name) const;

    QTemporaryDir m_dir;
    QString m_database;
    QStringList m_users;
};

QString TestTeamWindows::uriOf(const QString &name) const
{
    return test::TestServer::userUri(m_database, name);
}

void TestTeamWindows::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    QSettings().clear();
    QVERIFY2(test::TestServer::isAvailable(), "the PostgreSQL test server is not running (ctest starts it)");
    m_database = test::TestServer::createDatabase();
    QVERIFY(!m_database.isEmpty());

    // The sample case, published to the server by its owner.
    const QString file = m_dir.filePath(QStringLiteral("sample.annalist"));
    const Status made = SampleProject::ensureExists(file);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    auto local = Project::openReadOnly(file);
    QVERIFY2(local, qPrintable(local ? QString() : local.error().message));
    auto server = Project::create(test::TestServer::adminUri(m_database));
    QVERIFY2(server, qPrintable(server ? QString() : server.error().message));
    const auto copied = ProjectCopy::copy(**local, **server);
    QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));

    TeamRoles team((*server)->database());
    for (const auto &[name, role] : { std::pair { QStringLiteral("ada"), TeamRoles::Role::Editor },
                                      std::pair { QStringLiteral("rex"), TeamRoles::Role::Reader } }) {
        QVERIFY(test::TestServer::createUser(name));
        m_users << name;
        const Status granted = team.grant(test::TestServer::userName(name), role);
        QVERIFY2(granted, qPrintable(granted ? QString() : granted.error().message));
    }
}

void TestTeamWindows::cleanupTestCase()
{
    if (!m_database.isEmpty())
        test::TestServer::dropDatabase(m_database);
    for (const QString &name : std::as_const(m_users))
        test::TestServer::dropUser(name);
}

void TestTeamWindows::confirmedMentionReachesTheReader()
{
    MainWindow editor;
    editor.resize(1366, 768);
    editor.show();
    QVERIFY(editor.openProject(uriOf(QStringLiteral("ada"))));
    MainWindow reader;
    reader.resize(1366, 768);
    reader.show();
    QVERIFY(reader.openProject(uriOf(QStringLiteral("rex"))));
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QVERIFY(QTest::qWaitForWindowExposed(&reader));

    // Both are among the recent projects, by their URI without a password.
    const QStringList recent = Settings::value(SettingKeys::recentProjects());
    QVERIFY2(recent.contains(reader.project()->path()), qPrintable(recent.join(u'\n')));
    QVERIFY(reader.project()->path().startsWith(QStringLiteral("postgresql://")));

    // The reader's window says it is read-only, and why, on every edit it offers.
    QVERIFY(!editor.project()->isReadOnly());
    QVERIFY(reader.project()->isReadOnly());
    QVERIFY2(reader.windowTitle().contains(QStringLiteral("read-only")), qPrintable(reader.windowTitle()));
    int explained = 0;
    for (QAction *action : reader.findChildren<QAction *>()) {
        if (action->toolTip() == reader.project()->readOnlyReason()) {
            QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
            ++explained;
        }
    }
    QVERIFY2(explained >= 8, qPrintable(QString::number(explained)));

    // A proposal in the first source, open in both windows.
    const auto mentions = editor.project()->mentions().listForSource(1);
    QVERIFY(mentions);
    qint64 candidate = 0;
    for (const Mention &mention : *mentions) {
        if (mention.status == Mention::Status::Candidate) {
            candidate = mention.id;
            break;
        }
    }
    QVERIFY2(candidate != 0, "the sample's first source has no proposal");
    ReaderPane *editorPane = editor.openSource(1);
    ReaderPane *readerPane = reader.openSource(1);
    QVERIFY(editorPane && readerPane);
    QCOMPARE(test::WindowShots::statusShown(readerPane, candidate), Mention::Status::Candidate);

    QElapsedTimer clock;
    clock.start();
    editor.annotationController()->acceptMention(candidate);
    QCOMPARE(test::WindowShots::statusShown(editorPane, candidate), Mention::Status::Confirmed);
    QTRY_COMPARE_WITH_TIMEOUT(test::WindowShots::statusShown(readerPane, candidate), Mention::Status::Confirmed, 1000);
    qInfo("shown in the reader's window after %lld ms", clock.elapsed());
    QVERIFY(test::WindowShots::save(editor, QStringLiteral("team-editor.png")));
    QVERIFY(test::WindowShots::save(reader, QStringLiteral("team-reader.png")));

    // Asked to edit all the same (a key the menu no longer offers), the server refuses
    // and the window says so; nothing changes.
    reader.statusBar()->clearMessage();
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("permission denied")));
    reader.annotationController()->rejectMention(candidate);
    QVERIFY2(reader.statusBar()->currentMessage().contains(QStringLiteral("permission denied")),
             qPrintable(reader.statusBar()->currentMessage()));
    const auto after = editor.project()->mentions().listForSource(1);
    QVERIFY(after);
    for (const Mention &mention : *after) {
        if (mention.id == candidate)
            QCOMPARE(mention.status, Mention::Status::Confirmed);
    }
}

QTEST_MAIN(TestTeamWindows)
#include "tst_teamwindows.moc"
