// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TestData.h"
#include "editing/AddEvidenceCommand.h"
#include "editing/AddMentionCommand.h"
#include "editing/CreateEntityWithMentionCommand.h"
#include "editing/CreateEventCommand.h"
#include "editing/ProjectCommand.h"
#include "editing/RenameEntityCommand.h"
#include "editing/SetChronologyAnnotationCommand.h"
#include "editing/SetEntityRolesCommand.h"
#include "editing/SetEvidenceStanceCommand.h"
#include "ingest/SourceImporter.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/Project.h"
#include "storage/ProjectLock.h"
#include "storage/ProjectSignals.h"
#include "storage/SourceRepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>
#include <QUndoStack>

#include <csignal>

using namespace annalist;

// A child process makes a long random series of edits through the editing layer
// (mentions, entities, events, evidence, roles, comments, undo and redo) on a real
// project file and prints the state of the project after each one it committed; it is
// killed with SIGKILL at random moments. Each time, the project must pass SQLite's
// integrity_check, open, and hold every edit reported (the state after the last
// report, or after the one edit that was committed but not yet reported). The same
// for an export killed midway: the previous file under the final name stays intact.
//
// ANNALIST_KILL_ROUNDS sets the number of kills (50 by default).
class TestKillDuringEdits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedEditsLoseNothingReported();
    void killedExportLeavesThePreviousFile_data();
    void killedExportLeavesThePreviousFile();

private:
    QTemporaryDir m_dir;
    QString m_template;
    QStringList m_reference; // the state after each edit of a run that was not killed
};

namespace {

constexpr quint32 editSeed = 20261207;
constexpr int editSteps = 600;

// The project's content without its timestamps: the same edits give the same digest.
QByteArray stateDigest(Project &project)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    QSqlQuery tables(project.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "AND name NOT LIKE '%search%' AND name NOT LIKE '%fts%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &name : std::as_const(names)) {
        QSqlQuery rows(project.database());
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name)))
            continue;
        QStringList lines;
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            QStringList values;
            for (int i = 0; i < record.count(); ++i) {
                if (!record.fieldName(i).endsWith(QStringLiteral("_at")))
                    values << rows.value(i).toString();
            }
            lines << values.join(u'|');
        }
        lines.sort();
        hash.addData(QByteArray(name.toUtf8() + '\n' + lines.join(u'\n').toUtf8() + '\n'));
    }
    return hash.result().toHex().left(16);
}

