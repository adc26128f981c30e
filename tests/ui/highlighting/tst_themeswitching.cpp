// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ColorCounts.h"
#include "TestData.h"
#include "analysis/MentionContext.h"
#include "ingest/SourceImporter.h"
#include "sample/SampleProject.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "ui/chronology/ChronologyWorkspace.h"
#include "ui/reader/MentionHighlighter.h"
#include "ui/reader/OriginalView.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/ReaderView.h"
#include "ui/reader/SourceTabs.h"
#include "ui/shell/MainWindow.h"
#include "ui/theming/ColorThemes.h"
#include "ui/theming/SyntaxHighlighting.h"
#include "ui/timeline/TimelinePanel.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace annalist;

namespace {

const QStringList builtInTypes = { QStringLiteral("person"), QStringLiteral("organisation"), QStringLiteral("place"),
                                   QStringLiteral("title"), QStringLiteral("other") };

int formatCount(const QTextDocument *document)
{
    int count = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        count += int(block.layout()->formats().size());
    return count;
}

// The colour most of a widget's pixels have: its page, whatever text lies on it.
QColor pageColor(QWidget *widget)
{
    return test::mostCommonColor(test::pixelCounts(widget->grab().toImage(), 3));
}

} // namespace

// KDE Syntax-Highlighting builds: every theme of the library colours the reader, the
// analyst's choice switches the colours of open panes and of the timeline at once, and
// an HTML source's Original tab is highlighted as HTML.
class TestThemeSwitching : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void everyThemeColoursEveryType_data();
    void everyThemeColoursEveryType();
    void automaticThemeMatchesThePalette();
    void switchingThemesChangesTheReadersColours();
    void originalOfAnHtmlSourceIsHighlighted();
    void timelineFollowsTheChosenTheme();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
    qint64 m_htmlSource = 0;
    qint64 m_personType = 0;
};

void TestThemeSwitching::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    auto created = Project::create(m_dir.filePath(QStringLiteral("themes.annalist")));
    QVERIFY(created);
    m_project = std::move(*created);
    QFile sample(QStringLiteral(":/sample/03-audit-finds-payments.html"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QString page = m_dir.filePath(QStringLiteral("03-audit-finds-payments.html"));
    QVERIFY(test::writeFile(page, sample.readAll()));
    SourceImporter importer(*m_project);
    const ImportReport report = importer.importPaths({ page });
    QCOMPARE(report.count(ImportOutcome::Kind::Imported), 1);
    m_htmlSource = report.outcomes.first().sourceId;

    // A confirmed mention of a person, whose colour the theme decides.
    m_personType = m_project->entities().findType(QStringLiteral("Person"))->id;
    Entity pell;
    pell.canonicalName = QStringLiteral("Adrian Pell");
    pell.typeId = m_personType;
    const qint64 pellId = *m_project->entities().add(pell);
    const QString body = *m_project->sources().body(m_htmlSource);
    Mention mention;
    mention.entityId = pellId;
    mention.sourceId = m_htmlSource;
    mention.start = int(body.indexOf(QStringLiteral("Adrian Pell")));
    mention.end = mention.start + 11;
    mention.status = Mention::Status::Confirmed;
    QVERIFY(mention.start >= 0);
    MentionContext::fill(mention, body);
    QVERIFY(m_project->mentions().add(mention));
}

void TestThemeSwitching::init()
{
    QSettings().clear();
}

void TestThemeSwitching::everyThemeColoursEveryType_data()
{
    QTest::addColumn<QString>("themeName");
    const QStringList names = SyntaxHighlighting::create()->themeNames();
    QVERIFY(names.size() >= 10);
    QVERIFY(names.contains(QStringLiteral("Breeze Light")) && names.contains(QStringLiteral("Breeze Dark")));
    for (const QString &name : names)
        QTest::newRow(qPrintable(name)) << name;
}

void TestThemeSwitching::everyThemeColoursEveryType()
{
    QFETCH(QString, themeName);
    const std::unique_ptr<SyntaxHighlighting> highlighting = SyntaxHighlighting::create();
    const ReaderTheme theme = highlighting->theme(themeName, QApplication::palette());
    QCOMPARE(theme.name, themeName);
    QVERIFY(theme.background.isValid() && theme.text.isValid() && theme.selection.isValid());
    QVERIFY(theme.background != theme.text);
    QVERIFY(!highlighting->displayName(themeName).isEmpty());
    // Each built-in type gets a colour of its own, none of them the page's or the text's.
    QSet<QRgb> seen = { theme.background.rgb(), theme.text.rgb() };
    for (const QString &type : builtInTypes) {
        const QColor color = theme.typeColors.value(type);
        QVERIFY2(color.isValid(), qPrintable(type));
        QVERIFY2(!seen.contains(color.rgb()), qPrintable(type));
        seen.insert(color.rgb());
    }
}

void TestThemeSwitching::automaticThemeMatchesThePalette()
{
    const std::unique_ptr<SyntaxHighlighting> highlighting = SyntaxHighlighting::create();
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x23, 0x26, 0x29));
    dark.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    dark.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    light.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    QVERIFY(highlighting->theme(QString(), dark).isDark());
    QVERIFY(!highlighting->theme(QString(), light).isDark());
    QVERIFY(!highlighting->theme(QString(), dark).isBuiltIn());
}

