// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFixture.h"
#include "TestData.h"
#include "commandline/CommandLineTool.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <unistd.h>

using namespace annalist;

// annalist-cli export, import-chronology and import-brat, run in-process on a project
// file, with the bad input an export meets: paths that cannot be written, a full disk,
// a device, an empty project.
class TestExportCommands : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void exportsEveryFormat_data();
    void exportsEveryFormat();
    void refusesWhatCannotBeWritten_data();
    void refusesWhatCannotBeWritten();
    void usageErrors_data();
    void usageErrors();
    void aFullDiskLeavesTheOldFile();
    void anEmptyProjectExports_data();
    void anEmptyProjectExports();
    void importChronologyRoundTrip();
    void importBratReadsItsOwnExport();

private:
    int run(const QStringList &arguments);
    QString copyOfProject(const QString &name, bool withoutEvents);

    QTemporaryDir m_dir;
    QString m_project;
    QString m_out;
    QString m_err;
    QString m_mounted;
};

int TestExportCommands::run(const QStringList &arguments)
{
    m_out.clear();
    m_err.clear();
    QTextStream out(&m_out);
    QTextStream err(&m_err);
    CommandLineTool tool(out, err);
    const int status = tool.run(arguments);
    out.flush();
    err.flush();
    return status;
}

QString TestExportCommands::copyOfProject(const QString &name, bool withoutEvents)
{
    const QString path = m_dir.filePath(name);
    QFile::remove(path);
    if (!QFile::copy(m_project, path))
        return {};
    if (withoutEvents) {
        auto project = Project::open(path);
        if (!project)
            return {};
        const auto events = (*project)->events().list();
        for (const Event &event : *events)
            (void)(*project)->events().remove(event.id);
    }
    return path;
}

void TestExportCommands::initTestCase()
{
    test::ProjectFixture fixture;
    QVERIFY(fixture.create());
    QVERIFY(test::ExportFixture::fill(fixture));
    m_project = m_dir.filePath(QStringLiteral("port.annalist"));
    QSqlQuery query(fixture->database());
    QVERIFY(query.exec(QStringLiteral("VACUUM INTO '%1'").arg(m_project)));
}

void TestExportCommands::cleanupTestCase()
{
    if (!m_mounted.isEmpty())
        QProcess::execute(QStringLiteral("umount"), { m_mounted });
}

void TestExportCommands::exportsEveryFormat_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("begins");
    QTest::addColumn<QString>("said");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QStringLiteral("report.pdf") << QByteArray("%PDF-1.4")
                         << QStringLiteral("Exported 6 events (9 passages from 3 sources) to %1: ");
    QTest::newRow("csv") << QStringLiteral("csv") << QStringLiteral("chronology.csv")
                         << QByteArray("event,time,time in words,")
                         << QStringLiteral("Exported 6 events (9 passages from 3 sources) to %1: ");
    QTest::newRow("json") << QStringLiteral("json") << QStringLiteral("timeline.json")
                          << QByteArray("{\n    \"annalist\"") << QStringLiteral("Exported 6 events");
    QTest::newRow("ics") << QStringLiteral("ics") << QStringLiteral("events.ics") << QByteArray("BEGIN:VCALENDAR\r\n")
                         << QStringLiteral("Exported 6 events");
    QTest::newRow("html") << QStringLiteral("html") << QStringLiteral("report.html") << QByteArray("<!DOCTYPE html>")
                          << QStringLiteral("Exported 6 events");
    QTest::newRow("md") << QStringLiteral("md") << QStringLiteral("report.md") << QByteArray("# port\n")
                        << QStringLiteral("Exported 6 events");
    QTest::newRow("odt") << QStringLiteral("odt") << QStringLiteral("report.odt") << QByteArray("PK")
                         << QStringLiteral("Exported 6 events");
    QTest::newRow("brat") << QStringLiteral("brat") << QStringLiteral("annotations") << QByteArray()
                          << QStringLiteral("Exported the annotations of 3 sources to %1 (7 files, ");
}