// The child: edits the project and prints "edit <n> <digest>" after each committed one.
int runEdits(const QString &path, int steps)
{
    QTextStream out(stdout);
    auto opened = Project::open(path);
    if (!opened) {
        out << "error " << opened.error().message << "\n";
        return 1;
    }
    Project &project = **opened;
    ProjectSignals projectSignals;
    QUndoStack stack;
    QRandomGenerator random(editSeed);
    QList<qint64> sources;
    QHash<qint64, QString> bodies;
    for (const SourceSummary &source : *project.sources().list()) {
        sources << source.id;
        bodies.insert(source.id, project.sources().find(source.id)->body);
    }
    const QStringList types = { QStringLiteral("Person"), QStringLiteral("Organisation"), QStringLiteral("Place"),
                                QStringLiteral("Other") };
    const auto span = [&](qint64 sourceId) {
        const QString &body = bodies.value(sourceId);
        const int start = random.bounded(std::max(1, int(body.size()) - 20));
        return std::pair { start, start + 3 + random.bounded(15) };
    };
    QList<qint64> entities;
    QList<qint64> events;
    QList<qint64> evidence;
    out << "ready\n";
    out.flush();
    for (int step = 1; step <= steps; ++step) {
        const qint64 sourceId = sources.at(random.bounded(int(sources.size())));
        const auto [start, end] = span(sourceId);
        ProjectCommand *command = nullptr;
        const int kind = random.bounded(12);
        if (kind <= 1) {
            command = new CreateEntityWithMentionCommand(project, projectSignals, sourceId, start, end,
                                                         QStringLiteral("Entity %1").arg(step),
                                                         types.at(random.bounded(int(types.size()))));
        } else if (kind == 2 && !entities.isEmpty()) {
            command = new AddMentionCommand(project, projectSignals, sourceId, start, end,
                                            entities.at(random.bounded(int(entities.size()))));
        } else if (kind == 3) {
            Event event;
            event.title = QStringLiteral("Event %1").arg(step);
            event.lane = QStringLiteral("Lane %1").arg(step % 3);
            Evidence passage;
            passage.sourceId = sourceId;
            passage.start = start;
            passage.end = end;
            passage.quote = bodies.value(sourceId).mid(start, end - start);
            command = new CreateEventCommand(project, projectSignals, event, { passage });
        } else if (kind == 4 && !events.isEmpty()) {
            Evidence passage;
            passage.eventId = events.at(random.bounded(int(events.size())));
            passage.sourceId = sourceId;
            passage.start = start;
            passage.end = end;
            passage.quote = bodies.value(sourceId).mid(start, end - start);
            passage.stance = Evidence::Stance(random.bounded(3));
            command = new AddEvidenceCommand(project, projectSignals, passage);
        } else if (kind == 5 && !entities.isEmpty()) {
            EntityRole role;
            role.title = QStringLiteral("Title %1").arg(step);
            role.organisation = QStringLiteral("Board");
            command = new SetEntityRolesCommand(project, projectSignals,
                                                entities.at(random.bounded(int(entities.size()))), { role });
        } else if (kind == 6 && !entities.isEmpty()) {
            command
                = new RenameEntityCommand(project, projectSignals, entities.at(random.bounded(int(entities.size()))),
                                          QStringLiteral("Renamed %1").arg(step));
        } else if (kind == 7 && !evidence.isEmpty()) {
            command = new SetEvidenceStanceCommand(project, projectSignals,
                                                   evidence.at(random.bounded(int(evidence.size()))),
                                                   Evidence::Stance(random.bounded(3)));
        } else if (kind == 8 && !events.isEmpty()) {
            command = new SetChronologyAnnotationCommand(project, projectSignals,
                                                         events.at(random.bounded(int(events.size()))),
                                                         QStringLiteral("Comment %1").arg(step), std::nullopt);
        } else if (kind == 9 || kind == 10) {
            if (stack.canUndo())
                stack.undo();
        } else if (stack.canRedo()) {
            stack.redo();
        }
        if (command)
            stack.push(command);
        // What exists now, for the next random picks.
        entities.clear();
        for (const Entity &entity : *project.entities().list())
            entities << entity.id;
        events.clear();
        evidence.clear();
        for (const Event &event : *project.events().list()) {
            events << event.id;
            for (const Evidence &passage : *project.evidence().listForEvent(event.id))
                evidence << passage.id;
        }
        out << "edit " << step << ' ' << stateDigest(project) << "\n";
        out.flush();
    }
    out << "done\n";
    out.flush();
    return 0;
}

struct ChildRun
{
    QStringList digests; // of each reported edit, in order
    bool finished = false;
};

// Runs the child on `path`; kills it `killAfterMs` after it is ready (never when negative).
ChildRun runChild(const QString &path, int killAfterMs)
{
    QProcess child;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("ANNALIST_EDIT_CHILD"), path);
    child.setProcessEnvironment(environment);
    child.start(QCoreApplication::applicationFilePath(), {});
    ChildRun run;
    if (!child.waitForStarted())
        return run;
    QByteArray output;
    while (!output.contains("ready\n") && child.waitForReadyRead(20000))
        output += child.readAllStandardOutput();
    if (killAfterMs >= 0) {
        child.waitForFinished(killAfterMs);
        if (child.state() == QProcess::Running)
            ::kill(pid_t(child.processId()), SIGKILL);
    }
    child.waitForFinished(600000);
    output += child.readAllStandardOutput();
    // Only whole lines count: a line cut by the kill was never reported.
    const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("edit "))
            run.digests << QString::fromLatin1(line.split(' ').value(2));
        else if (line == "done")
            run.finished = true;
    }
    return run;
}

} // namespace

void TestKillDuringEdits::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_template = m_dir.filePath(QStringLiteral("template.annalist"));
    {
        auto project = Project::create(m_template);
        QVERIFY(project);
        SourceImporter importer(**project);
        const QString filler = QStringLiteral(
            "The Kestrian Ministry of Transport awarded the concession to Bellwether Marine on Monday, "
            "and Lina Okoro said the tender had been rigged. ");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(importer.importText(QStringLiteral("Brief %1\n").arg(i) + filler.repeated(20 + i)).kind,
                     ImportOutcome::Kind::Imported);
    }
    QFile::remove(ProjectLock::lockPathFor(m_template));
    // The reference: the whole series, not killed.
    const QString reference = m_dir.filePath(QStringLiteral("reference.annalist"));
    QVERIFY(QFile::copy(m_template, reference));
    const ChildRun run = runChild(reference, -1);
    QVERIFY2(run.finished, "the editing child did not finish its series");
    QCOMPARE(run.digests.size(), editSteps);
    auto project = Project::open(reference);
    QVERIFY(project);
    QCOMPARE(QString::fromLatin1(stateDigest(**project)), run.digests.constLast());
    auto initial = Project::open(m_template);
    QVERIFY(initial);
    m_reference = QStringList { QString::fromLatin1(stateDigest(**initial)) } + run.digests;
}

