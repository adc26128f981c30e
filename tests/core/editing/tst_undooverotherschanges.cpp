// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Two analysts of a team project (two database users of the test server): Ada edits, Ben
// changes the same row after her, and Ada's undo is refused instead of overwriting Ben's
// decision, with a message that names him; where nobody came after her, her undo goes
// through. One row per kind of decision that an undo puts back. Likewise a decision Ada
// makes on what her window showed is refused when Ben decided it in the meantime.

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

#include <algorithm>
#include <functional>

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
    // Ada's decision, made when she acts on what her window shows.
    using AdasDecision = std::function<ProjectCommand *(ProjectSignals &)>;
    // What Ada's window shows of the decision now, read over her connection, and her
    // decision against it.
    AdasDecision adasDecisionAsShown(Decision decision);
    // Another decision of the same thing (unlike Ada's and the sample's), as `who`.
    Status othersDecision(Project &who, Decision decision);

    QTemporaryDir m_dir;
    QString m_sample;
    QString m_database;
    std::unique_ptr<Project> m_ada;
    std::unique_ptr<Project> m_ben;
    qint64 m_mention = 0;
    // A mention Ada confirmed, to link to another entity: a proposal's link is nobody's
    // decision (it carries no name).
    qint64 m_decidedMention = 0;
    qint64 m_entity = 0;
    qint64 m_otherEntity = 0;
    qint64 m_thirdEntity = 0;
    qint64 m_otherType = 0;
    qint64 m_thirdType = 0;
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

    // A proposal and a mention Ada confirmed, the proposal's entity, another of its type
    // and a third entity, two other types, an event with supporting evidence.
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
    for (const Entity &other : *entities) {
        if (other.id != m_entity && other.id != m_otherEntity && m_thirdEntity == 0)
            m_thirdEntity = other.id;
    }
    for (const Mention &mention : *mentions) {
        if (mention.id != m_mention && mention.entityId != m_otherEntity && mention.entityId != m_thirdEntity) {
            m_decidedMention = mention.id;
            break;
        }
    }
    QVERIFY(m_decidedMention != 0);
    QVERIFY(m_ada->mentions().setStatus(m_decidedMention, Mention::Status::Confirmed));
    const auto types = m_ada->entities().types();
    QVERIFY(types);
    for (const EntityType &type : *types) {
        if (type.id != entity->typeId && m_otherType == 0)
            m_otherType = type.id;
        else if (type.id != entity->typeId && m_thirdType == 0)
            m_thirdType = type.id;
    }
    const auto events = m_ada->events().list();
    QVERIFY(events);
    for (const Event &event : *events) {
        const auto evidence = m_ada->evidence().listForEvent(event.id);
        QVERIFY(evidence);
        const auto supporting = std::find_if(evidence->cbegin(), evidence->cend(), [](const Evidence &passage) {
            return passage.stance == Evidence::Stance::Supports;
        });
        if (supporting != evidence->cend()) {
            m_event = event.id;
            m_evidence = supporting->id;
            break;
        }
    }
    QVERIFY(m_otherEntity != 0 && m_thirdEntity != 0 && m_otherType != 0 && m_thirdType != 0 && m_evidence != 0);
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
        const auto mention
            = project.mentions().find(decision == Decision::MentionEntity ? m_decidedMention : m_mention);
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
        return new SetMentionEntityCommand(ada, projectSignals, m_decidedMention, m_otherEntity);
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
        return ben.mentions().setStatus(m_mention, Mention::Status::Rejected);
    case Decision::MentionEntity:
        return ben.mentions().setStatus(m_decidedMention, Mention::Status::Rejected);
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

