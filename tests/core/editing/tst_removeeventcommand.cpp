// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/RemoveEventCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"
#include "TimeValueOutput.h"

#include "model/ChronologyAnnotation.h"
#include "model/Event.h"
#include "model/Evidence.h"
#include "model/Note.h"
#include "storage/ChronologyAnnotationRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/NoteRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace annalist;
using annalist::test::ProjectFixture;
using annalist::test::utc;

namespace {

const QString body
    = QStringLiteral("Rubio met Sheinbaum in Mexico City on Tuesday. Officials called the talks productive.");

} // namespace

class TestRemoveEventCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void removesAndRestores_data();
    void removesAndRestores();
    void survivesReopening();
    void unknownEventFails();
    void undoStackRoundTrip();

private:
    // An event with `evidence` passages, `annotations` annotations and `notes` notes.
    qint64 addEvent(const QString &title, int evidence, int annotations, int notes);

    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_source = 0;
    qint64 m_rubio = 0;
    qint64 m_sheinbaum = 0;
    qint64 m_mexicoCity = 0;
};

void TestRemoveEventCommand::init()
{
    QVERIFY(m_fixture.create());
    m_source = m_fixture.addSource(QStringLiteral("Talks"), body);
    m_rubio = m_fixture.addEntity(QStringLiteral("Marco Rubio"));
    m_sheinbaum = m_fixture.addEntity(QStringLiteral("Claudia Sheinbaum"));
    m_mexicoCity = m_fixture.addEntity(QStringLiteral("Mexico City"), QStringLiteral("Place"));
    QVERIFY(m_source && m_rubio && m_sheinbaum && m_mexicoCity);
}

void TestRemoveEventCommand::cleanup()
{
    m_fixture.close();
}

qint64 TestRemoveEventCommand::addEvent(const QString &title, int evidence, int annotations, int notes)
{
    Project &project = m_fixture.project();
    Event event;
    event.title = title;
    event.kind = QStringLiteral("Meeting");
    event.time = TimeValue::day(QDate(2025, 2, 4), TimeValue::Qualifier::Uncertain);
    event.placeEntityId = m_mexicoCity;
    event.participants = { { m_sheinbaum, QStringLiteral("host") }, { m_rubio, QStringLiteral("guest") } };
    event.tags = { QStringLiteral("security"), QStringLiteral("Bilateral") };
    event.credibility = 2;
    const Result<qint64> id = project.events().add(event);
    if (!id)
        return 0;
    for (int i = 0; i < evidence; ++i) {
        Evidence passage;
        passage.eventId = *id;
        passage.sourceId = m_source;
        passage.start = i * 10;
        passage.end = i * 10 + 9;
        passage.quote = body.mid(passage.start, 9);
        passage.stance = i % 2 ? Evidence::Stance::Contradicts : Evidence::Stance::Supports;
        passage.reported = TimeValue::day(QDate(2025, 2, 5 + i));
        passage.note = QStringLiteral("passage %1").arg(i);
        if (!project.evidence().add(passage))
            return 0;
    }
    for (int i = 0; i < annotations; ++i) {
        ChronologyAnnotation annotation;
        annotation.eventId = *id;
        annotation.comment = QStringLiteral("comment %1").arg(i);
        annotation.highlight = i % 2 ? QColor() : QColor(0xff, 0xd7, 0x00);
        annotation.createdAt = utc(2025, 3, 1 + i, 10, 0).addMSecs(17);
        if (!project.annotations().add(annotation))
            return 0;
    }
    for (int i = 0; i < notes; ++i) {
        Note note;
        note.subject = Note::Subject::Event;
        note.subjectId = *id;
        note.body = QStringLiteral("Ask the embassy, note %1").arg(i);
        note.createdAt = utc(2025, 3, 2 + i);
        note.updatedAt = utc(2025, 3, 3 + i);
        if (!project.notes().add(note))
            return 0;
    }
    return *id;
}

void TestRemoveEventCommand::removesAndRestores_data()
{
    QTest::addColumn<int>("evidence");
    QTest::addColumn<int>("annotations");
    QTest::addColumn<int>("notes");

    QTest::newRow("bare event") << 0 << 0 << 0;
    QTest::newRow("with evidence") << 3 << 0 << 0;
    QTest::newRow("with annotations and notes") << 0 << 2 << 2;
    QTest::newRow("with everything") << 2 << 1 << 1;
}