void TestKillDuringEdits::killedEditsLoseNothingReported()
{
    const int rounds
        = qEnvironmentVariableIsSet("ANNALIST_KILL_ROUNDS") ? qEnvironmentVariableIntValue("ANNALIST_KILL_ROUNDS") : 50;
    QRandomGenerator random(QRandomGenerator::global()->generate());
    int committedButUnreported = 0;
    int longest = 0;
    for (int round = 0; round < rounds; ++round) {
        const QString path = m_dir.filePath(QStringLiteral("killed-%1.annalist").arg(round));
        QVERIFY(QFile::copy(m_template, path));
        const int killAfter = random.bounded(1500);
        const ChildRun run = runChild(path, killAfter);
        const int reported = int(run.digests.size());
        longest = std::max(longest, reported);
        // The reported states are those of the series without a kill.
        for (int i = 0; i < reported; ++i)
            QCOMPARE(run.digests.at(i), m_reference.at(i + 1));

        auto project = Project::open(path);
        QVERIFY2(project, qPrintable(project ? QString() : project.error().message));
        QSqlQuery check((*project)->database());
        QVERIFY(check.exec(QStringLiteral("PRAGMA integrity_check")) && check.next());
        QCOMPARE(check.value(0).toString(), QStringLiteral("ok"));
        check.finish();
        const QString state = QString::fromLatin1(stateDigest(**project));
        const bool atLastReport = state == m_reference.at(reported);
        const bool oneAhead = reported + 1 < m_reference.size() && state == m_reference.at(reported + 1);
        QVERIFY2(atLastReport || oneAhead,
                 qPrintable(QStringLiteral("round %1: killed after %2 ms and %3 reported edits, the project holds "
                                           "neither the last reported state nor the next")
                                .arg(round)
                                .arg(killAfter)
                                .arg(reported)));
        if (!atLastReport)
            ++committedButUnreported;
        project->reset();
        QFile::remove(path);
    }
    qInfo("%d kills: every reported edit kept; %d times the edit in flight was committed but not yet reported; "
          "at most %d edits before a kill",
          rounds, committedButUnreported, longest);
}

void TestKillDuringEdits::killedExportLeavesThePreviousFile_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("pdf") << QStringLiteral("pdf");
    QTest::newRow("html") << QStringLiteral("html");
    QTest::newRow("odt") << QStringLiteral("odt");
}

void TestKillDuringEdits::killedExportLeavesThePreviousFile()
{
    QFETCH(QString, format);
    // The reference project has hundreds of events and passages: exports take a while.
    const QString project = m_dir.filePath(QStringLiteral("reference.annalist"));
    const QString output = m_dir.filePath(QStringLiteral("report.") + format);
    const QByteArray previous = "The previous report, which must survive a killed export.\n";
    const int rounds = 10;
    QRandomGenerator random(QRandomGenerator::global()->generate());
    int replaced = 0;
    for (int round = 0; round < rounds; ++round) {
        QVERIFY(test::writeFile(output, previous));
        QProcess cli;
        cli.start(
            test::binaryDirectory() + QStringLiteral("/annalist-cli"),
            { QStringLiteral("export"), project, QStringLiteral("--format"), format, QStringLiteral("-o"), output });
        QVERIFY(cli.waitForStarted());
        cli.waitForFinished(random.bounded(20, 1200));
        if (cli.state() == QProcess::Running)
            ::kill(pid_t(cli.processId()), SIGKILL);
        QVERIFY(cli.waitForFinished(60000));
        const QByteArray now = test::readFile(output);
        if (now == previous)
            continue;
        // Otherwise the export finished: a whole new file.
        ++replaced;
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 0);
        if (format == QStringLiteral("pdf"))
            QVERIFY(now.startsWith("%PDF") && now.trimmed().endsWith("%%EOF"));
        else if (format == QStringLiteral("html"))
            QVERIFY(now.trimmed().endsWith("</html>"));
        else
            QVERIFY(now.startsWith("PK"));
    }
    qInfo("%d exports killed or finished: %d replaced the file whole, the others left it as it was", rounds, replaced);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("ANNALIST_EDIT_CHILD")) {
        QCoreApplication application(argc, argv);
        return runEdits(qEnvironmentVariable("ANNALIST_EDIT_CHILD"), editSteps);
    }
    QCoreApplication application(argc, argv);
    TestKillDuringEdits test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killduringedits.moc"