TestUndoOverOthersChanges::AdasDecision TestUndoOverOthersChanges::adasDecisionAsShown(Decision decision)
{
    Project &ada = *m_ada;
    switch (decision) {
    case Decision::MentionStatus: {
        const Mention::Status shown = ada.mentions().find(m_mention)->status;
        return [this, shown](ProjectSignals &projectSignals) {
            return new SetMentionStatusCommand(*m_ada, projectSignals, { m_mention }, Mention::Status::Confirmed,
                                               { { m_mention, shown } });
        };
    }
    case Decision::MentionEntity: {
        const qint64 shown = ada.mentions().find(m_decidedMention)->entityId;
        return [this, shown](ProjectSignals &projectSignals) {
            return new SetMentionEntityCommand(*m_ada, projectSignals, m_decidedMention, m_otherEntity, shown);
        };
    }
    case Decision::EntityName: {
        const QString shown = ada.entities().find(m_entity)->canonicalName;
        return [this, shown](ProjectSignals &projectSignals) {
            return new RenameEntityCommand(*m_ada, projectSignals, m_entity, QStringLiteral("Named by Ada"), shown);
        };
    }
    case Decision::EntityType: {
        const qint64 shown = ada.entities().find(m_entity)->typeId;
        return [this, shown](ProjectSignals &projectSignals) {
            return new SetEntityTypeCommand(*m_ada, projectSignals, m_entity, m_otherType, shown);
        };
    }
    case Decision::EntityRoles: {
        const QList<EntityRole> shown = ada.entities().find(m_entity)->roles;
        return [this, shown](ProjectSignals &projectSignals) {
            EntityRole role;
            role.title = QStringLiteral("Harbour master");
            return new SetEntityRolesCommand(*m_ada, projectSignals, m_entity, shown + QList<EntityRole> { role },
                                             shown);
        };
    }
    case Decision::EvidenceStance: {
        const Evidence::Stance shown = ada.evidence().find(m_evidence)->stance;
        return [this, shown](ProjectSignals &projectSignals) {
            return new SetEvidenceStanceCommand(*m_ada, projectSignals, m_evidence, Evidence::Stance::Contradicts,
                                                shown);
        };
    }
    case Decision::EvidenceNote: {
        const QString shown = ada.evidence().find(m_evidence)->note;
        return [this, shown](ProjectSignals &projectSignals) {
            return new SetEvidenceNoteCommand(*m_ada, projectSignals, m_evidence, QStringLiteral("Ada: second-hand"),
                                              shown);
        };
    }
    case Decision::ChronologyComment: {
        const auto annotations = ada.annotations().listForEvent(m_event);
        SetChronologyAnnotationCommand::Shown shown;
        if (!annotations->isEmpty())
            shown = { annotations->first().comment, annotations->first().highlight };
        return [this, shown](ProjectSignals &projectSignals) {
            return new SetChronologyAnnotationCommand(*m_ada, projectSignals, m_event,
                                                      QStringLiteral("Ada: check this"), std::nullopt, shown);
        };
    }
    case Decision::SourceGrade: {
        const ReliabilityGrade shown = ada.sources().metadata(1)->reliability;
        return [this, shown](ProjectSignals &projectSignals) {
            return new SetSourceGradeCommand(*m_ada, projectSignals, 1, ReliabilityGrade::E, shown);
        };
    }
    }
    return {};
}

