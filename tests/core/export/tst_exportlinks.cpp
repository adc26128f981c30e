// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFixture.h"
#include "export/ExportContentLoader.h"
#include "export/ExportOptions.h"
#include "export/HtmlReportWriter.h"
#include "export/MarkdownReportWriter.h"
#include "export/OdtReportWriter.h"
#include "export/PdfReportWriter.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// What a report does with hostile text: a source's URL becomes a link only when it is
// an http, https or mailto address, in every format (Markdown, HTML, ODT, PDF); and the
// HTML page escapes every field, so that no text of a project becomes markup.
class TestExportLinks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void onlyWebAndMailAddressesBecomeLinks_data();
    void onlyWebAndMailAddressesBecomeLinks();
    void htmlEscapesEveryField_data();
    void htmlEscapesEveryField();

private:
    QString write(const QString &format, const ExportContent &content, const ExportOptions &options);
    test::ProjectFixture m_fixture;
    ExportContent m_content;
    QTemporaryDir m_dir;
};

void TestExportLinks::initTestCase()
{
    QVERIFY(m_fixture.create());
    QVERIFY(test::ExportFixture::fill(m_fixture));
    const Result<ExportContent> content = ExportContentLoader(m_fixture.project()).load({});
    QVERIFY(content);
    QVERIFY(!content->sources.isEmpty());
    m_content = *content;
}

// The report in the format as text: the page, the Markdown, the ODT's content.xml, or
// the PDF's raw bytes (its links are objects in the clear) with its text after them.
QString TestExportLinks::write(const QString &format, const ExportContent &content, const ExportOptions &options)
{
    if (format == QStringLiteral("markdown"))
        return QString::fromUtf8(MarkdownReportWriter::write(content, options));
    if (format == QStringLiteral("html"))
        return QString::fromUtf8(HtmlReportWriter::write(content, options));
    if (format == QStringLiteral("odt")) {
        const auto bytes = OdtReportWriter::write(content, options);
        if (!bytes)
            return {};
        const QString path = m_dir.filePath(QStringLiteral("report.odt"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size())
            return {};
        file.close();
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), path, QStringLiteral("content.xml") });
        if (!unzip.waitForFinished(60000))
            return {};
        return QString::fromUtf8(unzip.readAllStandardOutput());
    }
    const auto bytes = PdfReportWriter::write(content, options);
    if (!bytes)
        return {};
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*bytes) != bytes->size())
        return {};
    file.close();
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { path, QStringLiteral("-") });
    if (!text.waitForFinished(60000))
        return {};
    return QString::fromLatin1(*bytes) + QString::fromUtf8(text.readAllStandardOutput());
}

void TestExportLinks::onlyWebAndMailAddressesBecomeLinks_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("linked");

    const QStringList hostile
        = { QStringLiteral("javascript:alert(document.cookie)"), QStringLiteral("JaVaScRiPt:alert(1)"),
            QStringLiteral("data:text/html,<script>alert(1)</script>"), QStringLiteral("vbscript:msgbox(1)"),
            QStringLiteral("file:///etc/passwd") };
    const QStringList fine = { QStringLiteral("https://example.org/port?a=1&b=2"),
                               QStringLiteral("http://example.org/"), QStringLiteral("mailto:desk@example.org") };
    for (const QString &format :
         { QStringLiteral("markdown"), QStringLiteral("html"), QStringLiteral("odt"), QStringLiteral("pdf") }) {
        for (const QString &url : hostile)
            QTest::addRow("%s, %s", qPrintable(format), qPrintable(url)) << format << url << false;
        // The PDF report links nothing at all; the others link web and mail addresses.
        if (format != QStringLiteral("pdf")) {
            for (const QString &url : fine)
                QTest::addRow("%s, %s", qPrintable(format), qPrintable(url)) << format << url << true;
        }
    }
}

