// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportBenchmark.h"

#include "PeakMemory.h"
#include "SyntheticChronology.h"
#include "export/ChronologyExporter.h"
#include "storage/Project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

namespace annalist {

namespace {

constexpr double pdfTargetMs = 5000;
constexpr double pdfTargetBytes = 300.0 * 1024 * 1024;
constexpr double otherTargetMs = 1000;

// Starts a new peak: Linux resets VmHWM to the current size on "5" in clear_refs.
bool resetPeakResident()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    return refs.open(QIODevice::WriteOnly) && refs.write("5") == 1;
}

QString row(const QString &format, const QString &time, const QString &memory, const QString &size,
            const QString &target)
{
    return QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
        .arg(format, -10)
        .arg(time, 9)
        .arg(memory, 9)
        .arg(size, 14)
        .arg(target, -22);
}

QString megabytes(double bytes)
{
    return QString::number(bytes / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
}

} // namespace

ExportBenchmark::ExportBenchmark(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

bool ExportBenchmark::run(int events, int evidence, const QString &workDirectory)
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
    const QString path = workspace.filePath(QStringLiteral("export.annalist"));
    for (const QString &leftover : QStringList { path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm") }) {
        if (QFileInfo::exists(leftover) && !QFile::remove(leftover)) {
            m_err << "annalist-cli: cannot remove " << leftover << " from an earlier run\n";
            return false;
        }
    }
    m_out << "Generating " << events << " events with " << evidence << " passages in " << path << " …\n";
    m_out.flush();
    {
        auto project = Project::create(path);
        if (!project) {
            m_err << "annalist-cli: " << project.error().message << "\n";
            return false;
        }
        const auto filled = SyntheticChronology().fill(**project, events, evidence);
        if (!filled) {
            m_err << "annalist-cli: " << filled.error().message << "\n";
            return false;
        }
        m_out << "  " << filled->events << " events, " << filled->evidence << " passages from " << filled->sources
              << " sources\n\n";
    }
    auto project = Project::open(path);
    if (!project) {
        m_err << "annalist-cli: " << project.error().message << "\n";
        return false;
    }

    m_out << row(QStringLiteral("Format"), QStringLiteral("Time"), QStringLiteral("Peak RSS"), QStringLiteral("Output"),
                 QStringLiteral("Target"));
    m_out << row(QStringLiteral("---"), QStringLiteral("---:"), QStringLiteral("---:"), QStringLiteral("---:"),
                 QStringLiteral("---"));
    bool allMet = true;
    ChronologyExporter exporter(**project);
    for (ExportFormat format : ExportFormats::all()) {
        ExportOptions options;
        options.format = format;
        options.title = QStringLiteral("Synthetic chronology");
        options.analyst = QStringLiteral("Benchmark");
        const QString target = workspace.filePath(
            QStringLiteral("export.")
            + (ExportFormats::writesFolder(format) ? QStringLiteral("brat") : ExportFormats::suffix(format)));
        if (ExportFormats::writesFolder(format))
            QDir(target).removeRecursively();
        else
            QFile::remove(target);
        const bool peakReset = resetPeakResident();
        QElapsedTimer timer;
        timer.start();
        const auto summary = exporter.exportTo(target, options);
        const double milliseconds = double(timer.nsecsElapsed()) / 1e6;
        const double peak = double(peakResidentBytes());
        if (!summary) {
            m_err << "annalist-cli: " << ExportFormats::name(format) << ": " << summary.error().message << "\n";
            return false;
        }
        const bool isPdf = format == ExportFormat::Pdf;
        const bool met
            = milliseconds < (isPdf ? pdfTargetMs : otherTargetMs) && (!isPdf || !peakReset || peak < pdfTargetBytes);
        allMet = allMet && met;
        QString size = megabytes(double(summary->bytes));
        if (summary->pages > 0)
            size = QStringLiteral("%1 p., ").arg(summary->pages) + size;
        const QString goal = isPdf ? QStringLiteral("< 5 s, < 300 MB") : QStringLiteral("< 1 s");
        m_out << row(ExportFormats::name(format), QString::number(milliseconds / 1000.0, 'f', 2) + QStringLiteral(" s"),
                     peakReset ? megabytes(peak) : QStringLiteral("n/a"), size,
                     (met ? goal : QStringLiteral("MISSED ") + goal));
        m_out.flush();
    }
    m_out << "\nPeak RSS is the highest resident size during each export (VmHWM, reset before each).\n";
    if (!allMet)
        m_out << "Some targets were missed.\n";
    return true;
}

} // namespace annalist
