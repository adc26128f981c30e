// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/shell/SettingsDialog.h"
#include "ui/theming/ColorThemes.h"
#include "ui/theming/SyntaxHighlighting.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace annalist;

namespace {

QPalette darkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
    palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    return palette;
}

QPalette lightPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0xef, 0xf0, 0xf1));
    palette.setColor(QPalette::WindowText, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Text, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    return palette;
}

} // namespace

// The theme in force and the analyst's choice, in every build: with KDE
// Syntax-Highlighting any of its themes, without it the built-in colours, which follow
// the desktop's light or dark palette either way when nothing is chosen.
class TestColorThemes : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void automaticFollowsThePalette_data();
    void automaticFollowsThePalette();
    void choiceIsRemembered_data();
    void choiceIsRemembered();
    void settingsOfferEveryTheme();
    void settingsChoiceAppliesAtOnce();
};

void TestColorThemes::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestColorThemes::init()
{
    QSettings().clear();
    QApplication::setPalette(lightPalette());
}

void TestColorThemes::cleanup()
{
    QSettings().clear();
}

void TestColorThemes::automaticFollowsThePalette_data()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light to dark") << true;
    QTest::newRow("light stays light") << false;
}

void TestColorThemes::automaticFollowsThePalette()
{
    QFETCH(bool, dark);
    ColorThemes themes(SyntaxHighlighting::create());
    QCOMPARE(themes.choice(), QString());
    QVERIFY(!themes.current().isDark());
    QSignalSpy changed(&themes, &ColorThemes::changed);
    QApplication::setPalette(dark ? darkPalette() : lightPalette());
    QCOMPARE(themes.current().isDark(), dark);
    QCOMPARE(changed.size(), dark ? 1 : 0);
    if (dark)
        QCOMPARE(changed.first().first().value<ReaderTheme>().background, themes.current().background);
}

void TestColorThemes::choiceIsRemembered_data()
{
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<bool>("known");
    const std::unique_ptr<SyntaxHighlighting> highlighting = SyntaxHighlighting::create();
    const QStringList names = highlighting->themeNames();
    if (!names.isEmpty()) {
        QTest::newRow("first theme") << names.first() << true;
        QTest::newRow("last theme") << names.last() << true;
    }
    QTest::newRow("unknown theme follows the palette") << QStringLiteral("No Such Theme") << false;
    QTest::newRow("empty follows the palette") << QString() << false;
}

void TestColorThemes::choiceIsRemembered()
{
    QFETCH(QString, wanted);
    QFETCH(bool, known);
    {
        ColorThemes themes(SyntaxHighlighting::create());
        themes.setChoice(wanted);
        QCOMPARE(themes.choice(), known ? wanted : QString());
        QCOMPARE(themes.current().name.isEmpty(), !themes.highlighting().isAvailable());
        if (known)
            QCOMPARE(themes.current().name, wanted);
    }
    ColorThemes later(SyntaxHighlighting::create());
    QCOMPARE(later.choice(), known ? wanted : QString());
}

void TestColorThemes::settingsOfferEveryTheme()
{
    ColorThemes themes(SyntaxHighlighting::create());
    SettingsDialog dialog(&themes);
    const QStringList names = themes.highlighting().themeNames();
    QCOMPARE(dialog.themeBox()->count(), names.size() + 1);
    QCOMPARE(dialog.themeBox()->isEnabled(), themes.highlighting().isAvailable());
    QCOMPARE(dialog.themeBox()->currentIndex(), 0);
    for (int i = 0; i < names.size(); ++i)
        QCOMPARE(dialog.themeBox()->itemData(i + 1).toString(), names.at(i));
    QVERIFY(!dialog.preview()->text().isEmpty());
}

void TestColorThemes::settingsChoiceAppliesAtOnce()
{
    ColorThemes themes(SyntaxHighlighting::create());
    const QStringList names = themes.highlighting().themeNames();
    if (names.isEmpty())
        QSKIP("This build has no colour themes to choose from.");
    SettingsDialog dialog(&themes);
    QSignalSpy changed(&themes, &ColorThemes::changed);
    const int last = dialog.themeBox()->count() - 1;
    dialog.themeBox()->setCurrentIndex(last);
    QCOMPARE(themes.choice(), names.last());
    QCOMPARE(QSettings().value(QStringLiteral("appearance/colorTheme")).toString(), names.last());
    QVERIFY(changed.size() <= 1);
    QCOMPARE(dialog.preview()->palette().color(QPalette::Base), themes.current().background);
    dialog.themeBox()->setCurrentIndex(0);
    QCOMPARE(themes.choice(), QString());
}

QTEST_MAIN(TestColorThemes)
#include "tst_colorthemes.moc"
