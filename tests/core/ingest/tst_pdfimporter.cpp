// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ingest/PdfImporter.h"
#include "model/Source.h"

#include "TestData.h"

#include <QFont>
#include <QFontMetricsF>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

namespace {

const QString damagedMessage = QStringLiteral("the PDF is damaged or truncated");
const QString encryptedMessage = QStringLiteral("the PDF is encrypted (password protected)");
const QString noTextMessage = QStringLiteral("the PDF has no text layer (scanned pages need OCR first)");

// Writes a real PDF with Qt's own writer: one entry of `pages` per page, one line of
// text per line of each entry.
QByteArray writePdf(const QString &path, const QStringList &pages, const QString &title = {})
{
    QPdfWriter writer(path);
    if (!title.isEmpty())
        writer.setTitle(title);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    QPainter painter(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSize(12);
    painter.setFont(font);
    const qreal lineHeight = QFontMetricsF(font, &writer).lineSpacing() * 1.5;
    for (qsizetype index = 0; index < pages.size(); ++index) {
        if (index > 0)
            writer.newPage();
        qreal y = 300;
        for (const QString &line : pages.at(index).split(QLatin1Char('\n'))) {
            painter.drawText(QPointF(300, y), line);
            y += lineHeight;
        }
    }
    painter.end();
    return test::readFile(path);
}

// A PDF written byte by byte, for what QPdfWriter cannot set (the Author entry) or
// does not make (pages with only a picture).
QByteArray handMadePdf(const QByteArray &contentStream, const QByteArray &infoDictionary)
{
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> "
        ">>",
        "<< /Length " + QByteArray::number(contentStream.size()) + " >>\nstream\n" + contentStream + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        infoDictionary,
    };
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Info 6 0 R >>\nstartxref\n"
        + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

// PDF text string in UTF-16BE, as the standard wants for non-Latin-1 metadata.
QByteArray pdfTextString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (const QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).rightJustified(4, '0').toUpper();
    return hex + ">";
}

struct ProcessResult
{
    int exitCode = -1;
    QByteArray output;
    QByteArray errors;
};

ProcessResult run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    ProcessResult result;
    if (!process.waitForFinished(60000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.output = process.readAllStandardOutput();
    result.errors = process.readAllStandardError();
    return result;
}

// The text of one page as the importer keeps it: lines without trailing blanks, no
// blank lines above or below.
QString tidy(const QString &pageText)
{
    QStringList lines = pageText.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        while (!line.isEmpty() && line.back().isSpace())
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.constFirst().isEmpty())
        lines.removeFirst();
    while (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines.join(QLatin1Char('\n'));
}

QString pageText(const ImportedDocument &document, int page)
{
    const int start = document.pageOffsets.at(page);
    const int end
        = page + 1 < document.pageOffsets.size() ? document.pageOffsets.at(page + 1) - 2 : int(document.body.size());
    return document.body.mid(start, end - start);
}

} // namespace

class TestPdfImporter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pages_data();
    void pages();
    void emptyPageKeepsItsOffset();
    void nonAsciiText_data();
    void nonAsciiText();
    void titleFromMetadata();
    void titleFromFirstLine();
    void authorFromDocumentInfo();
    void creationDateIsNotPublication();
    void agreesWithPdftotext();
    void truncated_data();
    void truncated();
    void cutBeforeTheEndImportsReadablePages();
    void notAPdf_data();
    void notAPdf();
    void encryptedWithUserPassword();
    void ownerPasswordOnlyImports();
    void noTextLayer_data();
    void noTextLayer();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QByteArray qpdfEncrypt(const QByteArray &pdf, const QString &userPassword, const QString &name);

    QTemporaryDir m_dir;
};

void TestPdfImporter::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestPdfImporter::pages_data()
{
    QTest::addColumn<QStringList>("pages");

    QTest::newRow("one page") << QStringList { QStringLiteral("Only page of the report") };
    QTest::newRow("two pages") << QStringList { QStringLiteral("First page line one\nFirst page line two"),
                                                QStringLiteral("Second page text") };
    QStringList five;
    for (int i = 1; i <= 5; ++i)
        five << QStringLiteral("Page %1 marker\nmore words on page %1").arg(i);
    QTest::newRow("five pages") << five;
}

