// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFixture.h"
#include "GoldenFile.h"
#include "common/CsvReader.h"
#include "export/ChronologyCsvWriter.h"
#include "export/ExportContentLoader.h"
#include "export/ExportOptions.h"
#include "storage/Project.h"

#include <QDateTime>
#include <QTest>

using namespace annalist;

// The chronology as a CSV table, compared with golden files and read back as CSV.
class TestChronologyCsvWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void matchesTheGoldenFile_data();
    void matchesTheGoldenFile();
    void readsBackAsOneRowPerPassage();
    void guardsFormulasAndQuotesFields();
    void emptyChronologyIsTheHeaderAlone();
    void attributionSaysWhoChangedEachEventAndPassage();

private:
    ExportContent load(const ChronologyFilter &filter = {});
    test::ProjectFixture m_fixture;
};

void TestChronologyCsvWriter::init()
{
    QVERIFY(m_fixture.create());
    QVERIFY(test::ExportFixture::fill(m_fixture));
}

void TestChronologyCsvWriter::cleanup()
{
    m_fixture.close();
}

ExportContent TestChronologyCsvWriter::load(const ChronologyFilter &filter)
{
    const Result<ExportContent> content = ExportContentLoader(m_fixture.project()).load(filter);
    if (!content)
        qWarning("%s", qPrintable(content.error().message));
    return content ? *content : ExportContent {};
}

void TestChronologyCsvWriter::matchesTheGoldenFile_data()
{
    QTest::addColumn<bool>("byteOrderMark");
    QTest::addColumn<QString>("lane");
    QTest::addColumn<QString>("golden");
    QTest::newRow("whole chronology") << false << QString() << QStringLiteral("core/export/golden/fixture.csv");
    QTest::newRow("with byte order mark, one lane")
        << true << QStringLiteral("Tender") << QStringLiteral("core/export/golden/fixture-tender-bom.csv");
}

void TestChronologyCsvWriter::matchesTheGoldenFile()
{
    QFETCH(bool, byteOrderMark);
    QFETCH(QString, lane);
    QFETCH(QString, golden);
    ChronologyFilter filter;
    filter.lane = lane;
    ExportOptions options;
    options.format = ExportFormat::Csv;
    options.byteOrderMark = byteOrderMark;
    const QByteArray csv = ChronologyCsvWriter::write(load(filter), options);
    QCOMPARE(csv.startsWith("\xEF\xBB\xBF"), byteOrderMark);
    const QString difference = test::GoldenFile::difference(golden, csv);
    QVERIFY2(difference.isEmpty(), qPrintable(difference));
}

