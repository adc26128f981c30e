// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "jobs/BackgroundImport.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace annalist;

Q_DECLARE_METATYPE(annalist::ImportReport)

class TestBackgroundImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void importsOnAnotherThread();
    void cancelKeepsFinishedBatches();
    void projectStaysUsableDuringImport();

private:
    QString writeCorpus(int files);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestBackgroundImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = Project::create(m_dir->filePath(QStringLiteral("bg.annalist")));
    QVERIFY(project);
    m_project = std::move(*project);
}

void TestBackgroundImport::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

QString TestBackgroundImport::writeCorpus(int files)
{
    const QString folder = m_dir->filePath(QStringLiteral("corpus"));
    QDir().mkpath(folder);
    const QByteArray filler = QByteArray("The ferry strike entered its third day as talks stalled. ").repeated(40);
    for (int i = 0; i < files; ++i)
        test::writeFile(QStringLiteral("%1/%2.txt").arg(folder).arg(i, 4, 10, QLatin1Char('0')),
                        QByteArray("Brief ") + QByteArray::number(i) + "\n" + filler);
    return folder;
}

void TestBackgroundImport::importsOnAnotherThread()
{
    const QString folder = writeCorpus(120);
    BackgroundImport import(*m_project);
    QSignalSpy finished(&import, &BackgroundImport::finished);
    QSignalSpy progressed(&import, &BackgroundImport::progressed);
    Qt::HANDLE workerThread = nullptr;
    connect(
        &import, &BackgroundImport::batchImported, this, [&workerThread] { workerThread = QThread::currentThreadId(); },
        Qt::DirectConnection);
    QVERIFY(import.start({ folder }));
    QVERIFY(!import.start({ folder }));
    QVERIFY(finished.wait(60000));
    const auto report = finished.first().first().value<ImportReport>();
    QCOMPARE(report.count(ImportOutcome::Kind::Imported), 120);
    QVERIFY(report.storageError.isEmpty());
    QVERIFY(!progressed.isEmpty());
    QCOMPARE(progressed.last().at(0).toInt(), 120);
    QVERIFY(workerThread != nullptr);
    QVERIFY(workerThread != QThread::currentThreadId());
    // The holder's own connection sees the sources.
    QCOMPARE(m_project->sources().count().value(), 120);
}

void TestBackgroundImport::cancelKeepsFinishedBatches()
{
    const QString folder = writeCorpus(400);
    BackgroundImport import(*m_project);
    QSignalSpy finished(&import, &BackgroundImport::finished);
    connect(&import, &BackgroundImport::batchImported, &import, &BackgroundImport::cancel, Qt::DirectConnection);
    SourceImporter::Options options;
    options.batchSize = 25;
    QVERIFY(import.start({ folder }, options));
    QVERIFY(finished.wait(60000));
    const auto report = finished.first().first().value<ImportReport>();
    QVERIFY(report.cancelled);
    QCOMPARE(report.count(ImportOutcome::Kind::Imported), 25);
    QCOMPARE(m_project->sources().count().value(), 25);
}

void TestBackgroundImport::projectStaysUsableDuringImport()
{
    const QString folder = writeCorpus(300);
    BackgroundImport import(*m_project);
    QSignalSpy finished(&import, &BackgroundImport::finished);
    SourceImporter::Options options;
    options.batchSize = 20;
    QVERIFY(import.start({ folder }, options));
    // The window keeps reading and writing while the import runs.
    int reads = 0;
    while (import.isRunning()) {
        QVERIFY(m_project->sources().list().hasValue());
        ++reads;
        QTest::qWait(5);
    }
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QVERIFY(reads > 0);
    QCOMPARE(m_project->sources().count().value(), 300);
}

QTEST_GUILESS_MAIN(TestBackgroundImport)
#include "tst_backgroundimport.moc"
