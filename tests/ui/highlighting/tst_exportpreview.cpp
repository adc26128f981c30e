// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ColorCounts.h"
#include "ui/theming/ColorThemes.h"
#include "ui/theming/SyntaxHighlighting.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

using namespace annalist;

// KDE Syntax-Highlighting builds: the export dialog's preview highlights the text of
// each text format by the file name it will be saved under, in the reader's theme.
class TestExportPreview : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void highlightsTextFormats_data();
    void highlightsTextFormats();
    void previewFollowsTheTheme();
};

void TestExportPreview::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestExportPreview::highlightsTextFormats_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("syntax");
    QTest::addColumn<int>("minimumColors");

    QTest::newRow("TimelineJS json") << QStringLiteral("chronology.json")
                                     << QStringLiteral(
                                            "{\n  \"title\": {\"text\": {\"headline\": \"Sorrel port\"}},\n"
                                            "  \"events\": [\n    {\"start_date\": {\"year\": 2025, \"month\": 3},\n"
                                            "     \"text\": {\"headline\": \"Audit finds payments\"}}\n  ]\n}\n")
                                     << QStringLiteral("JSON") << 2;
    QTest::newRow("csv") << QStringLiteral("chronology.csv")
                         << QStringLiteral("start,end,title,credibility,sources\n"
                                           "2025-03-14,2025-03-14,\"Audit finds payments\",2,\"Harbour Gazette (B)\"\n")
                         << QStringLiteral("CSV") << 2;
    QTest::newRow("markdown") << QStringLiteral("chronology.md")
                              << QStringLiteral(
                                     "# Sorrel port\n\n## 14 March 2025\n\n**Audit finds payments** — "
                                     "> \"standard fees for market studies\"[^1]\n\n[^1]: Harbour Gazette, grade B\n")
                              << QStringLiteral("Markdown") << 2;
    QTest::newRow("icalendar") << QStringLiteral("chronology.ics")
                               << QStringLiteral("BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Annalist//EN\nBEGIN:VEVENT\n"
                                                 "UID:event-1@annalist\nDTSTART;VALUE=DATE:20250314\n"
                                                 "SUMMARY:Audit finds payments\nEND:VEVENT\nEND:VCALENDAR\n")
                               << QStringLiteral("vCard, vCalendar, iCalendar") << 2;
    QTest::newRow("html") << QStringLiteral("chronology.html")
                          << QStringLiteral("<!DOCTYPE html>\n<html><head><title>Sorrel port</title></head>\n"
                                            "<body><h1>Sorrel port</h1><p class=\"event\">Audit</p></body></html>\n")
                          << QStringLiteral("HTML") << 2;
    // brat's standoff format has no syntax of its own: plain.
    QTest::newRow("brat annotations")
        << QStringLiteral("03-audit.ann")
        << QStringLiteral("T1\tPerson 312 323\tAdrian Pell\nT2\tOrganisation 160 176\tBellwether Marine\n") << QString()
        << 0;
}

void TestExportPreview::highlightsTextFormats()
{
    QFETCH(QString, fileName);
    QFETCH(QString, text);
    QFETCH(QString, syntax);
    QFETCH(int, minimumColors);
    ColorThemes themes(SyntaxHighlighting::create());
    QTextDocument preview(text);
    QCOMPARE(themes.highlight(&preview, fileName), syntax);
    QTRY_VERIFY2(test::foregroundColors(preview).size() >= minimumColors,
                 qPrintable(QString::number(test::foregroundColors(preview).size())));
    if (syntax.isEmpty())
        QVERIFY(test::foregroundColors(preview).isEmpty());
}

void TestExportPreview::previewFollowsTheTheme()
{
    ColorThemes themes(SyntaxHighlighting::create());
    QTextDocument preview(QStringLiteral("{\"headline\": \"Audit finds payments\", \"year\": 2025}\n"));
    themes.setChoice(QStringLiteral("Breeze Light"));
    QCOMPARE(themes.highlight(&preview, QStringLiteral("chronology.json")), QStringLiteral("JSON"));
    const QSet<QRgb> light = test::foregroundColors(preview);
    themes.setChoice(QStringLiteral("Monokai"));
    QCOMPARE(themes.highlight(&preview, QStringLiteral("chronology.json")), QStringLiteral("JSON"));
    QTRY_VERIFY(test::foregroundColors(preview) != light);
    QVERIFY(!test::foregroundColors(preview).isEmpty());
}

QTEST_MAIN(TestExportPreview)
#include "tst_exportpreview.moc"
