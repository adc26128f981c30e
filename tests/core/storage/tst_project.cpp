// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "model/ChronologyAnnotation.h"
#include "model/Note.h"
#include "model/Source.h"
#include "storage/ChronologyAnnotationRepository.h"
#include "storage/MentionRepository.h"
#include "storage/NoteRepository.h"
#include "storage/Project.h"
#include "storage/ProjectLock.h"
#include "storage/SchemaMigrations.h"
#include "storage/SourceRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

class TestProject : public QObject
{
    Q_OBJECT

private slots:
    void createAndReopenKeepsChanges();
    void createRefusesExistingFile();
    void refusesFilesThatAreNotProjects_data();
    void refusesFilesThatAreNotProjects();
    void refusesNewerVersionUntouched();
    void refusesCorruptFileUntouched();
    void migratesVersionOneFile();
    void migratedVersionThreeFileNeverReusesIds();
    void migratedVersionSixFileKeepsOneMentionPerSpan_data();
    void migratedVersionSixFileKeepsOneMentionPerSpan();
    void secondProcessIsRefusedWhileOpen();
    void lockOfDeadProcessIsTakenOver();

private:
    static Source sampleSource(const QString &text);
};

Source TestProject::sampleSource(const QString &text)
{
    Source source;
    source.title = text.section(u'\n', 0, 0);
    source.body = text;
    source.originalBytes = text.toUtf8();
    source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
    source.mediaType = QStringLiteral("text/plain");
    return source;
}

void TestProject::createAndReopenKeepsChanges()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("case.annalist"));
    qint64 id = 0;
    {
        auto project = Project::create(path);
        QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
        QCOMPARE((*project)->schemaVersion(), SchemaMigrations::latestVersion());
        auto added = (*project)->sources().add(sampleSource(QStringLiteral("First brief\nBody text.")));
        QVERIFY(added);
        id = *added;
    }
    auto reopened = Project::open(path);
    QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error().message));
    auto source = (*reopened)->sources().find(id);
    QVERIFY(source);
    QCOMPARE(source->title, QStringLiteral("First brief"));

    QSqlQuery pragma((*reopened)->database());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next());
    QCOMPARE(pragma.value(0).toString(), QStringLiteral("wal"));
    pragma.finish();
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA foreign_keys")) && pragma.next());
    QCOMPARE(pragma.value(0).toInt(), 1);
    pragma.finish();
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA application_id")) && pragma.next());
    QCOMPARE(pragma.value(0).toInt(), SchemaMigrations::applicationId);
}

void TestProject::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.annalist"));
    QVERIFY(test::writeFile(path, QByteArrayLiteral("precious notes")));
    auto project = Project::create(path);
    QVERIFY(!project);
    QVERIFY(project.error().message.contains(QStringLiteral("already exists")));
    QCOMPARE(test::readFile(path), QByteArrayLiteral("precious notes"));
}

void TestProject::refusesFilesThatAreNotProjects_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("phrase");

    QTest::newRow("text file") << QByteArrayLiteral("These are my notes, not a project.\n")
                               << int(StorageError::Code::NotAProject) << QStringLiteral("not a database file");
    QTest::newRow("empty file") << QByteArray() << int(StorageError::Code::NotAProject) << QStringLiteral("empty");
    QTest::newRow("foreign sqlite") << QByteArray("foreign") << int(StorageError::Code::NotAProject)
                                    << QStringLiteral("database of another program");
    QTest::newRow("missing") << QByteArray("missing") << int(StorageError::Code::Io) << QStringLiteral("no such file");
}

