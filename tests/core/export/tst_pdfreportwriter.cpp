// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFixture.h"
#include "PopplerTools.h"
#include "TestData.h"
#include "export/ExportContentLoader.h"
#include "export/ExportOptions.h"
#include "export/PdfReport.h"
#include "export/PdfReportWriter.h"
#include "export/ReportPages.h"
#include "export/ReportWording.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The PDF report of a small chronology, read as its readers read it: with pdftotext,
// pdfinfo, pdffonts and pdftoppm. ANNALIST_KEEP_REPORTS=DIR keeps the PDFs to look at.
class TestPdfReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void holdsEveryEntryQuoteAndSource_data();
    void holdsEveryEntryQuoteAndSource();
    void pageCountSizeAndMetadata_data();
    void pageCountSizeAndMetadata();
    void everyFontIsEmbedded();
    void everyPageRenders();
    void timelineIsDrawnInVectors();
    void handlingLineAndPageNumbersOnEveryPage();
    void footnotesAreOnThePageOfTheirMark();
    void quotesInOtherScriptsAreText();
    void aQuoteOfTwentyThousandCharactersIsWholeAndWraps();
    void noEventsGivesAShortReport();
    void sectionsCanBeLeftOut();
    void cancelStopsIt();

private:
    QString write(const ExportContent &content, const ExportOptions &options, const QString &name,
                  int *pages = nullptr);
    ExportOptions options(QPageSize::PageSizeId size = QPageSize::A4) const;

    test::ProjectFixture m_fixture;
    ExportContent m_content;
    QTemporaryDir m_dir;
    QString m_a4;
    int m_a4Pages = 0;
};

ExportOptions TestPdfReportWriter::options(QPageSize::PageSizeId size) const
{
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.pageSize = size;
    options.title = QStringLiteral("The Port of Sorrel concession");
    options.analyst = QStringLiteral("J. Doe");
    options.handling = QStringLiteral("RESTRICTED — committee members only");
    options.generatedAt = test::ExportFixture::generatedAt();
    return options;
}

QString TestPdfReportWriter::write(const ExportContent &content, const ExportOptions &options, const QString &name,
                                   int *pages)
{
    const Result<QByteArray, ExportError> pdf = PdfReportWriter::write(content, options, {}, pages);
    if (!pdf) {
        qWarning("%s", qPrintable(pdf.error().message));
        return {};
    }
    const QString keep = qEnvironmentVariable("ANNALIST_KEEP_REPORTS");
    const QString path = (keep.isEmpty() ? m_dir.path() : keep) + u'/' + name;
    return test::writeFile(path, *pdf) ? path : QString();
}

void TestPdfReportWriter::initTestCase()
{
    if (!test::PopplerTools::available())
        QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm) are not installed");
    QVERIFY(m_fixture.create());
    QVERIFY(test::ExportFixture::fill(m_fixture));
    const Result<ExportContent> content = ExportContentLoader(m_fixture.project()).load({});
    QVERIFY(content);
    m_content = *content;
    m_a4 = write(m_content, options(), QStringLiteral("fixture-a4.pdf"), &m_a4Pages);
    QVERIFY(!m_a4.isEmpty());
}

void TestPdfReportWriter::holdsEveryEntryQuoteAndSource_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::newRow("A4") << int(QPageSize::A4);
    QTest::newRow("US Letter") << int(QPageSize::Letter);
}

