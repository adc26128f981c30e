// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "ingest/SourceImporter.h"
#include "storage/Project.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>
#include <unistd.h>

using namespace annalist;

// A project that cannot be written (its file or its folder read-only) opens read-only:
// every reading command of annalist-cli works, writing ones say why they cannot, and
// the file is never changed. Reading commands also work while another process (the
// window) holds the project open, since SQLite's WAL lets readers in beside a writer.
// Run as root, the commands run as the user nobody, for whom permissions count.
class TestReadOnlyProject : public QObject
{
    Q_OBJECT

private slots:
    void readingCommandsWorkWritingOnesSayWhy_data();
    void readingCommandsWorkWritingOnesSayWhy();

private:
    struct Outcome
    {
        int exitCode = -1;
        QString out;
        QString err;
    };
    Outcome run(const QStringList &arguments);
};

TestReadOnlyProject::Outcome TestReadOnlyProject::run(const QStringList &arguments)
{
    const QString cli = test::binaryDirectory() + QStringLiteral("/annalist-cli");
    QProcess process;
    if (::geteuid() == 0)
        process.start(QStringLiteral("setpriv"),
                      QStringList { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                    QStringLiteral("--clear-groups"), QStringLiteral("--"), cli }
                          + arguments);
    else
        process.start(cli, arguments);
    Outcome outcome;
    if (!process.waitForFinished(60000))
        return outcome;
    outcome.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    outcome.out = QString::fromUtf8(process.readAllStandardOutput());
    outcome.err = QString::fromUtf8(process.readAllStandardError());
    return outcome;
}

void TestReadOnlyProject::readingCommandsWorkWritingOnesSayWhy_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("writeRefusal");
    QTest::newRow("folder not writable") << QStringLiteral("folder") << QStringLiteral("is open read-only: its folder");
    QTest::newRow("file not writable") << QStringLiteral("file")
                                       << QStringLiteral("is open read-only: the file is not writable");
    QTest::newRow("open in another process")
        << QStringLiteral("held") << QStringLiteral("P.annalist: it is already open by another Annalist (pid");
}

void TestReadOnlyProject::readingCommandsWorkWritingOnesSayWhy()
{
    QFETCH(QString, situation);
    QFETCH(QString, writeRefusal);
    if (::geteuid() == 0 && !QFile::exists(QStringLiteral("/usr/bin/setpriv")))
        QSKIP("running as root without setpriv to drop to an unprivileged user");

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString folder = dir.filePath(QStringLiteral("projects"));
    QVERIFY(QDir().mkpath(folder));
    const QString path = folder + QStringLiteral("/P.annalist");
    const QString article = dir.filePath(QStringLiteral("article.txt"));
    QVERIFY(test::writeFile(article, "A new brief\nThe hearing is on Friday.\n"));
    {
        auto project = Project::create(path);
        QVERIFY(project);
        SourceImporter importer(**project);
        QCOMPARE(
            importer.importText(QStringLiteral("Harbour audit\nLina Okoro said the audit began in March 2025.")).kind,
            ImportOutcome::Kind::Imported);
    }
    const QString outputs = dir.filePath(QStringLiteral("out"));
    QVERIFY(QDir().mkpath(outputs));
    ::chmod(QFile::encodeName(dir.path()).constData(), 0755);
    ::chmod(QFile::encodeName(outputs).constData(), 0777);
    ::chmod(QFile::encodeName(article).constData(), 0644);
    std::unique_ptr<Project> holder;
    if (situation == QStringLiteral("folder")) {
        ::chmod(QFile::encodeName(path).constData(), 0666);
        ::chmod(QFile::encodeName(folder).constData(), 0555);
    } else if (situation == QStringLiteral("file")) {
        ::chmod(QFile::encodeName(path).constData(), 0444);
        ::chmod(QFile::encodeName(folder).constData(), 0777);
    } else {
        ::chmod(QFile::encodeName(path).constData(), 0666);
        ::chmod(QFile::encodeName(folder).constData(), 0777);
        auto opened = Project::open(path);
        QVERIFY(opened);
        QVERIFY(!(*opened)->isReadOnly());
        holder = std::move(*opened);
    }
    const QByteArray before = test::readFile(path);

    const QList<QStringList> reading = {
        { QStringLiteral("list"), path },
        { QStringLiteral("info"), path },
        { QStringLiteral("show"), path, QStringLiteral("1") },
        { QStringLiteral("search"), path, QStringLiteral("audit") },
        { QStringLiteral("events"), path },
        { QStringLiteral("chronology"), path },
        { QStringLiteral("roles"), path, QStringLiteral("list") },
        { QStringLiteral("export"), path, QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("-o"),
          outputs + QStringLiteral("/report.md") },
    };
    for (const QStringList &arguments : reading) {
        const Outcome outcome = run(arguments);
        QVERIFY2(outcome.exitCode == 0,
                 qPrintable(arguments.first() + QStringLiteral(" failed: ") + outcome.err.trimmed()));
    }
    QVERIFY(run({ QStringLiteral("list"), path }).out.contains(QStringLiteral("Harbour audit")));

    const Outcome import = run({ QStringLiteral("import"), path, article });
    QCOMPARE(import.exitCode, 2);
    QVERIFY2(import.err.contains(writeRefusal), qPrintable(import.err));
    QCOMPARE(import.err.count(u'\n'), 1);
    QVERIFY2(!import.err.contains(QStringLiteral(" is cannot")), qPrintable(import.err));

    holder.reset();
    ::chmod(QFile::encodeName(folder).constData(), 0755);
    if (situation != QStringLiteral("held"))
        QCOMPARE(test::readFile(path), before);
}

QTEST_GUILESS_MAIN(TestReadOnlyProject)
#include "tst_readonlyproject.moc"
