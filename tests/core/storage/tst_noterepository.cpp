// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Note.h"
#include "storage/NoteRepository.h"
#include "storage/Project.h"

#include "ProjectFixture.h"
#include "TimeValueOutput.h"

#include <QTest>

#include <algorithm>

using namespace annalist;
using test::utc;

Q_DECLARE_METATYPE(annalist::Note::Subject)

namespace {

Note makeNote(Note::Subject subject, qint64 subjectId, const QString &body, const QDateTime &createdAt = {})
{
    Note note;
    note.subject = subject;
    note.subjectId = subjectId;
    note.body = body;
    note.createdAt = createdAt;
    return note;
}

QList<qint64> idsOf(const QList<Note> &notes)
{
    QList<qint64> ids;
    for (const Note &note : notes)
        ids << note.id;
    return ids;
}

} // namespace

class TestNoteRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void timesDefaultToNow();
    void listForSubject();
    void setBody();
    void search_data();
    void search();
    void searchRanksBestFirst();
    void searchRespectsLimit();
    void invalidQueries_data();
    void invalidQueries();
    void remove();
    void restore_data();
    void restore();
    void unknownIdsAreNotFound();

private:
    NoteRepository &notes() { return m_project->notes(); }

    test::ProjectFixture m_project;
};

void TestNoteRepository::init()
{
    QVERIFY(m_project.create());
}

void TestNoteRepository::cleanup()
{
    m_project.close();
}

void TestNoteRepository::roundTrip_data()
{
    QTest::addColumn<Note::Subject>("subject");
    QTest::addColumn<qint64>("subjectId");
    QTest::addColumn<QString>("body");

    QTest::newRow("project") << Note::Subject::Project << qint64(0) << QStringLiteral("Scope: the 2024 transition.");
    QTest::newRow("source") << Note::Subject::Source << qint64(3) << QStringLiteral("Undated; probably June.");
    QTest::newRow("entity, non-ASCII and lines")
        << Note::Subject::Entity << qint64(7) << QStringLiteral("Presidenta electa → Presidenta.\nVer «La Jornada».");
    QTest::newRow("event, empty body") << Note::Subject::Event << qint64(12) << QString();
}

void TestNoteRepository::roundTrip()
{
    QFETCH(Note::Subject, subject);
    QFETCH(qint64, subjectId);
    QFETCH(QString, body);

    Note stored = makeNote(subject, subjectId, body, utc(2025, 1, 21, 9, 30).addMSecs(250));
    stored.updatedAt = utc(2025, 1, 22, 18, 0);
    const Result<qint64> id = notes().add(stored);
    ANNALIST_VERIFY_OK(id);
    QVERIFY(m_project.reopen());

    const Result<Note> found = notes().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->id, *id);
    QCOMPARE(found->subject, subject);
    QCOMPARE(found->subjectId, subjectId);
    QCOMPARE(found->body, body.isNull() ? QStringLiteral("") : body);
    QCOMPARE(found->createdAt, stored.createdAt);
    QCOMPARE(found->updatedAt, stored.updatedAt);
    QCOMPARE(found->createdAt.offsetFromUtc(), 0);

    const Result<QList<Note>> listed = notes().listForSubject(subject, subjectId);
    ANNALIST_VERIFY_OK(listed);
    QCOMPARE(idsOf(*listed), QList<qint64> { *id });
}

void TestNoteRepository::timesDefaultToNow()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    const Result<qint64> id = notes().add(makeNote(Note::Subject::Project, 0, QStringLiteral("now")));
    const QDateTime after = QDateTime::currentDateTimeUtc();
    ANNALIST_VERIFY_OK(id);

    const Result<Note> found = notes().find(*id);
    ANNALIST_VERIFY_OK(found);
    QVERIFY(found->createdAt >= before && found->createdAt <= after);
    QCOMPARE(found->updatedAt, found->createdAt);
}

void TestNoteRepository::listForSubject()
{
    const Result<qint64> later
        = notes().add(makeNote(Note::Subject::Entity, 5, QStringLiteral("later"), utc(2025, 2, 1)));
    const Result<qint64> earlier
        = notes().add(makeNote(Note::Subject::Entity, 5, QStringLiteral("earlier"), utc(2025, 1, 1)));
    const Result<qint64> otherKind = notes().add(makeNote(Note::Subject::Event, 5, QStringLiteral("event 5")));
    const Result<qint64> otherEntity = notes().add(makeNote(Note::Subject::Entity, 6, QStringLiteral("entity 6")));
    ANNALIST_VERIFY_OK(later);
    ANNALIST_VERIFY_OK(earlier);
    ANNALIST_VERIFY_OK(otherKind);
    ANNALIST_VERIFY_OK(otherEntity);

    const Result<QList<Note>> entity5 = notes().listForSubject(Note::Subject::Entity, 5);
    ANNALIST_VERIFY_OK(entity5);
    QCOMPARE(idsOf(*entity5), (QList<qint64> { *earlier, *later }));
    QCOMPARE(idsOf(*notes().listForSubject(Note::Subject::Event, 5)), QList<qint64> { *otherKind });
    QCOMPARE(idsOf(*notes().listForSubject(Note::Subject::Entity, 6)), QList<qint64> { *otherEntity });
    QVERIFY(notes().listForSubject(Note::Subject::Source, 5)->isEmpty());
}