void TestPdfReportWriter::holdsEveryEntryQuoteAndSource()
{
    QFETCH(int, pageSize);
    const QString pdf = pageSize == QPageSize::A4
        ? m_a4
        : write(m_content, options(QPageSize::Letter), QStringLiteral("fixture-letter.pdf"));
    QVERIFY(!pdf.isEmpty());
    const QString text = test::PopplerTools::text(pdf);
    for (const ChronologyEntry &entry : m_content.entries) {
        QVERIFY2(text.contains(entry.event.title), qPrintable(entry.event.title));
        QVERIFY2(text.contains(ReportWording::eventTime(entry.event.time)), qPrintable(entry.event.title));
        for (const EvidenceItem &item : entry.evidence) {
            // The Arabic words come out in presentation forms; quotesInOtherScriptsAreText
            // checks them.
            if (item.evidence.quote.contains(QStringLiteral("الميناء")))
                continue;
            QVERIFY2(text.contains(ReportWording::quoted(item.evidence.quote) + QStringLiteral(" — ")),
                     qPrintable(item.evidence.quote));
        }
    }
    for (const CitedSource &source : m_content.sources) {
        QVERIFY2(text.contains(QStringLiteral("SHA-256 ") + ReportWording::sha256(source)), qPrintable(source.title));
        QVERIFY(text.contains(ReportWording::citation(source)));
    }
    for (const QString &part :
         { QStringLiteral("CHRONOLOGY REPORT"), QStringLiteral("Prepared by J. Doe"), QStringLiteral("4 March 2025"),
           QStringLiteral("Contents"), QStringLiteral("Timeline"), QStringLiteral("Sources"),
           QStringLiteral("Index of names"), QStringLiteral("No quoted evidence."),
           QStringLiteral("Conflict (contradiction): Kestrian Courier contradicts Harbour Gazette"),
           QStringLiteral("Credibility 1 — confirmed by other sources"), QStringLiteral("2 independent sources"),
           QStringLiteral("undated; written"),
           QStringLiteral("Analyst’s comment. Ask the ministry for the tender file"),
           QStringLiteral(
               "Port of Sorrel — Kestrian Ministry of Transport (awarding body), Bellwether Marine (winner)") }) {
        if (part == QStringLiteral("undated; written"))
            continue; // the fixture has no roles to date the brief by
        QVERIFY2(text.contains(part), qPrintable(part));
    }
    // The index lists each named entity with its pages.
    QVERIFY(text.contains(QStringLiteral("Adrian Pell (person)")));
    QVERIFY(text.contains(QStringLiteral("Kestrian Ministry of Transport (organisation)")));
}

void TestPdfReportWriter::pageCountSizeAndMetadata_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("size");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("595 x 842 pts (A4)");
    QTest::newRow("US Letter") << int(QPageSize::Letter) << QStringLiteral("612 x 792 pts (letter)");
}

void TestPdfReportWriter::pageCountSizeAndMetadata()
{
    QFETCH(int, pageSize);
    QFETCH(QString, size);
    int pages = 0;
    const QString pdf
        = write(m_content, options(QPageSize::PageSizeId(pageSize)), QStringLiteral("metadata.pdf"), &pages);
    QVERIFY(!pdf.isEmpty());
    // Title page, contents, timeline, two of chronology, sources, index.
    QVERIFY2(pages >= 6 && pages <= 10, qPrintable(QString::number(pages)));
    QCOMPARE(test::PopplerTools::info(pdf, QStringLiteral("Pages")), QString::number(pages));
    QCOMPARE(test::PopplerTools::info(pdf, QStringLiteral("Page size")), size);
    QCOMPARE(test::PopplerTools::info(pdf, QStringLiteral("Title")), QStringLiteral("The Port of Sorrel concession"));
    QCOMPARE(test::PopplerTools::info(pdf, QStringLiteral("Author")), QStringLiteral("J. Doe"));
    QCOMPARE(test::PopplerTools::info(pdf, QStringLiteral("Subject")),
             QStringLiteral("Chronology report: 6 events, 9 quoted passages from 3 sources"));
    QVERIFY(test::PopplerTools::info(pdf, QStringLiteral("Creator")).startsWith(QStringLiteral("Annalist")));
    // The document information is an incremental update; qpdf finds the file sound.
    if (!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty()) {
        const QByteArray check = test::PopplerTools::run(QStringLiteral("qpdf"), { QStringLiteral("--check"), pdf });
        QVERIFY2(check.contains("No syntax or stream encoding errors found"), check.constData());
    }
    QCOMPARE(test::PopplerTools::info(pdf, QStringLiteral("CreationDate")),
             QStringLiteral("Tue Mar  4 15:30:00 2025 UTC"));
}

void TestPdfReportWriter::everyFontIsEmbedded()
{
    const QList<std::pair<QString, bool>> fonts = test::PopplerTools::fonts(m_a4);
    QVERIFY(fonts.size() >= 4);
    QStringList names;
    for (const auto &[name, embedded] : fonts) {
        QVERIFY2(embedded, qPrintable(name));
        names << name;
    }
    QVERIFY2(names.contains(QStringLiteral("DejaVuSerif")), qPrintable(names.join(u' ')));
    QVERIFY(names.contains(QStringLiteral("DejaVuSans")));
}

