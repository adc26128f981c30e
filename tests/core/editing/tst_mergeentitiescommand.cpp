// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/AddMentionCommand.h"
#include "editing/CreateEntityWithMentionCommand.h"
#include "editing/MergeEntitiesCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include "model/Event.h"
#include "model/Note.h"
#include "storage/EventRepository.h"
#include "storage/NoteRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <algorithm>

using namespace annalist;
using annalist::test::ProjectFixture;

namespace {

const QString bodyA = QStringLiteral("Secretary Rubio arrived in Mexico City. Marco Rubio then met Sheinbaum; "
                                     "the Secretary of State Rubio called the talks productive.");
const QString bodyB = QStringLiteral("In Quito, Secretary Rubio spoke about migration.");

EntityRole role(const QString &title, const TimeValue &from)
{
    EntityRole result;
    result.title = title;
    result.from = from;
    return result;
}

} // namespace

class TestMergeEntitiesCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void mergeMovesEverything();
    void undoRestoresExactly();
    void survivesReopening();
    void failures_data();
    void failures();
    void undoStackRoundTrip();
    void failedPushIsDropped();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_sourceA = 0;
    qint64 m_sourceB = 0;
    qint64 m_from = 0; // "Secretary Rubio"
    qint64 m_into = 0; // "Marco Rubio"
    qint64 m_other = 0; // "Claudia Sheinbaum"
    QList<qint64> m_fromMentions;
    qint64 m_intoMention = 0;
    qint64 m_sharedEvent = 0;
    qint64 m_clashEvent = 0;
    qint64 m_placeEvent = 0;
    qint64 m_note = 0;
};

void TestMergeEntitiesCommand::init()
{
    QVERIFY(m_fixture.create());
    Project &project = m_fixture.project();
    m_sourceA = m_fixture.addSource(QStringLiteral("Mexico City visit"), bodyA);
    m_sourceB = m_fixture.addSource(QStringLiteral("Quito visit"), bodyB);
    m_from = m_fixture.addEntity(QStringLiteral("Secretary Rubio"), QStringLiteral("Title"),
                                 { QStringLiteral("Rubio"), QStringLiteral("the Secretary of State Rubio") },
                                 { role(QStringLiteral("Secretary of State"), TimeValue::day(QDate(2025, 1, 21))) },
                                 QStringLiteral("Sworn in on 21 January."));
    m_into = m_fixture.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"), { QStringLiteral("Rubio") },
                                 { role(QStringLiteral("Senator"), TimeValue::year(2011)) },
                                 QStringLiteral("From Florida."));
    m_other = m_fixture.addEntity(QStringLiteral("Claudia Sheinbaum"));
    QVERIFY(m_sourceA && m_sourceB && m_from && m_into && m_other);

    m_fromMentions = {
        m_fixture.addMentionOf(m_from, m_sourceA, QStringLiteral("Secretary Rubio")),
        m_fixture.addMentionOf(m_from, m_sourceA, QStringLiteral("the Secretary of State Rubio"),
                               Mention::Status::Candidate),
        m_fixture.addMentionOf(m_from, m_sourceB, QStringLiteral("Secretary Rubio")),
    };
    m_intoMention = m_fixture.addMentionOf(m_into, m_sourceA, QStringLiteral("Marco Rubio"));
    QVERIFY(!m_fromMentions.contains(0));
    QVERIFY(m_intoMention > 0);

    Event shared;
    shared.title = QStringLiteral("Rubio meets Sheinbaum");
    shared.participants = { { m_other, QStringLiteral("host") }, { m_from, QStringLiteral("guest") } };
    Event clash;
    clash.title = QStringLiteral("Press conference");
    clash.participants = { { m_into, QStringLiteral("speaker") },
                           { m_other, QStringLiteral("speaker") },
                           { m_from, QStringLiteral("speaker") } };
    Event place;
    place.title = QStringLiteral("Reception at the Secretary's residence");
    place.placeEntityId = m_from;
    const Result<qint64> sharedId = project.events().add(shared);
    const Result<qint64> clashId = project.events().add(clash);
    const Result<qint64> placeId = project.events().add(place);
    ANNALIST_VERIFY_OK(sharedId);
    ANNALIST_VERIFY_OK(clashId);
    ANNALIST_VERIFY_OK(placeId);
    m_sharedEvent = *sharedId;
    m_clashEvent = *clashId;
    m_placeEvent = *placeId;

    Note note;
    note.subject = Note::Subject::Entity;
    note.subjectId = m_from;
    note.body = QStringLiteral("Check whether the title is used before January.");
    const Result<qint64> noteId = project.notes().add(note);
    ANNALIST_VERIFY_OK(noteId);
    m_note = *noteId;
}

