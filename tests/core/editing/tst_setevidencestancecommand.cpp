// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/SetEvidenceStanceCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include "model/Evidence.h"
#include "storage/EvidenceRepository.h"

#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

Q_DECLARE_METATYPE(annalist::Evidence::Stance)

class TestSetEvidenceStanceCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void stances_data();
    void stances();
    void unknownEvidenceFails();

private:
    Evidence::Stance stance();

    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_event = 0;
    qint64 m_evidence = 0;
};

void TestSetEvidenceStanceCommand::init()
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
    evidence.stance = Evidence::Stance::Mentions;
    const Result<qint64> id = m_fixture.project().evidence().add(evidence);
    ANNALIST_VERIFY_OK(id);
    m_evidence = *id;
}

void TestSetEvidenceStanceCommand::cleanup()
{
    m_fixture.close();
}

Evidence::Stance TestSetEvidenceStanceCommand::stance()
{
    const Result<Evidence> evidence = m_fixture.project().evidence().find(m_evidence);
    return evidence ? evidence->stance : Evidence::Stance::Mentions;
}

void TestSetEvidenceStanceCommand::stances_data()
{
    QTest::addColumn<Evidence::Stance>("newStance");
    QTest::addColumn<QString>("text");

    QTest::newRow("supports") << Evidence::Stance::Supports << QStringLiteral("Mark evidence as supporting");
    QTest::newRow("contradicts") << Evidence::Stance::Contradicts << QStringLiteral("Mark evidence as contradicting");
    QTest::newRow("mentions, as it was") << Evidence::Stance::Mentions
                                         << QStringLiteral("Mark evidence as a mention only");
}

void TestSetEvidenceStanceCommand::stances()
{
    QFETCH(Evidence::Stance, newStance);
    QFETCH(QString, text);

    QSignalSpy changed(&m_signals, &ProjectSignals::evidenceChanged);
    SetEvidenceStanceCommand command(m_fixture.project(), m_signals, m_evidence, newStance);
    QCOMPARE(command.text(), text);
    command.redo();
    QVERIFY2(!command.hasFailed(), qPrintable(command.errorMessage()));
    QCOMPARE(stance(), newStance);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toLongLong(), m_event);
    command.undo();
    QCOMPARE(stance(), Evidence::Stance::Mentions);
    command.redo();
    QCOMPARE(stance(), newStance);
    QVERIFY(m_fixture.reopen());
    QCOMPARE(stance(), newStance);
    QCOMPARE(changed.count(), 3);
}

void TestSetEvidenceStanceCommand::unknownEvidenceFails()
{
    const QStringList original = m_fixture.dump();
    QSignalSpy changed(&m_signals, &ProjectSignals::evidenceChanged);
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    SetEvidenceStanceCommand command(m_fixture.project(), m_signals, 9999, Evidence::Stance::Contradicts);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestSetEvidenceStanceCommand)
#include "tst_setevidencestancecommand.moc"
