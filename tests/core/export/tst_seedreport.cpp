// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GoldenFile.h"
#include "PopplerTools.h"
#include "ProjectFixture.h"
#include "TestData.h"
#include "chronology/RoleTable.h"
#include "export/ChronologyExporter.h"
#include "export/ExportContentLoader.h"
#include "export/ReportWording.h"
#include "import/ChronologyImporter.h"
#include "ingest/SourceImporter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// A project made from the seed articles: the sources imported as they are, a table of
// who held which office when, and a chronology kept as CSV with quotes copied by hand
// (other apostrophes, other spacing) brought in and exported as a report.
// ANNALIST_KEEP_REPORTS=DIR keeps the reports to look at.
class TestSeedReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyQuoteWasAnchored();
    void reportHoldsTheChronology_data();
    void reportHoldsTheChronology();
    void appendixHasEveryQuotedSourceWithItsDigest();
    void undatedSourcesAreDatedByTheirTitles();
    void htmlReportToo();

private:
    QString output(const QString &name) const;
    test::ProjectFixture m_fixture;
    QTemporaryDir m_dir;
    ChronologyImportReport m_import;
    ExportContent m_content;
};

QString TestSeedReport::output(const QString &name) const
{
    const QString keep = qEnvironmentVariable("ANNALIST_KEEP_REPORTS");
    return (keep.isEmpty() ? m_dir.path() : keep) + u'/' + name;
}

void TestSeedReport::initTestCase()
{
    if (test::seedsDirectory().isEmpty())
        QSKIP("the shared seed articles are not beside this checkout");
    if (!test::PopplerTools::available())
        QSKIP("poppler-utils are not installed");
    QVERIFY(m_fixture.create());
    SourceImporter importer(m_fixture.project());
    const ImportReport imported = importer.importPaths({ test::seedsDirectory() });
    QCOMPARE(imported.count(ImportOutcome::Kind::Imported), 5);
    const auto roles = RoleTable::parse(
        QString::fromUtf8(test::readFile(test::GoldenFile::path(QStringLiteral("core/export/data/seed-roles.csv")))),
        QStringLiteral("seed-roles.csv"));
    QVERIFY(roles);
    QVERIFY(RoleTable::apply(m_fixture.project(), *roles));
    const auto report = ChronologyImporter(m_fixture.project())
                            .importFile(test::GoldenFile::path(QStringLiteral("core/export/data/seed-chronology.csv")));
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    m_import = *report;
    const auto content = ExportContentLoader(m_fixture.project()).load({});
    QVERIFY(content);
    m_content = *content;
}

void TestSeedReport::everyQuoteWasAnchored()
{
    QVERIFY2(m_import.problems.isEmpty(), qPrintable(m_import.problems.join(u'\n')));
    QCOMPARE(m_import.events, 9);
    QCOMPARE(m_import.passages, 13);
    // Mexico City, Washington, the Caribbean Sea, Mexico's Security Cabinet, Ted Cruz and
    // Juan Ramon de la Fuente became entities; Sheinbaum and Rubio came with the roles.
    QCOMPARE(m_import.entitiesCreated, 6);
    // The passage is the source's text, with its own apostrophe and spacing.
    bool curly = false;
    for (const ChronologyEntry &entry : m_content.entries) {
        for (const EvidenceItem &item : entry.evidence)
            curly = curly || item.evidence.quote.startsWith(QStringLiteral("Mexico’s Security Cabinet is set to meet"));
    }
    QVERIFY(curly);
}

void TestSeedReport::reportHoldsTheChronology_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<QString>("name");
    QTest::newRow("A4") << int(QPageSize::A4) << QStringLiteral("seeds-a4.pdf");
    QTest::newRow("US Letter") << int(QPageSize::Letter) << QStringLiteral("seeds-letter.pdf");
}

