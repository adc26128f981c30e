// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "model/Event.h"
#include "model/Note.h"
#include "model/Source.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/MentionRepository.h"
#include "storage/NoteRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/WriteTransaction.h"

#include "ProjectFixture.h"
#include "TimeValueOutput.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace annalist;

Q_DECLARE_METATYPE(annalist::Mention::Status)
using test::utc;

Q_DECLARE_METATYPE(annalist::Entity)
Q_DECLARE_METATYPE(annalist::StorageError::Code)

namespace {

EntityRole role(const QString &title, const QString &organisation, const TimeValue &from, const TimeValue &to)
{
    EntityRole result;
    result.title = title;
    result.organisation = organisation;
    result.from = from;
    result.to = to;
    return result;
}

TimeValue described(TimeValue value, const QString &expression, const QString &anchor)
{
    value.setExpression(expression);
    value.setAnchor(anchor);
    return value;
}

} // namespace

class TestEntityRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void builtInTypes_data();
    void builtInTypes();
    void addType();
    void addTypeRejects_data();
    void addTypeRejects();
    void typeColourAndRemoval();

    void roundTrip_data();
    void roundTrip();
    void rolesComeInChronologicalOrder();
    void repeatedAliasesAreStoredOnce();
    void addIsAtomic_data();
    void addIsAtomic();
    void addJoinsAnOuterTransaction();
    void unknownIdsAreNotFound_data();
    void unknownIdsAreNotFound();

    void findByName_data();
    void findByName();
    void listIsByName();

    void renameSetTypeAndNotes();
    void aliases();
    void roles();
    void removeTakesDependentsAlong();

    void mergeMovesEverything();
    void mergeKeepsTargetParticipation();
    void mergeRejects_data();
    void mergeRejects();
    void mergeIsAtomic();

    void restoreKeepsIds();
    void addIgnoresRoleIds();
    void setAliasesReplacesThem();
    void setRolesKeepsIds();
    void setRolesIsAtomic();
    void mergeRecordedCanBeUndone();
    void mergeMakesOneMentionOfASharedSpan_data();
    void mergeMakesOneMentionOfASharedSpan();
    void unmergeLeavesLaterChangesAlone();

private:
    EntityRepository &entities() { return m_project->entities(); }
    qint64 addMention(qint64 entityId, qint64 sourceId, int start, int end);

    test::ProjectFixture m_project;
};

void TestEntityRepository::init()
{
    QVERIFY(m_project.create());
}

void TestEntityRepository::cleanup()
{
    m_project.close();
}

qint64 TestEntityRepository::addMention(qint64 entityId, qint64 sourceId, int start, int end)
{
    Mention mention;
    mention.entityId = entityId;
    mention.sourceId = sourceId;
    mention.start = start;
    mention.end = end;
    mention.quote = QStringLiteral("quote");
    const Result<qint64> id = m_project->mentions().add(mention);
    return id ? *id : 0;
}

void TestEntityRepository::builtInTypes_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QColor>("color");

    QTest::newRow("person") << 0 << QStringLiteral("Person") << QColor(0x1f, 0x77, 0xb4);
    QTest::newRow("organisation") << 1 << QStringLiteral("Organisation") << QColor(0xd6, 0x27, 0x28);
    QTest::newRow("place") << 2 << QStringLiteral("Place") << QColor(0x2c, 0xa0, 0x2c);
    QTest::newRow("title") << 3 << QStringLiteral("Title") << QColor(0x94, 0x67, 0xbd);
    QTest::newRow("other") << 4 << QStringLiteral("Other") << QColor(0x7f, 0x7f, 0x7f);
}

void TestEntityRepository::builtInTypes()
{
    QFETCH(int, position);
    QFETCH(QString, name);
    QFETCH(QColor, color);

    const Result<QList<EntityType>> types = entities().types();
    ANNALIST_VERIFY_OK(types);
    QCOMPARE(types->size(), 5);
    const EntityType &type = types->at(position);
    QCOMPARE(type.name, name);
    QCOMPARE(type.color, color);
    QVERIFY(type.builtIn);
    QVERIFY(type.id > 0);

    const Result<EntityType> found = entities().findType(name.toLower());
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->id, type.id);
    QCOMPARE(found->name, name);
}

void TestEntityRepository::addType()
{
    const QColor teal(0x00, 0x80, 0x80);
    const Result<qint64> id = entities().addType(QStringLiteral("Vessel"), teal);
    ANNALIST_VERIFY_OK(id);

    const Result<QList<EntityType>> types = entities().types();
    ANNALIST_VERIFY_OK(types);
    QCOMPARE(types->size(), 6);
    QCOMPARE(types->last().id, *id);
    QCOMPARE(types->last().name, QStringLiteral("Vessel"));
    QCOMPARE(types->last().color, teal);
    QVERIFY(!types->last().builtIn);

    const Result<EntityType> found = entities().findType(QStringLiteral("VESSEL"));
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->id, *id);
    QCOMPARE(found->color, teal);

    const Result<EntityType> missing = entities().findType(QStringLiteral("Aircraft"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, StorageError::Code::NotFound);
}

void TestEntityRepository::addTypeRejects_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<StorageError::Code>("code");

    QTest::newRow("built-in name in other case") << QStringLiteral("person") << StorageError::Code::Duplicate;
    QTest::newRow("user name again") << QStringLiteral("vessel") << StorageError::Code::Duplicate;
    QTest::newRow("empty") << QString() << StorageError::Code::Constraint;
    QTest::newRow("blank") << QStringLiteral("  ") << StorageError::Code::Constraint;
}

void TestEntityRepository::addTypeRejects()
{
    QFETCH(QString, name);
    QFETCH(StorageError::Code, code);

    ANNALIST_VERIFY_OK(entities().addType(QStringLiteral("Vessel"), Qt::blue));
    const Result<qint64> id = entities().addType(name, Qt::red);
    QVERIFY(!id);
    QCOMPARE(id.error().code, code);
    QVERIFY(!id.error().message.isEmpty());
    QCOMPARE(entities().types()->size(), 6);
}

