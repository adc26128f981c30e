// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two analysts of a team project (two database users of the test server): Ada edits, Ben
// changes the same row after her, and Ada's undo is refused instead of overwriting Ben's
// decision, with a message that names him; where nobody came after her, her undo goes
// through. One row per kind of decision that an undo puts back.

#include "TestServer.h"

#include "editing/RenameEntityCommand.h"
#include "editing/SetChronologyAnnotationCommand.h"
#include "editing/SetEntityRolesCommand.h"
#include "editing/SetEntityTypeCommand.h"
#include "editing/SetEvidenceNoteCommand.h"
#include "editing/SetEvidenceStanceCommand.h"
#include "editing/SetMentionEntityCommand.h"
#include "editing/SetMentionStatusCommand.h"
#include "editing/SetSourceGradeCommand.h"
#include "sample/SampleProject.h"
#include "storage/ChronologyAnnotationRepository.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/ProjectCopy.h"
#include "storage/ProjectSignals.h"
#include "storage/SourceRepository.h"
#include "storage/TeamRoles.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace annalist;

namespace {

enum class Decision {
    MentionStatus,
    MentionEntity,
    EntityName,
    EntityType,
    EntityRoles,
    EvidenceStance,
    EvidenceNote,
    ChronologyComment,
    SourceGrade
};

} // namespace

class TestUndoOverOthersChanges : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void undoKeepsALaterDecisionOfAnother_data();
    void undoKeepsALaterDecisionOfAnother();
    void redoKeepsADecisionMadeAfterTheUndo();
    void decisionIsMadeOnWhatTheWindowShowed_data();
    void decisionIsMadeOnWhatTheWindowShowed();

private:
    // What the decision's row says now, as one line to compare.
    QString state(Project &project, Decision decision);
    // Ada's edit of the row.
    ProjectCommand *adasEdit(Decision decision, ProjectSignals &projectSignals);
    // Ben's change of the same row, through his own connection.
    Status bensChange(Decision decision);

    QTemporaryDir m_dir;
    QString m_sample;
    QString m_database;
    std::unique_ptr<Project> m_ada;
    std::unique_ptr<Project> m_ben;
    qint64 m_mention = 0;
    qint64 m_entity = 0;
    qint64 m_otherEntity = 0;
    qint64 m_otherType = 0;
    qint64 m_evidence = 0;
    qint64 m_event = 0;
};

void TestUndoOverOthersChanges::initTestCase()
{
    if (!test::TestServer::isAvailable())
        QSKIP("the PostgreSQL test server is not running (ctest starts it for the tests labelled postgresql)");
    m_sample = m_dir.filePath(QStringLiteral("sample.annalist"));
    const Status made = SampleProject::ensureExists(m_sample);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
}

void TestUndoOverOthersChanges::init()
{
    m_database = test::TestServer::createDatabase();
    QVERIFY(!m_database.isEmpty());
    {
        auto local = Project::openReadOnly(m_sample);
        QVERIFY(local);
        auto server = Project::create(test::TestServer::adminUri(m_database));
        QVERIFY2(server, qPrintable(server ? QString() : server.error().message));
        const auto copied = ProjectCopy::copy(**local, **server);
        QVERIFY2(copied, qPrintable(copied ? QString() : copied.error().message));
        TeamRoles team((*server)->database());
        for (const QString &name : { QStringLiteral("ada"), QStringLiteral("ben") }) {
            QVERIFY(test::TestServer::createUser(name));
            const Status granted = team.grant(test::TestServer::userName(name), TeamRoles::Role::Editor);
            QVERIFY2(granted, qPrintable(granted ? QString() : granted.error().message));
        }
    }
    auto ada = Project::open(test::TestServer::userUri(m_database, QStringLiteral("ada")));
    QVERIFY2(ada, qPrintable(ada ? QString() : ada.error().message));
    auto ben = Project::open(test::TestServer::userUri(m_database, QStringLiteral("ben")));
    QVERIFY2(ben, qPrintable(ben ? QString() : ben.error().message));
    m_ada = std::move(*ada);
    m_ben = std::move(*ben);

    // A proposal, its entity and another of the same type, an event with evidence.
    const auto mentions = m_ada->mentions().listForSource(1);
    QVERIFY(mentions);
    for (const Mention &mention : *mentions) {
        if (mention.status == Mention::Status::Candidate) {
            m_mention = mention.id;
            m_entity = mention.entityId;
            break;
        }
    }
    QVERIFY(m_mention != 0);
    const auto entity = m_ada->entities().find(m_entity);
    QVERIFY(entity);
    const auto entities = m_ada->entities().list();
    QVERIFY(entities);
    for (const Entity &other : *entities) {
        if (other.id != m_entity && other.typeId == entity->typeId && m_otherEntity == 0)
            m_otherEntity = other.id;
    }
    const auto types = m_ada->entities().types();
    QVERIFY(types);
    for (const EntityType &type : *types) {
        if (type.id != entity->typeId && m_otherType == 0)
            m_otherType = type.id;
    }
    const auto events = m_ada->events().list();
    QVERIFY(events);
    for (const Event &event : *events) {
        const auto evidence = m_ada->evidence().listForEvent(event.id);
        QVERIFY(evidence);
        if (!evidence->isEmpty()) {
            m_event = event.id;
            m_evidence = evidence->first().id;
            break;
        }
    }
    QVERIFY(m_otherEntity != 0 && m_otherType != 0 && m_evidence != 0);
}

