// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFixture.h"
#include "GoldenFile.h"
#include "TestData.h"
#include "export/ChronologyCsvWriter.h"
#include "export/ExportContentLoader.h"
#include "export/ExportOptions.h"
#include "export/TimelineJsonWriter.h"
#include "import/ChronologyImporter.h"
#include "storage/EntityRepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// Chronologies kept as CSV or TimelineJS3 JSON brought into a project: a round trip
// through export and import gives the same file, quotes are anchored in their sources,
// and what cannot be anchored is reported by row.
class TestChronologyImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportImportExportGivesTheSameFile_data();
    void exportImportExportGivesTheSameFile();
    void anchorsQuotesAndReportsTheRest();
    void makesMissingEntitiesAndFindsKnownOnes();
    void readsTimelineJsFromElsewhere();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void cancelLeavesNothing();

private:
    // A copy of the fixture's project with its sources, names and mentions, but no events.
    std::unique_ptr<Project> copyWithoutEvents();
    QByteArray exported(Project &project, ExportFormat format);
    int eventCount(Project &project);

    test::ProjectFixture m_fixture;
    QTemporaryDir m_dir;
};

void TestChronologyImporter::init()
{
    QVERIFY(m_fixture.create());
    QVERIFY(test::ExportFixture::fill(m_fixture));
}

void TestChronologyImporter::cleanup()
{
    m_fixture.close();
}

std::unique_ptr<Project> TestChronologyImporter::copyWithoutEvents()
{
    static int copies = 0;
    const QString path = m_fixture.copy(QStringLiteral("copy-%1").arg(++copies));
    if (path.isEmpty())
        return {};
    auto copy = Project::open(path);
    if (!copy)
        return {};
    const auto events = (*copy)->events().list();
    for (const Event &event : *events)
        (void)(*copy)->events().remove(event.id);
    return std::move(*copy);
}

QByteArray TestChronologyImporter::exported(Project &project, ExportFormat format)
{
    const Result<ExportContent> content = ExportContentLoader(project).load({});
    if (!content)
        return {};
    ExportOptions options;
    options.format = format;
    options.generatedAt = test::ExportFixture::generatedAt();
    // The same title whatever the file's name.
    options.title = QStringLiteral("Port of Sorrel");
    return format == ExportFormat::Csv ? ChronologyCsvWriter::write(*content, options)
                                       : TimelineJsonWriter::write(*content, options);
}

int TestChronologyImporter::eventCount(Project &project)
{
    const auto events = project.events().list();
    return events ? int(events->size()) : -1;
}

void TestChronologyImporter::exportImportExportGivesTheSameFile_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("fileName");
    QTest::newRow("csv") << int(ExportFormat::Csv) << QStringLiteral("chronology.csv");
    QTest::newRow("json") << int(ExportFormat::Json) << QStringLiteral("chronology.json");
}

void TestChronologyImporter::exportImportExportGivesTheSameFile()
{
    QFETCH(int, format);
    QFETCH(QString, fileName);
    const QByteArray first = exported(m_fixture.project(), ExportFormat(format));
    QVERIFY(!first.isEmpty());
    const QString path = m_dir.filePath(fileName);
    QVERIFY(test::writeFile(path, first));

    std::unique_ptr<Project> copy = copyWithoutEvents();
    QVERIFY(copy);
    QCOMPARE(eventCount(*copy), 0);
    const auto report = ChronologyImporter(*copy).importFile(path);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->events, 6);
    QCOMPARE(report->passages, 9);
    QCOMPARE(report->entitiesCreated, 0);
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(u'\n')));
    const QByteArray second = exported(*copy, ExportFormat(format));
    const QString difference = test::GoldenFile::firstDifference(first, second);
    QVERIFY2(difference.isEmpty(), qPrintable(QStringLiteral("the second export differs at line ") + difference));
}