void TestSeedReport::reportHoldsTheChronology()
{
    QFETCH(int, pageSize);
    QFETCH(QString, name);
    ExportOptions options;
    options.format = ExportFormat::Pdf;
    options.pageSize = QPageSize::PageSizeId(pageSize);
    options.title = QStringLiteral("US–Mexico security talks, 2024–2025");
    options.analyst = QStringLiteral("Desk B");
    options.handling = QStringLiteral("FOR TRAINING — open sources only");
    const QString path = output(name);
    QFile::remove(path);
    const auto summary = ChronologyExporter(m_fixture.project()).exportTo(path, options);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->entries, 9);
    QCOMPARE(summary->citations, 13);
    QCOMPARE(summary->sources, 5);
    QCOMPARE(test::PopplerTools::info(path, QStringLiteral("Pages")), QString::number(summary->pages));
    QCOMPARE(test::PopplerTools::info(path, QStringLiteral("Author")), QStringLiteral("Desk B"));
    for (const auto &[font, embedded] : test::PopplerTools::fonts(path))
        QVERIFY2(embedded, qPrintable(font));
    const QString text = test::PopplerTools::text(path);
    for (const ChronologyEntry &entry : m_content.entries) {
        QVERIFY2(text.contains(entry.event.title), qPrintable(entry.event.title));
        for (const EvidenceItem &item : entry.evidence)
            QVERIFY2(text.contains(ReportWording::quoted(item.evidence.quote)), qPrintable(item.evidence.quote));
    }
    QVERIFY(text.contains(QStringLiteral("Conflict (contradiction)")));
    // Two passages of one source are cited once, with both marks.
    QVERIFY(text.contains(QStringLiteral("Supported by Enhanced Security Collaboration between the…10,11.")));
    QVERIFY(text.contains(QStringLiteral("Marco Rubio (person)")));
    const QList<QImage> pages = test::PopplerTools::render(path, m_dir.filePath(name + QStringLiteral("-pages")));
    QCOMPARE(pages.size(), summary->pages);
    for (const QImage &page : pages)
        QVERIFY(test::PopplerTools::hasInk(page));
}

void TestSeedReport::appendixHasEveryQuotedSourceWithItsDigest()
{
    const QString path = output(QStringLiteral("seeds-a4.pdf"));
    const QString text = test::PopplerTools::text(path);
    // The digest the report gives is the file's own.
    const QDir seeds(test::seedsDirectory());
    for (const QString &name : seeds.entryList(QDir::Files)) {
        const QByteArray digest
            = QCryptographicHash::hash(test::readFile(seeds.filePath(name)), QCryptographicHash::Sha256).toHex();
        QVERIFY2(text.contains(QStringLiteral("SHA-256 ") + QString::fromLatin1(digest)), qPrintable(name));
    }
    for (const CitedSource &source : m_content.sources)
        QVERIFY2(text.contains(source.title), qPrintable(source.title));
}

void TestSeedReport::undatedSourcesAreDatedByTheirTitles()
{
    // The first seed calls Rubio "Senator" and Sheinbaum "President-elect".
    const auto it = std::find_if(m_content.sources.cbegin(), m_content.sources.cend(), [](const CitedSource &source) {
        return source.title.startsWith(QStringLiteral("US and Mexico Pledge"));
    });
    QVERIFY(it != m_content.sources.cend());
    QVERIFY(!it->published.isKnown());
    QCOMPARE(it->inferredWindow.toEdtf(), QStringLiteral("2024-06-03/2024-09-30?"));
    QCOMPARE(
        ReportWording::publication(*it),
        QStringLiteral("undated; written between 3 Jun and 30 Sep 2024 (inferred from the titles it gives people)"));
    QVERIFY(test::PopplerTools::text(output(QStringLiteral("seeds-a4.pdf")))
                .contains(QStringLiteral(
                    "undated; written between 3 Jun and 30 Sep 2024 (inferred from the titles it gives people)")));
}

void TestSeedReport::htmlReportToo()
{
    ExportOptions options;
    options.format = ExportFormat::Html;
    const QString path = output(QStringLiteral("seeds.html"));
    QFile::remove(path);
    const auto summary = ChronologyExporter(m_fixture.project()).exportTo(path, options);
    QVERIFY(summary);
    const QString html = QString::fromUtf8(test::readFile(path));
    for (const ChronologyEntry &entry : m_content.entries)
        QVERIFY(html.contains(entry.event.title.toHtmlEscaped()));
    QCOMPARE(html.count(QStringLiteral("<li id=\"note-")), 13);
    QVERIFY(html.contains(QStringLiteral(
        "<sup><a href=\"#note-10\" id=\"ref-10\">10</a>,<a href=\"#note-11\" id=\"ref-11\">11</a></sup>")));
}

QTEST_MAIN(TestSeedReport)
#include "tst_seedreport.moc"