void TestEntityRepository::typeColourAndRemoval()
{
    const Result<qint64> vessel = entities().addType(QStringLiteral("Vessel"), Qt::blue);
    ANNALIST_VERIFY_OK(vessel);
    const Result<qint64> aircraft = entities().addType(QStringLiteral("Aircraft"), QColor());
    ANNALIST_VERIFY_OK(aircraft);
    ANNALIST_VERIFY_OK(entities().setTypeColor(*vessel, QColor(0x12, 0x34, 0x56)));
    ANNALIST_VERIFY_OK(entities().setTypeColor(m_project.typeId(QStringLiteral("Place")), QColor(0xab, 0xcd, 0xef)));

    Entity ship;
    ship.typeId = *vessel;
    ship.canonicalName = QStringLiteral("Sea Watch 3");
    ANNALIST_VERIFY_OK(entities().add(ship));

    const Status builtIn = entities().removeType(m_project.typeId(QStringLiteral("Other")));
    QVERIFY(!builtIn);
    QCOMPARE(builtIn.error().code, StorageError::Code::Constraint);
    const Status inUse = entities().removeType(*vessel);
    QVERIFY(!inUse);
    QCOMPARE(inUse.error().code, StorageError::Code::Constraint);
    ANNALIST_VERIFY_OK(entities().removeType(*aircraft));

    QVERIFY(m_project.reopen());
    QCOMPARE(entities().findType(QStringLiteral("Vessel"))->color, QColor(0x12, 0x34, 0x56));
    QCOMPARE(entities().findType(QStringLiteral("Place"))->color, QColor(0xab, 0xcd, 0xef));
    QCOMPARE(entities().findType(QStringLiteral("Aircraft")).error().code, StorageError::Code::NotFound);
}

void TestEntityRepository::roundTrip_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<Entity>("entity");

    Entity rubio;
    rubio.canonicalName = QStringLiteral("Marco Rubio");
    rubio.aliases = { QStringLiteral("Rubio"), QStringLiteral("Senator Rubio"), QStringLiteral("Secretary Rubio") };
    rubio.notes = QStringLiteral("Florida senator, then Secretary of State.\nSecond line.");
    rubio.roles = {
        role(QStringLiteral("Senator"), QStringLiteral("United States Senate"), TimeValue::day(QDate(2011, 1, 3)),
             TimeValue::day(QDate(2025, 1, 20))),
        role(QStringLiteral("Secretary of State"), QStringLiteral("Department of State"),
             described(TimeValue::day(QDate(2025, 1, 21), TimeValue::Qualifier::Approximate),
                       QStringLiteral("sworn in on Tuesday"), QStringLiteral("source:3")),
             TimeValue::unknown()),
    };
    QTest::newRow("person with aliases and roles") << QStringLiteral("Person") << rubio;

    Entity city;
    city.canonicalName = QStringLiteral("Ciudad de México");
    QTest::newRow("place without aliases, roles or notes") << QStringLiteral("Place") << city;

    Entity sheinbaum;
    sheinbaum.canonicalName = QStringLiteral("Claudia Sheinbaum Pardo");
    sheinbaum.aliases
        = { QStringLiteral("sheinbaum"), QStringLiteral("Presidenta Sheinbaum"), QStringLiteral("Dra. Sheinbaum") };
    sheinbaum.roles = {
        role(QStringLiteral("President-elect"), QStringLiteral("Mexico"),
             TimeValue::between(utc(2024, 6, 2), utc(2024, 6, 6, 23, 59), TimeValue::Granularity::Day),
             described(TimeValue::between(QDateTime(), utc(2024, 9, 30, 23, 59), TimeValue::Granularity::Minute),
                       QStringLiteral("until she took office"), QString())),
        role(QStringLiteral("President"), QString(),
             TimeValue::instant(utc(2024, 10, 1, 10, 15), TimeValue::Granularity::Minute), TimeValue::unknown()),
        role(QStringLiteral("Head of Government"), QStringLiteral("Mexico City"), TimeValue::unknown(),
             TimeValue::year(2023, TimeValue::Qualifier::Uncertain)),
    };
    QTest::newRow("open bounds, qualifiers, open start last") << QStringLiteral("Person") << sheinbaum;

    Entity ministry;
    ministry.canonicalName = QStringLiteral("Secretaría de Relaciones Exteriores");
    ministry.aliases = { QStringLiteral("SRE"), QStringLiteral("Cancillería") };
    QTest::newRow("organisation, non-ASCII alias") << QStringLiteral("Organisation") << ministry;
}

void TestEntityRepository::roundTrip()
{
    QFETCH(QString, type);
    QFETCH(Entity, entity);
    entity.typeId = m_project.typeId(type);
    QVERIFY(entity.typeId > 0);

    const Result<qint64> id = entities().add(entity);
    ANNALIST_VERIFY_OK(id);
    QVERIFY(*id > 0);

    QStringList sortedAliases = entity.aliases;
    std::sort(sortedAliases.begin(), sortedAliases.end(),
              [](const QString &a, const QString &b) { return a.compare(b, Qt::CaseInsensitive) < 0; });

    for (int pass = 0; pass < 2; ++pass) {
        const Result<Entity> found = entities().find(*id);
        ANNALIST_VERIFY_OK(found);
        QCOMPARE(found->id, *id);
        QCOMPARE(found->typeId, entity.typeId);
        QCOMPARE(found->canonicalName, entity.canonicalName);
        QCOMPARE(found->notes, entity.notes);
        QCOMPARE(found->aliases, sortedAliases);
        QCOMPARE(found->roles.size(), entity.roles.size());
        for (int i = 0; i < entity.roles.size(); ++i) {
            const EntityRole &actual = found->roles.at(i);
            const EntityRole &expected = entity.roles.at(i);
            QVERIFY(actual.id > 0);
            QCOMPARE(actual.entityId, *id);
            QCOMPARE(actual.title, expected.title);
            QCOMPARE(actual.organisation, expected.organisation);
            QCOMPARE(actual.from, expected.from);
            QCOMPARE(actual.to, expected.to);
        }

        const Result<QList<Entity>> all = entities().list();
        ANNALIST_VERIFY_OK(all);
        QCOMPARE(all->size(), 1);
        QCOMPARE(all->first().canonicalName, entity.canonicalName);
        QCOMPARE(all->first().aliases, sortedAliases);
        QCOMPARE(all->first().roles.size(), entity.roles.size());

        if (pass == 0)
            QVERIFY(m_project.reopen());
    }
}