void TestNoteRepository::setBody()
{
    const QDateTime created = utc(2024, 12, 1, 10, 0);
    const Result<qint64> id
        = notes().add(makeNote(Note::Subject::Project, 0, QStringLiteral("The embassy denies it."), created));
    ANNALIST_VERIFY_OK(id);
    QCOMPARE(idsOf(*notes().search(QStringLiteral("embassy"))), QList<qint64> { *id });

    const QDateTime before = QDateTime::currentDateTimeUtc();
    ANNALIST_VERIFY_OK(notes().setBody(*id, QStringLiteral("The ministry confirms it.")));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    QVERIFY(m_project.reopen());
    const Result<Note> found = notes().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->body, QStringLiteral("The ministry confirms it."));
    QCOMPARE(found->createdAt, created);
    QVERIFY(found->updatedAt >= before && found->updatedAt <= after);

    // The index follows the text.
    QVERIFY(notes().search(QStringLiteral("embassy"))->isEmpty());
    QCOMPARE(idsOf(*notes().search(QStringLiteral("ministry"))), QList<qint64> { *id });
}

void TestNoteRepository::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QList<int>>("expected");

    QTest::newRow("word") << QStringLiteral("embassy") << QList<int> { 0 };
    QTest::newRow("other case") << QStringLiteral("EMBASSY") << QList<int> { 0 };
    QTest::newRow("without accent finds accented") << QStringLiteral("reunion") << QList<int> { 1 };
    QTest::newRow("accented finds accented") << QStringLiteral("reunión") << QList<int> { 1 };
    QTest::newRow("prefix") << QStringLiteral("sheinb*") << QList<int> { 1, 2 };
    QTest::newRow("phrase") << QStringLiteral("\"palacio nacional\"") << QList<int> { 1 };
    QTest::newRow("phrase in wrong order") << QStringLiteral("\"nacional palacio\"") << QList<int> {};
    QTest::newRow("and") << QStringLiteral("rubio AND embassy") << QList<int> { 0 };
    QTest::newRow("not") << QStringLiteral("rubio NOT embassy") << QList<int> { 1 };
    QTest::newRow("no match") << QStringLiteral("obrador") << QList<int> {};
}

void TestNoteRepository::search()
{
    QFETCH(QString, query);
    QFETCH(QList<int>, expected);

    const QStringList bodies = {
        QStringLiteral("Rubio was seen at the US embassy."),
        QStringLiteral("Reunión de Rubio y Sheinbaum en el Palacio Nacional."),
        QStringLiteral("Sheinbaum's spokesman declined to comment."),
    };
    QList<qint64> ids;
    for (const QString &body : bodies) {
        const Result<qint64> id = notes().add(makeNote(Note::Subject::Project, 0, body));
        ANNALIST_VERIFY_OK(id);
        ids << *id;
    }

    const Result<QList<Note>> found = notes().search(query);
    ANNALIST_VERIFY_OK(found);
    QList<qint64> expectedIds;
    for (int index : expected)
        expectedIds << ids.at(index);
    QList<qint64> foundIds = idsOf(*found);
    std::sort(foundIds.begin(), foundIds.end());
    QCOMPARE(foundIds, expectedIds);
    for (const Note &note : *found)
        QCOMPARE(note.body, bodies.at(ids.indexOf(note.id)));
}

void TestNoteRepository::searchRanksBestFirst()
{
    const Result<qint64> passing = notes().add(makeNote(
        Note::Subject::Project, 0,
        QStringLiteral("A long note about the trade talks, the tariffs, the border, the delegations and who sat where; "
                       "tariffs came up once more near the end, and the embassy was mentioned in passing.")));
    const Result<qint64> focused
        = notes().add(makeNote(Note::Subject::Project, 0, QStringLiteral("Embassy, embassy: which embassy?")));
    const Result<qint64> unrelated
        = notes().add(makeNote(Note::Subject::Project, 0, QStringLiteral("Nothing to see here.")));
    ANNALIST_VERIFY_OK(passing);
    ANNALIST_VERIFY_OK(focused);
    ANNALIST_VERIFY_OK(unrelated);

    QVERIFY(m_project.reopen());
    const Result<QList<Note>> found = notes().search(QStringLiteral("embassy"));
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(idsOf(*found), (QList<qint64> { *focused, *passing }));
}

