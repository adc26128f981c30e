// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// File ▸ Save a Local Copy: the window copies the open project into a new file that
// holds the same sources, entities, mentions and events, and leaves the open project
// as it was; a name that is taken is refused without touching the file.

#include "ProjectFixture.h"

#include "sample/SampleProject.h"
#include "storage/Project.h"
#include "storage/ProjectStatistics.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace annalist;

class TestLocalCopyWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void copyHoldsWhatTheProjectHolds();
    void takenNamesAreRefused_data();
    void takenNamesAreRefused();
    void menuOffersTheCopies();

private:
    static ProjectStatistics statisticsOf(const Project &project);
    static QAction *fileAction(MainWindow &window, const QString &text);

    QTemporaryDir m_dir;
    QString m_samplePath;
};

void TestLocalCopyWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    m_samplePath = m_dir.filePath(QStringLiteral("sample.annalist"));
    ANNALIST_VERIFY_OK(SampleProject::ensureExists(m_samplePath));
}

ProjectStatistics TestLocalCopyWindow::statisticsOf(const Project &project)
{
    const auto statistics = ProjectStatistics::collect(project.database(), project.path());
    return statistics ? *statistics : ProjectStatistics();
}

QAction *TestLocalCopyWindow::fileAction(MainWindow &window, const QString &text)
{
    const QList<QAction *> menus = window.menuBar()->actions();
    if (menus.isEmpty() || !menus.first()->menu())
        return nullptr;
    for (QAction *action : menus.first()->menu()->actions()) {
        if (action->text() == text)
            return action;
    }
    return nullptr;
}

void TestLocalCopyWindow::copyHoldsWhatTheProjectHolds()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(m_samplePath));
    const ProjectStatistics before = statisticsOf(*window.project());
    QVERIFY(before.sources > 0);
    QVERIFY(before.mentions > 0);
    QVERIFY(before.events > 0);

    const QString copyPath = m_dir.filePath(QStringLiteral("copy.annalist"));
    // Saved where ANNALIST_SCREENSHOT_DIR says, to be looked at.
    if (const QString directory = qEnvironmentVariable("ANNALIST_SCREENSHOT_DIR"); !directory.isEmpty()) {
        QTimer::singleShot(0, &window, [&window, directory] {
            if (auto *dialog = window.findChild<QProgressDialog *>())
                dialog->grab().save(QDir(directory).filePath(QStringLiteral("copy-progress.png")));
        });
    }
    ANNALIST_VERIFY_OK(window.saveLocalCopy(copyPath));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(QStringLiteral("Copied ")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("copy.annalist")));

    // The window still has its own project, as it was.
    QCOMPARE(window.project()->path(), QFileInfo(m_samplePath).absoluteFilePath());
    const ProjectStatistics after = statisticsOf(*window.project());
    QCOMPARE(after.sources, before.sources);
    QCOMPARE(after.mentions, before.mentions);

    auto copy = Project::open(copyPath);
    ANNALIST_VERIFY_OK(copy);
    const ProjectStatistics copied = statisticsOf(**copy);
    QCOMPARE(copied.sources, before.sources);
    QCOMPARE(copied.entities, before.entities);
    QCOMPARE(copied.mentions, before.mentions);
    QCOMPARE(copied.events, before.events);
    QCOMPARE(copied.evidence, before.evidence);
}

void TestLocalCopyWindow::takenNamesAreRefused_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("message");

    QTest::newRow("the open project") << QStringLiteral("sample.annalist") << QStringLiteral("already exists");
    QTest::newRow("another file") << QStringLiteral("notes.txt") << QStringLiteral("already exists");
    QTest::newRow("missing folder") << QStringLiteral("nowhere/copy.annalist")
                                    << QStringLiteral("the folder does not exist");
}

void TestLocalCopyWindow::takenNamesAreRefused()
{
    QFETCH(QString, name);
    QFETCH(QString, message);
    QFile notes(m_dir.filePath(QStringLiteral("notes.txt")));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.write("not a project\n");
    notes.close();
    const QByteArray notesBefore = QByteArray("not a project\n");

    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_samplePath));
    const ProjectStatistics before = statisticsOf(*window.project());
    const Status refused = window.saveLocalCopy(m_dir.filePath(name));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(message), qPrintable(refused.error().message));
    // Said in the status bar where no dialog may open.
    QVERIFY2(window.statusBar()->currentMessage().contains(message), qPrintable(window.statusBar()->currentMessage()));
    QCOMPARE(statisticsOf(*window.project()).mentions, before.mentions);
    QVERIFY(notes.open(QIODevice::ReadOnly));
    QCOMPARE(notes.readAll(), notesBefore);
}

void TestLocalCopyWindow::menuOffersTheCopies()
{
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QAction *localCopy = fileAction(window, QStringLiteral("Save a &Local Copy…"));
    QAction *publish = fileAction(window, QStringLiteral("P&ublish to Team Server…"));
    QVERIFY(localCopy);
    QVERIFY(publish);
    QVERIFY(!localCopy->isEnabled());
    QVERIFY(!publish->isEnabled());
    QVERIFY(window.openProject(m_samplePath));
    QVERIFY(localCopy->isEnabled());
    QVERIFY(publish->isEnabled());

    // Saved where ANNALIST_SCREENSHOT_DIR says, to be looked at.
    if (const QString directory = qEnvironmentVariable("ANNALIST_SCREENSHOT_DIR"); !directory.isEmpty()) {
        QMenu *file = window.menuBar()->actions().first()->menu();
        file->popup(window.mapToGlobal(QPoint(0, window.menuBar()->height())));
        QVERIFY(QTest::qWaitForWindowExposed(file));
        QVERIFY(file->grab().save(QDir(directory).filePath(QStringLiteral("file-menu.png"))));
        file->hide();
    }
    window.closeProject();
    QVERIFY(!localCopy->isEnabled());
    QVERIFY(!publish->isEnabled());
}

QTEST_MAIN(TestLocalCopyWindow)
#include "tst_localcopywindow.moc"
