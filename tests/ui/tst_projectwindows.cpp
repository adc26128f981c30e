// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "storage/Project.h"
#include "storage/ProjectLock.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace annalist;

// The annalist program as the file manager starts it (the launcher's Exec=annalist %f):
// `annalist FILE` opens that project, and a second project opened while the first
// window runs gets a process of its own and leaves the first one as it was.
class TestProjectWindows : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void fileOnTheCommandLineIsOpened_data();
    void fileOnTheCommandLineIsOpened();
    void secondProjectOpensBesideTheFirst();

private:
    // Starts annalist on the offscreen platform with settings of its own.
    QProcess *start(const QString &project);
    // The pid holding the project's lock, 0 while nobody does.
    static qint64 holder(const QString &project);
    static bool makeProject(const QString &path);

    QString m_program;
    QTemporaryDir m_dir;
    std::vector<std::unique_ptr<QProcess>> m_processes;
};

void TestProjectWindows::initTestCase()
{
    m_program = test::binaryDirectory() + QStringLiteral("/annalist");
    QVERIFY2(QFileInfo(m_program).isExecutable(), qPrintable(m_program + QStringLiteral(" is not built")));
    QVERIFY(m_dir.isValid());
}

void TestProjectWindows::cleanup()
{
    for (const auto &process : m_processes) {
        process->terminate();
        if (!process->waitForFinished(10000)) {
            process->kill();
            process->waitForFinished();
        }
    }
    m_processes.clear();
}

QProcess *TestProjectWindows::start(const QString &project)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    environment.insert(QStringLiteral("ANNALIST_NO_DIALOGS"), QStringLiteral("1"));
    process->setProcessEnvironment(environment);
    process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process->start(m_program, { project });
    m_processes.push_back(std::move(process));
    return m_processes.back().get();
}

qint64 TestProjectWindows::holder(const QString &project)
{
    QLockFile lock(ProjectLock::lockPathFor(project));
    qint64 pid = 0;
    QString host;
    QString application;
    if (!lock.getLockInfo(&pid, &host, &application))
        return 0;
    return pid;
}

bool TestProjectWindows::makeProject(const QString &path)
{
    auto project = Project::create(path);
    return bool(project);
}

void TestProjectWindows::fileOnTheCommandLineIsOpened_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("plain name") << QStringLiteral("case.annalist");
    QTest::newRow("spaces and accents") << QStringLiteral("caso número 2.annalist");
}

void TestProjectWindows::fileOnTheCommandLineIsOpened()
{
    QFETCH(QString, name);
    const QString path = m_dir.filePath(name);
    QVERIFY(makeProject(path));
    QCOMPARE(holder(path), 0);
    QProcess *annalist = start(path);
    QVERIFY(annalist->waitForStarted());
    QTRY_COMPARE_WITH_TIMEOUT(holder(path), annalist->processId(), 20000);
}

void TestProjectWindows::secondProjectOpensBesideTheFirst()
{
    const QString first = m_dir.filePath(QStringLiteral("first.annalist"));
    const QString second = m_dir.filePath(QStringLiteral("second.annalist"));
    QVERIFY(makeProject(first));
    QVERIFY(makeProject(second));
    QProcess *one = start(first);
    QTRY_COMPARE_WITH_TIMEOUT(holder(first), one->processId(), 20000);
    QProcess *two = start(second);
    QTRY_COMPARE_WITH_TIMEOUT(holder(second), two->processId(), 20000);
    // The first window still runs with its own project.
    QTest::qWait(500);
    QCOMPARE(one->state(), QProcess::Running);
    QCOMPARE(holder(first), one->processId());
    QCOMPARE(two->state(), QProcess::Running);
}

QTEST_GUILESS_MAIN(TestProjectWindows)
#include "tst_projectwindows.moc"