void TestChronologyImporter::anchorsQuotesAndReportsTheRest()
{
    std::unique_ptr<Project> copy = copyWithoutEvents();
    QVERIFY(copy);
    const QString path = m_dir.filePath(QStringLiteral("kept-elsewhere.csv"));
    QVERIFY(test::writeFile(path,
                            "Title,Time,Source,Quote,Stance\n"
                            // Straight quotes and a line break where the source has curly ones and a space.
                            "Hearing called,2025-02-14,Opposition alleges the tender was rigged,\"the hearing "
                            "will\nshow \"\"who knew what, and when\"\"\",supports\n"
                            // The source by id.
                            "Payments approved,2025-01,#3,The payments to Greyfield Advisory,supports\n"
                            // No source: found in whichever has it.
                            "Criteria fair,,,every bidder knew them,contradicts\n"
                            // Not in the source it names, and a source that does not exist.
                            "Wrong source,,Undated brief,every bidder knew them,supports\n"
                            "No such source,,The Daily Planet,every bidder knew them,supports\n"
                            "Nowhere,2025,,a sentence no source has,mentions\n"));
    const auto report = ChronologyImporter(*copy).importFile(path);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->events, 6);
    QCOMPARE(report->passages, 3);
    QCOMPARE(report->problems,
             (QStringList {
                 QStringLiteral("kept-elsewhere.csv:6: “every bidder knew them” is not in “Undated brief”"),
                 QStringLiteral("kept-elsewhere.csv:7: no source titled “The Daily Planet” (or with that id) for "
                                "“every bidder knew them”"),
                 QStringLiteral("kept-elsewhere.csv:8: “a sentence no source has” is in no source of the project") }));

    const Result<ExportContent> content = ExportContentLoader(*copy).load({});
    QVERIFY(content);
    QStringList quotes;
    for (const ChronologyEntry &entry : content->entries) {
        for (const EvidenceItem &item : entry.evidence)
            quotes << item.sourceTitle + QStringLiteral(": ") + item.evidence.quote;
    }
    quotes.sort();
    // Each passage is the source's own text, not the copy's.
    QCOMPARE(
        quotes,
        (QStringList {
            QStringLiteral("Concession awarded to Bellwether Marine: every bidder knew them"),
            QStringLiteral("Opposition alleges the tender was rigged: the hearing will show “who knew what, and when”"),
            QStringLiteral("Undated brief: The payments to Greyfield Advisory") }));
}

void TestChronologyImporter::makesMissingEntitiesAndFindsKnownOnes()
{
    std::unique_ptr<Project> copy = copyWithoutEvents();
    QVERIFY(copy);
    QVERIFY(copy->entities().addAlias(copy->entities().findByName(QStringLiteral("Adrian Pell"))->first().id,
                                      QStringLiteral("A. Pell")));
    const QString path = m_dir.filePath(QStringLiteral("names.csv"));
    QVERIFY(test::writeFile(path,
                            "title,place,participants\n"
                            "Meeting,Harbour Hall,A. Pell (host); Greyfield Advisory [Organization]; lina okoro\n"
                            "Second meeting,Harbour Hall,Greyfield Advisory [Organisation]\n"));
    const auto report = ChronologyImporter(*copy).importFile(path);
    QVERIFY(report);
    // Harbour Hall and Greyfield Advisory are new; Pell is known by an alias, Okoro by
    // her name in another case.
    QCOMPARE(report->entitiesCreated, 2);
    const auto created = copy->entities().findByName(QStringLiteral("Greyfield Advisory"));
    QVERIFY(created);
    QCOMPARE(created->size(), 1);
    QCOMPARE(created->first().typeId, copy->entities().findType(QStringLiteral("Organisation"))->id);
    const auto hall = copy->entities().findByName(QStringLiteral("Harbour Hall"));
    QCOMPARE(hall->first().typeId, copy->entities().findType(QStringLiteral("Place"))->id);
    const auto events = copy->events().list();
    QVERIFY(events);
    QCOMPARE(events->size(), 2);
    const Event meeting = events->at(0).title == QStringLiteral("Meeting") ? events->at(0) : events->at(1);
    QCOMPARE(meeting.participants.size(), 3);
    QCOMPARE(meeting.participants.at(0).role, QStringLiteral("host"));
    QCOMPARE(meeting.participants.at(0).entityId,
             copy->entities().findByName(QStringLiteral("Adrian Pell"))->first().id);
    QCOMPARE(meeting.participants.at(2).entityId,
             copy->entities().findByName(QStringLiteral("Lina Okoro"))->first().id);
}