void TestRemoveEventCommand::removesAndRestores()
{
    QFETCH(int, evidence);
    QFETCH(int, annotations);
    QFETCH(int, notes);

    const qint64 kept = addEvent(QStringLiteral("Kept"), 1, 1, 1);
    const qint64 id = addEvent(QStringLiteral("Rubio meets Sheinbaum"), evidence, annotations, notes);
    QVERIFY(kept > 0 && id > 0);
    Project &project = m_fixture.project();
    const QStringList original = m_fixture.dump(true);

    QSignalSpy removed(&m_signals, &ProjectSignals::eventRemoved);
    QSignalSpy changed(&m_signals, &ProjectSignals::eventsChanged);
    QSignalSpy evidenceChanged(&m_signals, &ProjectSignals::evidenceChanged);
    QSignalSpy annotationsChanged(&m_signals, &ProjectSignals::annotationsChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);

    RemoveEventCommand command(project, m_signals, id);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(command.text(), QStringLiteral("Remove event \u201cRubio meets Sheinbaum\u201d"));
    QCOMPARE(project.events().find(id).error().code, StorageError::Code::NotFound);
    QVERIFY(project.evidence().listForEvent(id)->isEmpty());
    QVERIFY(project.annotations().listForEvent(id)->isEmpty());
    QVERIFY(project.notes().listForSubject(Note::Subject::Event, id)->isEmpty());
    QCOMPARE(project.evidence().listForEvent(kept)->size(), 1);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.at(0).at(0).toLongLong(), id);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(evidenceChanged.count(), evidence > 0 ? 1 : 0);
    QCOMPARE(annotationsChanged.count(), annotations > 0 ? 1 : 0);
    const QStringList gone = m_fixture.dump(true);

    command.undo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    // Every row is back under its id, creation times included.
    QCOMPARE(m_fixture.dump(true), original);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), id);
    QCOMPARE(evidenceChanged.count(), evidence > 0 ? 2 : 0);
    QCOMPARE(annotationsChanged.count(), annotations > 0 ? 2 : 0);
    if (notes > 0)
        QCOMPARE(project.notes().search(QStringLiteral("embassy"))->size(), notes + 1);

    command.redo();
    QCOMPARE(m_fixture.dump(true), gone);
    command.undo();
    QCOMPARE(m_fixture.dump(true), original);
    QCOMPARE(removed.count(), 2);
    QCOMPARE(errors.count(), 0);
}

void TestRemoveEventCommand::survivesReopening()
{
    const qint64 id = addEvent(QStringLiteral("Rubio meets Sheinbaum"), 1, 1, 1);
    QVERIFY(id > 0);
    {
        RemoveEventCommand command(m_fixture.project(), m_signals, id);
        command.redo();
        QVERIFY(!command.hasFailed());
    }
    QVERIFY(m_fixture.reopen());
    QCOMPARE(m_fixture.project().events().find(id).error().code, StorageError::Code::NotFound);
}

void TestRemoveEventCommand::unknownEventFails()
{
    QVERIFY(addEvent(QStringLiteral("Kept"), 1, 1, 1) > 0);
    const QStringList original = m_fixture.dump(true);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QSignalSpy removed(&m_signals, &ProjectSignals::eventRemoved);
    RemoveEventCommand command(m_fixture.project(), m_signals, 9999);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(m_fixture.dump(true), original);
}

void TestRemoveEventCommand::undoStackRoundTrip()
{
    const qint64 first = addEvent(QStringLiteral("First"), 2, 1, 0);
    const qint64 second = addEvent(QStringLiteral("Second"), 1, 0, 1);
    QVERIFY(first > 0 && second > 0);
    const QStringList original = m_fixture.dump(true);

    QUndoStack stack;
    stack.push(new RemoveEventCommand(m_fixture.project(), m_signals, first));
    stack.push(new RemoveEventCommand(m_fixture.project(), m_signals, second));
    QCOMPARE(stack.count(), 2);
    QVERIFY(m_fixture.project().events().list()->isEmpty());
    const QStringList empty = m_fixture.dump(true);

    stack.undo();
    stack.undo();
    QCOMPARE(m_fixture.dump(true), original);
    stack.redo();
    stack.redo();
    QCOMPARE(m_fixture.dump(true), empty);
    stack.undo();
    stack.undo();
    QCOMPARE(m_fixture.dump(true), original);
}

QTEST_GUILESS_MAIN(TestRemoveEventCommand)
#include "tst_removeeventcommand.moc"
