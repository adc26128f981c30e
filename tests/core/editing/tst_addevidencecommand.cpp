// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/AddEvidenceCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"
#include "TimeValueOutput.h"

#include "model/Evidence.h"
#include "storage/EvidenceRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace annalist;
using annalist::test::ProjectFixture;

Q_DECLARE_METATYPE(annalist::Evidence::Stance)

namespace {

const QString body
    = QStringLiteral("Rubio met Sheinbaum in Mexico City on Tuesday. Officials called the talks productive.");

} // namespace

class TestAddEvidenceCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void adds_data();
    void adds();
    void failures_data();
    void failures();
    void redoAfterUndoKeepsTheId();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_source = 0;
    qint64 m_event = 0;
};

void TestAddEvidenceCommand::init()
{
    QVERIFY(m_fixture.create());
    m_source = m_fixture.addSource(QStringLiteral("Talks"), body);
    m_event = m_fixture.addEvent(QStringLiteral("Rubio meets Sheinbaum"));
    QVERIFY(m_source && m_event);
}

void TestAddEvidenceCommand::cleanup()
{
    m_fixture.close();
}

void TestAddEvidenceCommand::adds_data()
{
    QTest::addColumn<QString>("passage");
    QTest::addColumn<QString>("quote");
    QTest::addColumn<Evidence::Stance>("stance");
    QTest::addColumn<TimeValue>("reported");

    QTest::newRow("supports, quote from the text")
        << QStringLiteral("Rubio met Sheinbaum") << QString() << Evidence::Stance::Supports << TimeValue::unknown();
    QTest::newRow("contradicts, own quote") << QStringLiteral("in Mexico City") << QStringLiteral("in [Mexico] City")
                                            << Evidence::Stance::Contradicts << TimeValue::unknown();
    QTest::newRow("mentions, reported later") << QStringLiteral("Officials called the talks productive.") << QString()
                                              << Evidence::Stance::Mentions << TimeValue::day(QDate(2025, 2, 6));
}

void TestAddEvidenceCommand::adds()
{
    QFETCH(QString, passage);
    QFETCH(QString, quote);
    QFETCH(Evidence::Stance, stance);
    QFETCH(TimeValue, reported);

    Evidence evidence;
    evidence.id = 77; // ignored
    evidence.eventId = m_event;
    evidence.sourceId = m_source;
    evidence.start = static_cast<int>(body.indexOf(passage));
    evidence.end = evidence.start + static_cast<int>(passage.size());
    evidence.quote = quote;
    evidence.stance = stance;
    evidence.reported = reported;

    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::evidenceChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    AddEvidenceCommand command(m_fixture.project(), m_signals, evidence);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QVERIFY(command.evidenceId() > 0);
    QCOMPARE(command.eventId(), m_event);
    QCOMPARE(command.text(), QStringLiteral("Add evidence to \u201cRubio meets Sheinbaum\u201d"));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_event);

    const Result<Evidence> stored = m_fixture.project().evidence().find(command.evidenceId());
    ANNALIST_VERIFY_OK(stored);
    QCOMPARE(stored->eventId, m_event);
    QCOMPARE(stored->start, evidence.start);
    QCOMPARE(stored->end, evidence.end);
    QCOMPARE(stored->quote, quote.isEmpty() ? passage : quote);
    QCOMPARE(stored->stance, stance);
    QCOMPARE(stored->reported, reported);
    const QStringList added = m_fixture.dump();

    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    QCOMPARE(changed.count(), 2);
    command.redo();
    QCOMPARE(m_fixture.dump(), added);
    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    QCOMPARE(errors.count(), 0);
}

void TestAddEvidenceCommand::failures_data()
{
    QTest::addColumn<qint64>("event");
    QTest::addColumn<qint64>("source");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");

    // 0 stands for the test's event or source.
    QTest::newRow("unknown event") << qint64(9999) << qint64(0) << 0 << 5;
    QTest::newRow("unknown source") << qint64(0) << qint64(9999) << 0 << 5;
    QTest::newRow("empty span") << qint64(0) << qint64(0) << 5 << 5;
    QTest::newRow("reversed span") << qint64(0) << qint64(0) << 9 << 5;
    QTest::newRow("beyond the text") << qint64(0) << qint64(0) << 80 << 400;
    QTest::newRow("negative start") << qint64(0) << qint64(0) << -3 << 5;
}

void TestAddEvidenceCommand::failures()
{
    QFETCH(qint64, event);
    QFETCH(qint64, source);
    QFETCH(int, start);
    QFETCH(int, end);

    Evidence evidence;
    evidence.eventId = event ? event : m_event;
    evidence.sourceId = source ? source : m_source;
    evidence.start = start;
    evidence.end = end;

    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::evidenceChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    AddEvidenceCommand command(m_fixture.project(), m_signals, evidence);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(command.evidenceId(), 0);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

void TestAddEvidenceCommand::redoAfterUndoKeepsTheId()
{
    QUndoStack stack;
    Evidence evidence;
    evidence.eventId = m_event;
    evidence.sourceId = m_source;
    evidence.start = 0;
    evidence.end = 5;
    auto *first = new AddEvidenceCommand(m_fixture.project(), m_signals, evidence);
    stack.push(first);
    evidence.start = 10;
    evidence.end = 19;
    auto *second = new AddEvidenceCommand(m_fixture.project(), m_signals, evidence);
    stack.push(second);
    const qint64 firstId = first->evidenceId();
    const qint64 secondId = second->evidenceId();
    QVERIFY(firstId > 0 && secondId > firstId);

    stack.undo();
    stack.undo();
    QVERIFY(m_fixture.project().evidence().listForEvent(m_event)->isEmpty());
    stack.redo();
    stack.redo();
    QCOMPARE(first->evidenceId(), firstId);
    QCOMPARE(second->evidenceId(), secondId);
    QCOMPARE(m_fixture.project().evidence().find(secondId)->quote, QStringLiteral("Sheinbaum"));
}

QTEST_GUILESS_MAIN(TestAddEvidenceCommand)
#include "tst_addevidencecommand.moc"
