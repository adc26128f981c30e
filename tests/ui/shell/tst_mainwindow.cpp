// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "itemmodels/ChronologyModel.h"
#include "itemmodels/SourceListModel.h"
#include "sample/SampleProject.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "ui/chronology/ChronologyPanel.h"
#include "ui/chronology/ChronologyWorkspace.h"
#include "ui/chronology/EventEditor.h"
#include "ui/reader/ReaderArea.h"
#include "ui/reader/ReaderPane.h"
#include "ui/shell/LibraryPanel.h"
#include "ui/shell/MainWindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace annalist;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sampleProjectOpensWithItsSources();
    void selectingASourceShowsIt();
    void filterNarrowsTheLibrary();
    void libraryKeepsItsSelectionWhenSourcesChange();
    void importAddsSourcesAndSelectsThem();
    void lockedProjectIsRefusedAndCurrentKept();
    void rememberedAsRecent();
    void readerKeepsMostOfTheWindow_data();
    void readerKeepsMostOfTheWindow();
    void sideDocksShowTheirContentsUncut_data();
    void sideDocksShowTheirContentsUncut();

private:
    QTemporaryDir m_dir;
    QString m_samplePath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    QSettings().clear();
    m_samplePath = m_dir.filePath(QStringLiteral("sample.annalist"));
    const Status made = SampleProject::ensureExists(m_samplePath);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
}

void TestMainWindow::sampleProjectOpensWithItsSources()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_samplePath));
    QCOMPARE(window.libraryView()->model()->rowCount(), 5);
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("sample")));

    // Every bundled brief is there, the dated ones with their dates.
    QStringList published;
    for (int row = 0; row < window.sourceModel()->rowCount(); ++row)
        published << window.sourceModel()->index(row, SourceListModel::PublishedColumn).data().toString();
    published.sort();
    QCOMPARE(published,
             (QStringList { QStringLiteral("10 Feb 2025"), QStringLiteral("14 Mar 2025"), QStringLiteral("2 Apr 2025"),
                            QStringLiteral("3 Feb 2025"), QStringLiteral("undated") }));
    QAbstractItemModelTester tester(window.libraryView()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void TestMainWindow::selectingASourceShowsIt()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_samplePath));
    QTableView *library = window.libraryView();
    library->setFocus();
    library->selectRow(0);
    QTest::keyClick(library, Qt::Key_Down);
    QTest::keyClick(library, Qt::Key_Return);
    const QModelIndex current = library->currentIndex();
    QCOMPARE(current.row(), 1);
    const qint64 id = current.data(SourceListModel::SourceIdRole).toLongLong();
    const auto source = window.project()->sources().find(id);
    QVERIFY(source);
    QCOMPARE(window.readerArea()->currentPane()->sourceId(), id);
    QCOMPARE(window.readerArea()->currentPane()->text(), source->body);
}

void TestMainWindow::filterNarrowsTheLibrary()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_samplePath));
    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("libraryFilter"));
    QVERIFY(filter);
    // The source the filter will leave, selected first: it stays selected.
    QTableView *library = window.libraryView();
    int gazette = -1;
    for (int row = 0; row < library->model()->rowCount(); ++row) {
        if (library->model()
                ->index(row, SourceListModel::OutletColumn)
                .data()
                .toString()
                .contains(QStringLiteral("Gazette")))
            gazette = row;
    }
    QVERIFY(gazette >= 0);
    const qint64 gazetteId = library->model()->index(gazette, 0).data(SourceListModel::SourceIdRole).toLongLong();
    library->selectRow(gazette);
    QTest::keyClicks(filter, QStringLiteral("gazette"));
    QCOMPARE(library->model()->rowCount(), 1);
    const QModelIndexList selected = library->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(selected.first().data(SourceListModel::SourceIdRole).toLongLong(), gazetteId);
    filter->clear();
    QCOMPARE(library->model()->rowCount(), 5);
}

