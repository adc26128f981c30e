// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ProjectFixture.h"

#include <QTest>
#include <QTimeZone>

using namespace annalist;

// SourceRepository::metadata: what a report lists of a source, without its text or file.
class TestSourceMetadata : public QObject
{
    Q_OBJECT

private slots:
    void everythingButTextAndFile();
    void unknownSource();
};

void TestSourceMetadata::everythingButTextAndFile()
{
    test::ProjectFixture fixture;
    QVERIFY(fixture.create());
    Source source;
    source.title = QStringLiteral("Audit finds payments");
    source.outlet = QStringLiteral("Harbour Gazette");
    source.author = QStringLiteral("T. Quill");
    source.url = QStringLiteral("https://example.org/audit");
    source.language = QStringLiteral("en");
    source.published = TimeValue::day(QDate(2025, 3, 14));
    source.reliability = ReliabilityGrade::C;
    source.body = QStringLiteral("The body, which metadata leaves out.");
    source.mediaType = QStringLiteral("text/html");
    source.originalName = QStringLiteral("03-audit.html");
    source.originalBytes = QByteArray("<html>the original</html>");
    source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
    source.importedAt = QDateTime(QDate(2025, 3, 15), QTime(9, 30), QTimeZone::utc());
    source.notes = QStringLiteral("Check the figures.");
    const Result<qint64> id = fixture->sources().add(source);
    QVERIFY(id);

    const Result<Source> metadata = fixture->sources().metadata(*id);
    QVERIFY(metadata);
    QCOMPARE(metadata->id, *id);
    QCOMPARE(metadata->title, source.title);
    QCOMPARE(metadata->outlet, source.outlet);
    QCOMPARE(metadata->author, source.author);
    QCOMPARE(metadata->url, source.url);
    QCOMPARE(metadata->language, source.language);
    QCOMPARE(metadata->published.toEdtf(), QStringLiteral("2025-03-14"));
    QCOMPARE(metadata->reliability, ReliabilityGrade::C);
    QCOMPARE(metadata->mediaType, source.mediaType);
    QCOMPARE(metadata->originalName, source.originalName);
    QCOMPARE(metadata->sha256, source.sha256);
    QCOMPARE(metadata->importedAt, source.importedAt);
    QCOMPARE(metadata->notes, source.notes);
    QVERIFY(metadata->body.isEmpty());
    QVERIFY(metadata->originalBytes.isEmpty());
}

void TestSourceMetadata::unknownSource()
{
    test::ProjectFixture fixture;
    QVERIFY(fixture.create());
    const Result<Source> metadata = fixture->sources().metadata(42);
    QVERIFY(!metadata);
    QCOMPARE(metadata.error().code, StorageError::Code::NotFound);
}

QTEST_MAIN(TestSourceMetadata)
#include "tst_sourcemetadata.moc"