void TestPdfImporter::pages()
{
    QFETCH(QStringList, pages);

    const QByteArray pdf = writePdf(path(QStringLiteral("pages.pdf")), pages);
    QVERIFY(pdf.startsWith("%PDF"));
    const auto result = PdfImporter().import(pdf, QStringLiteral("pages.pdf"));
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
    const ImportedDocument &document = result.value();

    QCOMPARE(document.mediaType, QStringLiteral("application/pdf"));
    QCOMPARE(document.pageOffsets.size(), pages.size());
    QCOMPARE(document.pageOffsets.constFirst(), 0);
    QVERIFY(document.warnings.isEmpty());

    Source source;
    source.body = document.body;
    source.pageOffsets = document.pageOffsets;
    for (int page = 0; page < pages.size(); ++page) {
        QCOMPARE(pageText(document, page), pages.at(page));
        if (page > 0)
            QCOMPARE(document.body.mid(document.pageOffsets.at(page) - 2, 2), QStringLiteral("\n\n"));
        // Every character of a page's text maps back to that page.
        const int start = document.pageOffsets.at(page);
        const int last = start + int(pages.at(page).size()) - 1;
        QCOMPARE(source.pageAt(start), page + 1);
        QCOMPARE(source.pageAt(last), page + 1);
        const qsizetype found = document.body.indexOf(pages.at(page).split(QLatin1Char('\n')).constFirst());
        QCOMPARE(source.pageAt(int(found)), page + 1);
    }
    QCOMPARE(document.body, pages.join(QStringLiteral("\n\n")));
}

void TestPdfImporter::emptyPageKeepsItsOffset()
{
    const QByteArray pdf
        = writePdf(path(QStringLiteral("gap.pdf")), { QStringLiteral("Before"), QString(), QStringLiteral("After") });
    const auto result = PdfImporter().import(pdf, QStringLiteral("gap.pdf"));
    QVERIFY(result.hasValue());
    QCOMPARE(result->body, QStringLiteral("Before\n\n\n\nAfter"));
    QCOMPARE(result->pageOffsets, (QList<int> { 0, 8, 10 }));
    Source source;
    source.pageOffsets = result->pageOffsets;
    QCOMPARE(source.pageAt(int(result->body.indexOf(QStringLiteral("After")))), 3);
}

void TestPdfImporter::nonAsciiText_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("spanish") << QStringLiteral("Enrique Peña Nieto habló en Monterrey");
    QTest::newRow("german") << QStringLiteral("Treffen in Zürich am Dienstag");
    QTest::newRow("french") << QStringLiteral("Élysée: « déclaration » à 14 h");
    QTest::newRow("typographic quotes and dashes") << QStringLiteral("\u201CNo comment\u201D \u2013 said the minister");
}

void TestPdfImporter::nonAsciiText()
{
    QFETCH(QString, text);
    const QByteArray pdf = writePdf(path(QStringLiteral("unicode.pdf")), { text });
    const auto result = PdfImporter().import(pdf, QStringLiteral("unicode.pdf"));
    QVERIFY(result.hasValue());
    QCOMPARE(result->body, text);
}

void TestPdfImporter::titleFromMetadata()
{
    const QString title = QStringLiteral("Informe de situación: Peña Nieto en Zürich");
    const QByteArray pdf = writePdf(path(QStringLiteral("titled.pdf")), { QStringLiteral("Body line") }, title);
    const auto result = PdfImporter().import(pdf, QStringLiteral("titled.pdf"));
    QVERIFY(result.hasValue());
    QCOMPARE(result->title, title);
}

void TestPdfImporter::titleFromFirstLine()
{
    const QByteArray pdf
        = writePdf(path(QStringLiteral("untitled.pdf")), { QStringLiteral("\nSituation report 14\nSecond line") });
    const auto result = PdfImporter().import(pdf, QStringLiteral("untitled.pdf"));
    QVERIFY(result.hasValue());
    QCOMPARE(result->title, QStringLiteral("Situation report 14"));
}

void TestPdfImporter::authorFromDocumentInfo()
{
    const QByteArray pdf
        = handMadePdf("BT /F1 12 Tf 72 720 Td (Statement by the ministry) Tj ET",
                      "<< /Title (Ministry statement) /Author " + pdfTextString(QStringLiteral("Ana Peña")) + " >>");
    test::writeFile(path(QStringLiteral("authored.pdf")), pdf);
    const auto result = PdfImporter().import(pdf, QStringLiteral("authored.pdf"));
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
    QCOMPARE(result->author, QStringLiteral("Ana Peña"));
    QCOMPARE(result->title, QStringLiteral("Ministry statement"));
    QCOMPARE(result->body, QStringLiteral("Statement by the ministry"));
    QCOMPARE(result->pageOffsets, QList<int> { 0 });
}