void TestExportLinks::onlyWebAndMailAddressesBecomeLinks()
{
    QFETCH(QString, format);
    QFETCH(QString, url);
    QFETCH(bool, linked);
    if (format == QStringLiteral("pdf") && QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    ExportContent content = m_content;
    content.sources.first().url = url;
    ExportOptions options;
    options.generatedAt = test::ExportFixture::generatedAt();
    const QString report = write(format, content, options);
    QVERIFY2(!report.isEmpty(), "the report could not be written");

    const QString scheme = url.section(u':', 0, 0);
    // Link targets of each format: Markdown's <autolink> and [text](target), HTML's and
    // ODT's href, and a PDF's /URI action.
    const QRegularExpression links(
        QStringLiteral("(<|\\]\\(|href=\"|/URI\\s*\\()%1:").arg(QRegularExpression::escape(scheme)),
        QRegularExpression::CaseInsensitiveOption);
    QCOMPARE(report.contains(links), linked);
    // Linked or not, the address is in the report for the reader to see.
    if (format != QStringLiteral("pdf") || !url.contains(u'<')) {
        const QString shown = format == QStringLiteral("markdown") ? url.left(10)
            : format == QStringLiteral("pdf")                      ? url.left(10)
                                                                   : url.left(10).toHtmlEscaped();
        QVERIFY2(report.contains(shown.mid(shown.indexOf(u':') + 1)), qPrintable(url));
    }
    // Markup in the address stays text: escaped in Markdown (\\<), HTML and ODT (&lt;).
    if (format != QStringLiteral("pdf")) {
        static const QRegularExpression markup(QStringLiteral("(?<!\\\\)<script"),
                                               QRegularExpression::CaseInsensitiveOption);
        QVERIFY(!report.contains(markup));
    }
}

void TestExportLinks::htmlEscapesEveryField_data()
{
    QTest::addColumn<QString>("field");
    for (const char *field : { "report title",
                               "analyst",
                               "handling",
                               "event title",
                               "event description",
                               "event assessment",
                               "event lane",
                               "event tag",
                               "place",
                               "participant",
                               "comment",
                               "quote",
                               "evidence note",
                               "evidence source title",
                               "evidence outlet",
                               "conflict",
                               "source title",
                               "source outlet",
                               "source author",
                               "source url",
                               "source file name",
                               "source media type",
                               "entity name",
                               "project name" })
        QTest::newRow(field) << QString::fromLatin1(field);
}

// Markup in any field of the project shows as text: the page has no element, attribute
// or entity that the field brought in.
void TestExportLinks::htmlEscapesEveryField()
{
    QFETCH(QString, field);
    const QString payload = QStringLiteral("<img src=x onerror=\"alert('%1')\">&amp;</p><script>x</script>").arg(field);
    ExportContent content = m_content;
    ExportOptions options;
    options.generatedAt = test::ExportFixture::generatedAt();
    QVERIFY(!content.entries.isEmpty());
    ChronologyEntry &entry = content.entries.first();
    EvidenceItem *evidence = nullptr;
    for (ChronologyEntry &candidate : content.entries) {
        if (!candidate.evidence.isEmpty()) {
            evidence = &candidate.evidence.first();
            break;
        }
    }
    QVERIFY(evidence);
    CitedSource &source = content.sources.first();
    if (field == QStringLiteral("report title"))
        options.title = payload;
    else if (field == QStringLiteral("analyst"))
        options.analyst = payload;
    else if (field == QStringLiteral("handling"))
        options.handling = payload;
    else if (field == QStringLiteral("event title"))
        entry.event.title = payload;
    else if (field == QStringLiteral("event description"))
        entry.event.description = payload;
    else if (field == QStringLiteral("event assessment"))
        entry.event.assessment = payload;
    else if (field == QStringLiteral("event lane"))
        entry.event.lane = payload;
    else if (field == QStringLiteral("event tag"))
        entry.event.tags << payload;
    else if (field == QStringLiteral("place"))
        entry.placeName = payload;
    else if (field == QStringLiteral("participant"))
        entry.participantNames << payload;
    else if (field == QStringLiteral("comment"))
        entry.comment = payload;
    else if (field == QStringLiteral("quote"))
        evidence->evidence.quote = payload;
    else if (field == QStringLiteral("evidence note"))
        evidence->evidence.note = payload;
    else if (field == QStringLiteral("evidence source title"))
        evidence->sourceTitle = payload;
    else if (field == QStringLiteral("evidence outlet"))
        evidence->outlet = payload;
    else if (field == QStringLiteral("conflict"))
        entry.conflicts.append(Conflict { Conflict::Kind::Time, 0, 0, payload });
    else if (field == QStringLiteral("source title"))
        source.title = payload;
    else if (field == QStringLiteral("source outlet"))
        source.outlet = payload;
    else if (field == QStringLiteral("source author"))
        source.author = payload;
    else if (field == QStringLiteral("source url"))
        source.url = QStringLiteral("https://example.org/\"><script>x</script>") + payload;
    else if (field == QStringLiteral("source file name"))
        source.originalName = payload;
    else if (field == QStringLiteral("source media type"))
        source.mediaType = payload;
    else if (field == QStringLiteral("entity name"))
        content.entities.begin()->name = payload;
    else if (field == QStringLiteral("project name"))
        content.projectName = payload;
    const QString html = QString::fromUtf8(HtmlReportWriter::write(content, options));
    QVERIFY(!html.isEmpty());
    QVERIFY2(!html.contains(QStringLiteral("<img"), Qt::CaseInsensitive), qPrintable(field));
    QVERIFY2(!html.contains(QStringLiteral("<script"), Qt::CaseInsensitive), qPrintable(field));
    QVERIFY2(!html.contains(QStringLiteral("onerror=\""), Qt::CaseInsensitive), qPrintable(field));
    QVERIFY2(!html.contains(QStringLiteral("&amp;</p>")), qPrintable(field));
}

QTEST_MAIN(TestExportLinks)
#include "tst_exportlinks.moc"
