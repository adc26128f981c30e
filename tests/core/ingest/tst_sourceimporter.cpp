// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "ingest/SourceImporter.h"
#include "model/Source.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

#include <fcntl.h>
#include <sys/stat.h>

#include <unistd.h>

using namespace annalist;

// Imports through SourceImporter, as the GUI and annalist-cli do, with good and bad
// files side by side: each bad file is reported, the good ones are imported, and
// nothing already in the project changes.
class TestSourceImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void badInputIsReportedAndLosesNothing_data();
    void badInputIsReportedAndLosesNothing();
    void goodInputIsImported_data();
    void goodInputIsImported();
    void foldersAreSearchedRecursively();
    void specialFilesAreReportedNotOpened_data();
    void specialFilesAreReportedNotOpened();
    void duplicatesAreReportedNotAdded();
    void sizeLimitIsConfigurable();
    void cancelKeepsWhatWasImported();
    void pastedTextBecomesSource();
    void seedArticlesImportUndated();

private:
    QString writePdf(const QString &name, const QStringList &pages);
    QStringList snapshot();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Project> m_project;
};

void TestSourceImporter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto project = Project::create(m_dir->filePath(QStringLiteral("import.annalist")));
    QVERIFY(project);
    m_project = std::move(*project);
    // Something already in the project that no failed import may touch.
    SourceImporter importer(*m_project);
    QCOMPARE(importer.importText(QStringLiteral("Existing brief\nThe harbour audit began in March.")).kind,
             ImportOutcome::Kind::Imported);
}

void TestSourceImporter::cleanup()
{
    m_project.reset();
    m_dir.reset();
}

QString TestSourceImporter::writePdf(const QString &name, const QStringList &pages)
{
    const QString path = m_dir->filePath(name);
    QPdfWriter writer(path);
    writer.setTitle(pages.value(0).section(u'\n', 0, 0));
    QPainter painter(&writer);
    for (int i = 0; i < pages.size(); ++i) {
        if (i > 0)
            writer.newPage();
        painter.drawText(QRect(0, 0, writer.width(), writer.height()), Qt::AlignLeft | Qt::AlignTop, pages.at(i));
    }
    painter.end();
    return path;
}

QStringList TestSourceImporter::snapshot()
{
    QStringList rows;
    const auto list = m_project->sources().list();
    for (const SourceSummary &summary : *list) {
        const auto source = m_project->sources().find(summary.id);
        rows << QStringLiteral("%1|%2|%3")
                    .arg(summary.id)
                    .arg(source->title, QString::fromLatin1(source->sha256.toHex()));
    }
    return rows;
}

void TestSourceImporter::badInputIsReportedAndLosesNothing_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("reason");

    QTest::newRow("binary named .txt") << QStringLiteral("binary") << QStringLiteral("binary");
    QTest::newRow("empty file") << QStringLiteral("empty") << QStringLiteral("empty");
    QTest::newRow("only white space") << QStringLiteral("blank") << QStringLiteral("no text");
    QTest::newRow("over the size limit") << QStringLiteral("huge") << QStringLiteral("larger than the limit");
    QTest::newRow("dangling link") << QStringLiteral("dangling") << QStringLiteral("does not exist");
    QTest::newRow("no permission") << QStringLiteral("unreadable") << QStringLiteral("cannot be read");
    QTest::newRow("missing path") << QStringLiteral("missing") << QStringLiteral("no such file");
    QTest::newRow("truncated pdf") << QStringLiteral("truncated") << QStringLiteral("damaged or truncated");
    QTest::newRow("encrypted pdf") << QStringLiteral("encrypted") << QStringLiteral("encrypted");
}

