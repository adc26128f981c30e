// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFixture.h"
#include "GoldenFile.h"
#include "export/ExportContentLoader.h"
#include "export/ExportOptions.h"
#include "export/HtmlReportWriter.h"

#include <QRegularExpression>
#include <QTest>

using namespace annalist;

// The report as one self-contained HTML page, compared with a golden file.
class TestHtmlReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matchesTheGoldenFile();
    void needsNothingFromElsewhere();
    void notesAreLinkedBothWays();
    void timelineFigureHasAMarkPerDatedEntry();
    void sectionsCanBeLeftOut();

private:
    QByteArray write(const ExportOptions &options) const;
    test::ProjectFixture m_fixture;
    ExportContent m_content;
    QString m_html;
};

QByteArray TestHtmlReportWriter::write(const ExportOptions &options) const
{
    return HtmlReportWriter::write(m_content, options);
}

void TestHtmlReportWriter::initTestCase()
{
    QVERIFY(m_fixture.create());
    QVERIFY(test::ExportFixture::fill(m_fixture));
    const Result<ExportContent> content = ExportContentLoader(m_fixture.project()).load({});
    QVERIFY(content);
    m_content = *content;
    ExportOptions options;
    options.format = ExportFormat::Html;
    options.title = QStringLiteral("The Port of Sorrel concession");
    options.analyst = QStringLiteral("J. Doe");
    options.handling = QStringLiteral("RESTRICTED — for the committee only");
    options.generatedAt = test::ExportFixture::generatedAt();
    const QByteArray bytes = write(options);
    const QString difference = test::GoldenFile::difference(QStringLiteral("core/export/golden/fixture.html"), bytes);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
    m_html = QString::fromUtf8(bytes);
}

void TestHtmlReportWriter::matchesTheGoldenFile()
{
    // Compared in initTestCase; here what the page must hold whatever its layout.
    QVERIFY(m_html.startsWith(QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">")));
    QVERIFY(m_html.contains(QStringLiteral("<meta charset=\"utf-8\">")));
    QVERIFY(m_html.contains(QStringLiteral("<title>The Port of Sorrel concession</title>")));
    QVERIFY(m_html.contains(QStringLiteral("<meta name=\"author\" content=\"J. Doe\">")));
    QCOMPARE(m_html.count(QStringLiteral("RESTRICTED — for the committee only")), 2);
    for (const ChronologyEntry &entry : m_content.entries)
        QVERIFY2(m_html.contains(entry.event.title.toHtmlEscaped()), qPrintable(entry.event.title));
    QVERIFY(m_html.contains(QStringLiteral(
        "Η συμφωνία υπογράφηκε στο λιμάνι. Соглашение было подписано в порту. تم توقيع الاتفاقية في الميناء.")));
    // A quote in quotation marks has them once; quotes inside a quote become single.
    QVERIFY(
        m_html.contains(QStringLiteral("<blockquote>“The criteria were fair; every bidder knew them.”</blockquote>")));
    QVERIFY(
        m_html.contains(QStringLiteral("<blockquote>“the hearing will show ‘who knew what, and when’”</blockquote>")));
    QVERIFY(m_html.contains(QStringLiteral("=HYPERLINK(&quot;x&quot;) is what a formula looks like")));
}

void TestHtmlReportWriter::needsNothingFromElsewhere()
{
    QVERIFY(!m_html.contains(QStringLiteral("<script"), Qt::CaseInsensitive));
    QVERIFY(!m_html.contains(QStringLiteral("<link"), Qt::CaseInsensitive));
    QVERIFY(!m_html.contains(QStringLiteral("<img"), Qt::CaseInsensitive));
    QVERIFY(!m_html.contains(QStringLiteral("@import"), Qt::CaseInsensitive));
    QVERIFY(!m_html.contains(QStringLiteral("url(http"), Qt::CaseInsensitive));
    // Every link points into the page.
    static const QRegularExpression links(QStringLiteral("href=\"([^\"]*)\""));
    auto it = links.globalMatch(m_html);
    int count = 0;
    while (it.hasNext()) {
        const QString target = it.next().captured(1);
        QVERIFY2(target.startsWith(u'#'), qPrintable(target));
        QVERIFY2(m_html.contains(QStringLiteral("id=\"%1\"").arg(target.mid(1))), qPrintable(target));
        ++count;
    }
    QVERIFY(count > 20);
}

void TestHtmlReportWriter::notesAreLinkedBothWays()
{
    const int citations = m_content.citationCount();
    QCOMPARE(citations, 9);
    for (int note = 1; note <= citations; ++note) {
        QVERIFY(m_html.contains(QStringLiteral("<sup><a href=\"#note-%1\" id=\"ref-%1\">%1</a></sup>").arg(note)));
        QVERIFY(m_html.contains(QStringLiteral("<li id=\"note-%1\">").arg(note)));
        QVERIFY(m_html.contains(QStringLiteral("<a href=\"#ref-%1\" aria-label=\"back to the text\">").arg(note)));
    }
    QVERIFY(!m_html.contains(QStringLiteral("id=\"note-%1\"").arg(citations + 1)));
    QCOMPARE(m_html.count(QStringLiteral("<article class=\"entry\"")), m_content.entries.size());
    QCOMPARE(m_html.count(QStringLiteral("</article>")), m_content.entries.size());
}

void TestHtmlReportWriter::timelineFigureHasAMarkPerDatedEntry()
{
    QVERIFY(m_html.contains(QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"timeline\"")));
    QCOMPARE(m_html.count(QStringLiteral("class=\"mark")), 5);
    QCOMPARE(m_html.count(QStringLiteral("class=\"mark conflict\"")), 1);
    for (int entry = 1; entry <= 5; ++entry)
        QVERIFY(m_html.contains(QStringLiteral("<a href=\"#entry-%1\"><").arg(entry)));
}

void TestHtmlReportWriter::sectionsCanBeLeftOut()
{
    ExportOptions options;
    options.sections.contents = false;
    options.sections.timeline = false;
    options.sections.sourceAppendix = false;
    options.sections.entityIndex = false;
    const QString html = QString::fromUtf8(write(options));
    QVERIFY(!html.contains(QStringLiteral("<nav>")));
    QVERIFY(!html.contains(QStringLiteral("<svg")));
    QVERIFY(!html.contains(QStringLiteral("id=\"sources\"")));
    QVERIFY(!html.contains(QStringLiteral("id=\"index\"")));
    QVERIFY(html.contains(QStringLiteral("id=\"chronology\"")));
    // Without a title of its own the report has the project's name.
    QVERIFY(html.contains(QStringLiteral("<title>fixture</title>")));
}

QTEST_MAIN(TestHtmlReportWriter)
#include "tst_htmlreportwriter.moc"