void TestEntityRepository::rolesComeInChronologicalOrder()
{
    Entity entity;
    entity.typeId = m_project.typeId(QStringLiteral("Person"));
    entity.canonicalName = QStringLiteral("Joe Biden");
    entity.roles = {
        role(QStringLiteral("Party elder"), QString(), TimeValue::unknown(), TimeValue::unknown()),
        role(QStringLiteral("President"), QString(), TimeValue::day(QDate(2021, 1, 20)),
             TimeValue::day(QDate(2025, 1, 20))),
        role(QStringLiteral("Vice President"), QString(), TimeValue::day(QDate(2009, 1, 20)),
             TimeValue::day(QDate(2017, 1, 20))),
    };
    const Result<qint64> id = entities().add(entity);
    ANNALIST_VERIFY_OK(id);

    const Result<Entity> found = entities().find(*id);
    ANNALIST_VERIFY_OK(found);
    QStringList titles;
    for (const EntityRole &r : found->roles)
        titles << r.title;
    QCOMPARE(
        titles,
        (QStringList { QStringLiteral("Vice President"), QStringLiteral("President"), QStringLiteral("Party elder") }));
}

void TestEntityRepository::repeatedAliasesAreStoredOnce()
{
    const qint64 id
        = m_project.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"),
                              { QStringLiteral("Rubio"), QStringLiteral("Rubio"), QStringLiteral("rubio") });
    QVERIFY(id > 0);
    QCOMPARE(entities().find(id)->aliases, (QStringList { QStringLiteral("Rubio"), QStringLiteral("rubio") }));
}

void TestEntityRepository::addIsAtomic_data()
{
    QTest::addColumn<Entity>("entity");

    Entity emptyAlias;
    emptyAlias.typeId = 1;
    emptyAlias.canonicalName = QStringLiteral("Marco Rubio");
    emptyAlias.aliases = { QStringLiteral("Rubio"), QString() };
    QTest::newRow("empty alias") << emptyAlias;

    Entity emptyName;
    emptyName.typeId = 1;
    QTest::newRow("empty canonical name") << emptyName;

    Entity unknownType = emptyAlias;
    unknownType.aliases = { QStringLiteral("Rubio") };
    unknownType.typeId = 4242;
    QTest::newRow("unknown type") << unknownType;

    Entity noType = unknownType;
    noType.typeId = 0;
    QTest::newRow("no type") << noType;
}

void TestEntityRepository::addIsAtomic()
{
    QFETCH(Entity, entity);

    const Result<qint64> id = entities().add(entity);
    QVERIFY(!id);
    QCOMPARE(id.error().code, StorageError::Code::Constraint);
    QVERIFY(!id.error().message.isEmpty());

    QVERIFY(entities().list()->isEmpty());
    QSqlQuery query(m_project->database());
    QVERIFY(query.exec(
        QStringLiteral("SELECT (SELECT count(*) FROM entity_aliases) + (SELECT count(*) FROM entity_roles)")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
}

void TestEntityRepository::addJoinsAnOuterTransaction()
{
    qint64 id = 0;
    {
        WriteTransaction outer(m_project->database());
        QVERIFY(outer.isOpen());
        id = m_project.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"), { QStringLiteral("Rubio") });
        QVERIFY(id > 0);
        QVERIFY(entities().find(id));
        // Leaving the scope without committing rolls the whole change back.
    }
    QCOMPARE(entities().find(id).error().code, StorageError::Code::NotFound);
    QVERIFY(entities().findByName(QStringLiteral("Rubio"))->isEmpty());

    {
        WriteTransaction outer(m_project->database());
        QVERIFY(outer.isOpen());
        id = m_project.addEntity(QStringLiteral("Claudia Sheinbaum"), QStringLiteral("Person"),
                                 { QStringLiteral("Sheinbaum") });
        QVERIFY(id > 0);
        ANNALIST_VERIFY_OK(outer.commit());
    }
    QVERIFY(m_project.reopen());
    QCOMPARE(entities().find(id)->aliases, QStringList { QStringLiteral("Sheinbaum") });
}

void TestEntityRepository::unknownIdsAreNotFound_data()
{
    QTest::addColumn<QString>("operation");
    for (const char *operation : { "find", "rename", "setType", "setNotes", "removeAlias", "updateRole", "removeRole",
                                   "remove", "merge from", "merge into", "setTypeColor", "removeType" })
        QTest::newRow(operation) << QString::fromLatin1(operation);
}

void TestEntityRepository::unknownIdsAreNotFound()
{
    QFETCH(QString, operation);
    const qint64 known = m_project.addEntity(QStringLiteral("Known"));
    QVERIFY(known > 0);
    const qint64 unknown = 9999;

    StorageError error;
    const auto check = [&](const auto &result) {
        if (result)
            error = {};
        else
            error = result.error();
        return bool(result);
    };
    bool succeeded = true;
    if (operation == QStringLiteral("find"))
        succeeded = check(entities().find(unknown));
    else if (operation == QStringLiteral("rename"))
        succeeded = check(entities().rename(unknown, QStringLiteral("New")));
    else if (operation == QStringLiteral("setType"))
        succeeded = check(entities().setType(unknown, m_project.typeId(QStringLiteral("Place"))));
    else if (operation == QStringLiteral("setNotes"))
        succeeded = check(entities().setNotes(unknown, QStringLiteral("n")));
    else if (operation == QStringLiteral("removeAlias"))
        succeeded = check(entities().removeAlias(known, QStringLiteral("not an alias")));
    else if (operation == QStringLiteral("updateRole")) {
        EntityRole missing;
        missing.id = unknown;
        missing.title = QStringLiteral("t");
        succeeded = check(entities().updateRole(missing));
    } else if (operation == QStringLiteral("removeRole"))
        succeeded = check(entities().removeRole(unknown));
    else if (operation == QStringLiteral("remove"))
        succeeded = check(entities().remove(unknown));
    else if (operation == QStringLiteral("merge from"))
        succeeded = check(entities().merge(unknown, known));
    else if (operation == QStringLiteral("merge into"))
        succeeded = check(entities().merge(known, unknown));
    else if (operation == QStringLiteral("setTypeColor"))
        succeeded = check(entities().setTypeColor(unknown, Qt::red));
    else if (operation == QStringLiteral("removeType"))
        succeeded = check(entities().removeType(unknown));
    else
        QFAIL("unknown operation");

    QVERIFY(!succeeded);
    QCOMPARE(error.code, StorageError::Code::NotFound);
    QVERIFY(!error.message.isEmpty());
    QVERIFY(entities().find(known));
}

void TestEntityRepository::findByName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("expected");

    const QString rubio = QStringLiteral("Marco Rubio");
    const QString city = QStringLiteral("Ciudad de México");
    QTest::newRow("canonical, same case") << rubio << QStringList { rubio };
    QTest::newRow("canonical, other case") << QStringLiteral("MARCO rubio") << QStringList { rubio };
    QTest::newRow("alias, other case") << QStringLiteral("senator rubio") << QStringList { rubio };
    QTest::newRow("non-ASCII canonical, other case") << QStringLiteral("CIUDAD DE MÉXICO") << QStringList { city };
    QTest::newRow("non-ASCII alias, other case") << QStringLiteral("méxico") << QStringList { city };
    QTest::newRow("ASCII alias of non-ASCII entity") << QStringLiteral("cdmx") << QStringList { city };
    QTest::newRow("shared by two entities")
        << QStringLiteral("washington")
        << QStringList { QStringLiteral("George Washington"), QStringLiteral("Washington") };
    QTest::newRow("prefix is no match") << QStringLiteral("Rubi") << QStringList {};
    QTest::newRow("accent matters") << QStringLiteral("Mexico") << QStringList {};
    QTest::newRow("unknown") << QStringLiteral("Obrador") << QStringList {};
    QTest::newRow("empty") << QString() << QStringList {};
}

void TestEntityRepository::findByName()
{
    QFETCH(QString, name);
    QFETCH(QStringList, expected);

    QVERIFY(m_project.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"),
                                { QStringLiteral("Senator Rubio"), QStringLiteral("Rubio") }));
    QVERIFY(m_project.addEntity(QStringLiteral("Ciudad de México"), QStringLiteral("Place"),
                                { QStringLiteral("CDMX"), QStringLiteral("México") }));
    QVERIFY(m_project.addEntity(QStringLiteral("Washington"), QStringLiteral("Place")));
    QVERIFY(m_project.addEntity(QStringLiteral("George Washington"), QStringLiteral("Person"),
                                { QStringLiteral("Washington") }));

    const Result<QList<Entity>> found = entities().findByName(name);
    ANNALIST_VERIFY_OK(found);
    QStringList names;
    for (const Entity &entity : *found) {
        names << entity.canonicalName;
        QVERIFY(!entity.aliases.isEmpty() || entity.canonicalName == QStringLiteral("Washington"));
    }
    QCOMPARE(names, expected);
}