void TestSourceImporter::badInputIsReportedAndLosesNothing()
{
    QFETCH(QString, kind);
    QFETCH(QString, reason);

    QString bad = m_dir->filePath(QStringLiteral("bad-") + kind + QStringLiteral(".txt"));
    if (kind == QStringLiteral("binary")) {
        QByteArray bytes("\x89PNG\r\n\x1a\n", 8);
        for (int i = 0; i < 4096; ++i)
            bytes.append(char(i * 7));
        QVERIFY(test::writeFile(bad, bytes));
    } else if (kind == QStringLiteral("empty")) {
        QVERIFY(test::writeFile(bad, QByteArray()));
    } else if (kind == QStringLiteral("blank")) {
        QVERIFY(test::writeFile(bad, QByteArray(" \n\t\n  \n")));
    } else if (kind == QStringLiteral("huge")) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        // A sparse file: larger than the limit without writing 51 MB.
        QVERIFY(file.resize(qint64(51) * 1024 * 1024));
    } else if (kind == QStringLiteral("dangling")) {
        QVERIFY(QFile::link(m_dir->filePath(QStringLiteral("gone.txt")), bad));
    } else if (kind == QStringLiteral("unreadable")) {
        if (::geteuid() == 0)
            QSKIP("root can read any file; the permission check needs an ordinary user");
        QVERIFY(test::writeFile(bad, QByteArray("secret")));
        QVERIFY(QFile::setPermissions(bad, QFileDevice::Permissions()));
    } else if (kind == QStringLiteral("missing")) {
        bad = m_dir->filePath(QStringLiteral("never-written.txt"));
    } else if (kind == QStringLiteral("truncated")) {
        const QString pdf = writePdf(QStringLiteral("whole.pdf"),
                                     { QStringLiteral("Port report\nPage one text"), QStringLiteral("Page two text") });
        const QByteArray bytes = test::readFile(pdf);
        bad = m_dir->filePath(QStringLiteral("truncated.pdf"));
        QVERIFY(test::writeFile(bad, bytes.left(bytes.size() / 3)));
    } else if (kind == QStringLiteral("encrypted")) {
        const QString qpdf = QStandardPaths::findExecutable(QStringLiteral("qpdf"));
        QVERIFY2(!qpdf.isEmpty(), "qpdf is needed to make an encrypted PDF (scripts/test installs it)");
        const QString pdf = writePdf(QStringLiteral("plain.pdf"), { QStringLiteral("Secret report\nText") });
        bad = m_dir->filePath(QStringLiteral("encrypted.pdf"));
        QCOMPARE(QProcess::execute(qpdf,
                                   { QStringLiteral("--encrypt"), QStringLiteral("user"), QStringLiteral("owner"),
                                     QStringLiteral("256"), QStringLiteral("--"), pdf, bad }),
                 0);
    }
    const QString good = m_dir->filePath(QStringLiteral("good.txt"));
    QVERIFY(test::writeFile(good, QByteArray("Good brief\nPell was questioned in Sorrel.")));

    const QStringList before = snapshot();
    SourceImporter importer(*m_project);
    const ImportReport report = importer.importPaths({ bad, good });

    QCOMPARE(report.outcomes.size(), 2);
    QVERIFY(report.storageError.isEmpty());
    QCOMPARE(report.count(ImportOutcome::Kind::Imported), 1);
    QCOMPARE(report.count(ImportOutcome::Kind::Failed), 1);
    const auto failed = std::find_if(report.outcomes.cbegin(), report.outcomes.cend(),
                                     [](const ImportOutcome &o) { return o.kind == ImportOutcome::Kind::Failed; });
    QCOMPARE(failed->path, bad);
    QVERIFY2(failed->message.contains(reason), qPrintable(failed->message));

    const QStringList after = snapshot();
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after.mid(0, before.size()), before);
    QVERIFY(after.last().contains(QStringLiteral("Good brief")));
}

void TestSourceImporter::goodInputIsImported_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("bodyContains");
    QTest::addColumn<QString>("bodyLacks");
    QTest::addColumn<QString>("warning");

    QTest::newRow("utf-8 text") << QStringLiteral("a.txt")
                                << QByteArray("Sorrel port\nPe\xC3\xB1"
                                              "a spoke.")
                                << QStringLiteral("Sorrel port") << QStringLiteral("Peña spoke.") << QString()
                                << QString();
    QTest::newRow("utf-16 with mark") << QStringLiteral("b.txt") << QByteArray("\xFF\xFEH\0i\0\n\0t\0h\0e\0r\0e\0", 18)
                                      << QStringLiteral("Hi") << QStringLiteral("there") << QString() << QString();
    QTest::newRow("windows-1252") << QStringLiteral("c.txt") << QByteArray("Quote\n\x93Yes,\x94 said Pell \x96 twice.")
                                  << QStringLiteral("Quote")
                                  << QStringLiteral("\u201CYes,\u201D said Pell \u2013 twice.") << QString()
                                  << QStringLiteral("Windows-1252");
    QTest::newRow("invalid utf-8") << QStringLiteral("d.txt") << QByteArray("Broken\nCaf\xC3 au lait \xFF")
                                   << QStringLiteral("Broken") << QStringLiteral("Caf") << QString()
                                   << QStringLiteral("not valid UTF-8");
    QTest::newRow("html with script") << QStringLiteral("e.txt")
                                      << QByteArray("<!DOCTYPE html><html><head><title>Harbour news</title>"
                                                    "<script>document.write('INJECTED')</script></head>"
                                                    "<body><p>The audit was published.</p></body></html>")
                                      << QStringLiteral("Harbour news") << QStringLiteral("The audit was published.")
                                      << QStringLiteral("INJECTED") << QString();
    QTest::newRow("markdown front matter")
        << QStringLiteral("f.md") << QByteArray("---\ntitle: Hearing\ndate: 2025-04-02\n---\n# Heading\nText.")
        << QStringLiteral("Hearing") << QStringLiteral("Text.") << QStringLiteral("date:") << QString();
    QTest::newRow("non-ascii path") << QStringLiteral("Señal — informe ü.txt") << QByteArray("Informe\nTexto.")
                                    << QStringLiteral("Informe") << QStringLiteral("Texto.") << QString() << QString();
}

