// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "editing/SetSourceGradeCommand.h"
#include "storage/ProjectSignals.h"

#include "ProjectFixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace annalist;
using annalist::test::ProjectFixture;

Q_DECLARE_METATYPE(annalist::ReliabilityGrade)

class TestSetSourceGradeCommand : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void grades_data();
    void grades();
    void survivesReopening();
    void unknownSourceFails();

private:
    ReliabilityGrade grade();

    ProjectFixture m_fixture;
    ProjectSignals m_signals;
    qint64 m_source = 0;
};

void TestSetSourceGradeCommand::init()
{
    QVERIFY(m_fixture.create());
    m_source = m_fixture.addSource(QStringLiteral("Wire report"), QStringLiteral("Officials met on Tuesday."));
    QVERIFY(m_source > 0);
    ANNALIST_VERIFY_OK(m_fixture.project().sources().setReliability(m_source, ReliabilityGrade::C));
}

void TestSetSourceGradeCommand::cleanup()
{
    m_fixture.close();
}

ReliabilityGrade TestSetSourceGradeCommand::grade()
{
    const Result<SourceSummary> summary = m_fixture.project().sources().summary(m_source);
    return summary ? summary->reliability : ReliabilityGrade::Unrated;
}

void TestSetSourceGradeCommand::grades_data()
{
    QTest::addColumn<ReliabilityGrade>("newGrade");
    QTest::newRow("A") << ReliabilityGrade::A;
    QTest::newRow("F") << ReliabilityGrade::F;
    QTest::newRow("unrated") << ReliabilityGrade::Unrated;
}

void TestSetSourceGradeCommand::grades()
{
    QFETCH(ReliabilityGrade, newGrade);

    QSignalSpy changed(&m_signals, &ProjectSignals::sourcesChanged);
    SetSourceGradeCommand command(m_fixture.project(), m_signals, m_source, newGrade);
    command.redo();
    QVERIFY(!command.hasFailed());
    QCOMPARE(grade(), newGrade);
    command.undo();
    QCOMPARE(grade(), ReliabilityGrade::C);
    command.redo();
    QCOMPARE(grade(), newGrade);
    QCOMPARE(changed.count(), 3);
}

void TestSetSourceGradeCommand::survivesReopening()
{
    {
        SetSourceGradeCommand command(m_fixture.project(), m_signals, m_source, ReliabilityGrade::B);
        command.redo();
    }
    QVERIFY(m_fixture.reopen());
    QCOMPARE(grade(), ReliabilityGrade::B);
}

void TestSetSourceGradeCommand::unknownSourceFails()
{
    const QStringList original = m_fixture.dump();
    QSignalSpy errors(&m_signals, &ProjectSignals::errorOccurred);
    QSignalSpy changed(&m_signals, &ProjectSignals::sourcesChanged);
    SetSourceGradeCommand command(m_fixture.project(), m_signals, 1234, ReliabilityGrade::A);
    command.redo();
    QVERIFY(command.hasFailed());
    QVERIFY(command.isObsolete());
    QCOMPARE(errors.count(), 1);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_fixture.dump(), original);
}

QTEST_GUILESS_MAIN(TestSetSourceGradeCommand)
#include "tst_setsourcegradecommand.moc"