void TestProject::refusesFilesThatAreNotProjects()
{
    QFETCH(QByteArray, content);
    QFETCH(int, code);
    QFETCH(QString, phrase);

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.annalist"));
    if (content == "foreign") {
        {
            QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            database.setDatabaseName(path);
            QVERIFY(database.open());
            QSqlQuery query(database);
            QVERIFY(query.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            database.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    } else if (content != "missing") {
        QVERIFY(test::writeFile(path, content));
    }
    const QByteArray before = test::readFile(path);

    auto project = Project::open(path);
    QVERIFY(!project);
    QCOMPARE(int(project.error().code), code);
    QVERIFY2(project.error().message.contains(phrase), qPrintable(project.error().message));
    QCOMPARE(test::readFile(path), before);
    QVERIFY(!QFile::exists(ProjectLock::lockPathFor(path)));
}

void TestProject::refusesNewerVersionUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("future.annalist"));
    {
        auto project = Project::create(path);
        QVERIFY(project);
        QVERIFY((*project)->sources().add(sampleSource(QStringLiteral("Kept\nText"))));
        QSqlQuery query((*project)->database());
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrations::latestVersion() + 1)));
    }
    const QByteArray before = test::readFile(path);
    auto project = Project::open(path);
    QVERIFY(!project);
    QCOMPARE(project.error().code, StorageError::Code::NewerVersion);
    QVERIFY2(project.error().message.contains(QStringLiteral("newer version of Annalist")),
             qPrintable(project.error().message));
    QCOMPARE(test::readFile(path), before);
}

void TestProject::refusesCorruptFileUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.annalist"));
    {
        auto project = Project::create(path);
        QVERIFY(project);
        for (int i = 0; i < 40; ++i) {
            const QString text = QStringLiteral("Brief %1\n").arg(i) + QString(3000, QChar(u'a' + i % 26));
            QVERIFY((*project)->sources().add(sampleSource(text)));
        }
    }
    QByteArray bytes = test::readFile(path);
    QVERIFY(bytes.size() > 16 * 4096);
    // Overwrite pages in the middle of the file, as a failing disk would.
    for (qsizetype i = 4 * 4096; i < 12 * 4096; ++i)
        bytes[i] = char(0x5A ^ (i & 0xFF));
    QVERIFY(test::writeFile(path, bytes));

    auto project = Project::open(path);
    QVERIFY(!project);
    QCOMPARE(project.error().code, StorageError::Code::Corrupt);
    QVERIFY2(project.error().message.contains(QStringLiteral("damaged")), qPrintable(project.error().message));
    QCOMPARE(test::readFile(path), bytes);
}

void TestProject::migratesVersionOneFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.annalist"));
    {
        // A project as version 1 wrote it: no index over the notes yet.
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
        database.setDatabaseName(path);
        QVERIFY(database.open());
        QVERIFY(SchemaMigrations::migrate(database, 1));
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO notes (subject, subject_id, body, created_at, updated_at)"
                                          " VALUES (0, 0, 'Check the harbour audit dates', 1, 1)")));
        QVERIFY(query.exec(QStringLiteral("PRAGMA user_version")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v1"));

    auto project = Project::open(path);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
    QCOMPARE((*project)->schemaVersion(), SchemaMigrations::latestVersion());
    // The old note is still there and is now found by the index that version 2 added.
    const auto found = (*project)->notes().search(QStringLiteral("harbour"));
    QVERIFY2(found, qPrintable(found ? QString() : found.error().message));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().body, QStringLiteral("Check the harbour audit dates"));
}

