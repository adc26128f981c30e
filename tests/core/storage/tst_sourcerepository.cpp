// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Source.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace annalist;

class TestSourceRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void refusesDuplicateContent();
    void listsSummariesInOrder();
    void editsMetadata();
    void removeTakesPagesFileAndIndexAlong();
    void unknownIdIsNotFound();
    void summaryOfOneSource();

private:
    static Source makeSource(const QString &body, const QByteArray &original = {});
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;
};

Source TestSourceRepository::makeSource(const QString &body, const QByteArray &original)
{
    Source source;
    source.title = body.section(u'\n', 0, 0);
    source.body = body;
    source.originalBytes = original.isNull() ? body.toUtf8() : original;
    source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
    source.mediaType = QStringLiteral("text/plain");
    return source;
}

void TestSourceRepository::init()
{
    static int counter = 0;
    auto project = Project::create(m_dir.filePath(QStringLiteral("case-%1.annalist").arg(++counter)));
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    m_project = std::move(*project);
}

void TestSourceRepository::cleanup()
{
    m_project.reset();
}

void TestSourceRepository::roundTripsEveryField_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QByteArray>("original");
    QTest::addColumn<QList<int>>("pages");

    QTest::newRow("utf-8 text") << QStringLiteral("Título\nPeña Nieto met officials in Zürich.") << QByteArray()
                                << QList<int> {};
    QTest::newRow("windows-1252 original") << QStringLiteral("Quote\n\u201CYes\u201D, she said.")
                                           << QByteArray("Quote\n\x93Yes\x94, she said.") << QList<int> {};
    QTest::newRow("pdf pages") << QStringLiteral("Page one\n\nPage two\n\nPage three")
                               << QByteArray("%PDF-1.4 fake bytes") << QList<int> { 0, 10, 20 };
}

void TestSourceRepository::roundTripsEveryField()
{
    QFETCH(QString, body);
    QFETCH(QByteArray, original);
    QFETCH(QList<int>, pages);

    Source source = makeSource(body, original);
    source.outlet = QStringLiteral("Kestrian Courier");
    source.author = QStringLiteral("Mara Lindell");
    source.url = QStringLiteral("https://courier.example/a");
    source.language = QStringLiteral("en");
    source.published = TimeValue::day(QDate(2025, 2, 3));
    source.published.setExpression(QStringLiteral("February 3, 2025"));
    source.published.setAnchor(QStringLiteral("dateline"));
    source.reliability = ReliabilityGrade::B;
    source.originalName = QStringLiteral("brief.txt");
    source.importedAt = QDateTime(QDate(2025, 5, 1), QTime(12, 0), QTimeZone::utc());
    source.notes = QStringLiteral("checked against the print edition");
    source.pageOffsets = pages;

    auto id = m_project->sources().add(source);
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    auto stored = m_project->sources().find(*id);
    QVERIFY(stored);
    QCOMPARE(stored->id, *id);
    QCOMPARE(stored->title, source.title);
    QCOMPARE(stored->outlet, source.outlet);
    QCOMPARE(stored->author, source.author);
    QCOMPARE(stored->url, source.url);
    QCOMPARE(stored->language, source.language);
    QCOMPARE(stored->published, source.published);
    QCOMPARE(stored->reliability, source.reliability);
    QCOMPARE(stored->body, source.body);
    QCOMPARE(stored->originalName, source.originalName);
    QCOMPARE(stored->mediaType, source.mediaType);
    QCOMPARE(stored->originalBytes, source.originalBytes);
    QCOMPARE(stored->sha256, source.sha256);
    QCOMPARE(stored->importedAt, source.importedAt);
    QCOMPARE(stored->notes, source.notes);
    QCOMPARE(stored->pageOffsets, source.pageOffsets);
    QCOMPARE(m_project->sources().body(*id).value(), source.body);
}

void TestSourceRepository::refusesDuplicateContent()
{
    const Source source = makeSource(QStringLiteral("Same\ncontent"));
    auto first = m_project->sources().add(source);
    QVERIFY(first);
    auto second = m_project->sources().add(source);
    QVERIFY(!second);
    QCOMPARE(second.error().code, StorageError::Code::Duplicate);
    QVERIFY(second.error().message.contains(QString::number(*first)));
    QCOMPARE(m_project->sources().count().value(), 1);
    QCOMPARE(m_project->sources().idForSha256(source.sha256).value(), *first);
}

