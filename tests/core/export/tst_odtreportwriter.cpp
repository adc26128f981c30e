// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFixture.h"
#include "TestData.h"
#include "export/ExportContentLoader.h"
#include "export/ExportOptions.h"
#include "export/OdtReportWriter.h"
#include "export/ReportWording.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>

using namespace annalist;

// The report as an OpenDocument text, looked into with unzip.
class TestOdtReportWriter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void isAnOpenDocumentText();
    void holdsTheChronologyAndItsQuotes();
    void hasTheTimelineAsAPicture();
    void documentHasTheSectionsAsHeadings();

private:
    QByteArray unzip(const QStringList &arguments);
    test::ProjectFixture m_fixture;
    ExportContent m_content;
    QTemporaryDir m_dir;
    QString m_path;
};

QByteArray TestOdtReportWriter::unzip(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("unzip %s: %s", qPrintable(arguments.join(u' ')), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

void TestOdtReportWriter::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty())
        QSKIP("unzip is not installed");
    QVERIFY(m_fixture.create());
    QVERIFY(test::ExportFixture::fill(m_fixture));
    const Result<ExportContent> content = ExportContentLoader(m_fixture.project()).load({});
    QVERIFY(content);
    m_content = *content;
    ExportOptions options;
    options.format = ExportFormat::Odt;
    options.title = QStringLiteral("The Port of Sorrel concession");
    options.generatedAt = test::ExportFixture::generatedAt();
    const Result<QByteArray, ExportError> odt = OdtReportWriter::write(m_content, options);
    QVERIFY2(odt, odt ? "" : qPrintable(odt.error().message));
    m_path = m_dir.filePath(QStringLiteral("report.odt"));
    QVERIFY(test::writeFile(m_path, *odt));
}

void TestOdtReportWriter::isAnOpenDocumentText()
{
    // The mimetype entry comes first and uncompressed, as ODF requires.
    const QByteArray bytes = test::readFile(m_path);
    QVERIFY(bytes.startsWith("PK"));
    QCOMPARE(bytes.mid(30, 8), QByteArray("mimetype"));
    QCOMPARE(unzip({ QStringLiteral("-p"), m_path, QStringLiteral("mimetype") }),
             QByteArray("application/vnd.oasis.opendocument.text"));
    const QByteArray listing = unzip({ QStringLiteral("-l"), m_path });
    QVERIFY(listing.contains("content.xml"));
    QVERIFY(listing.contains("META-INF/manifest.xml"));
}

void TestOdtReportWriter::holdsTheChronologyAndItsQuotes()
{
    const QString content = QString::fromUtf8(unzip({ QStringLiteral("-p"), m_path, QStringLiteral("content.xml") }));
    QVERIFY(!content.isEmpty());
    QVERIFY(content.contains(QStringLiteral("The Port of Sorrel concession")));
    for (const ChronologyEntry &entry : m_content.entries) {
        QVERIFY2(content.contains(entry.event.title.toHtmlEscaped()), qPrintable(entry.event.title));
        for (const EvidenceItem &item : entry.evidence) {
            // Quote marks are written as entities or as themselves; compare without them.
            QString quote = ReportWording::quoted(item.evidence.quote);
            quote.remove(u'"');
            QString text = content;
            text.replace(QStringLiteral("&quot;"), QString()).remove(u'"');
            QVERIFY2(text.contains(quote.toHtmlEscaped().replace(QStringLiteral("&quot;"), QString())),
                     qPrintable(quote));
        }
    }
    QVERIFY(content.contains(QStringLiteral("SHA-256 ")));
    QVERIFY(content.contains(QStringLiteral("Index of names")));
}

void TestOdtReportWriter::hasTheTimelineAsAPicture()
{
    const QByteArray listing = unzip({ QStringLiteral("-l"), m_path });
    QVERIFY2(listing.contains("Pictures/"), listing.constData());
    const QString content = QString::fromUtf8(unzip({ QStringLiteral("-p"), m_path, QStringLiteral("content.xml") }));
    QVERIFY(content.contains(QStringLiteral("draw:image")));
}

void TestOdtReportWriter::documentHasTheSectionsAsHeadings()
{
    ExportOptions options;
    std::unique_ptr<QTextDocument> document(OdtReportWriter::document(m_content, options));
    QStringList headings;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 1)
            headings << block.text();
    }
    QCOMPARE(headings,
             (QStringList { QStringLiteral("Contents"), QStringLiteral("Timeline"), QStringLiteral("Chronology"),
                            QStringLiteral("Sources"), QStringLiteral("Index of names") }));
    QCOMPARE(document->metaInformation(QTextDocument::DocumentTitle), QStringLiteral("fixture"));
}

QTEST_MAIN(TestOdtReportWriter)
#include "tst_odtreportwriter.moc"