void TestExportCommands::exportsEveryFormat()
{
    QFETCH(QString, format);
    QFETCH(QString, file);
    QFETCH(QByteArray, begins);
    QFETCH(QString, said);
    const QString output = m_dir.filePath(file);
    QCOMPARE(run({ QStringLiteral("export"), m_project, QStringLiteral("--format"), format, QStringLiteral("-o"),
                   output, QStringLiteral("--page-size"), QStringLiteral("Letter"), QStringLiteral("--analyst"),
                   QStringLiteral("J. Doe") }),
             0);
    QVERIFY2(m_err.isEmpty() || format == QStringLiteral("ics"), qPrintable(m_err));
    QVERIFY2(m_out.startsWith(said.contains(QStringLiteral("%1")) ? said.arg(output) : said), qPrintable(m_out));
    if (format == QStringLiteral("brat")) {
        QCOMPARE(QDir(output).entryList(QDir::Files).size(), 7);
        return;
    }
    QVERIFY(test::readFile(output).startsWith(begins));
    if (format == QStringLiteral("ics")) {
        // Two events have no time with both bounds.
        QCOMPARE(m_err,
                 QStringLiteral(
                     "annalist-cli: warning: 2 events have no time with both bounds and cannot be in a calendar\n"));
    }
    // A second export replaces the first.
    QCOMPARE(run({ QStringLiteral("export"), m_project, QStringLiteral("--format=") + format,
                   QStringLiteral("--output"), output, QStringLiteral("--lane"), QStringLiteral("Tender") }),
             0);
    QVERIFY2(m_out.startsWith(QStringLiteral("Exported 3 events")), qPrintable(m_out));
}

void TestExportCommands::refusesWhatCannotBeWritten_data()
{
    const QString file = m_dir.filePath(QStringLiteral("a-file"));
    test::writeFile(file, "not a folder");
    const QString busy = m_dir.filePath(QStringLiteral("busy"));
    QDir().mkpath(busy);
    test::writeFile(busy + QStringLiteral("/something.txt"), "already here");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("output");
    QTest::addColumn<QString>("message");
    QTest::newRow("missing folder")
        << QStringLiteral("pdf") << m_dir.filePath(QStringLiteral("missing/report.pdf"))
        << QStringLiteral("the folder %1 does not exist").arg(m_dir.filePath(QStringLiteral("missing")));
    QTest::newRow("folder that is a file") << QStringLiteral("csv") << file + QStringLiteral("/chronology.csv")
                                           << QStringLiteral("%1 is not a folder").arg(file);
    QTest::newRow("a device") << QStringLiteral("pdf") << QStringLiteral("/dev/full")
                              << QStringLiteral("/dev/full: is not a regular file");
    QTest::newRow("a folder for a file") << QStringLiteral("html") << m_dir.path()
                                         << QStringLiteral("is a folder; give a file name");
    QTest::newRow("brat into a folder with files")
        << QStringLiteral("brat") << busy << QStringLiteral("the folder is not empty");
    QTest::newRow("brat onto a file") << QStringLiteral("brat") << file << QStringLiteral("exists and is not a folder");
    if (geteuid() != 0) {
        const QString locked = m_dir.filePath(QStringLiteral("locked"));
        QDir().mkpath(locked);
        QFile::setPermissions(locked, QFileDevice::ReadOwner | QFileDevice::ExeOwner);
        QTest::newRow("folder without write permission")
            << QStringLiteral("md") << locked + QStringLiteral("/report.md") << QStringLiteral("is not writable");
    }
}

void TestExportCommands::refusesWhatCannotBeWritten()
{
    QFETCH(QString, format);
    QFETCH(QString, output);
    QFETCH(QString, message);
    const QFileInfo before(output);
    const bool existed = before.exists();
    QCOMPARE(
        run({ QStringLiteral("export"), m_project, QStringLiteral("--format"), format, QStringLiteral("-o"), output }),
        2);
    QVERIFY2(m_err.startsWith(QStringLiteral("annalist-cli: ")) && m_err.contains(message), qPrintable(m_err));
    QCOMPARE(m_err.count(u'\n'), 1);
    QVERIFY(m_out.isEmpty());
    QCOMPARE(QFileInfo::exists(output), existed);
    if (output == QStringLiteral("/dev/full"))
        QVERIFY(!QFileInfo(output).isFile() && QFileInfo(output).exists());
}