void TestNoteRepository::searchRespectsLimit()
{
    for (int i = 0; i < 5; ++i)
        ANNALIST_VERIFY_OK(notes().add(makeNote(Note::Subject::Project, 0, QStringLiteral("tariffs %1").arg(i))));
    QCOMPARE(notes().search(QStringLiteral("tariffs"))->size(), 5);
    QCOMPARE(notes().search(QStringLiteral("tariffs"), 2)->size(), 2);
}

void TestNoteRepository::invalidQueries_data()
{
    QTest::addColumn<QString>("query");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("unterminated phrase") << QStringLiteral("\"palacio nacional");
    QTest::newRow("dangling operator") << QStringLiteral("rubio AND");
    QTest::newRow("unknown column") << QStringLiteral("title:rubio");
    QTest::newRow("stray parenthesis") << QStringLiteral("(rubio");
}

void TestNoteRepository::invalidQueries()
{
    QFETCH(QString, query);
    ANNALIST_VERIFY_OK(
        notes().add(makeNote(Note::Subject::Project, 0, QStringLiteral("Rubio at the palacio nacional"))));

    const Result<QList<Note>> found = notes().search(query);
    QVERIFY(!found);
    QCOMPARE(found.error().code, StorageError::Code::InvalidQuery);
    QVERIFY(!found.error().message.isEmpty());

    // The connection stays usable afterwards.
    QCOMPARE(notes().search(QStringLiteral("rubio"))->size(), 1);
}

void TestNoteRepository::remove()
{
    const Result<qint64> gone = notes().add(makeNote(Note::Subject::Source, 1, QStringLiteral("embassy rumour")));
    const Result<qint64> kept = notes().add(makeNote(Note::Subject::Source, 1, QStringLiteral("embassy statement")));
    ANNALIST_VERIFY_OK(gone);
    ANNALIST_VERIFY_OK(kept);

    ANNALIST_VERIFY_OK(notes().remove(*gone));
    QCOMPARE(notes().remove(*gone).error().code, StorageError::Code::NotFound);
    QVERIFY(m_project.reopen());
    QCOMPARE(notes().find(*gone).error().code, StorageError::Code::NotFound);
    QCOMPARE(idsOf(*notes().listForSubject(Note::Subject::Source, 1)), QList<qint64> { *kept });
    QCOMPARE(idsOf(*notes().search(QStringLiteral("embassy"))), QList<qint64> { *kept });
    QVERIFY(notes().search(QStringLiteral("rumour"))->isEmpty());
}

void TestNoteRepository::restore_data()
{
    roundTrip_data();
}

void TestNoteRepository::restore()
{
    QFETCH(Note::Subject, subject);
    QFETCH(qint64, subjectId);
    QFETCH(QString, body);

    Note stored
        = makeNote(subject, subjectId, body + QStringLiteral(" harbour"), utc(2025, 1, 21, 9, 30).addMSecs(250));
    stored.updatedAt = utc(2025, 1, 22, 18, 0);
    const Result<qint64> id = notes().add(stored);
    ANNALIST_VERIFY_OK(id);
    const Result<Note> original = notes().find(*id);
    ANNALIST_VERIFY_OK(original);
    ANNALIST_VERIFY_OK(notes().remove(*id));
    // A new note never takes the id of the removed one.
    const Result<qint64> later = notes().add(makeNote(Note::Subject::Project, 0, QStringLiteral("later")));
    ANNALIST_VERIFY_OK(later);
    QVERIFY(*later > *id);

    ANNALIST_VERIFY_OK(notes().restore(*original));
    QCOMPARE(notes().restore(*original).error().code, StorageError::Code::Constraint);
    Note withoutId = *original;
    withoutId.id = 0;
    QCOMPARE(notes().restore(withoutId).error().code, StorageError::Code::Constraint);

    QVERIFY(m_project.reopen());
    const Result<Note> found = notes().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->subject, subject);
    QCOMPARE(found->subjectId, subjectId);
    QCOMPARE(found->body, original->body);
    QCOMPARE(found->createdAt, stored.createdAt);
    QCOMPARE(found->updatedAt, stored.updatedAt);
    // The restored note is searchable again.
    QCOMPARE(idsOf(*notes().search(QStringLiteral("harbour"))), QList<qint64> { *id });
}

void TestNoteRepository::unknownIdsAreNotFound()
{
    QCOMPARE(notes().find(9999).error().code, StorageError::Code::NotFound);
    QCOMPARE(notes().setBody(9999, QStringLiteral("x")).error().code, StorageError::Code::NotFound);
    QCOMPARE(notes().remove(9999).error().code, StorageError::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestNoteRepository)
#include "tst_noterepository.moc"
