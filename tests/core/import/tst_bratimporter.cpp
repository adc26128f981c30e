// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportFixture.h"
#include "TestData.h"
#include "export/BratExporter.h"
#include "export/ExportFile.h"
#include "import/BratImporter.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/SourceRepository.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace annalist;

// brat standoff read back: export, import and export again gives the same files, into
// the same project or a new one; brat's own type names and code-point offsets are read.
class TestBratImporter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportImportExportIsIdentical_data();
    void exportImportExportIsIdentical();
    void readsBratsOwnTypesAndConfirmsCandidates();
    void documentsThatCannotBeReadAreReported();
    void sameSpanTwiceInOneFileIsOneMention();

private:
    QString exportTo(Project &project, const QString &name);
    test::ProjectFixture m_fixture;
    QTemporaryDir m_dir;
};

void TestBratImporter::init()
{
    QVERIFY(m_fixture.create());
    QVERIFY(test::ExportFixture::fill(m_fixture));
}

void TestBratImporter::cleanup()
{
    m_fixture.close();
}

QString TestBratImporter::exportTo(Project &project, const QString &name)
{
    const QString folder = m_dir.filePath(name);
    QDir(folder).removeRecursively();
    const auto files = BratExporter(project).files();
    if (!files)
        return {};
    const auto written = ExportFile::writeFolder(folder, *files);
    return written ? folder : QString();
}

namespace {

QMap<QString, QByteArray> contents(const QString &folder)
{
    QMap<QString, QByteArray> files;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files))
        files.insert(name, test::readFile(dir.filePath(name)));
    return files;
}

} // namespace

void TestBratImporter::exportImportExportIsIdentical_data()
{
    QTest::addColumn<bool>("intoANewProject");
    QTest::newRow("into the same project") << false;
    QTest::newRow("into a new project") << true;
}

void TestBratImporter::exportImportExportIsIdentical()
{
    QFETCH(bool, intoANewProject);
    const QString first = exportTo(m_fixture.project(), QStringLiteral("first"));
    QVERIFY(!first.isEmpty());
    const QMap<QString, QByteArray> exported = contents(first);
    QCOMPARE(exported.size(), 7);

    test::ProjectFixture fresh;
    Project *target = &m_fixture.project();
    if (intoANewProject) {
        QVERIFY(fresh.create());
        target = &fresh.project();
    }
    const auto report = BratImporter(*target).importFolder(first);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->documents, 3);
    QVERIFY(report->problems.isEmpty());
    if (intoANewProject) {
        QCOMPARE(report->sourcesCreated, 3);
        QCOMPARE(report->mentionsAdded, 6);
        QCOMPARE(report->entitiesCreated, 5);
    } else {
        QCOMPARE(report->sourcesCreated, 0);
        QCOMPARE(report->mentionsAdded, 0);
        QCOMPARE(report->mentionsAlreadyThere, 6);
    }
    const QString second = exportTo(*target, QStringLiteral("second"));
    QVERIFY(!second.isEmpty());
    const QMap<QString, QByteArray> again = contents(second);
    QCOMPARE(again.keys(), exported.keys());
    for (auto it = exported.cbegin(); it != exported.cend(); ++it)
        QCOMPARE(again.value(it.key()), it.value());
}

