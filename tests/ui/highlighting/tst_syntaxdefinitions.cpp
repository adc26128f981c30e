// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/theming/SyntaxHighlighting.h"

#include <QApplication>
#include <QSyntaxHighlighter>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>

using namespace annalist;

namespace {

// The highlighted runs of a document, over all its blocks.
QList<QTextLayout::FormatRange> formatsOf(const QTextDocument &document)
{
    QList<QTextLayout::FormatRange> formats;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next())
        formats += block.layout()->formats();
    return formats;
}

// The colour the character at offset is drawn in, invalid when it has no format of its own.
QColor colorAt(const QTextDocument &document, int offset)
{
    const QTextBlock block = document.findBlock(offset);
    const int inBlock = offset - block.position();
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (inBlock >= range.start && inBlock < range.start + range.length
            && range.format.hasProperty(QTextFormat::ForegroundBrush))
            return range.format.foreground().color();
    }
    return {};
}

} // namespace

// KDE Syntax-Highlighting builds: the syntax of a file is chosen from its name, then its
// content, and produces coloured runs in the chosen theme.
class TestSyntaxDefinitions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void syntaxFromNameAndContent_data();
    void syntaxFromNameAndContent();
    void themeDecidesTheColours();
    void highlightingAgainReplacesTheHighlighter();

private:
    std::unique_ptr<SyntaxHighlighting> m_highlighting;
};

void TestSyntaxDefinitions::initTestCase()
{
    m_highlighting = SyntaxHighlighting::create();
    QVERIFY(m_highlighting->isAvailable());
    QVERIFY(m_highlighting->libraryName().startsWith(QStringLiteral("KDE Syntax-Highlighting 6.")));
}

void TestSyntaxDefinitions::syntaxFromNameAndContent_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("syntax");

    const QString page
        = QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                         "<title>Audit</title>\n</head>\n<body><p class=\"lead\">Payments</p></body>\n</html>\n");
    QTest::newRow("html by name") << QStringLiteral("03-audit-finds-payments.html") << page << QStringLiteral("HTML");
    QTest::newRow("html by content") << QString() << page << QStringLiteral("HTML");
    QTest::newRow("html saved as .htm") << QStringLiteral("page.htm") << page << QStringLiteral("HTML");
    QTest::newRow("markdown")
        << QStringLiteral("01-concession-awarded.md")
        << QStringLiteral("---\ntitle: Concession\n---\n# Port of Sorrel\n\nThe **concession** was awarded.\n")
        << QStringLiteral("Markdown");
    QTest::newRow("json") << QStringLiteral("chronology.json")
                          << QStringLiteral("{\"events\": [{\"date\": \"2025-03-14\", \"credibility\": 2}]}\n")
                          << QStringLiteral("JSON");
    QTest::newRow("xml by content")
        << QString() << QStringLiteral("<?xml version=\"1.0\"?>\n<TimeML><TIMEX3 tid=\"t1\">March</TIMEX3></TimeML>\n")
        << QStringLiteral("XML");
    QTest::newRow("csv") << QStringLiteral("events.csv")
                         << QStringLiteral("date,title,source\n2025-03-14,Audit published,Harbour Gazette\n")
                         << QStringLiteral("CSV");
    QTest::newRow("icalendar") << QStringLiteral("chronology.ics")
                               << QStringLiteral("BEGIN:VCALENDAR\nVERSION:2.0\nBEGIN:VEVENT\nSUMMARY:Audit\n"
                                                 "DTSTART;VALUE=DATE:20250314\nEND:VEVENT\nEND:VCALENDAR\n")
                               << QStringLiteral("vCard, vCalendar, iCalendar");
    QTest::newRow("plain text stays plain")
        << QStringLiteral("02-opposition-alleges.txt")
        << QStringLiteral("The opposition alleges that the tender was rigged.\n") << QString();
}

void TestSyntaxDefinitions::syntaxFromNameAndContent()
{
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    QFETCH(QString, syntax);
    QTextDocument document(text);
    const ReaderTheme theme = m_highlighting->theme(QStringLiteral("Breeze Light"), QApplication::palette());
    QCOMPARE(m_highlighting->highlight(&document, fileName, theme), syntax);
    QTRY_COMPARE(formatsOf(document).isEmpty(), syntax.isEmpty());
}

void TestSyntaxDefinitions::themeDecidesTheColours()
{
    // A JSON string is drawn in each theme's string colour, which differ between themes.
    const QString text = QStringLiteral("{\"title\": \"Audit published\"}\n");
    const int inString = int(text.indexOf(QStringLiteral("Audit")));
    QColor previous;
    for (const QString &name :
         { QStringLiteral("Breeze Light"), QStringLiteral("Breeze Dark"), QStringLiteral("Solarized Dark") }) {
        QTextDocument document(text);
        const ReaderTheme theme = m_highlighting->theme(name, QApplication::palette());
        QCOMPARE(theme.name, name);
        QCOMPARE(m_highlighting->highlight(&document, QStringLiteral("event.json"), theme), QStringLiteral("JSON"));
        const QColor color = colorAt(document, inString);
        QVERIFY2(color.isValid(), qPrintable(name));
        QVERIFY2(color != theme.text, qPrintable(name));
        QVERIFY(color != previous);
        previous = color;
    }
}

void TestSyntaxDefinitions::highlightingAgainReplacesTheHighlighter()
{
    QTextDocument document(QStringLiteral("{\"a\": 1}\n"));
    const ReaderTheme theme = m_highlighting->theme(QString(), QApplication::palette());
    QCOMPARE(m_highlighting->highlight(&document, QStringLiteral("a.json"), theme), QStringLiteral("JSON"));
    QCOMPARE(m_highlighting->highlight(&document, QStringLiteral("a.json"), theme), QStringLiteral("JSON"));
    QCOMPARE(document.findChildren<QSyntaxHighlighter *>().size(), 1);
    // A name with no syntax takes the highlighter and its colours away.
    QCOMPARE(m_highlighting->highlight(&document, QStringLiteral("a.ann"), theme), QString());
    QCOMPARE(document.findChildren<QSyntaxHighlighter *>().size(), 0);
    QTRY_VERIFY(formatsOf(document).isEmpty());
}

QTEST_MAIN(TestSyntaxDefinitions)
#include "tst_syntaxdefinitions.moc"
