// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/SetMentionStatusCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

Q_DECLARE_METATYPE(annalist::Mention::Status)

class TestSetMentionStatusCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void setsEveryStatus_data();
    void setsEveryStatus();
    void undoRestoresEachPreviousStatus();
    void survivesReopening();
    void unknownMentionFailsAndChangesNothing();

private:
    QList<Mention::Status> statuses();

    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_first = 0;
    qint64 m_second = 0;
    QList<qint64> m_mentions; // candidate, confirmed, rejected in m_first; candidate in m_second
};

void TestSetMentionStatusCommand::init()
{
    QVERIFY(m_fixture.create());
    m_first = m_fixture.addSource(QStringLiteral("One"), QStringLiteral("Rubio met Sheinbaum in Mexico City."));
    m_second = m_fixture.addSource(QStringLiteral("Two"), QStringLiteral("Sheinbaum spoke after Rubio left."));
    const qint64 rubio = m_fixture.addEntity(QStringLiteral("Marco Rubio"));
    const qint64 sheinbaum = m_fixture.addEntity(QStringLiteral("Claudia Sheinbaum"));
    const qint64 city = m_fixture.addEntity(QStringLiteral("Mexico City"), QStringLiteral("Place"));
    m_mentions = {
        m_fixture.addMentionOf(rubio, m_first, QStringLiteral("Rubio"), Mention::Status::Candidate),
        m_fixture.addMentionOf(sheinbaum, m_first, QStringLiteral("Sheinbaum"), Mention::Status::Confirmed),
        m_fixture.addMentionOf(city, m_first, QStringLiteral("Mexico City"), Mention::Status::Rejected),
        m_fixture.addMentionOf(rubio, m_second, QStringLiteral("Rubio"), Mention::Status::Candidate),
    };
    QVERIFY(!m_mentions.contains(0));
}

void TestSetMentionStatusCommand::cleanup()
{
    m_fixture.close();
}

QList<Mention::Status> TestSetMentionStatusCommand::statuses()
{
    QList<Mention::Status> result;
    for (qint64 id : std::as_const(m_mentions)) {
        const Result<Mention> mention = m_fixture.project().mentions().find(id);
        result.append(mention ? mention->status : Mention::Status::Candidate);
    }
    return result;
}

void TestSetMentionStatusCommand::setsEveryStatus_data()
{
    QTest::addColumn<Mention::Status>("status");
    QTest::newRow("accept") << Mention::Status::Confirmed;
    QTest::newRow("reject") << Mention::Status::Rejected;
    QTest::newRow("reopen") << Mention::Status::Candidate;
}

void TestSetMentionStatusCommand::setsEveryStatus()
{
    QFETCH(Mention::Status, status);

    const QList<Mention::Status> before = statuses();
    QSignalSpy changed(&m_signals, &ProjectSignals::mentionsChanged);
    SetMentionStatusCommand command(m_fixture.project(), m_signals, m_mentions, status);
    command.redo();
    QVERIFY(!command.hasFailed());
    QCOMPARE(statuses(), QList<Mention::Status>(4, status));
    // One signal per source, not per mention.
    QCOMPARE(changed.count(), 2);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_first);
    QCOMPARE(changed.at(1).at(0).toLongLong(), m_second);

    command.undo();
    QCOMPARE(statuses(), before);
}

void TestSetMentionStatusCommand::undoRestoresEachPreviousStatus()
{
    const QStringList original = m_fixture.dump();
    // Repeats are harmless: the first status seen is the one restored.
    SetMentionStatusCommand command(m_fixture.project(), m_signals,
                                    { m_mentions.at(0), m_mentions.at(2), m_mentions.at(0) },
                                    Mention::Status::Confirmed);
    QCOMPARE(command.mentionIds().size(), 2);
    command.redo();
    QCOMPARE(statuses(),
             QList<Mention::Status>({ Mention::Status::Confirmed, Mention::Status::Confirmed,
                                      Mention::Status::Confirmed, Mention::Status::Candidate }));
    const QStringList redone = m_fixture.dump();
    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    command.redo();
    QCOMPARE(m_fixture.dump(), redone);
    command.undo();
    QCOMPARE(m_fixture.dump(), original);
}

void TestSetMentionStatusCommand::survivesReopening()
{
    {
        SetMentionStatusCommand command(m_fixture.project(), m_signals, { m_mentions.at(3) },
                                        Mention::Status::Rejected);
        command.redo();
    }
    QVERIFY(m_fixture.reopen());
    QCOMPARE(m_fixture.project().mentions().find(m_mentions.at(3))->status, Mention::Status::Rejected);
}

void TestSetMentionStatusCommand::unknownMentionFailsAndChangesNothing()
{
    const QStringList original = m_fixture.dump();
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QSignalSpy changed(&m_signals, &ProjectSignals::mentionsChanged);
    // The known mentions come first, so their change must be rolled back.
    SetMentionStatusCommand command(m_fixture.project(), m_signals, { m_mentions.at(0), m_mentions.at(3), 777 },
                                    Mention::Status::Confirmed);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestSetMentionStatusCommand)
#include "tst_setmentionstatuscommand.moc"