void TestBratImporter::readsBratsOwnTypesAndConfirmsCandidates()
{
    // A document as another brat project has it: CoNLL type names, a note on one span,
    // an emoji before the spans, relations and attributes that are not names.
    const QString text = test::ExportFixture::courierText();
    const QString withEmoji = QStringLiteral("\U0001F6A2 ") + text;
    // In code points the emoji and the space after it are two.
    const int aventa = int(text.indexOf(QStringLiteral("AVENTA"))) + 2;
    const int pell = int(text.indexOf(QStringLiteral("Adrian Pell"))) + 2;
    const QString folder = m_dir.filePath(QStringLiteral("foreign"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeFile(folder + QStringLiteral("/courier.txt"), withEmoji.toUtf8()));
    QVERIFY(test::writeFile(folder + QStringLiteral("/courier.ann"),
                            QStringLiteral("T1\tLOC %1 %2\tAVENTA\n"
                                           "T2\tPER %3 %4\tAdrian Pell\n"
                                           "#1\tAnnotatorNotes T1\tAventa\n"
                                           "R1\tWorksFor Arg1:T2 Arg2:T1\n"
                                           "A1\tNegated T2\n")
                                .arg(aventa)
                                .arg(aventa + 6)
                                .arg(pell)
                                .arg(pell + 11)
                                .toUtf8()));
    // The same text as a source already there, but with an emoji: a new source.
    const auto report = BratImporter(m_fixture.project()).importFolder(folder);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY2(report->problems.isEmpty(), qPrintable(report->problems.join(u'\n')));
    QCOMPARE(report->sourcesCreated, 1);
    QCOMPARE(report->mentionsAdded, 2);
    QCOMPARE(report->entitiesCreated, 0);
    const auto sources = m_fixture->sources().list();
    QVERIFY(sources);
    const qint64 created = sources->last().id;
    const auto mentions = m_fixture->mentions().listForSource(created);
    QVERIFY(mentions);
    QCOMPARE(mentions->size(), 2);
    QCOMPARE(withEmoji.mid(mentions->at(0).start, mentions->at(0).end - mentions->at(0).start),
             QStringLiteral("AVENTA"));
    QCOMPARE(mentions->at(0).entityId, m_fixture->entities().findByName(QStringLiteral("Aventa"))->first().id);
    QCOMPARE(mentions->at(1).entityId, m_fixture->entities().findByName(QStringLiteral("Adrian Pell"))->first().id);
    QCOMPARE(mentions->at(0).status, Mention::Status::Confirmed);

    // The fixture's candidate "AVENTA" becomes confirmed when a file confirms it.
    const QString own = m_dir.filePath(QStringLiteral("own"));
    QVERIFY(QDir().mkpath(own));
    QVERIFY(test::writeFile(own + QStringLiteral("/courier.txt"), text.toUtf8()));
    const int at = int(text.indexOf(QStringLiteral("AVENTA")));
    QVERIFY(test::writeFile(
        own + QStringLiteral("/courier.ann"),
        QStringLiteral("T1\tPlace %1 %2\tAVENTA\n#1\tAnnotatorNotes T1\tAventa\n").arg(at).arg(at + 6).toUtf8()));
    const auto confirmed = BratImporter(m_fixture.project()).importFolder(own);
    QVERIFY(confirmed);
    QCOMPARE(confirmed->mentionsConfirmed, 1);
    QCOMPARE(confirmed->sourcesCreated, 0);
}

void TestBratImporter::documentsThatCannotBeReadAreReported()
{
    const QString folder = m_dir.filePath(QStringLiteral("broken"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeFile(folder + QStringLiteral("/a.txt"), "Short text."));
    QVERIFY(test::writeFile(folder + QStringLiteral("/a.ann"), "T1\tPerson 0 400\tShort\n"));
    QVERIFY(test::writeFile(folder + QStringLiteral("/b.txt"), "Another text."));
    QVERIFY(test::writeFile(folder + QStringLiteral("/b.ann"), "T1\tPerson 0 7\tAnother\n"));
    QVERIFY(test::writeFile(folder + QStringLiteral("/c.txt"), "No annotations beside it."));
    const auto report = BratImporter(m_fixture.project()).importFolder(folder);
    QVERIFY(report);
    QCOMPARE(report->documents, 1);
    QCOMPARE(report->problems.size(), 1);
    QVERIFY2(report->problems.first().startsWith(QStringLiteral("a.ann:1: span 0-400 outside the text")),
             qPrintable(report->problems.first()));
    QVERIFY(!BratImporter(m_fixture.project()).importFolder(m_dir.filePath(QStringLiteral("no-such-folder"))));
}

void TestBratImporter::sameSpanTwiceInOneFileIsOneMention()
{
    // brat lets two annotations lie on one span; a project holds one mention per span and entity.
    const QString text = QStringLiteral("Adrian Pell signed for Aventa.");
    const QString folder = m_dir.filePath(QStringLiteral("twice"));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(test::writeFile(folder + QStringLiteral("/twice.txt"), text.toUtf8()));
    QVERIFY(test::writeFile(folder + QStringLiteral("/twice.ann"),
                            QByteArrayLiteral("T1\tPER 0 11\tAdrian Pell\nT2\tPER 0 11\tAdrian Pell\n"
                                              "T3\tORG 23 29\tAventa\n")));
    test::ProjectFixture fresh;
    QVERIFY(fresh.create());
    const auto report = BratImporter(fresh.project()).importFolder(folder);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->mentionsAdded, 2);
    QCOMPARE(report->mentionsAlreadyThere, 1);
    const auto sources = fresh.project().sources().list();
    QVERIFY(sources && sources->size() == 1);
    QCOMPARE(fresh.project().mentions().listForSource(sources->first().id)->size(), 2);
}

QTEST_MAIN(TestBratImporter)
#include "tst_bratimporter.moc"