// Grading sources (as another analyst's change or a reconnect does) reads the library
// again; the analyst's selection and current row stay.
void TestMainWindow::libraryKeepsItsSelectionWhenSourcesChange()
{
    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_samplePath));
    QTableView *library = window.libraryView();
    QCOMPARE(library->model()->rowCount(), 5);
    QItemSelectionModel *selection = library->selectionModel();
    const auto idAt = [library](int row) {
        return library->model()->index(row, 0).data(SourceListModel::SourceIdRole).toLongLong();
    };
    selection->select(QItemSelection(library->model()->index(1, 0), library->model()->index(1, 0)),
                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    selection->select(QItemSelection(library->model()->index(3, 0), library->model()->index(3, 0)),
                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->setCurrentIndex(library->model()->index(3, 0), QItemSelectionModel::NoUpdate);
    const QList<qint64> chosen = { idAt(1), idAt(3) };

    // The grade menu of the library grades the selected sources, one undo step.
    auto *panel = window.findChild<LibraryPanel *>();
    QVERIFY(panel);
    QCOMPARE(panel->selectedSourceIds(), chosen);
    const int steps = window.undoStack()->count();
    QMenu *grades = nullptr;
    for (QAction *action : library->actions()) {
        if (action->menu() && action->text() == QStringLiteral("Set Reliability Grade"))
            grades = action->menu();
    }
    QVERIFY(grades);
    grades->actions().at(2)->trigger(); // B
    QCOMPARE(window.undoStack()->count(), steps + 1);

    QList<qint64> selectedNow = panel->selectedSourceIds();
    std::sort(selectedNow.begin(), selectedNow.end());
    QList<qint64> expected = chosen;
    std::sort(expected.begin(), expected.end());
    QCOMPARE(selectedNow, expected);
    QCOMPARE(library->currentIndex().data(SourceListModel::SourceIdRole).toLongLong(), chosen.at(1));
    // The undo reads the library again too.
    window.undoStack()->undo();
    selectedNow = panel->selectedSourceIds();
    std::sort(selectedNow.begin(), selectedNow.end());
    QCOMPARE(selectedNow, expected);
}

void TestMainWindow::importAddsSourcesAndSelectsThem()
{
    const QString path = m_dir.filePath(QStringLiteral("fresh.annalist"));
    QVERIFY(Project::create(path));
    const QString file = m_dir.filePath(QStringLiteral("brief.txt"));
    QVERIFY(test::writeFile(file, "Ferry strike\nDock workers stopped the Sorrel ferries on Tuesday."));
    const QString bad = m_dir.filePath(QStringLiteral("broken.txt"));
    QVERIFY(test::writeFile(bad, QByteArray("\0\x01\x02\x03", 4)));

    MainWindow window;
    window.show();
    QVERIFY(window.openProject(path));
    QCOMPARE(window.importPaths({ file, bad }), 1);
    QCOMPARE(window.libraryView()->model()->rowCount(), 1);
    QCOMPARE(window.libraryView()->currentIndex().data().toString(), QStringLiteral("Ferry strike"));
    QVERIFY(window.readerArea()->currentPane()->text().contains(QStringLiteral("Dock workers")));
    // The change is on disk: another connection sees it once this window lets go.
    window.closeProject();
    auto reopened = Project::open(path);
    QVERIFY(reopened);
    QCOMPARE((*reopened)->sources().count().value(), 1);
}

void TestMainWindow::lockedProjectIsRefusedAndCurrentKept()
{
    const QString other = m_dir.filePath(QStringLiteral("held.annalist"));
    auto holder = Project::create(other);
    QVERIFY(holder);

    MainWindow window;
    window.show();
    QVERIFY(window.openProject(m_samplePath));
    QVERIFY(!window.openProject(other));
    QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("already open")),
             qPrintable(window.statusBar()->currentMessage()));
    QVERIFY(window.project());
    QCOMPARE(window.project()->path(), QFileInfo(m_samplePath).absoluteFilePath());
    QCOMPARE(window.libraryView()->model()->rowCount(), 5);
}

void TestMainWindow::rememberedAsRecent()
{
    {
        MainWindow window;
        QVERIFY(window.openProject(m_samplePath));
        window.close();
    }
    QSettings settings;
    QCOMPARE(settings.value(QStringLiteral("projects/last")).toString(), QFileInfo(m_samplePath).absoluteFilePath());
    QVERIFY(settings.value(QStringLiteral("projects/recent"))
                .toStringList()
                .contains(QFileInfo(m_samplePath).absoluteFilePath()));
}