void TestPdfImporter::creationDateIsNotPublication()
{
    const QByteArray pdf = handMadePdf("BT /F1 12 Tf 72 720 Td (Dated file) Tj ET",
                                       "<< /CreationDate (D:20240930120000Z) /ModDate (D:20241001120000Z) >>");
    const auto result = PdfImporter().import(pdf, QStringLiteral("dated.pdf"));
    QVERIFY(result.hasValue());
    QVERIFY(!result->published.isKnown());
    QCOMPARE(result->published.toEdtf(), QString());
}

void TestPdfImporter::agreesWithPdftotext()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    QVERIFY2(!pdftotext.isEmpty(), "pdftotext (poppler-utils) is needed for this test");

    const QStringList pages
        = { QStringLiteral("Rubio meets Sheinbaum\nin Mexico City"), QStringLiteral("Zürich, 3 June") };
    const QString file = path(QStringLiteral("compare.pdf"));
    const QByteArray pdf = writePdf(file, pages);
    const auto result = PdfImporter().import(pdf, QStringLiteral("compare.pdf"));
    QVERIFY(result.hasValue());

    const ProcessResult converted
        = run(pdftotext, { QStringLiteral("-enc"), QStringLiteral("UTF-8"), file, QStringLiteral("-") });
    QCOMPARE(converted.exitCode, 0);
    QStringList reference = QString::fromUtf8(converted.output).split(QLatin1Char('\f'));
    if (!reference.isEmpty() && reference.constLast().trimmed().isEmpty())
        reference.removeLast(); // pdftotext ends every page, the last one too, with a form feed
    QCOMPARE(reference.size(), result->pageOffsets.size());
    for (int page = 0; page < reference.size(); ++page)
        QCOMPARE(pageText(result.value(), page), tidy(reference.at(page)));
}

void TestPdfImporter::truncated_data()
{
    QTest::addColumn<double>("fraction");

    QTest::newRow("first half") << 0.5;
    QTest::newRow("first tenth") << 0.1;
    QTest::newRow("first 90%") << 0.9;
    QTest::newRow("all but the last bytes") << 0.995;
    QTest::newRow("header only") << 0.0;
}

void TestPdfImporter::truncated()
{
    QFETCH(double, fraction);

    QStringList pages;
    for (int i = 1; i <= 6; ++i)
        pages << QStringLiteral("Page %1 of the long report\nwith a second line").arg(i);
    const QByteArray pdf = writePdf(path(QStringLiteral("whole.pdf")), pages);
    QVERIFY(pdf.size() > 1000);
    const qsizetype keep = std::max<qsizetype>(16, qsizetype(pdf.size() * fraction));
    const QByteArray cut = pdf.left(keep);

    const auto result = PdfImporter().import(cut, QStringLiteral("cut.pdf"));
    if (!result.hasValue()) {
        QCOMPARE(result.error().message, damagedMessage);
        return;
    }
    // Poppler can rebuild a damaged file; then the readable pages come in, with a warning.
    QVERIFY(!result->warnings.isEmpty());
    QVERIFY(result->warnings.constFirst().contains(QStringLiteral("truncated")));
    QVERIFY(!result->body.trimmed().isEmpty());
    QVERIFY(!result->pageOffsets.isEmpty());
    QCOMPARE(result->pageOffsets.constFirst(), 0);
    QVERIFY(std::is_sorted(result->pageOffsets.cbegin(), result->pageOffsets.cend()));
    QVERIFY(result->pageOffsets.constLast() <= result->body.size());
}

void TestPdfImporter::cutBeforeTheEndImportsReadablePages()
{
    // Every object survived but the cross-reference table and the end marker did
    // not; poppler rebuilds the table by scanning, so the text is still there.
    const QByteArray whole
        = handMadePdf("BT /F1 12 Tf 72 720 Td (Everything that matters) Tj ET", "<< /Title (Cut) >>");
    const QByteArray cut = whole.left(whole.indexOf("xref")) + "trailer\n<< /Size 7 /Root 1 0 R >>\n";
    QVERIFY(!cut.contains("%%EOF"));

    const auto result = PdfImporter().import(cut, QStringLiteral("cut.pdf"));
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
    QCOMPARE(result->body, QStringLiteral("Everything that matters"));
    QCOMPARE(result->warnings.size(), 1);
    QVERIFY(result->warnings.constFirst().contains(QStringLiteral("truncated")));
}