void TestEntityRepository::listIsByName()
{
    QVERIFY(m_project.addEntity(QStringLiteral("washington")));
    QVERIFY(m_project.addEntity(QStringLiteral("Beatriz")));
    QVERIFY(m_project.addEntity(QStringLiteral("alvaro")));
    QVERIFY(m_project.addEntity(QStringLiteral("Zedillo")));

    const Result<QList<Entity>> all = entities().list();
    ANNALIST_VERIFY_OK(all);
    QStringList names;
    for (const Entity &entity : *all)
        names << entity.canonicalName;
    QCOMPARE(names,
             (QStringList { QStringLiteral("alvaro"), QStringLiteral("Beatriz"), QStringLiteral("washington"),
                            QStringLiteral("Zedillo") }));
}

void TestEntityRepository::renameSetTypeAndNotes()
{
    const qint64 id = m_project.addEntity(QStringLiteral("Rubio"));
    QVERIFY(id > 0);

    ANNALIST_VERIFY_OK(entities().rename(id, QStringLiteral("Marco Rubio")));
    ANNALIST_VERIFY_OK(entities().setType(id, m_project.typeId(QStringLiteral("Title"))));
    ANNALIST_VERIFY_OK(entities().setNotes(id, QStringLiteral("Cuban-American")));

    const Status emptyName = entities().rename(id, QString());
    QVERIFY(!emptyName);
    QCOMPARE(emptyName.error().code, StorageError::Code::Constraint);
    const Status badType = entities().setType(id, 4242);
    QVERIFY(!badType);
    QCOMPARE(badType.error().code, StorageError::Code::Constraint);

    QVERIFY(m_project.reopen());
    const Result<Entity> found = entities().find(id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->canonicalName, QStringLiteral("Marco Rubio"));
    QCOMPARE(found->typeId, m_project.typeId(QStringLiteral("Title")));
    QCOMPARE(found->notes, QStringLiteral("Cuban-American"));
}

void TestEntityRepository::aliases()
{
    const qint64 id = m_project.addEntity(QStringLiteral("Claudia Sheinbaum"), QStringLiteral("Person"),
                                          { QStringLiteral("Sheinbaum") });
    QVERIFY(id > 0);

    ANNALIST_VERIFY_OK(entities().addAlias(id, QStringLiteral("Presidenta")));
    ANNALIST_VERIFY_OK(entities().addAlias(id, QStringLiteral("la presidenta")));
    const Status again = entities().addAlias(id, QStringLiteral("Presidenta"));
    QVERIFY(!again);
    QCOMPARE(again.error().code, StorageError::Code::Duplicate);
    const Status empty = entities().addAlias(id, QString());
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, StorageError::Code::Constraint);
    const Status orphan = entities().addAlias(9999, QStringLiteral("Nobody"));
    QVERIFY(!orphan);
    QCOMPARE(orphan.error().code, StorageError::Code::Constraint);

    ANNALIST_VERIFY_OK(entities().removeAlias(id, QStringLiteral("Sheinbaum")));
    const Status removedTwice = entities().removeAlias(id, QStringLiteral("Sheinbaum"));
    QVERIFY(!removedTwice);
    QCOMPARE(removedTwice.error().code, StorageError::Code::NotFound);

    QVERIFY(m_project.reopen());
    QCOMPARE(entities().find(id)->aliases,
             (QStringList { QStringLiteral("la presidenta"), QStringLiteral("Presidenta") }));
    QCOMPARE(entities().findByName(QStringLiteral("PRESIDENTA"))->size(), 1);
    QVERIFY(entities().findByName(QStringLiteral("Sheinbaum"))->isEmpty());
}

