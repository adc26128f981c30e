// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ui/reader/OriginalView.h"
#include "ui/theming/SyntaxHighlighting.h"

#include <QApplication>
#include <QFile>
#include <QTest>

using namespace annalist;

namespace {

QByteArray sampleHtml()
{
    QFile file(QStringLiteral(":/sample/03-audit-finds-payments.html"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

// The Original tab's view, in every build: the file as it was, decoded, or a note for
// a file that is not text.
class TestOriginalView : public QObject
{
    Q_OBJECT

private slots:
    void showsTheFileAsItWas_data();
    void showsTheFileAsItWas();
    void mediaTypeNamesAFileWithoutName_data();
    void mediaTypeNamesAFileWithoutName();
    void clearLeavesNothing();
    void themeColoursThePage();
};

void TestOriginalView::showsTheFileAsItWas_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<bool>("isText");
    QTest::addColumn<QString>("shown");

    const QByteArray html = sampleHtml();
    QVERIFY(!html.isEmpty());
    QTest::newRow("html keeps its metadata and boilerplate")
        << html << QStringLiteral("03-audit-finds-payments.html") << QStringLiteral("text/html") << true
        << QStringLiteral("<meta property=\"article:published_time\" content=\"2025-03-14T09:30:00+01:00\">");
    QTest::newRow("markdown keeps its front matter")
        << QByteArray("---\ntitle: Port deal\ndate: 2025-02-10\n---\n# Port deal\n\nThe *concession* was awarded.\n")
        << QStringLiteral("brief.md") << QStringLiteral("text/markdown") << true
        << QStringLiteral("date: 2025-02-10\n---");
    QTest::newRow("windows-1252 is decoded")
        << QByteArray("Minister Pell said \x93no comment\x94 \x96 twice.\n") << QStringLiteral("note.txt")
        << QStringLiteral("text/plain") << true << QStringLiteral("said “no comment” – twice.");
    QTest::newRow("utf-16 with a byte order mark is decoded")
        << QByteArray("\xFF\xFEK\0i\0e\0l\0", 10) << QStringLiteral("kiel.txt") << QStringLiteral("text/plain") << true
        << QStringLiteral("Kiel");
    QTest::newRow("json as it came") << QByteArray("{\"title\": \"Audit\", \"date\": \"2025-03-14\"}\n")
                                     << QStringLiteral("event.json") << QStringLiteral("application/json") << true
                                     << QStringLiteral("\"date\": \"2025-03-14\"");
    QTest::newRow("pdf is described, not shown")
        << QByteArray("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n") + QByteArray(2, '\0')
        << QStringLiteral("report.pdf") << QStringLiteral("application/pdf") << false
        << QStringLiteral("application/pdf");
}

void TestOriginalView::showsTheFileAsItWas()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, fileName);
    QFETCH(QString, mediaType);
    QFETCH(bool, isText);
    QFETCH(QString, shown);

    OriginalView view;
    view.setOriginal(bytes, fileName, mediaType);
    QCOMPARE(view.isText(), isText);
    QVERIFY2(view.toPlainText().contains(shown), qPrintable(view.toPlainText().left(300)));
    QCOMPARE(view.originalText().isEmpty(), !isText);
    QVERIFY(view.isReadOnly());
    // Nothing highlights without a highlighting to ask.
    QCOMPARE(view.syntaxName(), QString());
}

void TestOriginalView::mediaTypeNamesAFileWithoutName_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QString>("mediaType");
    QTest::addColumn<QString>("expected");
    QTest::newRow("own name wins") << QStringLiteral("page.htm") << QStringLiteral("text/html")
                                   << QStringLiteral("page.htm");
    QTest::newRow("html without a name") << QString() << QStringLiteral("text/html") << QStringLiteral("source.html");
    QTest::newRow("markdown without a name")
        << QString() << QStringLiteral("text/markdown") << QStringLiteral("source.md");
    QTest::newRow("nothing to go by") << QString() << QString() << QString();
}

void TestOriginalView::mediaTypeNamesAFileWithoutName()
{
    QFETCH(QString, fileName);
    QFETCH(QString, mediaType);
    QFETCH(QString, expected);
    OriginalView view;
    view.setOriginal(QByteArrayLiteral("text\n"), fileName, mediaType);
    QCOMPARE(view.fileName(), expected);
}

void TestOriginalView::clearLeavesNothing()
{
    OriginalView view;
    view.setOriginal(sampleHtml(), QStringLiteral("page.html"), QStringLiteral("text/html"));
    QVERIFY(!view.toPlainText().isEmpty());
    view.clearOriginal();
    QCOMPARE(view.toPlainText(), QString());
    QCOMPARE(view.fileName(), QString());
    QVERIFY(!view.isText());
}

void TestOriginalView::themeColoursThePage()
{
    OriginalView view;
    const QColor inherited = view.palette().color(QPalette::Base);
    const std::unique_ptr<SyntaxHighlighting> highlighting = SyntaxHighlighting::create();
    ReaderTheme theme = ReaderTheme::builtIn(view.palette());
    view.setHighlighting(highlighting.get(), theme);
    QCOMPARE(view.palette().color(QPalette::Base), inherited);

    theme.name = QStringLiteral("Night");
    theme.background = QColor(0x10, 0x12, 0x18);
    theme.text = QColor(0xe0, 0xe0, 0xd8);
    view.setHighlighting(highlighting.get(), theme);
    QCOMPARE(view.palette().color(QPalette::Base), theme.background);
    QCOMPARE(view.palette().color(QPalette::Text), theme.text);
}

QTEST_MAIN(TestOriginalView)
#include "tst_originalview.moc"