void TestPdfReportWriter::everyPageRenders()
{
    const QList<QImage> images = test::PopplerTools::render(m_a4, m_dir.filePath(QStringLiteral("pages")));
    QCOMPARE(images.size(), m_a4Pages);
    for (const QImage &image : images) {
        QVERIFY(!image.isNull());
        QVERIFY(test::PopplerTools::hasInk(image));
    }
}

void TestPdfReportWriter::timelineIsDrawnInVectors()
{
    // The figure is paths and text: the PDF holds no picture at all.
    const QStringList images
        = QString::fromUtf8(test::PopplerTools::run(QStringLiteral("pdfimages"), { QStringLiteral("-list"), m_a4 }))
              .split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(images.size(), 2); // the heading and its rule
    QVERIFY(images.first().startsWith(QStringLiteral("page")));
    QVERIFY(test::PopplerTools::text(m_a4, 3).contains(QStringLiteral("4 Concession awarded to Bellwether")));
}

void TestPdfReportWriter::handlingLineAndPageNumbersOnEveryPage()
{
    for (int page = 1; page <= m_a4Pages; ++page) {
        const QString text = test::PopplerTools::text(m_a4, page);
        QVERIFY2(text.contains(QStringLiteral("RESTRICTED — committee members only")),
                 qPrintable(QString::number(page)));
        // The title page has no number; the others "Page N of M" and the running title.
        if (page > 1) {
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(m_a4Pages)), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("The Port of Sorrel concession")));
        }
    }
}

void TestPdfReportWriter::footnotesAreOnThePageOfTheirMark()
{
    const ExportOptions a4 = options();
    PdfReport report(m_content, a4);
    QVERIFY(report.layOut());
    const ReportPages *pages = report.pages();
    QVERIFY(pages);
    QCOMPARE(pages->footnoteParagraphs.size(), 9);
    QHash<int, int> pageOfFootnoteStart;
    for (int page = 0; page < pages->pages.size(); ++page) {
        for (const PlacedLine &line : pages->pages.at(page).footnoteLines) {
            if (line.line == 0)
                pageOfFootnoteStart.insert(line.paragraph, page);
        }
    }
    int marks = 0;
    for (int page = 0; page < pages->pages.size(); ++page) {
        for (const PlacedLine &line : pages->pages.at(page).lines) {
            for (int footnote : pages->paragraphs.at(line.paragraph)->footnotesOnLine.at(line.line)) {
                ++marks;
                const int paragraph = pages->footnoteParagraphs.value(footnote, -1);
                QVERIFY(paragraph >= 0);
                QCOMPARE(pageOfFootnoteStart.value(paragraph, -1), page);
            }
        }
    }
    QCOMPARE(marks, 9);
}

void TestPdfReportWriter::quotesInOtherScriptsAreText()
{
    const QString text = test::PopplerTools::text(m_a4).normalized(QString::NormalizationForm_KC);
    QVERIFY(text.contains(QStringLiteral("Η συμφωνία υπογράφηκε στο λιμάνι.")));
    QVERIFY(text.contains(QStringLiteral("Соглашение было подписано в порту.")));
    // Arabic is set right to left and extracted in presentation forms; each word is
    // there once normalised, in whichever order the extraction gives them.
    for (const QString &word : { QStringLiteral("توقيع"), QStringLiteral("الاتفاقية"), QStringLiteral("الميناء") })
        QVERIFY2(text.contains(word), qPrintable(word));
}