void TestEntityRepository::roles()
{
    const qint64 id = m_project.addEntity(QStringLiteral("Marco Rubio"));
    QVERIFY(id > 0);

    EntityRole senator
        = role(QStringLiteral("Senator"), QStringLiteral("US Senate"), TimeValue::year(2011), TimeValue::unknown());
    senator.entityId = 777; // ignored in favour of the id passed in
    const Result<qint64> senatorId = entities().addRole(id, senator);
    ANNALIST_VERIFY_OK(senatorId);
    const Result<qint64> secretaryId
        = entities().addRole(id,
                             role(QStringLiteral("Secretary of State"), QString(), TimeValue::day(QDate(2025, 1, 21)),
                                  TimeValue::unknown()));
    ANNALIST_VERIFY_OK(secretaryId);

    const Result<qint64> orphan = entities().addRole(9999, senator);
    QVERIFY(!orphan);
    QCOMPARE(orphan.error().code, StorageError::Code::Constraint);

    EntityRole changed = role(QStringLiteral("Senator for Florida"), QStringLiteral("United States Senate"),
                              TimeValue::day(QDate(2011, 1, 3)),
                              described(TimeValue::day(QDate(2025, 1, 20), TimeValue::Qualifier::Uncertain),
                                        QStringLiteral("until he resigned"), QStringLiteral("2025-01-20")));
    changed.id = *senatorId;
    ANNALIST_VERIFY_OK(entities().updateRole(changed));
    ANNALIST_VERIFY_OK(entities().removeRole(*secretaryId));

    QVERIFY(m_project.reopen());
    const Result<Entity> found = entities().find(id);
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->roles.size(), 1);
    const EntityRole &stored = found->roles.first();
    QCOMPARE(stored.id, *senatorId);
    QCOMPARE(stored.entityId, id);
    QCOMPARE(stored.title, changed.title);
    QCOMPARE(stored.organisation, changed.organisation);
    QCOMPARE(stored.from, changed.from);
    QCOMPARE(stored.to, changed.to);
}

void TestEntityRepository::removeTakesDependentsAlong()
{
    const qint64 mexico
        = m_project.addEntity(QStringLiteral("Mexico City"), QStringLiteral("Place"), { QStringLiteral("CDMX") });
    const qint64 rubio = m_project.addEntity(QStringLiteral("Marco Rubio"));
    const qint64 source = m_project.addTextSource(QStringLiteral("Rubio arrived in Mexico City."));
    QVERIFY(mexico && rubio && source);
    QVERIFY(addMention(mexico, source, 17, 28));
    QVERIFY(addMention(rubio, source, 0, 5));

    Event meeting;
    meeting.title = QStringLiteral("Rubio visits Mexico City");
    meeting.placeEntityId = mexico;
    meeting.participants = { { rubio, QStringLiteral("visitor") }, { mexico, QStringLiteral("host city") } };
    const Result<qint64> event = m_project->events().add(meeting);
    ANNALIST_VERIFY_OK(event);

    Note note;
    note.subject = Note::Subject::Entity;
    note.subjectId = mexico;
    note.body = QStringLiteral("Also called CDMX");
    ANNALIST_VERIFY_OK(m_project->notes().add(note));

    ANNALIST_VERIFY_OK(entities().remove(mexico));
    QVERIFY(m_project.reopen());

    QCOMPARE(entities().find(mexico).error().code, StorageError::Code::NotFound);
    QVERIFY(entities().findByName(QStringLiteral("CDMX"))->isEmpty());
    QVERIFY(m_project->mentions().listForEntity(mexico)->isEmpty());
    QCOMPARE(m_project->mentions().listForEntity(rubio)->size(), 1);
    const Result<Event> stored = m_project->events().find(*event);
    ANNALIST_VERIFY_OK(stored);
    QCOMPARE(stored->placeEntityId, qint64(0));
    QCOMPARE(stored->participants, (QList<EventParticipant> { { rubio, QStringLiteral("visitor") } }));
    QVERIFY(m_project->notes().listForSubject(Note::Subject::Entity, mexico)->isEmpty());
}

void TestEntityRepository::mergeMovesEverything()
{
    const qint64 into
        = m_project.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"), { QStringLiteral("Marco") });
    const qint64 from = m_project.addEntity(
        QStringLiteral("Rubio"), QStringLiteral("Person"),
        { QStringLiteral("Senator Rubio"), QStringLiteral("Marco"), QStringLiteral("Marco Rubio") });
    const qint64 other = m_project.addEntity(QStringLiteral("Claudia Sheinbaum"));
    QVERIFY(into && from && other);
    ANNALIST_VERIFY_OK(entities().setNotes(into, QStringLiteral("Target notes")));
    ANNALIST_VERIFY_OK(entities().setNotes(from, QStringLiteral("Source notes")));
    const Result<qint64> fromRole = entities().addRole(
        from,
        role(QStringLiteral("Senator"), QStringLiteral("US Senate"), TimeValue::year(2011), TimeValue::year(2025)));
    ANNALIST_VERIFY_OK(fromRole);

    const qint64 source = m_project.addTextSource(QStringLiteral("Senator Rubio met Sheinbaum. Rubio said ..."));
    QVERIFY(source);
    const qint64 mention1 = addMention(from, source, 0, 13);
    const qint64 mention2 = addMention(from, source, 29, 34);
    const qint64 mention3 = addMention(into, source, 0, 13);
    const qint64 mention4 = addMention(other, source, 18, 27);
    QVERIFY(mention1 && mention2 && mention3 && mention4);

    Event meeting;
    meeting.title = QStringLiteral("Meeting");
    meeting.placeEntityId = from;
    meeting.participants = { { other, QStringLiteral("host") }, { from, QStringLiteral("guest") } };
    const Result<qint64> event = m_project->events().add(meeting);
    ANNALIST_VERIFY_OK(event);

    Note note;
    note.subject = Note::Subject::Entity;
    note.subjectId = from;
    note.body = QStringLiteral("Check which Rubio");
    const Result<qint64> noteId = m_project->notes().add(note);
    ANNALIST_VERIFY_OK(noteId);

    ANNALIST_VERIFY_OK(entities().merge(from, into));
    QVERIFY(m_project.reopen());

    QCOMPARE(entities().find(from).error().code, StorageError::Code::NotFound);
    const Result<Entity> merged = entities().find(into);
    ANNALIST_VERIFY_OK(merged);
    QCOMPARE(merged->canonicalName, QStringLiteral("Marco Rubio"));
    // The old canonical name is an alias now; the target's own name is not repeated.
    QCOMPARE(merged->aliases,
             (QStringList { QStringLiteral("Marco"), QStringLiteral("Rubio"), QStringLiteral("Senator Rubio") }));
    QCOMPARE(merged->roles.size(), 1);
    QCOMPARE(merged->roles.first().id, *fromRole);
    QCOMPARE(merged->notes, QStringLiteral("Target notes\n\nSource notes"));

    QVERIFY(m_project->mentions().listForEntity(from)->isEmpty());
    const Result<QList<Mention>> moved = m_project->mentions().listForEntity(into);
    ANNALIST_VERIFY_OK(moved);
    QList<qint64> mentionIds;
    for (const Mention &mention : *moved)
        mentionIds << mention.id;
    std::sort(mentionIds.begin(), mentionIds.end());
    // mention1 lay on mention3's span: one mention per span and entity, the target's.
    QCOMPARE(mentionIds, (QList<qint64> { mention2, mention3 }));
    QCOMPARE(m_project->mentions().listForEntity(other)->size(), 1);

    const Result<Event> stored = m_project->events().find(*event);
    ANNALIST_VERIFY_OK(stored);
    QCOMPARE(stored->placeEntityId, into);
    QCOMPARE(stored->participants,
             (QList<EventParticipant> { { other, QStringLiteral("host") }, { into, QStringLiteral("guest") } }));

    const Result<QList<Note>> notes = m_project->notes().listForSubject(Note::Subject::Entity, into);
    ANNALIST_VERIFY_OK(notes);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->first().id, *noteId);

    QCOMPARE(entities().findByName(QStringLiteral("rubio"))->size(), 1);
    QCOMPARE(entities().findByName(QStringLiteral("rubio"))->first().id, into);
}

