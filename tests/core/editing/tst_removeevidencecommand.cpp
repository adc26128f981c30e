// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/RemoveEvidenceCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include "model/Evidence.h"
#include "storage/EvidenceRepository.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace annalist;
using annalist::test::ProjectFixture;

namespace {

const QString body
    = QStringLiteral("Rubio met Sheinbaum in Mexico City on Tuesday. Officials called the talks productive.");

} // namespace

class TestRemoveEvidenceCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void removesAndRestores_data();
    void removesAndRestores();
    void unknownEvidenceFails();

private:
    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_event = 0;
    QList<qint64> m_evidence;
};

void TestRemoveEvidenceCommand::init()
{
    QVERIFY(m_fixture.create());
    const qint64 source = m_fixture.addSource(QStringLiteral("Talks"), body);
    m_event = m_fixture.addEvent(QStringLiteral("Rubio meets Sheinbaum"));
    QVERIFY(source && m_event);
    m_evidence.clear();
    const QList<std::pair<int, int>> spans = { { 0, 19 }, { 20, 34 }, { 0, 85 } };
    for (const auto &[start, end] : spans) {
        Evidence evidence;
        evidence.eventId = m_event;
        evidence.sourceId = source;
        evidence.start = start;
        evidence.end = end;
        evidence.quote = body.mid(start, end - start);
        evidence.stance = Evidence::Stance::Contradicts;
        evidence.note = QStringLiteral("Check");
        evidence.reported = TimeValue::day(QDate(2025, 2, 5));
        const Result<qint64> id = m_fixture.project().evidence().add(evidence);
        ANNALIST_VERIFY_OK(id);
        m_evidence.append(*id);
    }
}

void TestRemoveEvidenceCommand::cleanup()
{
    m_fixture.close();
}

void TestRemoveEvidenceCommand::removesAndRestores_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("text");

    QTest::newRow("first") << 0 << QStringLiteral("Remove evidence \u201cRubio met Sheinbaum\u201d");
    QTest::newRow("middle") << 1 << QStringLiteral("Remove evidence \u201cin Mexico City\u201d");
    QTest::newRow("long quote, shortened at a word")
        << 2
        << QStringLiteral("Remove evidence \u201cRubio met Sheinbaum in Mexico City on Tuesday. Officials\u2026\u201d");
}

void TestRemoveEvidenceCommand::removesAndRestores()
{
    QFETCH(int, which);
    QFETCH(QString, text);
    const qint64 id = m_evidence.at(which);

    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::evidenceChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    RemoveEvidenceCommand command(m_fixture.project(), m_signals, id);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(command.eventId(), m_event);
    QCOMPARE(command.text(), text);
    QCOMPARE(m_fixture.project().evidence().find(id).error().code, StorageError::Code::NotFound);
    QCOMPARE(m_fixture.project().evidence().listForEvent(m_event)->size(), 2);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_event);
    const QStringList removed = m_fixture.dump();

    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    command.redo();
    QCOMPARE(m_fixture.dump(), removed);
    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    QCOMPARE(changed.count(), 4);
    QCOMPARE(errors.count(), 0);
}

void TestRemoveEvidenceCommand::unknownEvidenceFails()
{
    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::evidenceChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QUndoStack stack;
    stack.push(new RemoveEvidenceCommand(m_fixture.project(), m_signals, 9999));
    QCOMPARE(stack.count(), 0);
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestRemoveEvidenceCommand)
#include "tst_removeevidencecommand.moc"