void TestChronologyCsvWriter::readsBackAsOneRowPerPassage()
{
    const ExportContent content = load();
    const QByteArray csv = ChronologyCsvWriter::write(content, ExportOptions {});
    QString error;
    const QList<CsvReader::Record> records = CsvReader::read(QString::fromUtf8(csv), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    // The header, a row for each of the nine passages and one for each of the two
    // events without any.
    QCOMPARE(records.size(), 1 + 9 + 2);
    const QStringList header = records.first().fields;
    QCOMPARE(header, ChronologyCsvWriter::columns());
    for (const CsvReader::Record &record : records)
        QCOMPARE(record.fields.size(), header.size());
    const auto column = [&header](const char *name) {
        return int(header.indexOf(QString::fromLatin1(name)));
    };
    // Every passage's quote, exactly, in the order of the chronology.
    QStringList quotes;
    for (qsizetype i = 1; i < records.size(); ++i)
        quotes << records.at(i).fields.at(column("quote"));
    QStringList expected;
    for (const ChronologyEntry &entry : content.entries) {
        if (entry.evidence.isEmpty())
            expected << QString();
        for (const EvidenceItem &item : entry.evidence)
            expected << item.evidence.quote;
    }
    QCOMPARE(quotes, expected);
    // Rows of one event share its number and fields.
    QCOMPARE(records.at(1).fields.at(column("event")), QStringLiteral("1"));
    QCOMPARE(records.at(1).fields.at(column("title")), QStringLiteral("Tender announced"));
    QCOMPARE(records.at(1).fields.at(column("time")), QStringLiteral("../2024-09-30"));
    const CsvReader::Record award = records.at(7);
    QCOMPARE(award.fields.at(column("title")), QStringLiteral("Concession awarded to Bellwether Marine"));
    QCOMPARE(
        award.fields.at(column("participants")),
        QStringLiteral(
            "Kestrian Ministry of Transport (awarding body) [Organisation]; Bellwether Marine (winner) [Organisation]; "
            "Adrian Pell (chair of the tender board)"));
    QCOMPARE(award.fields.at(column("description")),
             QStringLiteral("A 30-year concession to operate the container terminal.\nRivals were eliminated in the "
                            "final round, the ministry says."));
    QCOMPARE(award.fields.at(column("grade")), QStringLiteral("B"));
}

void TestChronologyCsvWriter::guardsFormulasAndQuotesFields()
{
    const QByteArray csv = ChronologyCsvWriter::write(load(), ExportOptions {});
    // A description that starts like a formula is kept from running as one.
    QVERIFY(csv.contains(",\"'=HYPERLINK(\"\"x\"\") is what a formula looks like; # not a heading, *not* emphasis\","));
    QVERIFY(!csv.contains(",=HYPERLINK"));
    // RFC 4180: CRLF after every record, quotes doubled inside quoted fields.
    QVERIFY(csv.endsWith("\r\n"));
    QCOMPARE(csv.count("\r\n"), 12);
    QVERIFY(csv.contains(",\"\"\"The criteria were fair; every bidder knew them.\"\"\",,"));
}

void TestChronologyCsvWriter::emptyChronologyIsTheHeaderAlone()
{
    ChronologyFilter nothing;
    nothing.text = QStringLiteral("no event has this word: xyzzy");
    const QByteArray csv = ChronologyCsvWriter::write(load(nothing), ExportOptions {});
    QCOMPARE(csv, ChronologyCsvWriter::columns().join(u',').toUtf8() + "\r\n");
}

void TestChronologyCsvWriter::attributionSaysWhoChangedEachEventAndPassage()
{
    ExportOptions options;
    options.attribution = true;
    const qint64 startedAt = QDateTime::currentMSecsSinceEpoch();
    const QByteArray csv = ChronologyCsvWriter::write(load(), options);
    QString error;
    const QList<CsvReader::Record> records = CsvReader::read(QString::fromUtf8(csv), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(records.first().fields, ChronologyCsvWriter::columns() + ChronologyCsvWriter::attributionColumns());
    const QStringList header = records.first().fields;
    const auto cell = [&header](const CsvReader::Record &record, const char *name) {
        return record.fields.value(header.indexOf(QString::fromLatin1(name)));
    };
    // The fixture's events and passages were all written by this account just now.
    const QString self = m_fixture.project().userName();
    QVERIFY(!self.isEmpty());
    int passages = 0;
    for (qsizetype i = 1; i < records.size(); ++i) {
        const CsvReader::Record &record = records.at(i);
        QCOMPARE(record.fields.size(), header.size());
        QCOMPARE(cell(record, "event changed by"), self);
        const QDateTime eventAt = QDateTime::fromString(cell(record, "event changed at"), Qt::ISODate);
        QVERIFY2(eventAt.isValid() && cell(record, "event changed at").endsWith(u'Z'),
                 qPrintable(cell(record, "event changed at")));
        QVERIFY(eventAt.toMSecsSinceEpoch() > startedAt - 10 * 60 * 1000);
        if (cell(record, "quote").isEmpty()) {
            QVERIFY(cell(record, "passage changed by").isEmpty());
            QVERIFY(cell(record, "passage changed at").isEmpty());
            continue;
        }
        ++passages;
        QCOMPARE(cell(record, "passage changed by"), self);
        QVERIFY(QDateTime::fromString(cell(record, "passage changed at"), Qt::ISODate).isValid());
    }
    QCOMPARE(passages, 9);
}

QTEST_MAIN(TestChronologyCsvWriter)
#include "tst_chronologycsvwriter.moc"