void TestExportCommands::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    const QString out = m_dir.filePath(QStringLiteral("unused.pdf"));
    QTest::newRow("no format") << QStringList { QStringLiteral("export"), m_project, QStringLiteral("-o"), out } << 1
                               << QStringLiteral("export needs --format");
    QTest::newRow("unknown format") << QStringList { QStringLiteral("export"),   m_project,
                                                     QStringLiteral("--format"), QStringLiteral("docx"),
                                                     QStringLiteral("-o"),       out }
                                    << 1 << QStringLiteral("unknown export format 'docx'");
    QTest::newRow("no output") << QStringList { QStringLiteral("export"), m_project, QStringLiteral("--format"),
                                                QStringLiteral("pdf") }
                               << 1 << QStringLiteral("export needs -o PATH");
    QTest::newRow("page size") << QStringList {
        QStringLiteral("export"), m_project, QStringLiteral("--format"),    QStringLiteral("pdf"),
        QStringLiteral("-o"),     out,       QStringLiteral("--page-size"), QStringLiteral("A5")
    } << 1 << QStringLiteral("--page-size takes A4 or Letter");
    QTest::newRow("unknown entity") << QStringList {
        QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("pdf"),
        QStringLiteral("-o"),     out,       QStringLiteral("--entity"), QStringLiteral("Nobody")
    } << 2 << QStringLiteral("Nobody");
    QTest::newRow("not a project") << QStringList {
        QStringLiteral("export"),   m_dir.filePath(QStringLiteral("none.annalist")),
        QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("-o"),       out
    } << 2 << QString();
    QTest::newRow("import without a file")
        << QStringList { QStringLiteral("import-chronology"), m_project } << 1
        << QStringLiteral("import-chronology takes a project and a CSV or JSON file");
    QTest::newRow("import of a missing file")
        << QStringList { QStringLiteral("import-chronology"), m_project, m_dir.filePath(QStringLiteral("none.csv")) }
        << 2 << QStringLiteral("none.csv: cannot be read");
}

void TestExportCommands::usageErrors()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, status);
    QFETCH(QString, message);
    QCOMPARE(run(arguments), status);
    QVERIFY2(m_err.contains(message), qPrintable(m_err));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("unused.pdf"))));
}

void TestExportCommands::aFullDiskLeavesTheOldFile()
{
    // A file system of 64 KB: too small for the report, which must then leave the file
    // there before it untouched and no temporary file behind.
    if (geteuid() != 0)
        QSKIP("mounting a small tmpfs needs root");
    const QString folder = m_dir.filePath(QStringLiteral("small-disk"));
    QVERIFY(QDir().mkpath(folder));
    if (QProcess::execute(QStringLiteral("mount"),
                          { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                            QStringLiteral("size=64k"), QStringLiteral("tmpfs"), folder })
        != 0)
        QSKIP("tmpfs cannot be mounted here");
    m_mounted = folder;
    const QString report = folder + QStringLiteral("/report.pdf");
    QVERIFY(test::writeFile(report, "the report of last week"));
    QCOMPARE(run({ QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("pdf"),
                   QStringLiteral("-o"), report }),
             2);
    QVERIFY2(m_err.contains(QStringLiteral("report.pdf: cannot be written: No space left on device")),
             qPrintable(m_err));
    QCOMPARE(test::readFile(report), QByteArray("the report of last week"));
    QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList { QStringLiteral("report.pdf") });
    // With the disk filled up, a brat folder does not fit either, and leaves nothing.
    const qint64 free = QStorageInfo(folder).bytesAvailable();
    QVERIFY(test::writeFile(folder + QStringLiteral("/filler"), QByteArray(std::max<qint64>(0, free - 1024), 'x')));
    QCOMPARE(run({ QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("brat"),
                   QStringLiteral("-o"), folder + QStringLiteral("/brat") }),
             2);
    QVERIFY2(m_err.contains(QStringLiteral("cannot be written: No space left on device")), qPrintable(m_err));
    QCOMPARE(QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden),
             (QStringList { QStringLiteral("filler"), QStringLiteral("report.pdf") }));
    QCOMPARE(QProcess::execute(QStringLiteral("umount"), { folder }), 0);
    m_mounted.clear();
}

