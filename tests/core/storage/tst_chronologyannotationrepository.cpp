// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/ChronologyAnnotation.h"
#include "model/Event.h"
#include "storage/ChronologyAnnotationRepository.h"
#include "storage/EventRepository.h"
#include "storage/Project.h"

#include "ProjectFixture.h"
#include "TimeValueOutput.h"

#include <QSqlQuery>
#include <QTest>

using namespace annalist;
using test::utc;

class TestChronologyAnnotationRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void roundTrip_data();
    void roundTrip();
    void createdAtDefaultsToNow();
    void listsAreOldestFirst();
    void changes();
    void unknownEventIsRejected();
    void remove();
    void restoreKeepsIdAndCreationTime_data();
    void restoreKeepsIdAndCreationTime();
    void unknownIdsAreNotFound();

private:
    ChronologyAnnotationRepository &annotations() { return m_project->annotations(); }
    ChronologyAnnotation annotation(qint64 eventId, const QString &comment, const QDateTime &createdAt) const;

    test::ProjectFixture m_project;
    qint64 m_event = 0;
};

void TestChronologyAnnotationRepository::init()
{
    QVERIFY(m_project.create());
    m_event = m_project.addEvent(QStringLiteral("Rubio meets Sheinbaum"));
    QVERIFY(m_event > 0);
}

void TestChronologyAnnotationRepository::cleanup()
{
    m_project.close();
}

ChronologyAnnotation TestChronologyAnnotationRepository::annotation(qint64 eventId, const QString &comment,
                                                                    const QDateTime &createdAt) const
{
    ChronologyAnnotation result;
    result.eventId = eventId;
    result.comment = comment;
    result.createdAt = createdAt;
    return result;
}

void TestChronologyAnnotationRepository::roundTrip_data()
{
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QColor>("highlight");
    QTest::addColumn<QString>("storedText");
    QTest::addColumn<QColor>("expected");

    QTest::newRow("comment and colour") << QStringLiteral("Key meeting; compare with source B.")
                                        << QColor(0xff, 0xd7, 0x00) << QStringLiteral("#ffd700")
                                        << QColor(0xff, 0xd7, 0x00);
    QTest::newRow("no highlight") << QStringLiteral("Dates disagree") << QColor() << QString() << QColor();
    QTest::newRow("highlight only, alpha dropped")
        << QString() << QColor(0x12, 0x34, 0x56, 0x80) << QStringLiteral("#123456") << QColor(0x12, 0x34, 0x56);
    QTest::newRow("named colour, non-ASCII comment") << QStringLiteral("¿Reunión en el Palacio?") << QColor(Qt::red)
                                                     << QStringLiteral("#ff0000") << QColor(0xff, 0x00, 0x00);
}

void TestChronologyAnnotationRepository::roundTrip()
{
    QFETCH(QString, comment);
    QFETCH(QColor, highlight);
    QFETCH(QString, storedText);
    QFETCH(QColor, expected);

    ChronologyAnnotation stored = annotation(m_event, comment, utc(2025, 2, 3, 14, 5).addMSecs(123));
    stored.highlight = highlight;
    const Result<qint64> id = annotations().add(stored);
    ANNALIST_VERIFY_OK(id);

    QSqlQuery query(m_project->database());
    query.prepare(QStringLiteral("SELECT highlight FROM chronology_annotations WHERE id = ?"));
    query.bindValue(0, *id);
    QVERIFY(query.exec() && query.next());
    QCOMPARE(query.value(0).toString(), storedText.isNull() ? QStringLiteral("") : storedText);
    query.finish();

    QVERIFY(m_project.reopen());
    const Result<QList<ChronologyAnnotation>> listed = annotations().listForEvent(m_event);
    ANNALIST_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    const ChronologyAnnotation &found = listed->first();
    QCOMPARE(found.id, *id);
    QCOMPARE(found.eventId, m_event);
    QCOMPARE(found.comment, comment.isNull() ? QStringLiteral("") : comment);
    QCOMPARE(found.highlight.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(found.highlight, expected);
    QCOMPARE(found.createdAt, stored.createdAt);
    QCOMPARE(found.createdAt.offsetFromUtc(), 0);
}

void TestChronologyAnnotationRepository::createdAtDefaultsToNow()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    ANNALIST_VERIFY_OK(annotations().add(annotation(m_event, QStringLiteral("now"), QDateTime())));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    const Result<QList<ChronologyAnnotation>> listed = annotations().listForEvent(m_event);
    ANNALIST_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QVERIFY(listed->first().createdAt >= before);
    QVERIFY(listed->first().createdAt <= after);
}

