// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContextHelp.h"
#include "MainWindow.h"
#include "ManualPages.h"
#include "ManualWindow.h"
#include "SampleProject.h"

#include <QAction>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

using namespace annalist;

// The manual compiled into the program: every page the issue asks for is there with
// its pictures and links, the search finds words across pages, and F1 opens the page
// about the dock or dialog that has the focus.
class TestManualWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pagesAreCompiledIn_data();
    void pagesAreCompiledIn();
    void picturesAndLinksResolve_data();
    void picturesAndLinksResolve();
    void searchFindsPagesWithEveryWord_data();
    void searchFindsPagesWithEveryWord();
    void windowListsHitsAndMarksThem();
    void pageForWidget_data();
    void pageForWidget();
    void f1OpensThePageOfTheFocusedDock_data();
    void f1OpensThePageOfTheFocusedDock();
    void f1WorksInAModalDialog();

private:
    QTemporaryDir m_dir;
    QString m_samplePath;
};

void TestManualWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    QSettings().clear();
    m_samplePath = m_dir.filePath(QStringLiteral("sample.annalist"));
    const Status made = SampleProject::ensureExists(m_samplePath);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
}

void TestManualWindow::pagesAreCompiledIn_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("title");
    QTest::newRow("getting started") << QStringLiteral("getting-started") << QStringLiteral("Getting started");
    QTest::newRow("reading") << QStringLiteral("reading-and-marking") << QStringLiteral("Reading and marking");
    QTest::newRow("entities") << QStringLiteral("entities-and-roles") << QStringLiteral("Entities and roles");
    QTest::newRow("events") << QStringLiteral("events-and-evidence") << QStringLiteral("Events and evidence");
    QTest::newRow("dating") << QStringLiteral("dating-sources") << QStringLiteral("Dating undated sources");
    QTest::newRow("chronology") << QStringLiteral("chronology-and-timeline")
                                << QStringLiteral("The chronology and the timeline");
    QTest::newRow("reports") << QStringLiteral("reports-and-formats") << QStringLiteral("Reports and formats");
    QTest::newRow("command line") << QStringLiteral("command-line") << QStringLiteral("The command line");
    QTest::newRow("keyboard") << QStringLiteral("keyboard") << QStringLiteral("Keyboard reference");
    QTest::newRow("licence") << QStringLiteral("licence-and-credits") << QStringLiteral("Licence and credits");
}

void TestManualWindow::pagesAreCompiledIn()
{
    QFETCH(QString, name);
    QFETCH(QString, title);
    const ManualPages pages;
    const ManualPages::Page *page = pages.page(name);
    QVERIFY2(page, qPrintable(name));
    QCOMPARE(page->title, title);
    QVERIFY(page->plainText.size() > 500);
    QVERIFY(!page->plainText.contains(QLatin1String("](")));
}

void TestManualWindow::picturesAndLinksResolve_data()
{
    QTest::addColumn<QString>("name");
    const ManualPages pages;
    for (const ManualPages::Page &page : pages.pages())
        QTest::newRow(qPrintable(page.name)) << page.name;
}

void TestManualWindow::picturesAndLinksResolve()
{
    QFETCH(QString, name);
    const ManualPages pages;
    const ManualPages::Page *page = pages.page(name);
    QVERIFY(page);
    QFile file(QLatin1Char(':') + page->url.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(file.readAll());
    // Every picture the page shows is compiled in, every link to another page names one.
    static const QRegularExpression picture(QStringLiteral("!\\[[^\\]]*\\]\\(([^)]+)\\)"));
    static const QRegularExpression link(QStringLiteral("[^!]\\[[^\\]]*\\]\\(([^):]+\\.md)\\)"));
    int pictures = 0;
    for (auto it = picture.globalMatch(markdown); it.hasNext();) {
        const QString target = it.next().captured(1);
        const QImage image(QLatin1Char(':') + page->url.resolved(QUrl(target)).path());
        QVERIFY2(!image.isNull(), qPrintable(target));
        ++pictures;
    }
    for (auto it = link.globalMatch(markdown); it.hasNext();) {
        const QUrl target = page->url.resolved(QUrl(it.next().captured(1)));
        QVERIFY2(QFile::exists(QLatin1Char(':') + target.path()), qPrintable(target.toString()));
    }
    // The browser follows the links to the pages they name.
    ManualWindow window;
    QVERIFY(window.showPage(name));
    QCOMPARE(window.browser()->source(), page->url);
    if (name != QLatin1String("command-line") && name != QLatin1String("keyboard")
        && name != QLatin1String("licence-and-credits") && name != QLatin1String("dating-sources")
        && name != QLatin1String("entities-and-roles"))
        QVERIFY2(pictures > 0, "this page should show the part of the program it describes");
}

void TestManualWindow::searchFindsPagesWithEveryWord_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("mustFind");
    QTest::addColumn<QStringList>("mustNotFind");
    QTest::newRow("one word") << QStringLiteral("GeoNames") << QStringList { QStringLiteral("licence-and-credits") }
                              << QStringList { QStringLiteral("keyboard") };
    QTest::newRow("case ignored") << QStringLiteral("geonames") << QStringList { QStringLiteral("licence-and-credits") }
                                  << QStringList();
    QTest::newRow("every word") << QStringLiteral("president-elect window")
                                << QStringList { QStringLiteral("dating-sources") }
                                << QStringList { QStringLiteral("keyboard"), QStringLiteral("command-line") };
    QTest::newRow("nothing") << QStringLiteral("zyxwvut") << QStringList() << QStringList();
}

