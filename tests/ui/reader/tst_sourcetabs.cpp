// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "ingest/SourceImporter.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "ui/reader/MentionHighlighter.h"
#include "ui/reader/OriginalView.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/ReaderView.h"
#include "ui/reader/SourceTabs.h"
#include "ui/theming/ColorThemes.h"
#include "ui/theming/SyntaxHighlighting.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The Text and Original tabs of a reader pane, in every build: the original file is the
// imported one, read only when its tab is shown, and both tabs follow the colour theme.
class TestSourceTabs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void paneHasTextAndOriginalTabs();
    void originalIsReadOnlyWhenShown();
    void originalShowsWhatTheTextLeftOut_data();
    void originalShowsWhatTheTextLeftOut();
    void shortcutSwitchesTabs();
    void clearShowsTheTextTab();
    void namedThemeColoursTextAndMentions();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_htmlSource = 0;
    qint64 m_pastedSource = 0;
};

void TestSourceTabs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(m_dir.isValid());
    auto created = Project::create(m_dir.filePath(QStringLiteral("tabs.annalist")));
    QVERIFY(created);
    m_project = std::move(*created);

    QFile sample(QStringLiteral(":/sample/03-audit-finds-payments.html"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QString page = m_dir.filePath(QStringLiteral("audit.html"));
    QVERIFY(test::writeFile(page, sample.readAll()));
    SourceImporter importer(*m_project);
    const ImportReport report = importer.importPaths({ page });
    QCOMPARE(report.count(ImportOutcome::Kind::Imported), 1);
    m_htmlSource = report.outcomes.first().sourceId;
    m_pastedSource
        = importer
              .importText(QStringLiteral("Pasted note.\nMinister Pell welcomed the audit.\n"), QStringLiteral("Pasted"))
              .sourceId;
    QVERIFY(m_htmlSource > 0 && m_pastedSource > 0);
}

void TestSourceTabs::init()
{
    QSettings().clear();
}

void TestSourceTabs::paneHasTextAndOriginalTabs()
{
    ReaderPane pane(*m_project);
    SourceTabs *tabs = pane.tabs();
    QVERIFY(tabs);
    QCOMPARE(tabs->count(), 2);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Text"));
    QCOMPARE(tabs->tabText(1), QStringLiteral("Original"));
    QCOMPARE(tabs->widget(0), pane.view());
    QCOMPARE(tabs->widget(1), tabs->originalView());
    QVERIFY(!tabs->isOriginalShown());
}

void TestSourceTabs::originalIsReadOnlyWhenShown()
{
    ReaderPane pane(*m_project);
    QVERIFY(pane.showSource(m_htmlSource));
    OriginalView *original = pane.tabs()->originalView();
    QCOMPARE(original->toPlainText(), QString());
    pane.tabs()->showOriginal(true);
    QVERIFY(original->toPlainText().startsWith(QStringLiteral("<!DOCTYPE html>")));
    // Another source while the original is on screen: read at once.
    QVERIFY(pane.showSource(m_pastedSource));
    QVERIFY(pane.tabs()->isOriginalShown());
    QVERIFY(original->toPlainText().startsWith(QStringLiteral("Pasted note.")));
}

void TestSourceTabs::originalShowsWhatTheTextLeftOut_data()
{
    QTest::addColumn<bool>("html");
    QTest::addColumn<QString>("inOriginal");
    QTest::addColumn<bool>("inText");
    QTest::newRow("metadata") << true << QStringLiteral("<meta name=\"author\" content=\"Teodor Quill\">") << false;
    QTest::newRow("script") << true << QStringLiteral("window.analytics") << false;
    QTest::newRow("navigation") << true << QStringLiteral("<a href=\"/ports\">Ports</a>") << false;
    QTest::newRow("article text") << true << QStringLiteral("Greyfield Advisory") << true;
    QTest::newRow("pasted text is its own original")
        << false << QStringLiteral("Minister Pell welcomed the audit.") << true;
}

void TestSourceTabs::originalShowsWhatTheTextLeftOut()
{
    QFETCH(bool, html);
    QFETCH(QString, inOriginal);
    QFETCH(bool, inText);
    ReaderPane pane(*m_project);
    QVERIFY(pane.showSource(html ? m_htmlSource : m_pastedSource));
    pane.tabs()->showOriginal(true);
    QVERIFY2(pane.tabs()->originalView()->toPlainText().contains(inOriginal),
             qPrintable(pane.tabs()->originalView()->toPlainText().left(400)));
    QCOMPARE(pane.text().contains(inOriginal), inText);
    QVERIFY(pane.tabs()->originalView()->isText());
}

void TestSourceTabs::shortcutSwitchesTabs()
{
    ReaderPane pane(*m_project);
    pane.resize(700, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.showSource(m_htmlSource));
    pane.view()->setFocus();
    QTest::keyClick(pane.view(), Qt::Key_U, Qt::ControlModifier);
    QTRY_VERIFY(pane.tabs()->isOriginalShown());
    QVERIFY(!pane.tabs()->originalView()->toPlainText().isEmpty());
    QTest::keyClick(pane.tabs()->originalView(), Qt::Key_U, Qt::ControlModifier);
    QTRY_VERIFY(!pane.tabs()->isOriginalShown());
}

void TestSourceTabs::clearShowsTheTextTab()
{
    ReaderPane pane(*m_project);
    QVERIFY(pane.showSource(m_htmlSource));
    pane.tabs()->showOriginal(true);
    pane.clear();
    QVERIFY(!pane.tabs()->isOriginalShown());
    QCOMPARE(pane.tabs()->originalView()->toPlainText(), QString());
}

void TestSourceTabs::namedThemeColoursTextAndMentions()
{
    // A theme made here stands for one from the library, so that every build checks the
    // wiring: page and text colours on both tabs, and entity colours on the mentions.
    ReaderPane pane(*m_project);
    QVERIFY(pane.showSource(m_htmlSource));
    const QColor inheritedBase = pane.view()->palette().color(QPalette::Base);
    const qint64 personType = m_project->entities().findType(QStringLiteral("Person"))->id;
    const qint64 placeType = m_project->entities().findType(QStringLiteral("Place"))->id;
    pane.reloadEntities();
    const QColor projectPerson = pane.mentions().typeColor(personType);

    ColorThemes themes(SyntaxHighlighting::create());
    pane.setColorThemes(&themes);
    QCOMPARE(pane.view()->palette().color(QPalette::Base),
             themes.current().isBuiltIn() ? inheritedBase : themes.current().background);

    ReaderTheme night;
    night.name = QStringLiteral("Night");
    night.background = QColor(0x14, 0x16, 0x1c);
    night.text = QColor(0xdd, 0xdd, 0xd0);
    night.selection = QColor(0x33, 0x44, 0x66);
    night.selectedText = night.text;
    night.typeColors.insert(QStringLiteral("person"), QColor(0xff, 0x80, 0x40));
    emit themes.changed(night);

    QCOMPARE(pane.view()->palette().color(QPalette::Base), night.background);
    QCOMPARE(pane.view()->palette().color(QPalette::Text), night.text);
    QCOMPARE(pane.tabs()->originalView()->palette().color(QPalette::Base), night.background);
    QCOMPARE(pane.mentions().typeColor(personType), QColor(0xff, 0x80, 0x40));
    QCOMPARE(pane.mentions().baseColor(), night.background);
    QVERIFY(pane.mentions().typeColor(placeType).isValid());
    QVERIFY(pane.mentions().typeColor(personType) != projectPerson);

    // Back to the built-in colours: the project's, on the inherited page.
    emit themes.changed(ReaderTheme::builtIn(pane.palette()));
    QCOMPARE(pane.mentions().typeColor(personType), projectPerson);
    QCOMPARE(pane.view()->palette().color(QPalette::Base), inheritedBase);
}

QTEST_MAIN(TestSourceTabs)
#include "tst_sourcetabs.moc"