void TestEntityRepository::mergeKeepsTargetParticipation()
{
    const qint64 into = m_project.addEntity(QStringLiteral("Marco Rubio"));
    const qint64 from = m_project.addEntity(QStringLiteral("Rubio"));
    const qint64 other = m_project.addEntity(QStringLiteral("Claudia Sheinbaum"));
    QVERIFY(into && from && other);

    Event meeting;
    meeting.title = QStringLiteral("Meeting");
    meeting.participants = { { from, QStringLiteral("guest") },
                             { other, QStringLiteral("host") },
                             { into, QStringLiteral("guest") },
                             { from, QStringLiteral("speaker") } };
    const Result<qint64> event = m_project->events().add(meeting);
    ANNALIST_VERIFY_OK(event);

    ANNALIST_VERIFY_OK(entities().merge(from, into));
    QCOMPARE(m_project->events().find(*event)->participants,
             (QList<EventParticipant> { { other, QStringLiteral("host") },
                                        { into, QStringLiteral("guest") },
                                        { into, QStringLiteral("speaker") } }));
}

void TestEntityRepository::mergeRejects_data()
{
    QTest::addColumn<bool>("intoItself");
    QTest::addColumn<StorageError::Code>("code");

    QTest::newRow("into itself") << true << StorageError::Code::Constraint;
    QTest::newRow("into an unknown entity") << false << StorageError::Code::NotFound;
}

void TestEntityRepository::mergeRejects()
{
    QFETCH(bool, intoItself);
    QFETCH(StorageError::Code, code);

    const qint64 from
        = m_project.addEntity(QStringLiteral("Rubio"), QStringLiteral("Person"), { QStringLiteral("Senator Rubio") });
    QVERIFY(from);
    const Status merged = entities().merge(from, intoItself ? from : 9999);
    QVERIFY(!merged);
    QCOMPARE(merged.error().code, code);
    const Result<Entity> still = entities().find(from);
    ANNALIST_VERIFY_OK(still);
    QCOMPARE(still->aliases, QStringList { QStringLiteral("Senator Rubio") });
}

void TestEntityRepository::mergeIsAtomic()
{
    const qint64 into = m_project.addEntity(QStringLiteral("Marco Rubio"));
    const qint64 from
        = m_project.addEntity(QStringLiteral("Rubio"), QStringLiteral("Person"), { QStringLiteral("Senator Rubio") });
    const qint64 source = m_project.addTextSource(QStringLiteral("Senator Rubio spoke."));
    QVERIFY(into && from && source);
    const qint64 mention = addMention(from, source, 0, 13);
    QVERIFY(mention);

    // The last step fails, after mentions and aliases have already moved.
    QSqlQuery query(m_project->database());
    if (test::TestServer::backendIsPostgreSql()) {
        QVERIFY(query.exec(QStringLiteral("CREATE FUNCTION refuse_delete() RETURNS trigger LANGUAGE plpgsql AS"
                                          " $$ BEGIN RAISE EXCEPTION 'entities are kept today'; END $$")));
        QVERIFY(query.exec(QStringLiteral("CREATE TRIGGER refuse_delete BEFORE DELETE ON entities"
                                          " FOR EACH ROW EXECUTE FUNCTION refuse_delete()")));
    } else {
        QVERIFY(query.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_delete BEFORE DELETE ON entities"
                                          " BEGIN SELECT RAISE(ABORT, 'entities are kept today'); END")));
    }

    const Status merged = entities().merge(from, into);
    QVERIFY(!merged);
    QVERIFY(merged.error().message.contains(QStringLiteral("entities are kept today")));

    QCOMPARE(m_project->mentions().find(mention)->entityId, from);
    QVERIFY(entities().find(into)->aliases.isEmpty());
    QCOMPARE(entities().find(from)->aliases, QStringList { QStringLiteral("Senator Rubio") });
    QCOMPARE(entities().list()->size(), 2);
}

void TestEntityRepository::restoreKeepsIds()
{
    Entity entity;
    entity.typeId = m_project.typeId(QStringLiteral("Person"));
    entity.canonicalName = QStringLiteral("Claudia Sheinbaum");
    entity.aliases = { QStringLiteral("Sheinbaum"), QStringLiteral("President Sheinbaum") };
    entity.notes = QStringLiteral("Took office on 1 October 2024.");
    entity.roles = { role(QStringLiteral("President"), QStringLiteral("Mexico"), TimeValue::day(QDate(2024, 10, 1)),
                          TimeValue()) };
    const Result<qint64> id = entities().add(entity);
    ANNALIST_VERIFY_OK(id);
    const Result<Entity> stored = entities().find(*id);
    ANNALIST_VERIFY_OK(stored);
    QVERIFY(m_project.addEntity(QStringLiteral("Someone else")) > 0);
    ANNALIST_VERIFY_OK(entities().remove(*id));

    ANNALIST_VERIFY_OK(entities().restore(*stored));
    const Status again = entities().restore(*stored);
    QVERIFY(!again);
    QCOMPARE(again.error().code, StorageError::Code::Constraint);
    Entity unnumbered = *stored;
    unnumbered.id = 0;
    QCOMPARE(entities().restore(unnumbered).error().code, StorageError::Code::Constraint);

    QVERIFY(m_project.reopen());
    const Result<Entity> restored = entities().find(*id);
    ANNALIST_VERIFY_OK(restored);
    QCOMPARE(restored->canonicalName, stored->canonicalName);
    QCOMPARE(restored->typeId, stored->typeId);
    QCOMPARE(restored->aliases, stored->aliases);
    QCOMPARE(restored->notes, stored->notes);
    QCOMPARE(restored->roles.size(), 1);
    QCOMPARE(restored->roles.first().id, stored->roles.first().id);
    QCOMPARE(restored->roles.first().from, stored->roles.first().from);
}

