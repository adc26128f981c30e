// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ColorCounts.h"
#include "chronology/ChronologyLoader.h"
#include "sample/SampleProject.h"
#include "storage/Project.h"
#include "ui/theming/ReaderTheme.h"
#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The timeline takes its page and text colours from the reader's theme, and goes back
// to the window's colours with the built-in one.
class TestTimelineTheme : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void followsTheTheme_data();
    void followsTheTheme();

private:
    QTemporaryDir m_dir;
    QList<ChronologyEntry> m_entries;
};

void TestTimelineTheme::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    const QString path = m_dir.filePath(QStringLiteral("sample.annalist"));
    QVERIFY(SampleProject::ensureExists(path));
    auto project = Project::open(path);
    QVERIFY(project);
    const auto entries = ChronologyLoader(**project).load();
    QVERIFY(entries);
    m_entries = *entries;
    QCOMPARE(m_entries.size(), 10);
}

void TestTimelineTheme::followsTheTheme_data()
{
    QTest::addColumn<QColor>("background");
    QTest::addColumn<QColor>("text");
    QTest::newRow("dark") << QColor(0x1d, 0x1f, 0x21) << QColor(0xe6, 0xe6, 0xe6);
    QTest::newRow("sepia") << QColor(0xf4, 0xec, 0xd8) << QColor(0x3b, 0x2f, 0x1e);
    QTest::newRow("high contrast") << QColor(0x00, 0x00, 0x00) << QColor(0xff, 0xff, 0x00);
}

void TestTimelineTheme::followsTheTheme()
{
    QFETCH(QColor, background);
    QFETCH(QColor, text);
    TimelineView view;
    view.resize(900, 420);
    view.setEntries(m_entries);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.fitAll();

    ReaderTheme theme;
    theme.name = QStringLiteral("Test theme");
    theme.background = background;
    theme.text = text;
    theme.selection = QColor(0x3a, 0x5f, 0x8a);
    theme.selectedText = Qt::white;
    view.setTheme(theme);
    QCOMPARE(view.viewport()->palette().color(QPalette::Base), background);
    const QHash<QRgb, int> pixels = test::pixelCounts(view.viewport()->grab().toImage());
    const int textPixels = pixels.value(text.rgb() & 0xffffff);
    QCOMPARE(test::mostCommonColor(pixels), background);
    // Titles and axis labels are written in the theme's text colour.
    QVERIFY2(textPixels > 50, qPrintable(QString::number(textPixels)));

    // The built-in theme gives the timeline back the window's colours.
    view.setTheme(ReaderTheme::builtIn(QApplication::palette()));
    QCOMPARE(test::mostCommonColor(test::pixelCounts(view.viewport()->grab().toImage())),
             QApplication::palette().color(QPalette::Base));
}

QTEST_MAIN(TestTimelineTheme)
#include "tst_timelinetheme.moc"
