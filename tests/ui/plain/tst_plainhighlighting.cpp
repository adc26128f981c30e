// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/theming/ColorThemes.h"
#include "ui/theming/SyntaxHighlighting.h"

#include <QApplication>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace annalist;

// Builds without KDE Syntax-Highlighting (Debian 12): the same calls answer with plain
// text and the built-in colours, which follow the palette.
class TestPlainHighlighting : public QObject
{
    Q_OBJECT

private slots:
    void noLibraryNoThemes();
    void textStaysPlain_data();
    void textStaysPlain();
};

void TestPlainHighlighting::noLibraryNoThemes()
{
    const std::unique_ptr<SyntaxHighlighting> highlighting = SyntaxHighlighting::create();
    QVERIFY(!highlighting->isAvailable());
    QCOMPARE(highlighting->libraryName(), QString());
    QCOMPARE(highlighting->themeNames(), QStringList());
    QPalette palette;
    palette.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
    palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    QCOMPARE(highlighting->theme(QStringLiteral("Breeze Dark"), palette), ReaderTheme::builtIn(palette));
    QVERIFY(highlighting->theme(QString(), palette).isDark());
}

void TestPlainHighlighting::textStaysPlain_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    QTest::newRow("json") << QStringLiteral("chronology.json") << QStringLiteral("{\"title\": \"Audit\"}\n");
    QTest::newRow("html") << QStringLiteral("page.html")
                          << QStringLiteral("<!DOCTYPE html>\n<p class=\"a\">Audit</p>\n");
    QTest::newRow("csv") << QStringLiteral("events.csv") << QStringLiteral("date,title\n2025-03-14,Audit\n");
}

void TestPlainHighlighting::textStaysPlain()
{
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    ColorThemes themes(SyntaxHighlighting::create());
    QTextDocument document(text);
    QCOMPARE(themes.highlight(&document, fileName), QString());
    QCoreApplication::processEvents();
    QCOMPARE(document.findChildren<QSyntaxHighlighter *>().size(), 0);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        QVERIFY(block.layout()->formats().isEmpty());
}

QTEST_MAIN(TestPlainHighlighting)
#include "tst_plainhighlighting.moc"
