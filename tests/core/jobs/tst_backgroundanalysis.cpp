// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "ingest/SourceImporter.h"
#include "jobs/BackgroundAnalysis.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

Q_DECLARE_METATYPE(annalist::AnalysisSummary)

class TestBackgroundAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void analysesOnAnotherThread();
    void cancelKeepsFinishedSources();

private:
    QList<qint64> m_ids;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestBackgroundAnalysis::init()
{
    if (test::seedsDirectory().isEmpty())
        QSKIP("the shared seed articles are not beside this checkout");
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = Project::create(m_dir->filePath(QStringLiteral("background.annalist")));
    QVERIFY(project);
    m_project = std::move(*project);
    SourceImporter importer(*m_project);
    m_ids.clear();
    for (const ImportOutcome &outcome : importer.importPaths({ test::seedsDirectory() }).outcomes)
        m_ids << outcome.sourceId;
    QCOMPARE(m_ids.size(), 5);
}

void TestBackgroundAnalysis::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

void TestBackgroundAnalysis::analysesOnAnotherThread()
{
    BackgroundAnalysis analysis(*m_project);
    QSignalSpy finished(&analysis, &BackgroundAnalysis::finished);
    QSignalSpy progressed(&analysis, &BackgroundAnalysis::progressed);
    QVERIFY(analysis.start(m_ids, false));
    QVERIFY(!analysis.start(m_ids, false));
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.first().at(1).toString(), QString());
    const auto summary = finished.first().first().value<AnalysisSummary>();
    QCOMPARE(summary.sourcesAnalyzed, 5);
    QVERIFY(summary.mentionsProposed > 50);
    QCOMPARE(progressed.last().at(0).toInt(), 5);
    // The window's own connection sees the proposals.
    QCOMPARE(m_project->mentions().countByStatus()->value(Mention::Status::Candidate), summary.mentionsProposed);
}

void TestBackgroundAnalysis::cancelKeepsFinishedSources()
{
    BackgroundAnalysis analysis(*m_project);
    QSignalSpy finished(&analysis, &BackgroundAnalysis::finished);
    connect(&analysis, &BackgroundAnalysis::progressed, &analysis, &BackgroundAnalysis::cancel, Qt::DirectConnection);
    QVERIFY(analysis.start(m_ids, false));
    QVERIFY(finished.wait(60000));
    const auto summary = finished.first().first().value<AnalysisSummary>();
    QVERIFY(summary.cancelled);
    QVERIFY(summary.sourcesAnalyzed < 5);
    QVERIFY(summary.sourcesAnalyzed >= 1);
    QVERIFY(!m_project->mentions().listForSource(m_ids.first())->isEmpty());
    QVERIFY(m_project->mentions().listForSource(m_ids.last())->isEmpty());
}

QTEST_GUILESS_MAIN(TestBackgroundAnalysis)
#include "tst_backgroundanalysis.moc"