void TestChronologyAnnotationRepository::listsAreOldestFirst()
{
    const qint64 other = m_project.addEvent(QStringLiteral("Press conference"));
    QVERIFY(other > 0);
    ANNALIST_VERIFY_OK(annotations().add(annotation(m_event, QStringLiteral("second"), utc(2025, 2, 2))));
    ANNALIST_VERIFY_OK(annotations().add(annotation(other, QStringLiteral("other"), utc(2025, 1, 1))));
    ANNALIST_VERIFY_OK(annotations().add(annotation(m_event, QStringLiteral("first"), utc(2025, 2, 1))));
    ANNALIST_VERIFY_OK(annotations().add(annotation(m_event, QStringLiteral("third"), utc(2025, 2, 2))));

    const Result<QList<ChronologyAnnotation>> forEvent = annotations().listForEvent(m_event);
    ANNALIST_VERIFY_OK(forEvent);
    QStringList comments;
    for (const ChronologyAnnotation &a : *forEvent)
        comments << a.comment;
    QCOMPARE(comments, (QStringList { QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third") }));

    const Result<QList<ChronologyAnnotation>> all = annotations().list();
    ANNALIST_VERIFY_OK(all);
    comments.clear();
    for (const ChronologyAnnotation &a : *all)
        comments << a.comment;
    QCOMPARE(comments,
             (QStringList { QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"),
                            QStringLiteral("other") }));
}

void TestChronologyAnnotationRepository::changes()
{
    ChronologyAnnotation stored = annotation(m_event, QStringLiteral("Draft"), utc(2025, 2, 1));
    stored.highlight = QColor(0x00, 0x80, 0x00);
    const Result<qint64> id = annotations().add(stored);
    ANNALIST_VERIFY_OK(id);

    ANNALIST_VERIFY_OK(annotations().setComment(*id, QStringLiteral("Confirmed by two sources")));
    ANNALIST_VERIFY_OK(annotations().setHighlight(*id, QColor(0xaa, 0xbb, 0xcc)));
    QVERIFY(m_project.reopen());
    Result<QList<ChronologyAnnotation>> listed = annotations().listForEvent(m_event);
    ANNALIST_VERIFY_OK(listed);
    QCOMPARE(listed->first().comment, QStringLiteral("Confirmed by two sources"));
    QCOMPARE(listed->first().highlight, QColor(0xaa, 0xbb, 0xcc));
    QCOMPARE(listed->first().createdAt, stored.createdAt);

    ANNALIST_VERIFY_OK(annotations().setHighlight(*id, QColor()));
    ANNALIST_VERIFY_OK(annotations().setComment(*id, QString()));
    listed = annotations().listForEvent(m_event);
    ANNALIST_VERIFY_OK(listed);
    QVERIFY(!listed->first().highlight.isValid());
    QCOMPARE(listed->first().comment, QStringLiteral(""));
}

void TestChronologyAnnotationRepository::unknownEventIsRejected()
{
    const Result<qint64> id = annotations().add(annotation(9999, QStringLiteral("orphan"), QDateTime()));
    QVERIFY(!id);
    QCOMPARE(id.error().code, StorageError::Code::Constraint);
    QVERIFY(annotations().list()->isEmpty());
}

void TestChronologyAnnotationRepository::remove()
{
    const Result<qint64> first = annotations().add(annotation(m_event, QStringLiteral("a"), utc(2025, 1, 1)));
    const Result<qint64> second = annotations().add(annotation(m_event, QStringLiteral("b"), utc(2025, 1, 2)));
    ANNALIST_VERIFY_OK(first);
    ANNALIST_VERIFY_OK(second);

    ANNALIST_VERIFY_OK(annotations().remove(*first));
    QCOMPARE(annotations().remove(*first).error().code, StorageError::Code::NotFound);
    QVERIFY(m_project.reopen());
    const Result<QList<ChronologyAnnotation>> listed = annotations().listForEvent(m_event);
    ANNALIST_VERIFY_OK(listed);
    QCOMPARE(listed->size(), 1);
    QCOMPARE(listed->first().id, *second);

    ANNALIST_VERIFY_OK(m_project->events().remove(m_event));
    QVERIFY(annotations().list()->isEmpty());
}

void TestChronologyAnnotationRepository::restoreKeepsIdAndCreationTime_data()
{
    roundTrip_data();
}

void TestChronologyAnnotationRepository::restoreKeepsIdAndCreationTime()
{
    QFETCH(QString, comment);
    QFETCH(QColor, highlight);
    QFETCH(QColor, expected);

    ChronologyAnnotation stored = annotation(m_event, comment, utc(2025, 2, 3, 14, 5).addMSecs(456));
    stored.highlight = highlight;
    const Result<qint64> id = annotations().add(stored);
    ANNALIST_VERIFY_OK(id);
    const Result<ChronologyAnnotation> original = annotations().find(*id);
    ANNALIST_VERIFY_OK(original);
    QCOMPARE(original->id, *id);
    QCOMPARE(original->createdAt, stored.createdAt);

    ANNALIST_VERIFY_OK(annotations().remove(*id));
    QCOMPARE(annotations().find(*id).error().code, StorageError::Code::NotFound);
    // A new annotation never takes the id of the removed one.
    const Result<qint64> later = annotations().add(annotation(m_event, QStringLiteral("later"), utc(2025, 3, 1)));
    ANNALIST_VERIFY_OK(later);
    QVERIFY(*later > *id);

    ANNALIST_VERIFY_OK(annotations().restore(*original));
    QCOMPARE(annotations().restore(*original).error().code, StorageError::Code::Constraint);
    ChronologyAnnotation withoutId = *original;
    withoutId.id = 0;
    QCOMPARE(annotations().restore(withoutId).error().code, StorageError::Code::Constraint);

    QVERIFY(m_project.reopen());
    const Result<ChronologyAnnotation> found = annotations().find(*id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->eventId, m_event);
    QCOMPARE(found->comment, original->comment);
    QCOMPARE(found->highlight.isValid(), expected.isValid());
    if (expected.isValid())
        QCOMPARE(found->highlight, expected);
    QCOMPARE(found->createdAt, stored.createdAt);
}

void TestChronologyAnnotationRepository::unknownIdsAreNotFound()
{
    QCOMPARE(annotations().find(9999).error().code, StorageError::Code::NotFound);
    QCOMPARE(annotations().setComment(9999, QStringLiteral("c")).error().code, StorageError::Code::NotFound);
    QCOMPARE(annotations().setHighlight(9999, Qt::red).error().code, StorageError::Code::NotFound);
    QCOMPARE(annotations().remove(9999).error().code, StorageError::Code::NotFound);
    QVERIFY(annotations().listForEvent(9999)->isEmpty());
}

QTEST_GUILESS_MAIN(TestChronologyAnnotationRepository)
#include "tst_chronologyannotationrepository.moc"
