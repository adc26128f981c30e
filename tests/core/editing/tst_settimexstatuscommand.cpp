// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/SetTimexStatusCommand.h"
#include "storage/ProjectSignals.h"
#include "storage/TimexRepository.h"

#include "ProjectFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

Q_DECLARE_METATYPE(annalist::Mention::Status)

class TestSetTimexStatusCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void setsTheStatusAndUndoes_data();
    void setsTheStatusAndUndoes();
    void survivesReopening();
    void unknownTimexFailsAndChangesNothing();

private:
    Mention::Status status() { return m_fixture.project().timexes().find(m_timex)->status; }

    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_source = 0;
    qint64 m_timex = 0;
};

void TestSetTimexStatusCommand::init()
{
    QVERIFY(m_fixture.create());
    const QString body = QStringLiteral("Rubio will visit Mexico next week.");
    m_source = m_fixture.addSource(QStringLiteral("Visit"), body);
    Timex timex;
    timex.sourceId = m_source;
    timex.start = static_cast<int>(body.indexOf(QStringLiteral("next week")));
    timex.end = timex.start + 9;
    timex.value = QStringLiteral("2025-W06");
    const Result<qint64> id = m_fixture.project().timexes().add(timex);
    QVERIFY(id);
    m_timex = *id;
}

void TestSetTimexStatusCommand::cleanup()
{
    m_fixture.close();
}

void TestSetTimexStatusCommand::setsTheStatusAndUndoes_data()
{
    QTest::addColumn<Mention::Status>("from");
    QTest::addColumn<Mention::Status>("to");
    QTest::addColumn<QString>("text");
    QTest::newRow("accept a proposal") << Mention::Status::Candidate << Mention::Status::Confirmed
                                       << QStringLiteral("Accept the time \u201cnext week\u201d");
    QTest::newRow("reject a proposal") << Mention::Status::Candidate << Mention::Status::Rejected
                                       << QStringLiteral("Reject the time \u201cnext week\u201d");
    QTest::newRow("reject an accepted time") << Mention::Status::Confirmed << Mention::Status::Rejected
                                             << QStringLiteral("Reject the time \u201cnext week\u201d");
    QTest::newRow("reopen") << Mention::Status::Rejected << Mention::Status::Candidate
                            << QStringLiteral("Reopen the time \u201cnext week\u201d");
}

void TestSetTimexStatusCommand::setsTheStatusAndUndoes()
{
    QFETCH(Mention::Status, from);
    QFETCH(Mention::Status, to);
    QFETCH(QString, text);
    QVERIFY(m_fixture.project().timexes().setStatus(m_timex, from));
    const QStringList before = m_fixture.dump();

    QSignalSpy changed(&m_signals, &ProjectSignals::timexesChanged);
    SetTimexStatusCommand command(m_fixture.project(), m_signals, m_timex, to, QStringLiteral(" next\nweek "));
    QCOMPARE(command.text(), text);
    command.redo();
    QVERIFY(!command.hasFailed());
    QCOMPARE(status(), to);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().first().toLongLong(), m_source);

    command.undo();
    QCOMPARE(status(), from);
    QCOMPARE(m_fixture.dump(), before);
    QCOMPARE(changed.count(), 2);
    command.redo();
    QCOMPARE(status(), to);
}

void TestSetTimexStatusCommand::survivesReopening()
{
    {
        SetTimexStatusCommand command(m_fixture.project(), m_signals, m_timex, Mention::Status::Confirmed,
                                      QStringLiteral("next week"));
        command.redo();
    }
    QVERIFY(m_fixture.reopen());
    QCOMPARE(status(), Mention::Status::Confirmed);
}

void TestSetTimexStatusCommand::unknownTimexFailsAndChangesNothing()
{
    const QStringList original = m_fixture.dump();
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QSignalSpy changed(&m_signals, &ProjectSignals::timexesChanged);
    SetTimexStatusCommand command(m_fixture.project(), m_signals, 777, Mention::Status::Confirmed,
                                  QStringLiteral("never"));
    command.redo();
    QVERIFY(command.hasFailed());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestSetTimexStatusCommand)
#include "tst_settimexstatuscommand.moc"