void TestPdfImporter::notAPdf_data()
{
    QTest::addColumn<QByteArray>("bytes");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("html") << QByteArray("<html><body>Not a PDF</body></html>");
    QTest::newRow("header and garbage") << QByteArray("%PDF-1.7\n") + QByteArray(4096, '\x01');
}

void TestPdfImporter::notAPdf()
{
    QFETCH(QByteArray, bytes);
    const auto result = PdfImporter().import(bytes, QStringLiteral("broken.pdf"));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().message, damagedMessage);
}

QByteArray TestPdfImporter::qpdfEncrypt(const QByteArray &pdf, const QString &userPassword, const QString &name)
{
    const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
    if (qpdf.isEmpty())
        return {};
    const QString input = path(name + QStringLiteral("-plain.pdf"));
    const QString output = path(name + QStringLiteral(".pdf"));
    if (!test::writeFile(input, pdf))
        return {};
    const ProcessResult encrypted = run(qpdf,
                                        { QStringLiteral("--encrypt"), userPassword, QStringLiteral("owner-secret"),
                                          QStringLiteral("256"), QStringLiteral("--"), input, output });
    // qpdf exits with 3 when it only warns.
    if (encrypted.exitCode != 0 && encrypted.exitCode != 3) {
        qWarning("qpdf failed: %s", encrypted.errors.constData());
        return {};
    }
    return test::readFile(output);
}

void TestPdfImporter::encryptedWithUserPassword()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty(),
             "qpdf is needed for this test (apt-get install qpdf)");
    const QByteArray plain
        = writePdf(path(QStringLiteral("secret-source.pdf")), { QStringLiteral("Confidential briefing") });
    const QByteArray encrypted = qpdfEncrypt(plain, QStringLiteral("user-secret"), QStringLiteral("secret"));
    QVERIFY(!encrypted.isEmpty());
    QVERIFY(encrypted.contains("/Encrypt"));

    const auto result = PdfImporter().import(encrypted, QStringLiteral("secret.pdf"));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().message, encryptedMessage);
    QVERIFY(!result.error().message.contains(QStringLiteral("secret.pdf")));
}

void TestPdfImporter::ownerPasswordOnlyImports()
{
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("qpdf")).isEmpty(),
             "qpdf is needed for this test (apt-get install qpdf)");
    const QStringList pages = { QStringLiteral("Restricted printing only"), QStringLiteral("Peña Nieto en Zürich") };
    const QByteArray plain = writePdf(path(QStringLiteral("owner-source.pdf")), pages);
    const QByteArray encrypted = qpdfEncrypt(plain, QString(), QStringLiteral("owner-only"));
    QVERIFY(!encrypted.isEmpty());
    QVERIFY(encrypted.contains("/Encrypt"));

    const auto result = PdfImporter().import(encrypted, QStringLiteral("owner-only.pdf"));
    QVERIFY2(result.hasValue(), qPrintable(result.hasValue() ? QString() : result.error().message));
    QCOMPARE(result->body, pages.join(QStringLiteral("\n\n")));
    QCOMPARE(result->pageOffsets.size(), 2);
}

void TestPdfImporter::noTextLayer_data()
{
    QTest::addColumn<QString>("kind");

    QTest::newRow("scanned image") << QStringLiteral("image");
    QTest::newRow("vector drawing only") << QStringLiteral("vector");
}

void TestPdfImporter::noTextLayer()
{
    QFETCH(QString, kind);

    QByteArray pdf;
    if (kind == QLatin1String("image")) {
        const QString file = path(QStringLiteral("scan.pdf"));
        {
            QPdfWriter writer(file);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QPainter painter(&writer);
            QImage scan(400, 560, QImage::Format_Grayscale8);
            scan.fill(Qt::white);
            for (int y = 40; y < 520; y += 12) {
                for (int x = 40; x < 360; ++x)
                    scan.setPixel(x, y, qRgb(20, 20, 20));
            }
            painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), scan);
            writer.newPage();
            painter.drawImage(QRectF(0, 0, writer.width(), writer.height()), scan);
        }
        pdf = test::readFile(file);
    } else {
        pdf = handMadePdf("0.5 g 72 72 200 300 re f", "<< /Title (Chart) >>");
    }
    QVERIFY(pdf.startsWith("%PDF"));
    const auto result = PdfImporter().import(pdf, QStringLiteral("scan.pdf"));
    QVERIFY(!result.hasValue());
    QCOMPARE(result.error().message, noTextMessage);
}

QTEST_MAIN(TestPdfImporter)
#include "tst_pdfimporter.moc"