void TestUndoOverOthersChanges::cleanup()
{
    m_ada.reset();
    m_ben.reset();
    if (!m_database.isEmpty())
        test::TestServer::dropDatabase(m_database);
    for (const QString &name : { QStringLiteral("ada"), QStringLiteral("ben") })
        test::TestServer::dropUser(name);
}

QString TestUndoOverOthersChanges::state(Project &project, Decision decision)
{
    switch (decision) {
    case Decision::MentionStatus:
    case Decision::MentionEntity: {
        const auto mention = project.mentions().find(m_mention);
        return mention ? QStringLiteral("%1 %2").arg(int(mention->status)).arg(mention->entityId) : QString();
    }
    case Decision::EntityName:
    case Decision::EntityType:
    case Decision::EntityRoles: {
        const auto entity = project.entities().find(m_entity);
        if (!entity)
            return {};
        QStringList roles;
        for (const EntityRole &role : entity->roles)
            roles << role.title;
        roles.sort();
        return QStringLiteral("%1 %2 %3").arg(entity->canonicalName).arg(entity->typeId).arg(roles.join(u','));
    }
    case Decision::EvidenceStance:
    case Decision::EvidenceNote: {
        const auto evidence = project.evidence().find(m_evidence);
        return evidence ? QStringLiteral("%1 %2").arg(int(evidence->stance)).arg(evidence->note) : QString();
    }
    case Decision::ChronologyComment: {
        const auto annotations = project.annotations().listForEvent(m_event);
        return annotations ? (annotations->isEmpty() ? QStringLiteral("none") : annotations->first().comment)
                           : QString();
    }
    case Decision::SourceGrade: {
        const auto source = project.sources().metadata(1);
        return source ? reliabilityGradeLetter(source->reliability) : QString();
    }
    }
    return {};
}

ProjectCommand *TestUndoOverOthersChanges::adasEdit(Decision decision, ProjectSignals &projectSignals)
{
    Project &ada = *m_ada;
    switch (decision) {
    case Decision::MentionStatus:
        return new SetMentionStatusCommand(ada, projectSignals, { m_mention }, Mention::Status::Confirmed);
    case Decision::MentionEntity:
        return new SetMentionEntityCommand(ada, projectSignals, m_mention, m_otherEntity);
    case Decision::EntityName:
        return new RenameEntityCommand(ada, projectSignals, m_entity, QStringLiteral("Named by Ada"));
    case Decision::EntityType:
        return new SetEntityTypeCommand(ada, projectSignals, m_entity, m_otherType);
    case Decision::EntityRoles: {
        EntityRole role;
        role.title = QStringLiteral("Harbour master");
        return new SetEntityRolesCommand(ada, projectSignals, m_entity, { role });
    }
    case Decision::EvidenceStance:
        return new SetEvidenceStanceCommand(ada, projectSignals, m_evidence, Evidence::Stance::Contradicts);
    case Decision::EvidenceNote:
        return new SetEvidenceNoteCommand(ada, projectSignals, m_evidence, QStringLiteral("Ada: second-hand"));
    case Decision::ChronologyComment:
        return new SetChronologyAnnotationCommand(ada, projectSignals, m_event, QStringLiteral("Ada: check this"),
                                                  std::nullopt);
    case Decision::SourceGrade:
        return new SetSourceGradeCommand(ada, projectSignals, 1, ReliabilityGrade::E);
    }
    return nullptr;
}

