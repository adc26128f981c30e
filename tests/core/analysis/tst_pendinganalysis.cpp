// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "analysis/PendingAnalysis.h"
#include "analysis/ProjectAnalyzer.h"
#include "ingest/SourceImporter.h"
#include "jobs/BackgroundImport.h"
#include "storage/Project.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace annalist;

// Sources whose analysis never finished (the process was killed after the import, or
// during the analysis) are analysed by the next import, even one that brings nothing
// new, without being asked; the window's import does the same.
class TestPendingAnalysis : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void nextImportAnalysesWhatWasLeft_data();
    void nextImportAnalysesWhatWasLeft();
    void backgroundImportAnalysesWhatWasLeft();

private:
    int count(const QString &sql);
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
    QString m_corpus;
};

namespace {

QString article(int i)
{
    return QStringLiteral("Brief %1\nPresident Maria Ortega met the Port Authority in Veracruz on 3 March 2025. "
                          "Carlos Mendez of the Ministry of Transport said talks would resume on Tuesday.\n")
        .arg(i);
}

} // namespace

void TestPendingAnalysis::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("pending.annalist"));
    m_corpus = m_dir->filePath(QStringLiteral("corpus"));
    QVERIFY(QDir().mkpath(m_corpus));
    for (int i = 0; i < 5; ++i)
        QVERIFY(test::writeFile(QStringLiteral("%1/brief-%2.txt").arg(m_corpus).arg(i), article(i).toUtf8()));
    QVERIFY(Project::create(m_path));
}

int TestPendingAnalysis::count(const QString &sql)
{
    auto project = Project::openReadOnly(m_path);
    if (!project)
        return -1;
    QSqlQuery query((*project)->database());
    return query.exec(sql) && query.next() ? query.value(0).toInt() : -1;
}

void TestPendingAnalysis::nextImportAnalysesWhatWasLeft_data()
{
    QTest::addColumn<bool>("withNewFile");
    QTest::newRow("the same files again (all duplicates)") << false;
    QTest::newRow("one new file among them") << true;
}

void TestPendingAnalysis::nextImportAnalysesWhatWasLeft()
{
    QFETCH(bool, withNewFile);
    // What a kill between the import and the end of its analysis leaves: sources with
    // no finished analysis.
    {
        auto project = Project::open(m_path);
        QVERIFY(project);
        QCOMPARE(SourceImporter(**project).importPaths({ m_corpus }).count(ImportOutcome::Kind::Imported), 5);
        QCOMPARE(PendingAnalysis::sources(**project)->size(), 5);
    }
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mentions")), 0);
    if (withNewFile)
        QVERIFY(test::writeFile(m_corpus + QStringLiteral("/brief-new.txt"), article(99).toUtf8()));

    QProcess cli;
    cli.start(test::binaryDirectory() + QStringLiteral("/annalist-cli"),
              { QStringLiteral("import"), m_path, m_corpus });
    QVERIFY(cli.waitForFinished(120000));
    QVERIFY2(cli.exitCode() == 0, cli.readAllStandardError().constData());
    const int sources = withNewFile ? 6 : 5;
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM source_analysis WHERE length(fingerprint) > 0")), sources);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT source_id) FROM mentions")), sources);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT source_id) FROM timexes")), sources);

    // As many mentions as a clean import of the same files gives.
    const QString clean = m_dir->filePath(QStringLiteral("clean.annalist"));
    QVERIFY(Project::create(clean));
    QProcess reference;
    reference.start(test::binaryDirectory() + QStringLiteral("/annalist-cli"),
                    { QStringLiteral("import"), clean, m_corpus });
    QVERIFY(reference.waitForFinished(120000));
    QCOMPARE(reference.exitCode(), 0);
    auto cleanProject = Project::openReadOnly(clean);
    QVERIFY(cleanProject);
    QSqlQuery query((*cleanProject)->database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM mentions")) && query.next());
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM mentions")), query.value(0).toInt());
}

void TestPendingAnalysis::backgroundImportAnalysesWhatWasLeft()
{
    auto project = Project::open(m_path);
    QVERIFY(project);
    QCOMPARE(SourceImporter(**project).importPaths({ m_corpus }).count(ImportOutcome::Kind::Imported), 5);
    BackgroundImport import(**project);
    import.setAnalyzeImported(true);
    QSignalSpy finished(&import, &BackgroundImport::finished);
    QVERIFY(import.start({ m_corpus }));
    QVERIFY(finished.wait(120000));
    QVERIFY(PendingAnalysis::sources(**project)->isEmpty());
    QSqlQuery query((*project)->database());
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(DISTINCT source_id) FROM mentions")) && query.next());
    QCOMPARE(query.value(0).toInt(), 5);
}

QTEST_GUILESS_MAIN(TestPendingAnalysis)
#include "tst_pendinganalysis.moc"