void TestThemeSwitching::switchingThemesChangesTheReadersColours()
{
    ColorThemes themes(SyntaxHighlighting::create());
    ReaderPane pane(*m_project);
    pane.setColorThemes(&themes);
    pane.resize(700, 500);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(pane.showSource(m_htmlSource));

    themes.setChoice(QStringLiteral("Breeze Light"));
    const ReaderTheme light = themes.current();
    QCOMPARE(pane.view()->palette().color(QPalette::Base), light.background);
    QTRY_COMPARE(pageColor(pane.view()->viewport()), light.background);
    const QColor lightPerson = pane.mentions().confirmedColor(m_personType);

    themes.setChoice(QStringLiteral("Solarized Dark"));
    const ReaderTheme dark = themes.current();
    QVERIFY(dark.isDark());
    QCOMPARE(pane.view()->palette().color(QPalette::Base), dark.background);
    QCOMPARE(pane.view()->palette().color(QPalette::Text), dark.text);
    QTRY_COMPARE(pageColor(pane.view()->viewport()), dark.background);
    QCOMPARE(pane.mentions().typeColor(m_personType), dark.typeColors.value(QStringLiteral("person")));
    QVERIFY(pane.mentions().confirmedColor(m_personType) != lightPerson);
    // A pane opened later starts in the chosen theme.
    ReaderPane later(*m_project);
    later.setColorThemes(&themes);
    QCOMPARE(later.view()->palette().color(QPalette::Base), dark.background);
}

void TestThemeSwitching::originalOfAnHtmlSourceIsHighlighted()
{
    ColorThemes themes(SyntaxHighlighting::create());
    themes.setChoice(QStringLiteral("Breeze Dark"));
    ReaderPane pane(*m_project);
    pane.setColorThemes(&themes);
    QVERIFY(pane.showSource(m_htmlSource));
    OriginalView *original = pane.tabs()->originalView();
    QCOMPARE(formatCount(original->document()), 0);
    pane.tabs()->showOriginal(true);
    QCOMPARE(original->syntaxName(), QStringLiteral("HTML"));
    QTRY_VERIFY(formatCount(original->document()) > 20);
    QCOMPARE(original->palette().color(QPalette::Base), themes.current().background);
    // Another theme colours the markup anew.
    const QTextBlock doctype = original->document()->begin();
    const QColor before = doctype.layout()->formats().value(0).format.foreground().color();
    themes.setChoice(QStringLiteral("Breeze Light"));
    QTRY_VERIFY(doctype.layout()->formats().value(0).format.foreground().color() != before);
    QCOMPARE(original->syntaxName(), QStringLiteral("HTML"));
}

void TestThemeSwitching::timelineFollowsTheChosenTheme()
{
    qputenv("ANNALIST_NO_DIALOGS", "1");
    const QString path = m_dir.filePath(QStringLiteral("sample.annalist"));
    QVERIFY(SampleProject::ensureExists(path));
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(window.openProject(path));
    auto *themes = window.findChild<ColorThemes *>();
    QVERIFY(themes);
    TimelineView *timeline = window.chronologyWorkspace()->timelinePanel()->view();
    for (const QString &name : { QStringLiteral("Breeze Dark"), QStringLiteral("Solarized Light") }) {
        themes->setChoice(name);
        QCOMPARE(themes->current().name, name);
        QCOMPARE(timeline->viewport()->palette().color(QPalette::Base), themes->current().background);
        QCOMPARE(timeline->viewport()->palette().color(QPalette::Text), themes->current().text);
    }
    window.close();
}

QTEST_MAIN(TestThemeSwitching)
#include "tst_themeswitching.moc"