Status TestUndoOverOthersChanges::bensChange(Decision decision)
{
    Project &ben = *m_ben;
    switch (decision) {
    case Decision::MentionStatus:
    case Decision::MentionEntity:
        return ben.mentions().setStatus(m_mention, Mention::Status::Rejected);
    case Decision::EntityName:
    case Decision::EntityType:
        return ben.entities().rename(m_entity, QStringLiteral("Named by Ben"));
    case Decision::EntityRoles: {
        EntityRole role;
        role.title = QStringLiteral("Port director");
        const auto added = ben.entities().addRole(m_entity, role);
        return added ? ok() : Status(added.error());
    }
    case Decision::EvidenceStance:
    case Decision::EvidenceNote:
        return ben.evidence().setNote(m_evidence, QStringLiteral("Ben: confirmed by phone"));
    case Decision::ChronologyComment: {
        const auto annotations = ben.annotations().listForEvent(m_event);
        if (!annotations)
            return annotations.error();
        if (annotations->isEmpty())
            return StorageError { StorageError::Code::NotFound, QStringLiteral("Ada's comment is not there") };
        return ben.annotations().setComment(annotations->first().id, QStringLiteral("Ben: checked"));
    }
    case Decision::SourceGrade:
        return ben.sources().setReliability(1, ReliabilityGrade::A);
    }
    return ok();
}

void TestUndoOverOthersChanges::undoKeepsALaterDecisionOfAnother_data()
{
    QTest::addColumn<int>("decision");
    QTest::addColumn<bool>("benComesAfter");
    const std::pair<const char *, Decision> decisions[] = {
        { "mention status", Decision::MentionStatus }, { "mention's entity", Decision::MentionEntity },
        { "entity name", Decision::EntityName },       { "entity type", Decision::EntityType },
        { "entity roles", Decision::EntityRoles },     { "evidence stance", Decision::EvidenceStance },
        { "evidence note", Decision::EvidenceNote },   { "chronology comment", Decision::ChronologyComment },
        { "source grade", Decision::SourceGrade },
    };
    for (const auto &[name, decision] : decisions) {
        QTest::addRow("%s, Ben after Ada", name) << int(decision) << true;
        QTest::addRow("%s, nobody after Ada", name) << int(decision) << false;
    }
}

void TestUndoOverOthersChanges::undoKeepsALaterDecisionOfAnother()
{
    QFETCH(int, decision);
    QFETCH(bool, benComesAfter);
    const auto kind = Decision(decision);
    ProjectSignals projectSignals;
    QSignalSpy errors(&projectSignals, &ProjectSignals::errorOccurred);
    QUndoStack stack;
    const QString before = state(*m_ada, kind);
    stack.push(adasEdit(kind, projectSignals));
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
    const QString afterAda = state(*m_ada, kind);
    QVERIFY(afterAda != before);

    if (!benComesAfter) {
        stack.undo();
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
        QCOMPARE(state(*m_ben, kind), before);
        return;
    }
    QTest::qWait(2); // a later millisecond
    const Status changed = bensChange(kind);
    QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
    const QString afterBen = state(*m_ben, kind);
    QVERIFY(afterBen != afterAda);

    stack.undo();
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().at(0).toString();
    QVERIFY2(message.contains(test::TestServer::userName(QStringLiteral("ben"))), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("after your edit")), qPrintable(message));
    QCOMPARE(state(*m_ada, kind), afterBen);
}

void TestUndoOverOthersChanges::redoKeepsADecisionMadeAfterTheUndo()
{
    ProjectSignals projectSignals;
    QSignalSpy errors(&projectSignals, &ProjectSignals::errorOccurred);
    QUndoStack stack;
    stack.push(adasEdit(Decision::EvidenceNote, projectSignals));
    stack.undo();
    QVERIFY(errors.isEmpty());
    QTest::qWait(2);
    const Status changed = bensChange(Decision::EvidenceNote);
    QVERIFY(changed);
    stack.redo();
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().at(0).toString().contains(QStringLiteral("after you undid")),
             qPrintable(errors.first().at(0).toString()));
    QVERIFY2(state(*m_ada, Decision::EvidenceNote).contains(QStringLiteral("Ben: confirmed by phone")),
             qPrintable(state(*m_ada, Decision::EvidenceNote)));
}

