// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sample/SampleProject.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "ui/reader/AnnotationController.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/ReaderView.h"
#include "ui/shell/MainWindow.h"

#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The annotation commands of the real window on the sample project; a mention that
// is gone from the project file when the analyst acts on it is said, not ignored.
class TestAnnotationController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void removedMentionIsReported_data();
    void removedMentionIsReported();

private:
    QTemporaryDir m_dir;
};

void TestAnnotationController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    QSettings().clear();
}

void TestAnnotationController::removedMentionIsReported_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("change type") << QStringLiteral("type");
    QTest::newRow("link to another entity") << QStringLiteral("link");
    QTest::newRow("accept all of the entity") << QStringLiteral("acceptAll");
    QTest::newRow("mark all occurrences") << QStringLiteral("markAll");
}

void TestAnnotationController::removedMentionIsReported()
{
    QFETCH(QString, action);
    const QString path = m_dir.filePath(action + QStringLiteral(".annalist"));
    const Status made = SampleProject::ensureExists(path);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    Project *project = window.project();
    ReaderPane *pane = window.openSource(1);
    QVERIFY(pane);
    const auto mentions = project->mentions().listForSource(1);
    QVERIFY(mentions && !mentions->isEmpty());
    const Mention mention = mentions->first();
    QTextCursor cursor = pane->view()->textCursor();
    cursor.setPosition(mention.start + 1);
    pane->view()->setTextCursor(cursor);
    QCOMPARE(pane->mentionAtCursor(), mention.id);

    // Gone underneath, as another program or a failed write would leave it.
    QSqlQuery remove(project->database());
    QVERIFY(remove.prepare(QStringLiteral("DELETE FROM mentions WHERE id = ?")));
    remove.addBindValue(mention.id);
    QVERIFY(remove.exec());

    window.statusBar()->clearMessage();
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("^Cannot read the mention: .*%1").arg(mention.id)));
    AnnotationController *controller = window.annotationController();
    if (action == QStringLiteral("type"))
        controller->changeTypeOfMentionEntity(QStringLiteral("Place"));
    else if (action == QStringLiteral("link"))
        controller->linkMentionToOtherEntity();
    else if (action == QStringLiteral("acceptAll"))
        controller->acceptAllOfEntity();
    else
        controller->markAllOccurrences(false);
    const QString shown = window.statusBar()->currentMessage();
    QVERIFY2(shown.contains(QString::number(mention.id)), qPrintable(shown));
}

QTEST_MAIN(TestAnnotationController)
#include "tst_annotationcontroller.moc"