void TestMergeEntitiesCommand::cleanup()
{
    m_fixture.close();
}

void TestMergeEntitiesCommand::mergeMovesEverything()
{
    QSignalSpy entitiesChanged(&m_signals, &ProjectSignals::entitiesChanged);
    QSignalSpy mentionsChanged(&m_signals, &ProjectSignals::mentionsChanged);
    MergeEntitiesCommand command(m_fixture.project(), m_signals, m_from, m_into);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(entitiesChanged.count(), 1);
    QCOMPARE(mentionsChanged.count(), 2);
    QCOMPARE(mentionsChanged.at(0).at(0).toLongLong(), m_sourceA);
    QCOMPARE(mentionsChanged.at(1).at(0).toLongLong(), m_sourceB);

    Project &project = m_fixture.project();
    QCOMPARE(project.entities().find(m_from).error().code, StorageError::Code::NotFound);
    const Result<Entity> into = project.entities().find(m_into);
    ANNALIST_VERIFY_OK(into);
    QCOMPARE(into->aliases,
             QStringList({ QStringLiteral("Rubio"), QStringLiteral("Secretary Rubio"),
                           QStringLiteral("the Secretary of State Rubio") }));
    QCOMPARE(into->roles.size(), 2);
    QCOMPARE(project.mentions().listForEntity(m_into)->size(), 4);
    QCOMPARE(project.events().find(m_placeEvent)->placeEntityId, m_into);
    QCOMPARE(project.notes().find(m_note)->subjectId, m_into);
}

void TestMergeEntitiesCommand::undoRestoresExactly()
{
    const QStringList original = m_fixture.dump(true);
    const Result<Entity> fromBefore = m_fixture.project().entities().find(m_from);
    ANNALIST_VERIFY_OK(fromBefore);
    const Result<Event> clashBefore = m_fixture.project().events().find(m_clashEvent);
    ANNALIST_VERIFY_OK(clashBefore);

    MergeEntitiesCommand command(m_fixture.project(), m_signals, m_from, m_into);
    command.redo();
    QVERIFY(!command.hasFailed());
    const QStringList merged = m_fixture.dump(true);
    QVERIFY(merged != original);

    command.undo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(m_fixture.dump(true), original);

    Project &project = m_fixture.project();
    const Result<Entity> from = project.entities().find(m_from);
    ANNALIST_VERIFY_OK(from);
    QCOMPARE(from->canonicalName, fromBefore->canonicalName);
    QCOMPARE(from->typeId, fromBefore->typeId);
    QCOMPARE(from->aliases, fromBefore->aliases);
    QCOMPARE(from->notes, fromBefore->notes);
    QCOMPARE(from->roles.size(), 1);
    QCOMPARE(from->roles.first().id, fromBefore->roles.first().id);
    QList<qint64> mentionIds;
    const Result<QList<Mention>> fromMentions = project.mentions().listForEntity(m_from);
    ANNALIST_VERIFY_OK(fromMentions);
    for (const Mention &mention : *fromMentions)
        mentionIds.append(mention.id);
    std::sort(mentionIds.begin(), mentionIds.end());
    QCOMPARE(mentionIds, m_fromMentions);
    // The participation the merge dropped is back, in its place in the list.
    QCOMPARE(project.events().find(m_clashEvent)->participants, clashBefore->participants);

    command.redo();
    QCOMPARE(m_fixture.dump(true), merged);
    command.undo();
    QCOMPARE(m_fixture.dump(true), original);
}