void TestExportCommands::anEmptyProjectExports_data()
{
    QTest::addColumn<QString>("format");
    for (const char *format : { "pdf", "csv", "json", "ics", "html", "md", "odt", "brat" })
        QTest::newRow(format) << QString::fromLatin1(format);
}

void TestExportCommands::anEmptyProjectExports()
{
    QFETCH(QString, format);
    const QString empty = m_dir.filePath(QStringLiteral("empty.annalist"));
    if (!QFileInfo::exists(empty))
        QCOMPARE(run({ QStringLiteral("new"), empty }), 0);
    const QString output = m_dir.filePath(QStringLiteral("empty-export.") + format);
    QCOMPARE(run({ QStringLiteral("export"), empty, QStringLiteral("--format"), format, QStringLiteral("-o"), output }),
             0);
    QVERIFY2(m_out.startsWith(format == QStringLiteral("brat")
                                  ? QStringLiteral("Exported the annotations of 0 sources")
                                  : QStringLiteral("Exported 0 events (0 passages from 0 sources)")),
             qPrintable(m_out));
    QVERIFY(QFileInfo::exists(output));
}

void TestExportCommands::importChronologyRoundTrip()
{
    const QString csv = m_dir.filePath(QStringLiteral("round.csv"));
    QCOMPARE(run({ QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("-o"), csv }),
             0);
    const QString copy = copyOfProject(QStringLiteral("without-events.annalist"), true);
    QVERIFY(!copy.isEmpty());
    QCOMPARE(run({ QStringLiteral("import-chronology"), copy, csv }), 0);
    QCOMPARE(m_out, QStringLiteral("Imported 6 events with 9 passages; 0 entities created\n"));
    QVERIFY(m_err.isEmpty());
    const QString again = m_dir.filePath(QStringLiteral("round-again.csv"));
    QCOMPARE(run({ QStringLiteral("export"), copy, QStringLiteral("--format"), QStringLiteral("csv"),
                   QStringLiteral("-o"), again }),
             0);
    QCOMPARE(test::readFile(again), test::readFile(csv));

    // Quotes that are nowhere are named by row; the events still come in.
    const QString kept = m_dir.filePath(QStringLiteral("kept.csv"));
    QVERIFY(test::writeFile(
        kept, "title,source,quote\nOne,Undated brief,not in it\nTwo,,The payments to Greyfield Advisory\n"));
    QCOMPARE(run({ QStringLiteral("import-chronology"), copy, kept }), 0);
    QCOMPARE(m_err, QStringLiteral("annalist-cli: warning: kept.csv:2: “not in it” is not in “Undated brief”\n"));
    QCOMPARE(m_out, QStringLiteral("Imported 2 events with 1 passage; 0 entities created; 1 problem (see above)\n"));
}

void TestExportCommands::importBratReadsItsOwnExport()
{
    const QString folder = m_dir.filePath(QStringLiteral("brat-round"));
    QCOMPARE(run({ QStringLiteral("export"), m_project, QStringLiteral("--format"), QStringLiteral("brat"),
                   QStringLiteral("-o"), folder }),
             0);
    QCOMPARE(run({ QStringLiteral("import-brat"), m_project, folder }), 0);
    QCOMPARE(
        m_out,
        QStringLiteral(
            "Read 3 documents: 0 mentions added, 0 confirmed, 6 already there; 0 sources and 0 entities created\n"));
}

QTEST_MAIN(TestExportCommands)
#include "tst_exportcommands.moc"