void TestProject::migratedVersionThreeFileNeverReusesIds()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v3.annalist"));
    {
        // Version 3 let SQLite hand out the id of the last deleted annotation or note again.
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        database.setDatabaseName(path);
        QVERIFY(database.open());
        QVERIFY(SchemaMigrations::migrate(database, 3));
        QSqlQuery query(database);
        for (const char *sql : {
                 "INSERT INTO events (id, title) VALUES (1, 'Meeting')",
                 "INSERT INTO chronology_annotations (id, event_id, comment, highlight, created_at)"
                 " VALUES (4, 1, 'Check the place', '#ffd700', 1000), (7, 1, 'Deleted later', '', 2000)",
                 "INSERT INTO notes (id, subject, subject_id, body, created_at, updated_at)"
                 " VALUES (3, 3, 1, 'Ask the embassy', 1, 2), (9, 0, 0, 'Harbour audit', 3, 4)",
             }) {
            QVERIFY2(query.exec(QString::fromUtf8(sql)), sql);
        }
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));

    auto opened = Project::open(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    Project &project = **opened;
    QCOMPARE(project.schemaVersion(), SchemaMigrations::latestVersion());

    // Everything is still there under its id, and the notes are still searchable.
    const auto annotation = project.annotations().find(4);
    QVERIFY(annotation);
    QCOMPARE(annotation->comment, QStringLiteral("Check the place"));
    QCOMPARE(annotation->highlight, QColor(0xff, 0xd7, 0x00));
    QCOMPARE(annotation->createdAt.toMSecsSinceEpoch(), 1000);
    QCOMPARE(project.annotations().listForEvent(1)->size(), 2);
    const auto note = project.notes().find(3);
    QVERIFY(note);
    QCOMPARE(note->body, QStringLiteral("Ask the embassy"));
    QCOMPARE(note->updatedAt.toMSecsSinceEpoch(), 2);
    QCOMPARE(project.notes().search(QStringLiteral("harbour"))->size(), 1);

    // Removing the newest rows does not free their ids.
    QVERIFY(project.annotations().remove(7));
    QVERIFY(project.notes().remove(9));
    ChronologyAnnotation newAnnotation;
    newAnnotation.eventId = 1;
    newAnnotation.comment = QStringLiteral("New");
    const auto annotationId = project.annotations().add(newAnnotation);
    QVERIFY(annotationId);
    QCOMPARE(*annotationId, 8);
    Note newNote;
    newNote.body = QStringLiteral("Dockyard contract");
    const auto noteId = project.notes().add(newNote);
    QVERIFY(noteId);
    QCOMPARE(*noteId, 10);

    // The index follows inserts, changes and removals through the new table's triggers.
    QVERIFY(project.notes().search(QStringLiteral("harbour"))->isEmpty());
    QCOMPARE(project.notes().search(QStringLiteral("dockyard"))->size(), 1);
    QVERIFY(project.notes().setBody(3, QStringLiteral("Ask the consulate")));
    QVERIFY(project.notes().search(QStringLiteral("embassy"))->isEmpty());
    QCOMPARE(project.notes().search(QStringLiteral("consulate"))->size(), 1);
}

void TestProject::secondProcessIsRefusedWhileOpen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shared.annalist"));
    auto project = Project::create(path);
    QVERIFY(project);
    QVERIFY((*project)->sources().add(sampleSource(QStringLiteral("Held\nText"))));
    const QByteArray before = test::readFile(path);
    const QByteArray walBefore = test::readFile(path + QStringLiteral("-wal"));

    QProcess cli;
    cli.start(
        test::binaryDirectory() + QStringLiteral("/annalist-cli"),
        { QStringLiteral("import"), path, test::testsSourcePath(QStringLiteral("core/storage/tst_project.cpp")) });
    QVERIFY(cli.waitForFinished(30000));
    QCOMPARE(cli.exitCode(), 2);
    const QString error = QString::fromUtf8(cli.readAllStandardError());
    QVERIFY2(error.contains(
                 QStringLiteral("already open by another Annalist (pid %1)").arg(QCoreApplication::applicationPid())),
             qPrintable(error));
    QCOMPARE(error.count(u'\n'), 1);
    QCOMPARE(test::readFile(path), before);
    QCOMPARE(test::readFile(path + QStringLiteral("-wal")), walBefore);

    // Within one process the lock holds too.
    auto second = Project::open(path);
    QVERIFY(!second);
    QCOMPARE(second.error().code, StorageError::Code::AlreadyOpen);
}

