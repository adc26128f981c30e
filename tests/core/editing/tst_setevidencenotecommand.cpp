// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/SetEvidenceNoteCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include "model/Evidence.h"
#include "storage/EvidenceRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

class TestSetEvidenceNoteCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void notes_data();
    void notes();
    void unknownEvidenceFails();

private:
    QString note();

    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_event = 0;
    qint64 m_evidence = 0;
};

void TestSetEvidenceNoteCommand::init()
{
    QVERIFY(m_fixture.create());
    const qint64 source = m_fixture.addTextSource(QStringLiteral("Rubio met Sheinbaum in Mexico City."));
    m_event = m_fixture.addEvent(QStringLiteral("Rubio meets Sheinbaum"));
    QVERIFY(source && m_event);
    Evidence evidence;
    evidence.eventId = m_event;
    evidence.sourceId = source;
    evidence.start = 0;
    evidence.end = 19;
    evidence.quote = QStringLiteral("Rubio met Sheinbaum");
    evidence.note = QStringLiteral("Only this source names the city.");
    const Result<qint64> id = m_fixture.project().evidence().add(evidence);
    ANNALIST_VERIFY_OK(id);
    m_evidence = *id;
}

void TestSetEvidenceNoteCommand::cleanup()
{
    m_fixture.close();
}

QString TestSetEvidenceNoteCommand::note()
{
    const Result<Evidence> evidence = m_fixture.project().evidence().find(m_evidence);
    return evidence ? evidence->note : QStringLiteral("(missing)");
}

void TestSetEvidenceNoteCommand::notes_data()
{
    QTest::addColumn<QString>("newNote");
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("text");

    QTest::newRow("new text") << QStringLiteral("Wire copy; the city is from the dateline.")
                              << QStringLiteral("Wire copy; the city is from the dateline.")
                              << QStringLiteral("Note on evidence");
    QTest::newRow("white space around, lines kept")
        << QStringLiteral("  Two lines\nof note \n") << QStringLiteral("Two lines\nof note")
        << QStringLiteral("Note on evidence");
    QTest::newRow("removed") << QStringLiteral("   ") << QStringLiteral("")
                             << QStringLiteral("Remove note on evidence");
}

void TestSetEvidenceNoteCommand::notes()
{
    QFETCH(QString, newNote);
    QFETCH(QString, stored);
    QFETCH(QString, text);

    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::evidenceChanged);
    SetEvidenceNoteCommand command(m_fixture.project(), m_signals, m_evidence, newNote);
    QCOMPARE(command.text(), text);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(note(), stored);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_event);
    command.undo();
    QCOMPARE(m_fixture.dump(), original);
    QCOMPARE(note(), QStringLiteral("Only this source names the city."));
    command.redo();
    QCOMPARE(note(), stored);
    QCOMPARE(changed.count(), 3);
}

void TestSetEvidenceNoteCommand::unknownEvidenceFails()
{
    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::evidenceChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    SetEvidenceNoteCommand command(m_fixture.project(), m_signals, 9999, QStringLiteral("Note"));
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestSetEvidenceNoteCommand)
#include "tst_setevidencenotecommand.moc"