void TestSourceRepository::listsSummariesInOrder()
{
    for (const QString &title : { QStringLiteral("Alpha"), QStringLiteral("Bravo"), QStringLiteral("Charlie") })
        QVERIFY(m_project->sources().add(makeSource(title + QStringLiteral("\nbody of ") + title)));
    auto list = m_project->sources().list();
    QVERIFY(list);
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).title, QStringLiteral("Alpha"));
    QCOMPARE(list->at(2).title, QStringLiteral("Charlie"));
    QCOMPARE(list->at(1).length, int(QStringLiteral("Bravo\nbody of Bravo").size()));
    QVERIFY(!list->at(0).published.isKnown());
}

void TestSourceRepository::editsMetadata()
{
    auto id = m_project->sources().add(makeSource(QStringLiteral("Old title\ntext about harbours")));
    QVERIFY(id);
    QVERIFY(m_project->sources().setTitle(*id, QStringLiteral("New title")));
    QVERIFY(m_project->sources().setReliability(*id, ReliabilityGrade::E));
    const TimeValue window = TimeValue::between(QDateTime(QDate(2024, 6, 2), QTime(0, 0), QTimeZone::utc()),
                                                QDateTime(QDate(2024, 9, 30), QTime(0, 0), QTimeZone::utc()));
    QVERIFY(m_project->sources().setPublished(*id, window));
    QVERIFY(m_project->sources().setNotes(*id, QStringLiteral("undated; window inferred")));
    auto stored = m_project->sources().find(*id);
    QCOMPARE(stored->title, QStringLiteral("New title"));
    QCOMPARE(stored->reliability, ReliabilityGrade::E);
    QCOMPARE(stored->published, window);
    QCOMPARE(stored->notes, QStringLiteral("undated; window inferred"));

    // The title index follows the rename.
    QSqlQuery query(m_project->database());
    QVERIFY(
        query.exec(QStringLiteral("SELECT count(*) FROM source_text_index WHERE source_text_index MATCH 'title:new'")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 1);
}

void TestSourceRepository::removeTakesPagesFileAndIndexAlong()
{
    Source source = makeSource(QStringLiteral("Paged\nfirst\n\nsecond"), QByteArray("%PDF-1.4"));
    source.pageOffsets = { 0, 13 };
    auto id = m_project->sources().add(source);
    QVERIFY(id);
    QVERIFY(m_project->sources().remove(*id));
    QSqlQuery query(m_project->database());
    for (const QString &sql :
         { QStringLiteral("SELECT count(*) FROM source_pages"), QStringLiteral("SELECT count(*) FROM source_files"),
           QStringLiteral("SELECT count(*) FROM source_text_index WHERE source_text_index MATCH 'second'") }) {
        QVERIFY2(query.exec(sql) && query.next(), qPrintable(sql));
        QCOMPARE(query.value(0).toInt(), 0);
        query.finish();
    }
    QVERIFY(!m_project->sources().remove(*id));
}

void TestSourceRepository::unknownIdIsNotFound()
{
    auto missing = m_project->sources().find(4242);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, StorageError::Code::NotFound);
    QCOMPARE(m_project->sources().setTitle(4242, QStringLiteral("x")).error().code, StorageError::Code::NotFound);
}

void TestSourceRepository::summaryOfOneSource()
{
    Source source = makeSource(QStringLiteral("Graded brief\nOfficials met."));
    source.outlet = QStringLiteral("Harbour Gazette");
    source.reliability = ReliabilityGrade::D;
    const Result<qint64> id = m_project->sources().add(source);
    QVERIFY(id);
    QVERIFY(m_project->sources().add(makeSource(QStringLiteral("Another\nText."))));

    const Result<SourceSummary> summary = m_project->sources().summary(*id);
    QVERIFY(summary);
    QCOMPARE(summary->id, *id);
    QCOMPARE(summary->title, QStringLiteral("Graded brief"));
    QCOMPARE(summary->outlet, QStringLiteral("Harbour Gazette"));
    QCOMPARE(summary->reliability, ReliabilityGrade::D);
    QCOMPARE(summary->length, source.body.size());
    QCOMPARE(m_project->sources().summary(4242).error().code, StorageError::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestSourceRepository)
#include "tst_sourcerepository.moc"