void TestChronologyImporter::readsTimelineJsFromElsewhere()
{
    const QString path = m_dir.filePath(QStringLiteral("knightlab.json"));
    QVERIFY(test::writeFile(path, R"({"title": {"text": {"headline": "Elsewhere"}},
        "events": [
          {"start_date": {"year": "2024", "month": "6"}, "end_date": {"year": "2024", "month": "9"},
           "text": {"headline": "Talks <em>begin</em>", "text": "<p>First &amp; second round.</p>"}, "group": "Diplomacy"},
          {"start_date": {"year": 2025, "month": 2, "day": 14, "hour": 10, "minute": 30},
           "text": {"headline": "Hearing"}},
          {"start_date": {"year": 2023}, "text": {"headline": "A year"}},
          {"text": {"headline": "No date"}}
        ]})"));
    const auto report = ChronologyImporter(m_fixture.project()).importFile(path);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->events, 4);
    QCOMPARE(
        report->problems,
        QStringList { QStringLiteral("knightlab.json: event 4: no start_date with a year; the event is undated") });
    QHash<QString, Event> byTitle;
    const Result<QList<Event>> events = m_fixture->events().list();
    QVERIFY(events);
    for (const Event &event : *events)
        byTitle.insert(event.title, event);
    QVERIFY(byTitle.contains(QStringLiteral("Talks begin")));
    const Event talks = byTitle.value(QStringLiteral("Talks begin"));
    QCOMPARE(talks.time.toEdtf(), QStringLiteral("2024-06/2024-09"));
    QCOMPARE(talks.description, QStringLiteral("First & second round."));
    QCOMPARE(talks.lane, QStringLiteral("Diplomacy"));
    QCOMPARE(byTitle.value(QStringLiteral("Hearing")).time.toEdtf(), QStringLiteral("2025-02-14T10:30Z"));
    QCOMPARE(byTitle.value(QStringLiteral("A year")).time.toEdtf(), QStringLiteral("2023"));
    QVERIFY(!byTitle.value(QStringLiteral("No date")).time.isKnown());
}

void TestChronologyImporter::badFilesAreRefused_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("no title column") << QStringLiteral("a.csv") << QByteArray("time,quote\n2025,x\n")
                                     << QStringLiteral("a.csv:1: no column \"title\"");
    QTest::newRow("unclosed quote") << QStringLiteral("b.csv") << QByteArray("title,quote\nA,\"open\n")
                                    << QStringLiteral("b.csv:2: a quoted field is not closed");
    QTest::newRow("empty") << QStringLiteral("c.csv") << QByteArray() << QStringLiteral("c.csv: the file is empty");
    QTest::newRow("not JSON") << QStringLiteral("d.json") << QByteArray("{\"events\": [")
                              << QStringLiteral("d.json: not JSON:");
    QTest::newRow("not TimelineJS") << QStringLiteral("e.json") << QByteArray("{\"slides\": []}")
                                    << QStringLiteral("e.json: not a TimelineJS file");
}

void TestChronologyImporter::badFilesAreRefused()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(fileName);
    QVERIFY(test::writeFile(path, content));
    const int before = eventCount(m_fixture.project());
    const auto report = ChronologyImporter(m_fixture.project()).importFile(path);
    QVERIFY(!report);
    QVERIFY2(report.error().message.startsWith(message), qPrintable(report.error().message));
    QCOMPARE(eventCount(m_fixture.project()), before);
    QVERIFY(!ChronologyImporter(m_fixture.project()).importFile(m_dir.filePath(QStringLiteral("missing.csv"))));
}

void TestChronologyImporter::cancelLeavesNothing()
{
    const QString path = m_dir.filePath(QStringLiteral("cancelled.csv"));
    QVERIFY(test::writeFile(path, exported(m_fixture.project(), ExportFormat::Csv)));
    const int before = eventCount(m_fixture.project());
    const auto report
        = ChronologyImporter(m_fixture.project()).importFile(path, [](int done, int) { return done < 3; });
    QVERIFY(!report);
    QVERIFY(report.error().isCancelled());
    QCOMPARE(eventCount(m_fixture.project()), before);
}

QTEST_MAIN(TestChronologyImporter)
#include "tst_chronologyimporter.moc"
