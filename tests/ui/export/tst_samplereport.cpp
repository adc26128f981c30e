// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PopplerTools.h"
#include "TestData.h"
#include "export/ChronologyExporter.h"
#include "export/ExportContentLoader.h"
#include "export/ReportWording.h"
#include "sample/SampleProject.h"
#include "storage/Project.h"

#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// The sample project a new user starts with, exported as the report they would hand
// on. ANNALIST_KEEP_REPORTS=DIR keeps the PDFs to look at.
class TestSampleReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void reportHoldsTheSampleChronology_data();
    void reportHoldsTheSampleChronology();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestSampleReport::initTestCase()
{
    if (!test::PopplerTools::available())
        QSKIP("poppler-utils are not installed");
    m_path = m_dir.filePath(QStringLiteral("Sample - Port of Sorrel.annalist"));
    const Status built = SampleProject::ensureExists(m_path);
    QVERIFY2(built, built ? "" : qPrintable(built.error().message));
}

void TestSampleReport::reportHoldsTheSampleChronology_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("name");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("sample-a4.pdf");
    QTest::newRow("US Letter") << int(QPageSize::Letter) << QStringLiteral("sample-letter.pdf");
}

void TestSampleReport::reportHoldsTheSampleChronology()
{
    QFETCH(int, pageSize);
    QFETCH(QString, name);
    auto project = Project::open(m_path);
    QVERIFY(project);
    const auto content = ExportContentLoader(**project).load({});
    QVERIFY(content);
    QVERIFY(content->entries.size() >= 5);

    ExportOptions options;
    options.pageSize = QPageSize::PageSizeId(pageSize);
    options.title = QStringLiteral("The Port of Sorrel concession");
    options.analyst = QStringLiteral("Sample analyst");
    options.handling = QStringLiteral("SAMPLE — fictional events");
    const QString keep = qEnvironmentVariable("ANNALIST_KEEP_REPORTS");
    const QString path = (keep.isEmpty() ? m_dir.path() : keep) + u'/' + name;
    QFile::remove(path);
    const auto summary = ChronologyExporter(**project).exportTo(path, options);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->entries, int(content->entries.size()));

    QCOMPARE(test::PopplerTools::info(path, QStringLiteral("Pages")), QString::number(summary->pages));
    QCOMPARE(test::PopplerTools::info(path, QStringLiteral("Title")), options.title);
    QCOMPARE(test::PopplerTools::info(path, QStringLiteral("Author")), options.analyst);
    for (const auto &[font, embedded] : test::PopplerTools::fonts(path))
        QVERIFY2(embedded, qPrintable(font));
    const QString text = test::PopplerTools::text(path);
    for (const ChronologyEntry &entry : content->entries) {
        QVERIFY2(text.contains(entry.event.title.simplified()), qPrintable(entry.event.title));
        for (const EvidenceItem &item : entry.evidence)
            QVERIFY2(text.contains(ReportWording::quoted(item.evidence.quote)), qPrintable(item.evidence.quote));
    }
    for (const CitedSource &source : content->sources)
        QVERIFY2(text.contains(QStringLiteral("SHA-256 ") + ReportWording::sha256(source)), qPrintable(source.title));
    const QList<QImage> pages = test::PopplerTools::render(path, m_dir.filePath(name + QStringLiteral("-pages")));
    QCOMPARE(pages.size(), summary->pages);
    for (const QImage &page : pages)
        QVERIFY(test::PopplerTools::hasInk(page));
}

QTEST_MAIN(TestSampleReport)
#include "tst_samplereport.moc"
