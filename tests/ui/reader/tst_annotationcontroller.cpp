// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "sample/SampleProject.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/TimexRepository.h"
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
#include <QUndoStack>

#include <algorithm>

using namespace annalist;

Q_DECLARE_METATYPE(annalist::Mention::Status)

// The annotation commands of the real window on the sample project; a mention that
// is gone from the project file when the analyst acts on it is said, not ignored.
class TestAnnotationController : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void removedMentionIsReported_data();
    void removedMentionIsReported();
    void timeKeysAreUndoableSteps_data();
    void timeKeysAreUndoableSteps();

private:
    // Makes the sample project afresh under that name and opens it in the window, shown.
    void openSample(MainWindow &window, const QString &name);

    QTemporaryDir m_dir;
};

void TestAnnotationController::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    QSettings().clear();
}

void TestAnnotationController::openSample(MainWindow &window, const QString &name)
{
    const QString path = m_dir.filePath(name + QStringLiteral(".annalist"));
    const Status made = SampleProject::ensureExists(path);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
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
    MainWindow window;
    openSample(window, action);
    if (QTest::currentTestFailed())
        return;
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

void TestAnnotationController::timeKeysAreUndoableSteps_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Mention::Status>("status");
    QTest::addColumn<QString>("undoText");
    QTest::newRow("Enter accepts") << int(Qt::Key_Return) << Mention::Status::Confirmed
                                   << QStringLiteral("Accept the time \u201c%1\u201d");
    QTest::newRow("Delete rejects") << int(Qt::Key_Delete) << Mention::Status::Rejected
                                    << QStringLiteral("Reject the time \u201c%1\u201d");
}

void TestAnnotationController::timeKeysAreUndoableSteps()
{
    QFETCH(int, key);
    QFETCH(Mention::Status, status);
    QFETCH(QString, undoText);
    MainWindow window;
    openSample(window, QStringLiteral("times-%1").arg(key));
    if (QTest::currentTestFailed())
        return;
    Project *project = window.project();

    // A proposed time in the first source, on words no entity is marked on.
    const QString body = *project->sources().body(1);
    const auto mentions = project->mentions().listForSource(1);
    QVERIFY(mentions);
    int start = -1;
    const QRegularExpression word(QStringLiteral("\\b[a-z]{4,}\\b"));
    for (auto it = word.globalMatch(body); it.hasNext() && start < 0;) {
        const QRegularExpressionMatch match = it.next();
        const bool marked = std::any_of(mentions->cbegin(), mentions->cend(), [&](const Mention &mention) {
            return mention.start < match.capturedEnd() && match.capturedStart() < mention.end;
        });
        const auto times = project->timexes().listForSource(1);
        const bool timed = std::any_of(times->cbegin(), times->cend(), [&](const Timex &timex) {
            return timex.start < match.capturedEnd() && match.capturedStart() < timex.end;
        });
        if (!marked && !timed)
            start = int(match.capturedStart());
    }
    QVERIFY(start >= 0);
    const QString words = body.mid(start, body.indexOf(QLatin1Char(' '), start) - start);
    Timex proposal;
    proposal.sourceId = 1;
    proposal.start = start;
    proposal.end = start + int(words.size());
    proposal.value = QStringLiteral("2025-01-20");
    const Result<qint64> added = project->timexes().add(proposal);
    QVERIFY(added);

    ReaderPane *pane = window.openSource(1);
    QVERIFY(pane);
    pane->reloadAllMentions();
    QTextCursor cursor = pane->view()->textCursor();
    cursor.setPosition(start + 1);
    pane->view()->setTextCursor(cursor);
    pane->view()->setFocus();
    QCOMPARE(pane->timeAtCursor(), *added);
    QTest::keyClick(pane->view(), Qt::Key(key));
    QCOMPARE(project->timexes().find(*added)->status, status);
    QCOMPARE(window.undoStack()->undoText(), undoText.arg(words));

    window.undoStack()->undo();
    QCOMPARE(project->timexes().find(*added)->status, Mention::Status::Candidate);
    // The pane follows: the proposal is under the cursor again.
    QCOMPARE(pane->timeAtCursor(), *added);
}

QTEST_MAIN(TestAnnotationController)
#include "tst_annotationcontroller.moc"
