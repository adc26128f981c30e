// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyBenchmark.h"

#include "PeakMemory.h"
#include "SyntheticChronology.h"
#include "chronology/ChronologyLoader.h"
#include "itemmodels/ChronologyModel.h"
#include "storage/EntityRepository.h"
#include "storage/Project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <functional>

#include <time.h>

namespace annalist {

namespace {

constexpr int rounds = 7;
constexpr double loadTargetMs = 200;
constexpr double filterTargetMs = 50;

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

double threadCpuMilliseconds()
{
    timespec now {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &now);
    return double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
}

// Wall-clock time, and the processor time of this thread, which other programs on a
// busy machine do not inflate.
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

Timing timed(const std::function<void()> &work)
{
    const double cpuBefore = threadCpuMilliseconds();
    QElapsedTimer timer;
    timer.start();
    work();
    return Timing { double(timer.nsecsElapsed()) / 1e6, threadCpuMilliseconds() - cpuBefore };
}

double millisecondsOf(const std::function<void()> &work)
{
    return timed(work).wall;
}

Timing medianOf(const QList<Timing> &timings)
{
    QList<double> wall;
    QList<double> cpu;
    for (const Timing &timing : timings) {
        wall << timing.wall;
        cpu << timing.cpu;
    }
    return Timing { median(wall), median(cpu) };
}

QString row(const QString &measure, const QString &value, const QString &cpu = {}, const QString &target = {})
{
    return QStringLiteral("| %1 | %2 | %3 | %4 |\n").arg(measure, -50).arg(value, 11).arg(cpu, 11).arg(target, 11);
}

QString millis(double milliseconds)
{
    return QString::number(milliseconds, 'f', 2) + QStringLiteral(" ms");
}

QString seconds(double milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'f', 2) + QStringLiteral(" s");
}

QString targetText(double measured, double target)
{
    return (measured < target ? QStringLiteral("< ") : QStringLiteral("MISSED ")) + QString::number(target, 'f', 0);
}

} // namespace

