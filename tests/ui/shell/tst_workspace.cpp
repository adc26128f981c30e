// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "ingest/SourceImporter.h"
#include "itemmodels/EntityListModel.h"
#include "itemmodels/MentionListModel.h"
#include "itemmodels/SourceListModel.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "ui/entities/EntityDock.h"
#include "ui/entities/MentionsDock.h"
#include "ui/reader/ReaderArea.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/ReaderView.h"
#include "ui/reader/SearchDock.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QUndoStack>

using namespace annalist;

// The reading workspace as an analyst uses it, on the seed articles: real window,
// real widgets, real keys, real project file.
class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void markPersonWithKeyThenUndoAndRedo();
    void mergeMovesMentions();
    void mentionsDockListsEveryArticleNamingTheEntity();
    void searchOpensTheArticleAtThePassage();
    void modelsPassTheTester();

private:
    qint64 sourceIdContaining(const QString &text);
    void selectInPane(ReaderPane *pane, const QString &text);

    QTemporaryDir m_dir;
    QString m_seeds;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;
};

void TestWorkspace::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    m_seeds = test::seedsDirectory();
    if (m_seeds.isEmpty())
        QSKIP("the shared seed articles are not beside this checkout");
}

void TestWorkspace::init()
{
    QSettings().clear();
    static int counter = 0;
    m_path = m_dir.filePath(QStringLiteral("seeds-%1.annalist").arg(++counter));
    {
        auto project = Project::create(m_path);
        QVERIFY(project);
        SourceImporter importer(**project);
        QCOMPARE(importer.importPaths({ m_seeds }).count(ImportOutcome::Kind::Imported), 5);
    }
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY(m_window->openProject(m_path));
}

void TestWorkspace::cleanup()
{
    m_window.reset();
}

qint64 TestWorkspace::sourceIdContaining(const QString &text)
{
    const auto list = m_window->project()->sources().list();
    for (const SourceSummary &summary : *list) {
        if (m_window->project()->sources().body(summary.id)->contains(text))
            return summary.id;
    }
    return 0;
}

void TestWorkspace::selectInPane(ReaderPane *pane, const QString &text)
{
    const int start = pane->view()->toPlainText().indexOf(text);
    QVERIFY2(start >= 0, qPrintable(text));
    QTextCursor cursor = pane->view()->textCursor();
    cursor.setPosition(start);
    cursor.setPosition(start + text.size() - 2, QTextCursor::KeepAnchor); // a sloppy selection, snapped to words
    pane->view()->setTextCursor(cursor);
    pane->view()->setFocus();
}

void TestWorkspace::markPersonWithKeyThenUndoAndRedo()
{
    const qint64 first = sourceIdContaining(QStringLiteral("Claudia Sheinbaum"));
    const qint64 second = sourceIdContaining(QStringLiteral("Security Cabinet"));
    QVERIFY(first && second && first != second);
    ReaderPane *left = m_window->openSource(first);
    ReaderPane *right = m_window->openSource(second, true);
    QVERIFY(left && right && left != right);
    QCOMPARE(m_window->readerArea()->panes().size(), 2);

    selectInPane(left, QStringLiteral("Claudia Sheinbaum"));
    QTest::keyClick(left->view(), Qt::Key_P);

    const auto mentions = m_window->project()->mentions().listForSource(first);
    QVERIFY(mentions);
    QCOMPARE(mentions->size(), 1);
    QCOMPARE(mentions->first().quote, QStringLiteral("Claudia Sheinbaum"));
    QCOMPARE(mentions->first().status, Mention::Status::Confirmed);
    const auto entity = m_window->project()->entities().find(mentions->first().entityId);
    QVERIFY(entity);
    QCOMPARE(entity->canonicalName, QStringLiteral("Claudia Sheinbaum"));
    QCOMPARE(m_window->project()->entities().findType(QStringLiteral("Person"))->id, entity->typeId);

    m_window->undoStack()->undo();
    QCOMPARE(m_window->project()->mentions().listForSource(first)->size(), 0);
    m_window->undoStack()->redo();
    QCOMPARE(m_window->project()->mentions().listForSource(first)->size(), 1);

    // On disk: after closing the window the file holds the mention.
    m_window->closeProject();
    auto reopened = Project::open(m_path);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->mentions().listForSource(first)->size(), 1);
}

void TestWorkspace::mergeMovesMentions()
{
    const qint64 source = sourceIdContaining(QStringLiteral("Senator Marco Rubio"));
    ReaderPane *pane = m_window->openSource(source);
    QVERIFY(pane);
    selectInPane(pane, QStringLiteral("Marco Rubio"));
    QVERIFY(m_window->annotateSelection(QStringLiteral("Person")));
    const QString text = pane->view()->toPlainText();
    const int lone = text.indexOf(QRegularExpression(QStringLiteral("(?<!Marco )\\bRubio\\b")));
    QVERIFY(lone > 0);
    QTextCursor cursor = pane->view()->textCursor();
    cursor.setPosition(lone);
    cursor.setPosition(lone + 5, QTextCursor::KeepAnchor);
    pane->view()->setTextCursor(cursor);
    QVERIFY(m_window->annotateSelection(QStringLiteral("Person")));

    EntityDock *dock = m_window->entityDock();
    const auto rubio = m_window->project()->entities().findByName(QStringLiteral("Rubio"));
    const auto marco = m_window->project()->entities().findByName(QStringLiteral("Marco Rubio"));
    QVERIFY(rubio && marco);
    QCOMPARE(rubio->size(), 1);
    QVERIFY(dock->selectEntity(rubio->first().id));
    dock->mergeSelectedInto(marco->first().id);
    const auto after = m_window->project()->mentions().listForEntity(marco->first().id);
    QCOMPARE(after->size(), 2);
    QVERIFY(!m_window->project()->entities().find(rubio->first().id));
    QVERIFY(m_window->project()->entities().find(marco->first().id)->aliases.contains(QStringLiteral("Rubio")));
    m_window->undoStack()->undo();
    QCOMPARE(m_window->project()->mentions().listForEntity(marco->first().id)->size(), 1);
    QVERIFY(m_window->project()->entities().find(rubio->first().id));
}