void TestEntityRepository::addIgnoresRoleIds()
{
    const qint64 first = m_project.addEntity(QStringLiteral("Marco Rubio"));
    const Result<qint64> roleId
        = entities().addRole(first, role(QStringLiteral("Senator"), {}, TimeValue::year(2011), {}));
    ANNALIST_VERIFY_OK(roleId);
    // A copied role still carries its id; a new entity's roles get new ones.
    Entity copy;
    copy.typeId = m_project.typeId(QStringLiteral("Person"));
    copy.canonicalName = QStringLiteral("Rubio (copy)");
    copy.roles = entities().find(first)->roles;
    const Result<qint64> copyId = entities().add(copy);
    ANNALIST_VERIFY_OK(copyId);
    QVERIFY(entities().find(*copyId)->roles.first().id != *roleId);
    QCOMPARE(entities().find(first)->roles.first().id, *roleId);
    EntityRole withId = entities().find(first)->roles.first();
    const Result<qint64> added = entities().addRole(first, withId);
    ANNALIST_VERIFY_OK(added);
    QVERIFY(*added != *roleId);
}

void TestEntityRepository::setAliasesReplacesThem()
{
    const qint64 id
        = m_project.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"), { QStringLiteral("Rubio") });
    const qint64 other
        = m_project.addEntity(QStringLiteral("Rubio Ltd"), QStringLiteral("Organisation"), { QStringLiteral("Rubio") });
    ANNALIST_VERIFY_OK(entities().setAliases(
        id, { QStringLiteral("Senator Rubio"), QStringLiteral("Secretary Rubio"), QStringLiteral("Senator Rubio") }));
    QVERIFY(m_project.reopen());
    QCOMPARE(entities().find(id)->aliases,
             QStringList({ QStringLiteral("Secretary Rubio"), QStringLiteral("Senator Rubio") }));
    QCOMPARE(entities().find(other)->aliases, QStringList { QStringLiteral("Rubio") });
    ANNALIST_VERIFY_OK(entities().setAliases(id, {}));
    QVERIFY(entities().find(id)->aliases.isEmpty());
    QCOMPARE(entities().setAliases(9999, { QStringLiteral("x") }).error().code, StorageError::Code::NotFound);
    // An empty alias breaks the rules and changes nothing.
    ANNALIST_VERIFY_OK(entities().setAliases(id, { QStringLiteral("Rubio") }));
    QVERIFY(!entities().setAliases(id, { QStringLiteral("Marco"), QString() }));
    QCOMPARE(entities().find(id)->aliases, QStringList { QStringLiteral("Rubio") });
}

void TestEntityRepository::setRolesKeepsIds()
{
    const qint64 id = m_project.addEntity(QStringLiteral("Marco Rubio"));
    const Result<qint64> senator
        = entities().addRole(id, role(QStringLiteral("Senator"), {}, TimeValue::year(2011), {}));
    const Result<qint64> secretary = entities().addRole(
        id, role(QStringLiteral("Secretary of State"), {}, TimeValue::day(QDate(2025, 1, 21)), {}));
    ANNALIST_VERIFY_OK(senator);
    ANNALIST_VERIFY_OK(secretary);

    EntityRole kept = entities().find(id)->roles.at(1);
    QCOMPARE(kept.id, *secretary);
    kept.organisation = QStringLiteral("Department of State");
    const EntityRole added
        = role(QStringLiteral("Acting Administrator"), QStringLiteral("USAID"), TimeValue::month(2025, 2), {});
    const Result<QList<qint64>> ids = entities().setRoles(id, { kept, added });
    ANNALIST_VERIFY_OK(ids);
    QCOMPARE(ids->size(), 2);
    QCOMPARE(ids->at(0), *secretary);
    QVERIFY(ids->at(1) > 0);

    QVERIFY(m_project.reopen());
    const QList<EntityRole> roles = entities().find(id)->roles;
    QCOMPARE(roles.size(), 2);
    QCOMPARE(roles.at(0).id, *secretary);
    QCOMPARE(roles.at(0).organisation, QStringLiteral("Department of State"));
    QCOMPARE(roles.at(1).id, ids->at(1));
    QCOMPARE(roles.at(1).title, QStringLiteral("Acting Administrator"));
    QCOMPARE(entities().setRoles(9999, {}).error().code, StorageError::Code::NotFound);
}

void TestEntityRepository::setRolesIsAtomic()
{
    const qint64 id = m_project.addEntity(QStringLiteral("Marco Rubio"));
    const qint64 other = m_project.addEntity(QStringLiteral("Claudia Sheinbaum"));
    ANNALIST_VERIFY_OK(entities().addRole(id, role(QStringLiteral("Senator"), {}, TimeValue::year(2011), {})));
    ANNALIST_VERIFY_OK(entities().addRole(other, role(QStringLiteral("President"), {}, TimeValue::year(2024), {})));
    const EntityRole foreign = entities().find(other)->roles.first();

    const Result<QList<qint64>> ids = entities().setRoles(id, { role(QStringLiteral("Envoy"), {}, {}, {}), foreign });
    QVERIFY(!ids);
    QCOMPARE(ids.error().code, StorageError::Code::Constraint);
    QCOMPARE(entities().find(id)->roles.size(), 1);
    QCOMPARE(entities().find(id)->roles.first().title, QStringLiteral("Senator"));
    QCOMPARE(entities().find(other)->roles.first().id, foreign.id);
}