void TestProject::lockOfDeadProcessIsTakenOver()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("orphan.annalist"));
    QVERIFY(Project::create(path));

    // A holder that died without unlocking leaves its lock file behind.
    QProcess sleeper;
    sleeper.start(QStringLiteral("sleep"), { QStringLiteral("0") });
    QVERIFY(sleeper.waitForStarted());
    const qint64 deadPid = sleeper.processId();
    QVERIFY(sleeper.waitForFinished());
    QVERIFY(test::writeFile(ProjectLock::lockPathFor(path),
                            QByteArray::number(deadPid) + "\nannalist-cli\n" + QSysInfo::machineHostName().toUtf8()
                                + "\n"));
    auto project = Project::open(path);
    QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
}

void TestProject::migratedVersionSixFileKeepsOneMentionPerSpan_data()
{
    // Statuses: 0 candidate, 1 confirmed, 2 rejected; the first row is the oldest.
    QTest::addColumn<QList<int>>("statuses");
    QTest::addColumn<int>("keptStatus");
    QTest::addColumn<int>("keptRow");
    QTest::newRow("candidate, then confirmed by P") << QList<int> { 0, 1 } << 1 << 1;
    QTest::newRow("confirmed, then a candidate") << QList<int> { 1, 0 } << 1 << 0;
    QTest::newRow("two candidates") << QList<int> { 0, 0 } << 0 << 0;
    QTest::newRow("rejected and candidate") << QList<int> { 2, 0, 2 } << 0 << 1;
    QTest::newRow("one mention") << QList<int> { 2 } << 2 << 0;
}

void TestProject::migratedVersionSixFileKeepsOneMentionPerSpan()
{
    QFETCH(QList<int>, statuses);
    QFETCH(int, keptStatus);
    QFETCH(int, keptRow);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v6.annalist"));
    {
        // Up to version 6 the same span could be marked twice as the same entity.
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v6"));
        database.setDatabaseName(path);
        QVERIFY(database.open());
        QVERIFY(SchemaMigrations::migrate(database, 6));
        QSqlQuery query(database);
        QVERIFY(query.exec(QStringLiteral("INSERT INTO sources (id, sha256, imported_at, body_length, body)"
                                          " VALUES (1, x'01', 1, 24, 'Claudia Sheinbaum spoke.')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO entities (id, type_id, canonical_name, created_at)"
                                          " VALUES (1, 1, 'Claudia Sheinbaum', 1), (2, 1, 'Sheinbaum', 1)")));
        // Another entity on the same span, and the same entity elsewhere, stay.
        QVERIFY(query.exec(QStringLiteral("INSERT INTO mentions (id, entity_id, source_id, start_offset, end_offset,"
                                          " origin, status, quote) VALUES (1, 2, 1, 0, 17, 0, 0, 'Claudia Sheinbaum'),"
                                          " (2, 1, 1, 8, 17, 0, 0, 'Sheinbaum')")));
        for (int row = 0; row < statuses.size(); ++row) {
            QVERIFY(query.exec(QStringLiteral("INSERT INTO mentions (id, entity_id, source_id, start_offset,"
                                              " end_offset, origin, status, quote)"
                                              " VALUES (%1, 1, 1, 0, 17, 0, %2, 'Claudia Sheinbaum')")
                                   .arg(10 + row)
                                   .arg(statuses.at(row))));
        }
        query.finish();
        database.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v6"));

    auto opened = Project::open(path);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    Project &project = **opened;
    const auto mentions = project.mentions().listForSource(1);
    QVERIFY(mentions);
    QList<qint64> ids;
    for (const Mention &mention : *mentions)
        ids << mention.id;
    std::sort(ids.begin(), ids.end());
    QCOMPARE(ids, (QList<qint64> { 1, 2, 10 + keptRow }));
    const auto kept = project.mentions().find(10 + keptRow);
    QVERIFY(kept);
    QCOMPARE(static_cast<int>(kept->status), keptStatus);

    // And no second one can be written.
    Mention again = *kept;
    again.id = 0;
    QVERIFY(!project.mentions().add(again));
}

QTEST_GUILESS_MAIN(TestProject)
#include "tst_project.moc"