void TestWorkspace::mentionsDockListsEveryArticleNamingTheEntity()
{
    const qint64 source = sourceIdContaining(QStringLiteral("Senator Marco Rubio"));
    ReaderPane *pane = m_window->openSource(source);
    selectInPane(pane, QStringLiteral("Marco Rubio"));
    QVERIFY(m_window->annotateSelection(QStringLiteral("Person")));
    const qint64 rubio = m_window->project()->entities().findByName(QStringLiteral("Marco Rubio"))->first().id;

    // Mark every occurrence in all sources, from the mention under the cursor.
    QTextCursor cursor = pane->view()->textCursor();
    cursor.setPosition(pane->view()->toPlainText().indexOf(QStringLiteral("Marco Rubio")) + 2);
    pane->view()->setTextCursor(cursor);
    QVERIFY(m_window->entityDock()->selectEntity(rubio));
    const QList<QAction *> actions = m_window->findChildren<QAction *>();
    QAction *markAll = nullptr;
    for (QAction *action : actions) {
        if (action->text().remove(u'&') == QStringLiteral("Mark All Occurrences in All Sources"))
            markAll = action;
    }
    QVERIFY(markAll);
    markAll->trigger();

    QSet<qint64> expected;
    const auto sources = m_window->project()->sources().list();
    QVERIFY(sources);
    for (const SourceSummary &summary : *sources) {
        if (m_window->project()->sources().body(summary.id)->contains(QStringLiteral("Marco Rubio")))
            expected.insert(summary.id);
    }
    QVERIFY(expected.size() >= 3);
    MentionsDock *mentions = m_window->mentionsDock();
    QCOMPARE(mentions->entityId(), rubio);
    QSet<qint64> listed;
    for (int row = 0; row < mentions->model()->rowCount(); ++row)
        listed.insert(mentions->model()->index(row, 0).data(MentionListModel::SourceIdRole).toLongLong());
    QVERIFY2(expected.subtract(listed).isEmpty(),
             "an article that names Marco Rubio is missing from the mentions dock");

    // Clicking a row opens that source at the passage.
    const QModelIndex last
        = mentions->model()->index(mentions->model()->rowCount() - 1, MentionListModel::MentionColumn);
    mentions->view()->scrollTo(last);
    QTest::mouseClick(mentions->view()->viewport(), Qt::LeftButton, {}, mentions->view()->visualRect(last).center());
    ReaderPane *current = m_window->readerArea()->currentPane();
    QCOMPARE(current->sourceId(), last.data(MentionListModel::SourceIdRole).toLongLong());
    QCOMPARE(current->view()->textCursor().selectedText(), QStringLiteral("Marco Rubio"));
}

void TestWorkspace::searchOpensTheArticleAtThePassage()
{
    SearchDock *search = m_window->searchDock();
    QVERIFY(search->search(QStringLiteral("\"bilateral understanding\"")) > 0);
    const QModelIndex first = search->resultsView()->model()->index(0, 1);
    QTest::mouseClick(search->resultsView()->viewport(), Qt::LeftButton, {},
                      search->resultsView()->visualRect(first).center());
    ReaderPane *pane = m_window->readerArea()->currentPane();
    QVERIFY(pane);
    QCOMPARE(pane->sourceId(), sourceIdContaining(QStringLiteral("bilateral understanding")));
    QCOMPARE(pane->view()->textCursor().selectedText().toLower(), QStringLiteral("bilateral understanding"));
    // The passage is on screen.
    const QRect cursorRect = pane->view()->cursorRect();
    QVERIFY(pane->view()->viewport()->rect().contains(cursorRect.center()));
}

void TestWorkspace::modelsPassTheTester()
{
    const qint64 source = sourceIdContaining(QStringLiteral("Claudia Sheinbaum"));
    ReaderPane *pane = m_window->openSource(source);
    selectInPane(pane, QStringLiteral("Claudia Sheinbaum"));
    QVERIFY(m_window->annotateSelection(QStringLiteral("Person")));
    QAbstractItemModelTester library(m_window->libraryView()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester entities(m_window->entityDock()->view()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester mentions(m_window->mentionsDock()->model(),
                                      QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester results(m_window->searchDock()->resultsView()->model(),
                                     QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester roles(m_window->entityDock()->rolesView()->model(),
                                   QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_window->searchDock()->search(QStringLiteral("Sheinbaum")) > 0);
    QVERIFY(m_window->entityDock()->selectEntity(
        m_window->project()->entities().findByName(QStringLiteral("Claudia Sheinbaum"))->first().id));
    m_window->undoStack()->undo();
    m_window->undoStack()->redo();
}

QTEST_MAIN(TestWorkspace)
#include "tst_workspace.moc"