void TestSourceImporter::goodInputIsImported()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    QFETCH(QString, title);
    QFETCH(QString, bodyContains);
    QFETCH(QString, bodyLacks);
    QFETCH(QString, warning);

    const QString path = m_dir->filePath(fileName);
    QVERIFY(test::writeFile(path, content));
    SourceImporter importer(*m_project);
    const ImportReport report = importer.importPaths({ path });
    QCOMPARE(report.outcomes.size(), 1);
    const ImportOutcome outcome = report.outcomes.first();
    QVERIFY2(outcome.kind == ImportOutcome::Kind::Imported, qPrintable(outcome.message));
    if (warning.isEmpty())
        QVERIFY(outcome.warnings.isEmpty());
    else
        QVERIFY2(outcome.warnings.join(u' ').contains(warning), qPrintable(outcome.warnings.join(u' ')));

    const auto source = m_project->sources().find(outcome.sourceId);
    QVERIFY(source);
    QCOMPARE(source->title, title);
    QVERIFY2(source->body.contains(bodyContains), qPrintable(source->body));
    if (!bodyLacks.isEmpty())
        QVERIFY(!source->body.contains(bodyLacks));
    QCOMPARE(source->originalBytes, content);
    QCOMPARE(source->originalName, fileName);
}

void TestSourceImporter::foldersAreSearchedRecursively()
{
    const QDir root(m_dir->filePath(QStringLiteral("folder")));
    QVERIFY(root.mkpath(QStringLiteral("nested/deeper")));
    QVERIFY(test::writeFile(root.filePath(QStringLiteral("one.txt")), "One\ntext"));
    QVERIFY(test::writeFile(root.filePath(QStringLiteral("nested/two.md")), "# Two\ntext"));
    QVERIFY(test::writeFile(root.filePath(QStringLiteral("nested/deeper/three.html")),
                            "<html><body><p>Three</p></body></html>"));
    QVERIFY(test::writeFile(root.filePath(QStringLiteral("nested/deeper/broken.txt")), QByteArray("\0\0\0\x01", 4)));
    QVERIFY(test::writeFile(root.filePath(QStringLiteral("nested/picture.png")), "\x89PNG not imported"));
    QVERIFY(test::writeFile(root.filePath(QStringLiteral(".hidden.txt")), "Hidden\ntext"));

    SourceImporter importer(*m_project);
    const ImportReport report = importer.importPaths({ root.path() });
    QCOMPARE(report.count(ImportOutcome::Kind::Imported), 3);
    QCOMPARE(report.count(ImportOutcome::Kind::Failed), 1);
    QCOMPARE(report.outcomes.size(), 4);
    QCOMPARE(m_project->sources().count().value(), 4);
}

void TestSourceImporter::specialFilesAreReportedNotOpened_data()
{
    QTest::addColumn<bool>("inFolder");
    QTest::newRow("named pipe given by name") << false;
    QTest::newRow("named pipe inside a folder") << true;
}

void TestSourceImporter::specialFilesAreReportedNotOpened()
{
    QFETCH(bool, inFolder);
    const QDir root(m_dir->filePath(QStringLiteral("special")));
    QVERIFY(root.mkpath(QStringLiteral(".")));
    const QString pipe = root.filePath(QStringLiteral("pipe.txt"));
    QCOMPARE(::mkfifo(QFile::encodeName(pipe).constData(), 0600), 0);
    QVERIFY(test::writeFile(root.filePath(QStringLiteral("plain.txt")), "Plain\ntext"));

    // Whoever opens the pipe to read waits for a writer: one comes after five seconds,
    // so that an importer that opens it fails this test instead of hanging it.
    std::atomic<bool> done = false;
    std::thread writer([&done, pipe] {
        for (int waited = 0; waited < 50 && !done; ++waited)
            std::this_thread::sleep_for(std::chrono::milliseconds(100));
        const int descriptor = ::open(QFile::encodeName(pipe).constData(), O_WRONLY | O_NONBLOCK);
        if (descriptor >= 0)
            ::close(descriptor);
    });
    QElapsedTimer timer;
    timer.start();
    SourceImporter importer(*m_project);
    const ImportReport report = importer.importPaths({ inFolder ? root.path() : pipe });
    const qint64 elapsed = timer.elapsed();
    done = true;
    writer.join();

    QVERIFY2(elapsed < 4000, "the importer waited on the named pipe");
    QCOMPARE(report.count(ImportOutcome::Kind::Skipped), 1);
    QCOMPARE(report.count(ImportOutcome::Kind::Failed), 0);
    QCOMPARE(report.count(ImportOutcome::Kind::Imported), inFolder ? 1 : 0);
    for (const ImportOutcome &outcome : report.outcomes) {
        if (outcome.kind != ImportOutcome::Kind::Skipped)
            continue;
        QCOMPARE(outcome.path, pipe);
        QVERIFY2(outcome.message.contains(QStringLiteral("named pipe")), qPrintable(outcome.message));
    }
}

