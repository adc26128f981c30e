// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/theming/ReaderTheme.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

using namespace annalist;

// The colours of the reader as a value: the built-in ones follow the palette, a named
// theme overrides page, text, selection and the colours of the types it names.
class TestReaderTheme : public QObject
{
    Q_OBJECT

private slots:
    void builtInFollowsThePalette_data();
    void builtInFollowsThePalette();
    void typeColourFallsBackToTheProject_data();
    void typeColourFallsBackToTheProject();
    void paletteOverridesOnlyForANamedTheme();
};

void TestReaderTheme::builtInFollowsThePalette_data()
{
    QTest::addColumn<QColor>("base");
    QTest::addColumn<QColor>("text");
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << QColor(Qt::white) << QColor(0x20, 0x20, 0x20) << false;
    QTest::newRow("dark") << QColor(0x1f, 0x21, 0x24) << QColor(0xe6, 0xe6, 0xe6) << true;
    QTest::newRow("sepia") << QColor(0xf4, 0xec, 0xd8) << QColor(0x5b, 0x46, 0x36) << false;
}

void TestReaderTheme::builtInFollowsThePalette()
{
    QFETCH(QColor, base);
    QFETCH(QColor, text);
    QFETCH(bool, dark);
    QPalette palette;
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::Text, text);
    const ReaderTheme theme = ReaderTheme::builtIn(palette);
    QVERIFY(theme.isBuiltIn());
    QCOMPARE(theme.background, base);
    QCOMPARE(theme.text, text);
    QCOMPARE(theme.isDark(), dark);
    QVERIFY(theme.typeColors.isEmpty());
}

void TestReaderTheme::typeColourFallsBackToTheProject_data()
{
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QColor>("expected");
    QTest::newRow("named by the theme") << QStringLiteral("Person") << QColor(0x29, 0x80, 0xb9);
    QTest::newRow("case does not matter") << QStringLiteral("PLACE") << QColor(0x27, 0xae, 0x60);
    QTest::newRow("user type keeps its colour") << QStringLiteral("Vessel") << QColor(0x12, 0x34, 0x56);
}

void TestReaderTheme::typeColourFallsBackToTheProject()
{
    QFETCH(QString, typeName);
    QFETCH(QColor, expected);
    ReaderTheme theme;
    theme.name = QStringLiteral("Breeze Dark");
    theme.typeColors.insert(QStringLiteral("person"), QColor(0x29, 0x80, 0xb9));
    theme.typeColors.insert(QStringLiteral("place"), QColor(0x27, 0xae, 0x60));
    EntityType type;
    type.id = 7;
    type.name = typeName;
    type.color = QColor(0x12, 0x34, 0x56);
    QCOMPARE(theme.typeColor(type), expected);
    const QList<EntityType> recolored = theme.recolored({ type });
    QCOMPARE(recolored.size(), 1);
    QCOMPARE(recolored.first().color, expected);
    QCOMPARE(recolored.first().id, 7);
    // The built-in theme leaves every type its project colour.
    QCOMPARE(ReaderTheme::builtIn(QPalette()).typeColor(type), type.color);
}

void TestReaderTheme::paletteOverridesOnlyForANamedTheme()
{
    QCOMPARE(ReaderTheme::builtIn(QApplication::palette()).palette().resolveMask(), QPalette::ResolveMask(0));

    ReaderTheme theme;
    theme.name = QStringLiteral("Solarized Dark");
    theme.background = QColor(0x00, 0x2b, 0x36);
    theme.text = QColor(0x83, 0x94, 0x96);
    theme.selection = QColor(0x07, 0x36, 0x42);
    theme.selectedText = QColor(0x93, 0xa1, 0xa1);
    QVERIFY(theme.isDark());
    const QPalette palette = theme.palette();
    QVERIFY(palette.resolveMask() != 0);
    QCOMPARE(palette.color(QPalette::Active, QPalette::Base), theme.background);
    QCOMPARE(palette.color(QPalette::Inactive, QPalette::Text), theme.text);
    QCOMPARE(palette.color(QPalette::Active, QPalette::Highlight), theme.selection);
    QCOMPARE(palette.color(QPalette::Active, QPalette::HighlightedText), theme.selectedText);
    // Roles the theme has nothing to say about stay the desktop's.
    QCOMPARE(palette.color(QPalette::Window), QApplication::palette().color(QPalette::Window));
}

QTEST_MAIN(TestReaderTheme)
#include "tst_readertheme.moc"