void TestManualWindow::searchFindsPagesWithEveryWord()
{
    QFETCH(QString, query);
    QFETCH(QStringList, mustFind);
    QFETCH(QStringList, mustNotFind);
    QStringList found;
    for (const ManualPages::Hit &hit : ManualPages().search(query)) {
        QVERIFY(hit.count > 0);
        found << hit.name;
    }
    for (const QString &name : mustFind)
        QVERIFY2(found.contains(name), qPrintable(found.join(u' ')));
    for (const QString &name : mustNotFind)
        QVERIFY2(!found.contains(name), qPrintable(found.join(u' ')));
    if (mustFind.isEmpty() && mustNotFind.isEmpty())
        QVERIFY(found.isEmpty());
}

void TestManualWindow::windowListsHitsAndMarksThem()
{
    ManualWindow window;
    window.show();
    const int allPages = window.pageList()->count();
    QCOMPARE(allPages, window.pages().pages().size());
    QTest::keyClicks(window.searchField(), QStringLiteral("iCalendar"));
    QVERIFY(window.pageList()->count() < allPages);
    QVERIFY(window.pageList()->count() >= 1);
    QVERIFY(window.pageList()->item(0)->text().contains(QLatin1String("hit")));
    // The best page is shown with the words marked.
    QVERIFY(window.browser()->extraSelections().size() >= 1);
    QCOMPARE(window.browser()->extraSelections().first().cursor.selectedText().toLower(), QStringLiteral("icalendar"));
    window.searchField()->clear();
    QCOMPARE(window.pageList()->count(), allPages);
    QVERIFY(window.browser()->extraSelections().isEmpty());
}

void TestManualWindow::pageForWidget_data()
{
    QTest::addColumn<QString>("dockName");
    QTest::addColumn<QString>("page");
    QTest::newRow("chronology") << QStringLiteral("chronologyDock") << QStringLiteral("chronology-and-timeline");
    QTest::newRow("timeline") << QStringLiteral("timelineDock") << QStringLiteral("chronology-and-timeline");
    QTest::newRow("event") << QStringLiteral("eventDock") << QStringLiteral("events-and-evidence");
    QTest::newRow("entities") << QStringLiteral("entityDock") << QStringLiteral("entities-and-roles");
    QTest::newRow("library") << QStringLiteral("libraryDock") << QStringLiteral("reading-and-marking");
    QTest::newRow("elsewhere") << QStringLiteral("somethingElse") << QStringLiteral("getting-started");
}

void TestManualWindow::pageForWidget()
{
    QFETCH(QString, dockName);
    QFETCH(QString, page);
    QDockWidget dock;
    dock.setObjectName(dockName);
    auto *inner = new QWidget;
    auto *deeper = new QLineEdit(inner);
    dock.setWidget(inner);
    QCOMPARE(ContextHelp::pageFor(deeper), page);
    QVERIFY(ManualPages().page(page));
}

void TestManualWindow::f1OpensThePageOfTheFocusedDock_data()
{
    QTest::addColumn<QString>("dockName");
    QTest::addColumn<QString>("page");
    QTest::newRow("chronology") << QStringLiteral("chronologyDock") << QStringLiteral("chronology-and-timeline");
    QTest::newRow("entities") << QStringLiteral("entityDock") << QStringLiteral("entities-and-roles");
    QTest::newRow("event") << QStringLiteral("eventDock") << QStringLiteral("events-and-evidence");
}

void TestManualWindow::f1OpensThePageOfTheFocusedDock()
{
    QFETCH(QString, dockName);
    QFETCH(QString, page);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openProject(m_samplePath));
    auto *dock = window.findChild<QDockWidget *>(dockName);
    QVERIFY(dock);
    dock->show();
    dock->raise();
    QWidget *target = dock->widget();
    for (QWidget *child : dock->widget()->findChildren<QWidget *>()) {
        if (child->focusPolicy() != Qt::NoFocus && child->isVisibleTo(&window)) {
            target = child;
            break;
        }
    }
    window.activateWindow();
    target->setFocus(Qt::OtherFocusReason);
    QTRY_COMPARE(QApplication::focusWidget(), target);
    QTest::keyClick(target, Qt::Key_F1);
    auto *manual = window.findChild<ManualWindow *>();
    QVERIFY2(manual, "F1 opened no manual");
    QTRY_VERIFY(manual->isVisible());
    QCOMPARE(manual->currentPage(), page);
}

void TestManualWindow::f1WorksInAModalDialog()
{
    QWidget window;
    ContextHelp help(&window);
    window.show();
    QDialog dialog(&window);
    auto *field = new QLineEdit(&dialog);
    (new QVBoxLayout(&dialog))->addWidget(field);
    ManualWindow *opened = nullptr;
    QTimer::singleShot(0, &dialog, [&] {
        field->setFocus();
        QTest::keyClick(field, Qt::Key_F1);
        opened = dialog.findChild<ManualWindow *>();
        dialog.reject();
    });
    dialog.exec();
    QVERIFY2(opened, "F1 in a modal dialog opened no manual over it");
    QCOMPARE(opened->currentPage(), QStringLiteral("getting-started"));
}

QTEST_MAIN(TestManualWindow)
#include "tst_manualwindow.moc"
