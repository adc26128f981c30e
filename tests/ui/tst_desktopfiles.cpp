// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Project.h"

#include <QDir>
#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace annalist;

// What the desktop reads about Annalist: the launcher and the AppStream metadata pass
// their validators, and the file type tells a project by its name and by its content
// (the SQLite header with Annalist's application id), but not any SQLite file.
class TestDesktopFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void validatorAccepts_data();
    void validatorAccepts();
    void projectFileType_data();
    void projectFileType();

private:
    std::unique_ptr<QTemporaryDir> m_mimeHome;
    QTemporaryDir m_dir;
};

void TestDesktopFiles::initTestCase()
{
    // A data folder with only Annalist's type, searched before the system's: the mime
    // database is read once, so this comes before its first use.
    m_mimeHome = std::make_unique<QTemporaryDir>();
    const QString packages = m_mimeHome->filePath(QStringLiteral("mime/packages"));
    QVERIFY(QDir().mkpath(packages));
    QVERIFY(QFile::copy(QStringLiteral(ANNALIST_MIME_XML),
                        packages + QStringLiteral("/") + QStringLiteral(ANNALIST_APP_ID) + QStringLiteral(".xml")));
    // As the package's trigger does: the database compiled from the definition.
    const QString update = QStandardPaths::findExecutable(QStringLiteral("update-mime-database"));
    if (!update.isEmpty())
        QCOMPARE(QProcess::execute(update, { m_mimeHome->filePath(QStringLiteral("mime")) }), 0);
    qputenv("XDG_DATA_HOME", m_mimeHome->path().toUtf8());
}

void TestDesktopFiles::validatorAccepts_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("desktop-file-validate")
        << QStringLiteral("desktop-file-validate") << QStringList { QStringLiteral(ANNALIST_DESKTOP_FILE) };
    QTest::newRow("appstreamcli validate")
        << QStringLiteral("appstreamcli")
        << QStringList { QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral(ANNALIST_METAINFO) };
}

void TestDesktopFiles::validatorAccepts()
{
    QFETCH(QString, program);
    QFETCH(QStringList, arguments);
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        QSKIP(qPrintable(program + QStringLiteral(" is not installed")));
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(path, arguments);
    QVERIFY(process.waitForFinished(60000));
    const QString output = QString::fromUtf8(process.readAll());
    QVERIFY2(process.exitCode() == 0, qPrintable(output));
    // desktop-file-validate passes with warnings; the launcher has none.
    QVERIFY2(!output.contains(QLatin1String("error:")) && !output.contains(QLatin1String("warning:")),
             qPrintable(output));
}

void TestDesktopFiles::projectFileType_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("annalist");
    QTest::addColumn<QString>("expected");
    const QString project = QStringLiteral("application/x-annalist-project");
    QTest::newRow("project by its name") << QStringLiteral("case.annalist") << true << project;
    QTest::newRow("project renamed") << QStringLiteral("case.copy") << true << project;
    QTest::newRow("project without a suffix") << QStringLiteral("case") << true << project;
    QTest::newRow("other SQLite file") << QStringLiteral("other") << false << QStringLiteral("application/vnd.sqlite3");
}

void TestDesktopFiles::projectFileType()
{
    QFETCH(QString, name);
    QFETCH(bool, annalist);
    QFETCH(QString, expected);
    const QString path = m_dir.filePath(name);
    if (annalist) {
        auto project = Project::create(path);
        QVERIFY(bool(project));
    } else {
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"),
                     { path, QStringLiteral("CREATE TABLE t(x); INSERT INTO t VALUES (1);") });
        QVERIFY(sqlite.waitForFinished());
        QCOMPARE(sqlite.exitCode(), 0);
    }
    // What file managers see: GIO's content type (GNOME's), from the shared-mime-info
    // database, by name and by content alike.
    const QString gio = QStandardPaths::findExecutable(QStringLiteral("gio"));
    if (!gio.isEmpty()) {
        QProcess info;
        info.start(gio,
                   { QStringLiteral("info"), QStringLiteral("-a"), QStringLiteral("standard::content-type"), path });
        QVERIFY(info.waitForFinished(30000));
        const QString output = QString::fromUtf8(info.readAllStandardOutput());
        QVERIFY2(output.contains(QStringLiteral("standard::content-type: ") + expected + QLatin1Char('\n')),
                 qPrintable(output));
    }
    // Qt's own database (KDE's file managers) knows a project by its name; Qt 6.4 lets the
    // system's SQLite rule win over a user-installed magic rule, so content is left to GIO.
    if (name.endsWith(QLatin1String(".annalist"))) {
        const QMimeType type = QMimeDatabase().mimeTypeForFile(path);
        QCOMPARE(type.name(), expected);
        QVERIFY2(type.inherits(QStringLiteral("application/vnd.sqlite3")),
                 qPrintable(type.parentMimeTypes().join(u' ')));
    }
}

QTEST_GUILESS_MAIN(TestDesktopFiles)
#include "tst_desktopfiles.moc"