void TestSourceImporter::duplicatesAreReportedNotAdded()
{
    const QString path = m_dir->filePath(QStringLiteral("twice.txt"));
    QVERIFY(test::writeFile(path, "Twice\nThe same text."));
    const QString copy = m_dir->filePath(QStringLiteral("copy of twice.txt"));
    QVERIFY(QFile::copy(path, copy));
    SourceImporter importer(*m_project);
    const ImportReport first = importer.importPaths({ path, copy });
    QCOMPARE(first.count(ImportOutcome::Kind::Imported), 1);
    QCOMPARE(first.count(ImportOutcome::Kind::Duplicate), 1);
    const ImportReport again = importer.importPaths({ path });
    QCOMPARE(again.count(ImportOutcome::Kind::Duplicate), 1);
    QCOMPARE(again.outcomes.first().sourceId, first.outcomes.first().sourceId);
    QCOMPARE(m_project->sources().count().value(), 2);
}

void TestSourceImporter::sizeLimitIsConfigurable()
{
    const QString path = m_dir->filePath(QStringLiteral("medium.txt"));
    QVERIFY(test::writeFile(path, "Medium\n" + QByteArray(4000, 'x')));
    SourceImporter::Options options;
    options.maxFileBytes = 1024;
    SourceImporter strict(*m_project, options);
    const ImportReport refused = strict.importPaths({ path });
    QCOMPARE(refused.count(ImportOutcome::Kind::Failed), 1);
    QVERIFY(refused.outcomes.first().message.contains(QStringLiteral("larger than the limit of 1.0 kB")));
    SourceImporter lenient(*m_project);
    QCOMPARE(lenient.importPaths({ path }).count(ImportOutcome::Kind::Imported), 1);
}

void TestSourceImporter::cancelKeepsWhatWasImported()
{
    const QDir folder(m_dir->filePath(QStringLiteral("many")));
    QVERIFY(folder.mkpath(QStringLiteral(".")));
    for (int i = 0; i < 50; ++i)
        QVERIFY(test::writeFile(folder.filePath(QStringLiteral("%1.txt").arg(i, 3, 10, QLatin1Char('0'))),
                                QStringLiteral("Brief %1\ntext").arg(i).toUtf8()));
    SourceImporter::Options options;
    options.batchSize = 10;
    SourceImporter importer(*m_project, options);
    int batches = 0;
    const ImportReport report
        = importer.importPaths({ folder.path() }, [&batches](const QList<ImportOutcome> &batch, int, int) {
              return batch.size() == 10 && ++batches < 2;
          });
    QVERIFY(report.cancelled);
    QCOMPARE(report.count(ImportOutcome::Kind::Imported), 20);
    QCOMPARE(m_project->sources().count().value(), 21);
}

void TestSourceImporter::pastedTextBecomesSource()
{
    SourceImporter importer(*m_project);
    const ImportOutcome outcome = importer.importText(QStringLiteral("  \nPasted headline\nAnd its text."));
    QCOMPARE(outcome.kind, ImportOutcome::Kind::Imported);
    const auto source = m_project->sources().find(outcome.sourceId);
    QCOMPARE(source->title, QStringLiteral("Pasted headline"));
    QCOMPARE(importer.importText(QStringLiteral("   ")).kind, ImportOutcome::Kind::Failed);
}

void TestSourceImporter::seedArticlesImportUndated()
{
    const QString seeds = test::seedsDirectory();
    if (seeds.isEmpty())
        QSKIP("the shared seed articles are not beside this checkout");
    SourceImporter importer(*m_project);
    const ImportReport report = importer.importPaths({ seeds });
    QCOMPARE(report.count(ImportOutcome::Kind::Imported), 5);
    for (const ImportOutcome &outcome : report.outcomes) {
        const auto source = m_project->sources().find(outcome.sourceId);
        QVERIFY(source);
        QVERIFY2(!source->published.isKnown(), qPrintable(source->title));
        QCOMPARE(source->title, source->body.section(u'\n', 0, 0).trimmed());
    }
}

QTEST_MAIN(TestSourceImporter)
#include "tst_sourceimporter.moc"