Status TestUndoOverOthersChanges::othersDecision(Project &who, Decision decision)
{
    switch (decision) {
    case Decision::MentionStatus:
        return who.mentions().setStatus(m_mention, Mention::Status::Rejected);
    case Decision::MentionEntity:
        return who.mentions().setEntity(m_decidedMention, m_thirdEntity);
    case Decision::EntityName:
        return who.entities().rename(m_entity, QStringLiteral("Named by Ben"));
    case Decision::EntityType:
        return who.entities().setType(m_entity, m_thirdType);
    case Decision::EntityRoles: {
        EntityRole role;
        role.title = QStringLiteral("Port director");
        const auto added = who.entities().addRole(m_entity, role);
        return added ? ok() : Status(added.error());
    }
    case Decision::EvidenceStance:
        return who.evidence().setStance(m_evidence, Evidence::Stance::Mentions);
    case Decision::EvidenceNote:
        return who.evidence().setNote(m_evidence, QStringLiteral("Ben: confirmed by phone"));
    case Decision::ChronologyComment: {
        const auto annotations = who.annotations().listForEvent(m_event);
        if (!annotations)
            return annotations.error();
        if (!annotations->isEmpty())
            return who.annotations().setComment(annotations->first().id, QStringLiteral("Ben: checked"));
        ChronologyAnnotation annotation;
        annotation.eventId = m_event;
        annotation.comment = QStringLiteral("Ben: checked");
        const auto added = who.annotations().add(annotation);
        return added ? ok() : Status(added.error());
    }
    case Decision::SourceGrade:
        return who.sources().setReliability(1, ReliabilityGrade::A);
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

// Two analysts deciding one thing at once: Ada's window showed it, Ben decides it
// before her window has caught up, and Ada decides too. Her decision expects what her
// window showed, so it is refused with Ben's name and what he left; once her window
// shows his decision, or when the change was her own, she may decide again.
void TestUndoOverOthersChanges::decisionIsMadeOnWhatTheWindowShowed_data()
{
    QTest::addColumn<int>("decision");
    QTest::addColumn<QString>("changedBy");
    QTest::addColumn<bool>("showsTheChange");
    QTest::addColumn<bool>("refused");
    // What the refusal says Ben left (see othersDecision()).
    QTest::addColumn<QStringList>("now");

    struct Kind
    {
        const char *name;
        Decision decision;
        QStringList now;
    };
    const Kind kinds[] = {
        { "mention status", Decision::MentionStatus, { QStringLiteral("is now rejected") } },
        { "mention's entity", Decision::MentionEntity, { QStringLiteral("is now linked to") } },
        { "entity name", Decision::EntityName, { QStringLiteral("is now named \u201cNamed by Ben\u201d") } },
        { "entity type", Decision::EntityType, { QStringLiteral("now has the type") } },
        { "entity roles", Decision::EntityRoles, { QStringLiteral("the roles of"), QStringLiteral("Port director") } },
        { "evidence stance",
          Decision::EvidenceStance,
          { QStringLiteral("the passage is now marked as a mention only") } },
        { "evidence note",
          Decision::EvidenceNote,
          { QStringLiteral("the passage's note is now \u201cBen: confirmed by phone\u201d") } },
        { "chronology comment",
          Decision::ChronologyComment,
          { QStringLiteral("now has the comment \u201cBen: checked\u201d") } },
        { "source grade", Decision::SourceGrade, { QStringLiteral("is now graded A") } },
    };
    for (const Kind &kind : kinds) {
        QTest::addRow("%s: Ben decided after Ada's window showed it", kind.name)
            << int(kind.decision) << QStringLiteral("ben") << false << true << kind.now;
        QTest::addRow("%s: Ada's window showed Ben's decision", kind.name)
            << int(kind.decision) << QStringLiteral("ben") << true << false << QStringList();
        QTest::addRow("%s: nobody else decided", kind.name)
            << int(kind.decision) << QString() << false << false << QStringList();
        QTest::addRow("%s: Ada decided it in another window", kind.name)
            << int(kind.decision) << QStringLiteral("ada") << false << false << QStringList();
    }
}

void TestUndoOverOthersChanges::decisionIsMadeOnWhatTheWindowShowed()
{
    QFETCH(int, decision);
    QFETCH(QString, changedBy);
    QFETCH(bool, showsTheChange);
    QFETCH(bool, refused);
    QFETCH(QStringList, now);
    const auto kind = Decision(decision);

    // What Ada's window showed: the state before the other change, or after it.
    AdasDecision adas = adasDecisionAsShown(kind);
    if (!changedBy.isEmpty()) {
        QTest::qWait(2); // a later millisecond
        const Status changed = othersDecision(changedBy == QLatin1StringView("ben") ? *m_ben : *m_ada, kind);
        QVERIFY2(changed, qPrintable(changed ? QString() : changed.error().message));
        if (showsTheChange)
            adas = adasDecisionAsShown(kind);
    }
    const QString theirs = state(*m_ben, kind);
    ProjectSignals projectSignals;
    QSignalSpy errors(&projectSignals, &ProjectSignals::errorOccurred);
    QUndoStack stack;
    stack.push(adas(projectSignals));

    if (!refused) {
        QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).value(0).toString()));
        QVERIFY2(state(*m_ben, kind) != theirs, qPrintable(theirs));
        QCOMPARE(stack.count(), 1);
        return;
    }
    QCOMPARE(errors.size(), 1);
    const QString message = errors.first().at(0).toString();
    QVERIFY2(message.contains(test::TestServer::userName(QStringLiteral("ben"))), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("after your window showed it")), qPrintable(message));
    for (const QString &words : std::as_const(now))
        QVERIFY2(message.contains(words), qPrintable(message));
    QCOMPARE(state(*m_ben, kind), theirs);
    QCOMPARE(stack.count(), 0); // nothing to undo
}

QTEST_GUILESS_MAIN(TestUndoOverOthersChanges)
#include "tst_undooverotherschanges.moc"
