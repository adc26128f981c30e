// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/CreateEntityWithMentionCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

namespace {

const QString body = QStringLiteral("President-elect Claudia Sheinbaum received the delegation in Mexico City.");

} // namespace

class TestCreateEntityWithMentionCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void createsEntityAndMention_data();
    void createsEntityAndMention();
    void undoRemovesBothAndRedoKeepsIds();
    void survivesReopening();
    void failureLeavesProjectUnchanged_data();
    void failureLeavesProjectUnchanged();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_source = 0;
};

void TestCreateEntityWithMentionCommand::init()
{
    QVERIFY(m_fixture.create());
    m_source = m_fixture.addSource(QStringLiteral("Delegation"), body);
    QVERIFY(m_source > 0);
}

void TestCreateEntityWithMentionCommand::cleanup()
{
    m_fixture.close();
}

void TestCreateEntityWithMentionCommand::createsEntityAndMention_data()
{
    QTest::addColumn<QString>("quote");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typeName");
    QTest::addColumn<QString>("storedName");
    QTest::addColumn<QString>("storedType");

    QTest::newRow("person") << QStringLiteral("Claudia Sheinbaum") << QStringLiteral("Claudia Sheinbaum")
                            << QStringLiteral("Person") << QStringLiteral("Claudia Sheinbaum")
                            << QStringLiteral("Person");
    QTest::newRow("type ignoring case") << QStringLiteral("Mexico City") << QStringLiteral("Mexico City")
                                        << QStringLiteral("pLACE") << QStringLiteral("Mexico City")
                                        << QStringLiteral("Place");
    QTest::newRow("name tidied") << QStringLiteral("President-elect") << QStringLiteral("  President-elect \n")
                                 << QStringLiteral("title") << QStringLiteral("President-elect")
                                 << QStringLiteral("Title");
}

void TestCreateEntityWithMentionCommand::createsEntityAndMention()
{
    QFETCH(QString, quote);
    QFETCH(QString, name);
    QFETCH(QString, typeName);
    QFETCH(QString, storedName);
    QFETCH(QString, storedType);

    QSignalSpy entitiesChanged(&m_signals, &ProjectSignals::entitiesChanged);
    QSignalSpy mentionsChanged(&m_signals, &ProjectSignals::mentionsChanged);
    const int start = static_cast<int>(body.indexOf(quote));
    CreateEntityWithMentionCommand command(m_fixture.project(), m_signals, m_source, start,
                                           start + static_cast<int>(quote.size()), name, typeName);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(entitiesChanged.count(), 1);
    QCOMPARE(mentionsChanged.count(), 1);
    QCOMPARE(mentionsChanged.at(0).at(0).toLongLong(), m_source);

    const Result<Entity> entity = m_fixture.project().entities().find(command.entityId());
    ANNALIST_VERIFY_OK(entity);
    QCOMPARE(entity->canonicalName, storedName);
    QCOMPARE(entity->typeId, m_fixture.typeId(storedType));
    const Result<Mention> mention = m_fixture.project().mentions().find(command.mentionId());
    ANNALIST_VERIFY_OK(mention);
    QCOMPARE(mention->entityId, command.entityId());
    QCOMPARE(mention->quote, quote);
    QCOMPARE(mention->status, Mention::Status::Confirmed);
    QCOMPARE(mention->start, start);
}

void TestCreateEntityWithMentionCommand::undoRemovesBothAndRedoKeepsIds()
{
    const QStringList original = m_fixture.dump();
    CreateEntityWithMentionCommand command(m_fixture.project(), m_signals, m_source, 16, 33,
                                           QStringLiteral("Claudia Sheinbaum"), QStringLiteral("Person"));
    command.redo();
    const qint64 entityId = command.entityId();
    const qint64 mentionId = command.mentionId();
    QVERIFY(entityId > 0);
    QVERIFY(mentionId > 0);
    const QStringList redone = m_fixture.dump();

    QSignalSpy entitiesChanged(&m_signals, &ProjectSignals::entitiesChanged);
    command.undo();
    QCOMPARE(entitiesChanged.count(), 1);
    QCOMPARE(m_fixture.dump(), original);
    QCOMPARE(m_fixture.project().entities().find(entityId).error().code, StorageError::Code::NotFound);
    QCOMPARE(m_fixture.project().mentions().find(mentionId).error().code, StorageError::Code::NotFound);

    command.redo();
    QVERIFY(!command.hasFailed());
    QCOMPARE(command.entityId(), entityId);
    QCOMPARE(command.mentionId(), mentionId);
    QCOMPARE(m_fixture.dump(), redone);

    command.undo();
    QCOMPARE(m_fixture.dump(), original);
}

void TestCreateEntityWithMentionCommand::survivesReopening()
{
    {
        CreateEntityWithMentionCommand command(m_fixture.project(), m_signals, m_source, 61, 72,
                                               QStringLiteral("Mexico City"), QStringLiteral("Place"));
        command.redo();
        QVERIFY(!command.hasFailed());
    }
    QVERIFY(m_fixture.reopen());
    const Result<QList<Entity>> found = m_fixture.project().entities().findByName(QStringLiteral("mexico city"));
    ANNALIST_VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    const Result<QList<Mention>> mentions = m_fixture.project().mentions().listForEntity(found->first().id);
    ANNALIST_VERIFY_OK(mentions);
    QCOMPARE(mentions->size(), 1);
    QCOMPARE(mentions->first().quote, QStringLiteral("Mexico City"));
}

void TestCreateEntityWithMentionCommand::failureLeavesProjectUnchanged_data()
{
    QTest::addColumn<qint64>("source");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("typeName");

    QTest::newRow("unknown source") << qint64(4242) << 16 << 33 << QStringLiteral("Claudia Sheinbaum")
                                    << QStringLiteral("Person");
    QTest::newRow("unknown type") << qint64(0) << 16 << 33 << QStringLiteral("Claudia Sheinbaum")
                                  << QStringLiteral("Vessel");
    QTest::newRow("empty name") << qint64(0) << 16 << 33 << QStringLiteral("  ") << QStringLiteral("Person");
    QTest::newRow("span outside") << qint64(0) << 60 << 600 << QStringLiteral("Mexico City") << QStringLiteral("Place");
}

void TestCreateEntityWithMentionCommand::failureLeavesProjectUnchanged()
{
    QFETCH(qint64, source);
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QString, name);
    QFETCH(QString, typeName);

    const QStringList original = m_fixture.dump();
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QSignalSpy entitiesChanged(&m_signals, &ProjectSignals::entitiesChanged);
    CreateEntityWithMentionCommand command(m_fixture.project(), m_signals, source ? source : m_source, start, end, name,
                                           typeName);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(entitiesChanged.count(), 0);
    QCOMPARE(command.entityId(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestCreateEntityWithMentionCommand)
#include "tst_createentitywithmentioncommand.moc"