void TestEntityRepository::mergeRecordedCanBeUndone()
{
    const qint64 into
        = m_project.addEntity(QStringLiteral("Marco Rubio"), QStringLiteral("Person"), { QStringLiteral("Rubio") });
    const qint64 from
        = m_project.addEntity(QStringLiteral("Secretary Rubio"), QStringLiteral("Title"),
                              { QStringLiteral("Rubio"), QStringLiteral("Marco Rubio"), QStringLiteral("SecState") });
    const qint64 source = m_project.addTextSource(QStringLiteral("Secretary Rubio spoke."));
    QVERIFY(into && from && source);
    ANNALIST_VERIFY_OK(entities().setNotes(from, QStringLiteral("Title used from January.")));
    const Result<qint64> roleId = entities().addRole(
        from, role(QStringLiteral("Secretary of State"), {}, TimeValue::day(QDate(2025, 1, 21)), {}));
    ANNALIST_VERIFY_OK(roleId);
    const qint64 mention = addMention(from, source, 0, 15);

    const Result<EntityMergeRecord> record = entities().mergeRecorded(from, into);
    ANNALIST_VERIFY_OK(record);
    QCOMPARE(record->from.id, from);
    QCOMPARE(record->from.canonicalName, QStringLiteral("Secretary Rubio"));
    QCOMPARE(record->intoId, into);
    QCOMPARE(record->aliasesAdded, QStringList({ QStringLiteral("SecState"), QStringLiteral("Secretary Rubio") }));
    QCOMPARE(record->mentionIds, QList<qint64> { mention });
    QCOMPARE(record->mentionSourceIds, QList<qint64> { source });
    QVERIFY(record->fromCreatedAt > 0);
    QCOMPARE(entities().find(from).error().code, StorageError::Code::NotFound);
    QCOMPARE(entities().find(into)->roles.first().id, *roleId);

    ANNALIST_VERIFY_OK(entities().unmerge(*record));
    QVERIFY(m_project.reopen());
    const Result<Entity> restored = entities().find(from);
    ANNALIST_VERIFY_OK(restored);
    QCOMPARE(restored->canonicalName, QStringLiteral("Secretary Rubio"));
    QCOMPARE(restored->typeId, m_project.typeId(QStringLiteral("Title")));
    QCOMPARE(restored->aliases, record->from.aliases);
    QCOMPARE(restored->notes, QStringLiteral("Title used from January."));
    QCOMPARE(restored->roles.size(), 1);
    QCOMPARE(restored->roles.first().id, *roleId);
    QCOMPARE(m_project->mentions().find(mention)->entityId, from);
    const Result<Entity> target = entities().find(into);
    QCOMPARE(target->aliases, QStringList { QStringLiteral("Rubio") });
    QVERIFY(target->roles.isEmpty());
    QVERIFY(target->notes.isEmpty());
    QSqlQuery query(m_project->database());
    QVERIFY(query.exec(QStringLiteral("SELECT created_at FROM entities WHERE id = %1").arg(from)) && query.next());
    QCOMPARE(query.value(0).toLongLong(), record->fromCreatedAt);

    QCOMPARE(entities().mergeRecorded(from, from).error().code, StorageError::Code::Constraint);
    QCOMPARE(entities().mergeRecorded(from, 9999).error().code, StorageError::Code::NotFound);
    QVERIFY(entities().find(from));
}

void TestEntityRepository::mergeMakesOneMentionOfASharedSpan_data()
{
    QTest::addColumn<Mention::Status>("fromStatus");
    QTest::addColumn<Mention::Status>("intoStatus");
    QTest::addColumn<Mention::Status>("keptStatus");
    const auto row = [](const char *name, Mention::Status from, Mention::Status into, Mention::Status kept) {
        QTest::newRow(name) << from << into << kept;
    };
    using S = Mention::Status;
    row("both proposed", S::Candidate, S::Candidate, S::Candidate);
    row("confirmed over a proposal", S::Confirmed, S::Candidate, S::Confirmed);
    row("confirmed over a rejection", S::Confirmed, S::Rejected, S::Confirmed);
    row("a proposal over a confirmed one", S::Candidate, S::Confirmed, S::Confirmed);
    row("a proposal over a rejection", S::Candidate, S::Rejected, S::Rejected);
    row("both confirmed", S::Confirmed, S::Confirmed, S::Confirmed);
}

void TestEntityRepository::mergeMakesOneMentionOfASharedSpan()
{
    QFETCH(Mention::Status, fromStatus);
    QFETCH(Mention::Status, intoStatus);
    QFETCH(Mention::Status, keptStatus);
    const qint64 into = m_project.addEntity(QStringLiteral("Marco Rubio"));
    const qint64 from = m_project.addEntity(QStringLiteral("Rubio"));
    const qint64 source = m_project.addTextSource(QStringLiteral("Marco Rubio spoke; Rubio left."));
    QVERIFY(into && from && source);
    const qint64 shared = m_project.addMention(from, source, 0, 11, fromStatus);
    const qint64 target = m_project.addMention(into, source, 0, 11, intoStatus);
    const qint64 own = m_project.addMention(from, source, 19, 24, fromStatus);
    QVERIFY(shared && target && own);
    const QStringList before = m_project.dump();

    const Result<EntityMergeRecord> record = entities().mergeRecorded(from, into);
    ANNALIST_VERIFY_OK(record);
    const Result<QList<Mention>> merged = m_project->mentions().listForSource(source);
    ANNALIST_VERIFY_OK(merged);
    QCOMPARE(merged->size(), 2);
    const Result<Mention> kept = m_project->mentions().find(target);
    ANNALIST_VERIFY_OK(kept);
    QCOMPARE(kept->entityId, into);
    QCOMPARE(kept->status, keptStatus);
    QCOMPARE(m_project->mentions().find(shared).error().code, StorageError::Code::NotFound);
    QCOMPARE(m_project->mentions().find(own)->entityId, into);

    // Undone, the two mentions are there again as they were.
    ANNALIST_VERIFY_OK(entities().unmerge(*record));
    QCOMPARE(m_project.dump(), before);
}

void TestEntityRepository::unmergeLeavesLaterChangesAlone()
{
    const qint64 into = m_project.addEntity(QStringLiteral("Marco Rubio"));
    const qint64 from = m_project.addEntity(QStringLiteral("Rubio"));
    const qint64 third = m_project.addEntity(QStringLiteral("Someone"));
    const qint64 source = m_project.addTextSource(QStringLiteral("Rubio and Rubio."));
    const qint64 first = addMention(from, source, 0, 5);
    const qint64 second = addMention(from, source, 10, 15);
    const Result<EntityMergeRecord> record = entities().mergeRecorded(from, into);
    ANNALIST_VERIFY_OK(record);

    // Since the merge, one mention went elsewhere and one was removed.
    ANNALIST_VERIFY_OK(m_project->mentions().setEntity(first, third));
    ANNALIST_VERIFY_OK(m_project->mentions().remove(second));
    ANNALIST_VERIFY_OK(entities().unmerge(*record));
    QCOMPARE(m_project->mentions().find(first)->entityId, third);
    QVERIFY(m_project->mentions().listForEntity(from)->isEmpty());
    // The entity is back already, so a second undo fails and changes nothing.
    QCOMPARE(entities().unmerge(*record).error().code, StorageError::Code::Constraint);
    QCOMPARE(entities().list()->size(), 3);
}

QTEST_GUILESS_MAIN(TestEntityRepository)
#include "tst_entityrepository.moc"