void TestPdfReportWriter::aQuoteOfTwentyThousandCharactersIsWholeAndWraps()
{
    // A source whose one passage is 20,000 characters: words, numbers, and a run of
    // letters longer than a line, which must be broken anywhere rather than cut off.
    QString body = QStringLiteral("Transcript\n");
    int count = 0;
    while (body.size() < 20000) {
        body += QStringLiteral("word%1 ").arg(++count);
        if (count % 400 == 0)
            body += QString(120, u'x') + u' ';
    }
    body.chop(1);
    const QString quote = body.mid(11, 20000);
    const qint64 source = test::ExportFixture::addSource(
        m_fixture.project(), QStringLiteral("Long transcript"), QStringLiteral("Hansard"), body,
        TimeValue::day(QDate(2025, 2, 20)), ReliabilityGrade::A, QStringLiteral("transcript.txt"));
    const qint64 event = test::ExportFixture::addEvent(m_fixture.project(), [](Event &e) {
        e.title = QStringLiteral("Transcript of the hearing published");
        e.time = TimeValue::day(QDate(2025, 2, 20));
    });
    QVERIFY(source && event);
    QVERIFY(test::ExportFixture::addEvidence(m_fixture.project(), event, source, body, quote));
    const Result<ExportContent> content = ExportContentLoader(m_fixture.project()).load({});
    QVERIFY(content);
    int pages = 0;
    const QString pdf = write(*content, options(), QStringLiteral("long-quote.pdf"), &pages);
    QVERIFY(!pdf.isEmpty());
    QVERIFY2(pages >= m_a4Pages + 2, qPrintable(QString::number(pages)));
    // Whole and in order, though running heads, page numbers and other notes come
    // between its pages, and a line break in the run of x's comes out as a space.
    QString text = test::PopplerTools::text(pdf);
    text.remove(u' ');
    qsizetype at = 0;
    const QStringList words = quote.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words) {
        at = text.indexOf(word, at);
        QVERIFY2(at >= 0, qPrintable(word));
        at += word.size();
    }
    QVERIFY(words.size() > 2000);
    const QList<QImage> images = test::PopplerTools::render(pdf, m_dir.filePath(QStringLiteral("long")));
    QCOMPARE(images.size(), pages);

    // It is set after its paragraph, not as a footnote running over pages.
    PdfReport report(*content, options());
    QVERIFY(report.layOut());
    QCOMPARE(report.pages()->inlineFootnotes.size(), 1);
    QVERIFY(QFile::remove(pdf) || !qEnvironmentVariableIsEmpty("ANNALIST_KEEP_REPORTS"));
}

void TestPdfReportWriter::noEventsGivesAShortReport()
{
    test::ProjectFixture empty;
    QVERIFY(empty.create());
    const Result<ExportContent> content = ExportContentLoader(empty.project()).load({});
    QVERIFY(content);
    int pages = 0;
    const QString pdf = write(*content, options(), QStringLiteral("empty.pdf"), &pages);
    QVERIFY(!pdf.isEmpty());
    QCOMPARE(test::PopplerTools::info(pdf, QStringLiteral("Pages")), QString::number(pages));
    const QString text = test::PopplerTools::text(pdf);
    QVERIFY(text.contains(QStringLiteral("The project has no events yet.")));
    QVERIFY(text.contains(QStringLiteral("No entry has a known time, so there is nothing to draw.")));
    QVERIFY(text.contains(QStringLiteral("No source is quoted.")));
    QVERIFY(text.contains(QStringLiteral("0 events, 0 quoted passages from 0 sources")));
    QCOMPARE(test::PopplerTools::render(pdf, m_dir.filePath(QStringLiteral("empty"))).size(), pages);
}

void TestPdfReportWriter::sectionsCanBeLeftOut()
{
    ExportOptions bare = options();
    bare.sections = ReportSections { false, false, false, false, false };
    bare.handling.clear();
    int pages = 0;
    const QString pdf = write(m_content, bare, QStringLiteral("bare.pdf"), &pages);
    QVERIFY(!pdf.isEmpty());
    const QString text = test::PopplerTools::text(pdf);
    QVERIFY(!text.contains(QStringLiteral("CHRONOLOGY REPORT")));
    QVERIFY(!text.contains(QStringLiteral("Contents")));
    QVERIFY(!text.contains(QStringLiteral("SHA-256")));
    QVERIFY(!text.contains(QStringLiteral("Index of names")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(pages < m_a4Pages);
}

void TestPdfReportWriter::cancelStopsIt()
{
    int calls = 0;
    const Result<QByteArray, ExportError> pdf
        = PdfReportWriter::write(m_content, options(), [&calls](int, int) { return ++calls < 3; });
    QVERIFY(!pdf);
    QVERIFY(pdf.error().isCancelled());
    QCOMPARE(calls, 3);
}

QTEST_MAIN(TestPdfReportWriter)
#include "tst_pdfreportwriter.moc"