// Two analysts deciding one mention at once: Ada's window showed it as proposed, Ben
// rejects it before her window has caught up, and Ada confirms it. Her confirmation
// expects what her window showed, so it is refused with Ben's name and his decision;
// once her window shows his, or when the change was her own, she may decide again.
void TestUndoOverOthersChanges::decisionIsMadeOnWhatTheWindowShowed_data()
{
    QTest::addColumn<int>("decision");
    QTest::addColumn<QString>("changedBy");
    QTest::addColumn<bool>("showsTheChange");
    QTest::addColumn<bool>("refused");

    for (const auto &[kind, decision] : { std::pair { "mention status", Decision::MentionStatus },
                                          std::pair { "source grade", Decision::SourceGrade } }) {
        QTest::addRow("%s: Ben decided after Ada's window showed it", kind)
            << int(decision) << QStringLiteral("ben") << false << true;
        QTest::addRow("%s: Ada's window showed Ben's decision", kind)
            << int(decision) << QStringLiteral("ben") << true << false;
        QTest::addRow("%s: nobody else decided", kind) << int(decision) << QString() << false << false;
        QTest::addRow("%s: Ada decided it in another window", kind)
            << int(decision) << QStringLiteral("ada") << false << false;
    }
}

void TestUndoOverOthersChanges::decisionIsMadeOnWhatTheWindowShowed()
{
    QFETCH(int, decision);
    QFETCH(QString, changedBy);
    QFETCH(bool, showsTheChange);
    QFETCH(bool, refused);
    const bool grade = Decision(decision) == Decision::SourceGrade;

    // What Ada's window showed: the state before the other change, or after it.
    const auto gradeNow = [this] {
        return m_ben->sources().metadata(1)->reliability;
    };
    const auto statusNow = [this] {
        return m_ben->mentions().find(m_mention)->status;
    };
    ReliabilityGrade shownGrade = gradeNow();
    Mention::Status shownStatus = statusNow();
    if (!changedBy.isEmpty()) {
        Project &other = changedBy == QLatin1StringView("ben") ? *m_ben : *m_ada;
        QVERIFY(grade ? other.sources().setReliability(1, ReliabilityGrade::A)
                      : other.mentions().setStatus(m_mention, Mention::Status::Rejected));
        if (showsTheChange) {
            shownGrade = gradeNow();
            shownStatus = statusNow();
        }
    }
    const QString theirs = state(*m_ben, Decision(decision));
    ProjectSignals projectSignals;
    QSignalSpy errors(&projectSignals, &ProjectSignals::errorOccurred);
    QUndoStack stack;
    if (grade)
        stack.push(new SetSourceGradeCommand(*m_ada, projectSignals, 1, ReliabilityGrade::E, shownGrade));
    else
        stack.push(new SetMentionStatusCommand(*m_ada, projectSignals, { m_mention }, Mention::Status::Confirmed,
                                               { { m_mention, shownStatus } }));

    if (!refused) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
        QCOMPARE(grade ? reliabilityGradeLetter(gradeNow()) : QString::number(int(statusNow())),
                 grade ? QStringLiteral("E") : QString::number(int(Mention::Status::Confirmed)));
        QCOMPARE(stack.count(), 1);
        return;
    }
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().at(0).toString();
    QVERIFY2(message.contains(test::TestServer::userName(QStringLiteral("ben"))), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("after your window showed it")), qPrintable(message));
    QVERIFY2(message.contains(grade ? QStringLiteral("is now graded A") : QStringLiteral("is now rejected")),
             qPrintable(message));
    QCOMPARE(state(*m_ben, Decision(decision)), theirs);
    QCOMPARE(stack.count(), 0); // nothing to undo
}

QTEST_GUILESS_MAIN(TestUndoOverOthersChanges)
#include "tst_undooverotherschanges.moc"