ChronologyBenchmark::ChronologyBenchmark(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

bool ChronologyBenchmark::run(int events, int evidence, const QString &workDirectory)
{
    QTemporaryDir temporary;
    if (workDirectory.isEmpty() && !temporary.isValid()) {
        m_err << "annalist-cli: cannot create a temporary folder: " << temporary.errorString() << "\n";
        return false;
    }
    QDir workspace(workDirectory.isEmpty() ? temporary.path() : workDirectory);
    if (!workspace.mkpath(QStringLiteral("."))) {
        m_err << "annalist-cli: cannot create the folder " << workspace.path() << "\n";
        return false;
    }
    const QString path = workspace.filePath(QStringLiteral("chronology.annalist"));
    for (const QString &leftover : QStringList { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") }) {
        if (QFileInfo::exists(leftover) && !QFile::remove(leftover)) {
            m_err << "annalist-cli: cannot remove " << leftover << " from an earlier run\n";
            return false;
        }
    }

    m_out << "Generating " << events << " events with " << evidence << " passages in " << path << " …\n";
    m_out.flush();
    SyntheticChronology::Counts counts;
    double fillMs = 0;
    {
        auto project = Project::create(path);
        if (!project) {
            m_err << "annalist-cli: " << project.error().message << "\n";
            return false;
        }
        Result<SyntheticChronology::Counts> filled = StorageError {};
        fillMs = millisecondsOf([&] { filled = SyntheticChronology().fill(**project, events, evidence); });
        if (!filled) {
            m_err << "annalist-cli: " << filled.error().message << "\n";
            return false;
        }
        counts = *filled;
    }

    auto opened = Project::open(path);
    if (!opened) {
        m_err << "annalist-cli: " << opened.error().message << "\n";
        return false;
    }
    Project &project = **opened;
    ChronologyLoader loader(project);
    ChronologyModel model;

    // The first load reads the file from disk; the rounds after it, as the view
    // reloads, from the cache.
    Result<QList<ChronologyEntry>> first = StorageError {};
    const Timing firstLoad = timed([&] { first = loader.load(); });
    if (!first) {
        m_err << "annalist-cli: " << first.error().message << "\n";
        return false;
    }
    int conflicting = 0;
    int uncertain = 0;
    for (const ChronologyEntry &entry : *first) {
        conflicting += entry.hasConflict() ? 1 : 0;
        uncertain += entry.orderUncertain ? 1 : 0;
    }
    QList<Timing> loadTimes;
    QList<Timing> modelTimes;
    QList<Timing> totalTimes;
    for (int round = 0; round < rounds; ++round) {
        Result<QList<ChronologyEntry>> entries = StorageError {};
        const Timing load = timed([&] { entries = loader.load(); });
        if (!entries) {
            m_err << "annalist-cli: " << entries.error().message << "\n";
            return false;
        }
        // With the previous round's entries in the model, as when a view reloads.
        const Timing handOver = timed([&] { model.setEntries(std::move(*entries)); });
        loadTimes << load;
        modelTimes << handOver;
        totalTimes << Timing { load.wall + handOver.wall, load.cpu + handOver.cpu };
    }

    QList<Timing> oneTimes;
    QList<Timing> updateTimes;
    for (int i = 0; i < 100 && !first->isEmpty(); ++i) {
        const qint64 id = first->at((i * 7919) % first->size()).event.id;
        Result<ChronologyEntry> one = StorageError {};
        oneTimes << timed([&] { one = loader.loadOne(id); });
        if (!one) {
            m_err << "annalist-cli: " << one.error().message << "\n";
            return false;
        }
        // An edit that moves the entry elsewhere in the chronology.
        one->event.time = TimeValue::day(QDate(2015, 1, 1).addDays((i * 37) % 3650));
        updateTimes << timed([&] { model.updateEntry(*one); });
    }

    const auto person = project.entities().findByName(SyntheticChronology::frequentPerson());
    if (!person || person->isEmpty()) {
        m_err << "annalist-cli: the benchmark's people are missing\n";
        return false;
    }
    struct FilterCase
    {
        QString name;
        ChronologyFilter filter;
    };
    QList<FilterCase> cases;
    {
        ChronologyFilter filter;
        filter.text = SyntheticChronology::frequentWord();
        cases.append({ QStringLiteral("words, first time"), filter });
        cases.append({ QStringLiteral("words"), filter });
        filter.text = QStringLiteral("harbour zzz-nowhere");
        cases.append({ QStringLiteral("two words, one found nowhere"), filter });
        filter = {};
        filter.entityId = person->first().id;
        cases.append({ QStringLiteral("entity"), filter });
        filter = {};
        filter.sourceId = 1;
        cases.append({ QStringLiteral("source"), filter });
        filter = {};
        filter.lane = QStringLiteral("Port");
        cases.append({ QStringLiteral("lane"), filter });
        filter = {};
        filter.from = QDateTime(QDate(2019, 1, 1), QTime(0, 0), QTimeZone::utc());
        filter.to = QDateTime(QDate(2020, 12, 31), QTime(23, 59), QTimeZone::utc());
        cases.append({ QStringLiteral("time window (two years)"), filter });
        filter = {};
        filter.credibilityAtLeast = 2;
        cases.append({ QStringLiteral("credibility 2 or better"), filter });
        filter = {};
        filter.conflictsOnly = true;
        cases.append({ QStringLiteral("conflicts only"), filter });
        filter.lane = QStringLiteral("Trade");
        filter.text = QStringLiteral("tariffs");
        cases.append({ QStringLiteral("conflicts, lane and words"), filter });
    }
    struct FilterResult
    {
        QString name;
        int rows = 0;
        Timing timing;
    };
    QList<FilterResult> filterResults;
    for (const FilterCase &filterCase : cases) {
        QList<Timing> times;
        const int repeat = filterCase.name.contains(QStringLiteral("first time")) ? 1 : rounds;
        for (int round = 0; round < repeat; ++round) {
            model.setFilter({});
            times << timed([&] { model.setFilter(filterCase.filter); });
        }
        filterResults.append({ filterCase.name, model.rowCount(), medianOf(times) });
    }
    QList<Timing> clearTimes;
    for (int round = 0; round < rounds; ++round) {
        model.setFilter(cases.constLast().filter);
        clearTimes << timed([&] { model.setFilter({}); });
    }

    const auto timingRow = [this](const QString &measure, const Timing &timing, double target = 0) {
        m_out << row(measure, millis(timing.wall), millis(timing.cpu),
                     target > 0 ? targetText(timing.wall, target) : QString());
    };
    m_out << "\nChronology benchmark: " << counts.events << " events, " << counts.evidence << " passages in "
          << counts.sources << " sources, " << counts.mentions << " mentions, " << counts.timexes
          << " time expressions\n"
          << "(" << conflicting << " entries with conflicts, " << uncertain << " with an uncertain order; medians of "
          << rounds << " rounds; CPU is this thread's processor time)\n\n";
    m_out << row(QStringLiteral("Measure"), QStringLiteral("Wall"), QStringLiteral("CPU"),
                 QStringLiteral("Target (ms)"));
    m_out << QStringLiteral("|%1|%2|%2|%2|\n").arg(QString(52, u'-'), QString(13, u'-'));
    m_out << row(QStringLiteral("Fill the project (no target)"), seconds(fillMs));
    timingRow(QStringLiteral("First load after opening"), firstLoad);
    timingRow(QStringLiteral("ChronologyLoader::load"), medianOf(loadTimes));
    timingRow(QStringLiteral("ChronologyModel::setEntries"), medianOf(modelTimes));
    timingRow(QStringLiteral("Load + setEntries"), medianOf(totalTimes), loadTargetMs);
    timingRow(QStringLiteral("ChronologyLoader::loadOne (100 events)"), medianOf(oneTimes));
    timingRow(QStringLiteral("ChronologyModel::updateEntry, moving it (100)"), medianOf(updateTimes));
    for (const FilterResult &result : std::as_const(filterResults))
        timingRow(QStringLiteral("Filter: %1 (%2 rows)").arg(result.name).arg(result.rows), result.timing,
                  filterTargetMs);
    timingRow(QStringLiteral("Filter cleared"), medianOf(clearTimes), filterTargetMs);
    m_out << row(QStringLiteral("Project file size"),
                 QString::number(double(QFileInfo(path).size()) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB"));
    m_out << row(QStringLiteral("Peak RSS"),
                 QString::number(double(peakResidentBytes()) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB"));
    m_out.flush();
    return true;
}

} // namespace annalist