void TestMergeEntitiesCommand::survivesReopening()
{
    {
        MergeEntitiesCommand command(m_fixture.project(), m_signals, m_from, m_into);
        command.redo();
        QVERIFY(!command.hasFailed());
    }
    QVERIFY(m_fixture.reopen());
    QCOMPARE(m_fixture.project().entities().find(m_from).error().code, StorageError::Code::NotFound);
    QCOMPARE(m_fixture.project().mentions().listForEntity(m_into)->size(), 4);
}

void TestMergeEntitiesCommand::failures_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("into");
    // 0: the "from" entity, 1: the "into" entity, other values: ids that do not exist.
    QTest::newRow("into itself") << 0 << 0;
    QTest::newRow("unknown from") << 404 << 1;
    QTest::newRow("unknown into") << 0 << 404;
}

void TestMergeEntitiesCommand::failures()
{
    QFETCH(int, from);
    QFETCH(int, into);
    const auto id = [this](int which) {
        return which == 0 ? m_from : which == 1 ? m_into : qint64(which);
    };

    const QStringList original = m_fixture.dump(true);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QSignalSpy changed(&m_signals, &ProjectSignals::entitiesChanged);
    MergeEntitiesCommand command(m_fixture.project(), m_signals, id(from), id(into));
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(true), original);
}

void TestMergeEntitiesCommand::undoStackRoundTrip()
{
    Project &project = m_fixture.project();
    const QStringList original = m_fixture.dump();
    QUndoStack stack;
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);

    // "Sheinbaum" in source A, then a new place, then the merge.
    const int sheinbaum = static_cast<int>(bodyA.indexOf(QStringLiteral("Sheinbaum")));
    auto *addMention = new AddMentionCommand(project, m_signals, m_sourceA, sheinbaum, sheinbaum + 9, m_other);
    stack.push(addMention);
    const qint64 addedMention = addMention->mentionId();
    QVERIFY(addedMention > 0);
    const int quito = static_cast<int>(bodyB.indexOf(QStringLiteral("Quito")));
    auto *create = new CreateEntityWithMentionCommand(project, m_signals, m_sourceB, quito, quito + 5,
                                                      QStringLiteral("Quito"), QStringLiteral("Place"));
    stack.push(create);
    const qint64 quitoId = create->entityId();
    QVERIFY(quitoId > 0);
    stack.push(new MergeEntitiesCommand(project, m_signals, m_from, m_into));
    QCOMPARE(stack.count(), 3);
    QCOMPARE(errors.count(), 0);
    const QStringList after = m_fixture.dump();
    QVERIFY(stack.undoText().contains(QStringLiteral("Secretary Rubio")));

    stack.undo();
    const Result<Entity> restored = project.entities().find(m_from);
    ANNALIST_VERIFY_OK(restored);
    QCOMPARE(restored->canonicalName, QStringLiteral("Secretary Rubio"));
    QCOMPARE(project.mentions().listForEntity(m_from)->size(), 3);
    QCOMPARE(project.mentions().listForEntity(m_into)->size(), 1);

    stack.undo();
    QCOMPARE(project.entities().find(quitoId).error().code, StorageError::Code::NotFound);
    stack.undo();
    QCOMPARE(m_fixture.dump(), original);
    QVERIFY(!stack.canUndo());

    stack.redo();
    stack.redo();
    stack.redo();
    QCOMPARE(m_fixture.dump(), after);
    QCOMPARE(project.mentions().find(addedMention)->entityId, m_other);
    QCOMPARE(project.entities().find(quitoId)->canonicalName, QStringLiteral("Quito"));
    QCOMPARE(stack.count(), 3);
    QCOMPARE(errors.count(), 0);
}

void TestMergeEntitiesCommand::failedPushIsDropped()
{
    QUndoStack stack;
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    stack.push(new AddMentionCommand(m_fixture.project(), m_signals, m_sourceA, 0, 9, m_other));
    QCOMPARE(stack.count(), 1);
    const QStringList before = m_fixture.dump();

    stack.push(new MergeEntitiesCommand(m_fixture.project(), m_signals, m_from, 9999));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(stack.count(), 1);
    QCOMPARE(stack.index(), 1);
    QCOMPARE(m_fixture.dump(), before);

    stack.undo();
    QVERIFY(!stack.canUndo());
}

QTEST_GUILESS_MAIN(TestMergeEntitiesCommand)
#include "tst_mergeentitiescommand.moc"
