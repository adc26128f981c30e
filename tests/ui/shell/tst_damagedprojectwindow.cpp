// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// A project file too large to be checked for damage before it opens is shown at once and
// checked in the background: sound, it stays as it was; damaged, the window becomes
// read-only and says why, in the title, the status and every edit's tooltip.

#include "ProjectFixture.h"
#include "TestData.h"

#include "jobs/BackgroundIntegrityCheck.h"
#include "storage/IntegrityCheck.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "ui/reader/AnnotationController.h"
#include "ui/shell/MainWindow.h"

#include <QAction>
#include <QCryptographicHash>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class TestDamagedProjectWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void largeProjectIsCheckedAfterOpening_data();
    void largeProjectIsCheckedAfterOpening();

private:
    QTemporaryDir m_dir;
};

void TestDamagedProjectWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    // Every file counts as large here.
    IntegrityCheck::setLimitBeforeOpening(0);
}

void TestDamagedProjectWindow::largeProjectIsCheckedAfterOpening_data()
{
    QTest::addColumn<bool>("damaged");
    QTest::newRow("sound") << false;
    QTest::newRow("damaged") << true;
}

void TestDamagedProjectWindow::largeProjectIsCheckedAfterOpening()
{
    QFETCH(bool, damaged);
    const QString path
        = m_dir.filePath(damaged ? QStringLiteral("damaged.annalist") : QStringLiteral("sound.annalist"));
    {
        auto project = Project::create(path);
        ANNALIST_VERIFY_OK(project);
        for (int i = 0; i < 40; ++i) {
            Source source;
            source.body = QStringLiteral("Brief %1\n").arg(i) + QString(3000, QChar(u'a' + i % 26));
            source.title = source.body.section(u'\n', 0, 0);
            source.originalBytes = source.body.toUtf8();
            source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
            ANNALIST_VERIFY_OK((*project)->sources().add(source));
        }
    }
    if (damaged) {
        // The bodies' pages, past the schema and the small tables the window reads first.
        QByteArray bytes = test::readFile(path);
        for (qsizetype i = bytes.size() - 12 * 4096; i < bytes.size() - 4 * 4096; ++i)
            bytes[i] = char(0x5A ^ (i & 0xFF));
        QVERIFY(test::writeFile(path, bytes));
    }

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    QVERIFY(window.openProject(path));
    QVERIFY(window.project()->isCheckDeferred());
    QVERIFY(window.integrityCheck());
    QTRY_VERIFY_WITH_TIMEOUT(!window.integrityCheck()->isRunning(), 10000);
    QTest::qWait(50); // the queued result

    QCOMPARE(window.project()->isDamaged(), damaged);
    QCOMPARE(window.project()->isReadOnly(), damaged);
    QCOMPARE(window.windowTitle().contains(QStringLiteral("read-only")), damaged);
    for (QAction *action : window.annotationController()->actions()) {
        QCOMPARE(action->isEnabled(), !damaged);
        if (damaged)
            QVERIFY2(action->toolTip().contains(QStringLiteral("damaged.annalist is damaged")),
                     qPrintable(action->toolTip()));
    }
    if (damaged)
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("is damaged")),
                 qPrintable(window.statusBar()->currentMessage()));
    else
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("none found")),
                 qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(TestDamagedProjectWindow)
#include "tst_damagedprojectwindow.moc"