void TestMainWindow::readerKeepsMostOfTheWindow_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("savedLayoutSquashesReader");
    QTest::newRow("first start, laptop") << QSize(1366, 740) << false;
    QTest::newRow("first start, large screen") << QSize(1920, 1050) << false;
    QTest::newRow("saved layout with the docks taking the height") << QSize(1366, 740) << true;
}

void TestMainWindow::readerKeepsMostOfTheWindow()
{
    QFETCH(QSize, size);
    QFETCH(bool, savedLayoutSquashesReader);
    QSettings().clear();
    const QString path = m_dir.filePath(
        QStringLiteral("new-%1.annalist").arg(QString::fromUtf8(QTest::currentDataTag())).replace(u' ', u'-'));
    QVERIFY(Project::create(path));
    if (savedLayoutSquashesReader) {
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openProject(path));
        QTest::qWait(50);
        QList<QDockWidget *> under;
        QList<int> heights;
        for (QDockWidget *dock : window.findChildren<QDockWidget *>()) {
            if (window.dockWidgetArea(dock) == Qt::BottomDockWidgetArea) {
                under << dock;
                heights << size.height();
            }
        }
        window.resizeDocks(under, heights, Qt::Vertical);
        QTest::qWait(50);
        window.close();
    }
    // File ▸ New Project opens the new project in a window laid out as saved, or for
    // the first time.
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(path));
    QTRY_VERIFY2(window.readerArea()->height() >= window.height() / 2,
                 qPrintable(QStringLiteral("reader %1 of %2").arg(window.readerArea()->height()).arg(window.height())));
    QVERIFY(window.readerArea()->width() >= window.width() / 3);
}

void TestMainWindow::sideDocksShowTheirContentsUncut_data()
{
    QTest::addColumn<QSize>("size");
    QTest::newRow("laptop") << QSize(1366, 740);
    QTest::newRow("large screen") << QSize(1920, 1050);
}

// On a first start the side docks are wide enough for what they hold: the Event form
// without scrolling sideways, the library's titles beside their outlet and date.
void TestMainWindow::sideDocksShowTheirContentsUncut()
{
    QFETCH(QSize, size);
    QSettings().clear();
    MainWindow window;
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_samplePath));
    QDockWidget *eventDock = window.chronologyWorkspace()->docks().at(0);
    eventDock->raise();
    window.chronologyWorkspace()->selectEvent(1);
    QTest::qWait(100);
    auto *scroll = qobject_cast<QScrollArea *>(eventDock->widget());
    QVERIFY(scroll);
    QTRY_VERIFY(scroll->viewport()->width() > 0);
    QVERIFY2(!scroll->horizontalScrollBar()->isVisible(),
             qPrintable(QStringLiteral("form %1 wide in %2")
                            .arg(scroll->widget()->minimumSizeHint().width())
                            .arg(scroll->viewport()->width())));
    QTableView *library = window.libraryView();
    QHeaderView *header = library->horizontalHeader();
    QStringList sections;
    for (int column = 0; column < header->count(); ++column)
        sections << QString::number(header->isSectionHidden(column) ? -1 : header->sectionSize(column));
    QVERIFY2(
        header->sectionSize(SourceListModel::TitleColumn) >= 110,
        qPrintable(QStringLiteral("sections %1 in %2").arg(sections.join(u' ')).arg(library->viewport()->width())));
    QVERIFY(!header->isSectionHidden(SourceListModel::PublishedColumn));
    // The chronology's titles keep their share of its table.
    window.chronologyWorkspace()->docks().at(1)->raise();
    QTest::qWait(50);
    QTableView *chronology = window.chronologyWorkspace()->chronologyPanel()->view();
    const int title = chronology->horizontalHeader()->sectionSize(ChronologyModel::TitleColumn);
    QVERIFY2(title >= chronology->viewport()->width() * ChronologyPanel::titleShare - 1,
             qPrintable(QStringLiteral("titles %1 of %2").arg(title).arg(chronology->viewport()->width())));
    QVERIFY(header->sectionViewportPosition(SourceListModel::PublishedColumn)
                + header->sectionSize(SourceListModel::PublishedColumn)
            <= library->viewport()->width());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
