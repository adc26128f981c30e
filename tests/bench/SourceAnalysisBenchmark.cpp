// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SourceAnalysisBenchmark.h"

#include "PeakMemory.h"
#include "TimeTaggerBenchmark.h"
#include "analysis/ProjectAnalyzer.h"
#include "ingest/ImportOutcome.h"
#include "ingest/SourceImporter.h"
#include "storage/Project.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace annalist {

namespace {

QString cell(const QString &text, int width)
{
    return text.leftJustified(width);
}

} // namespace

SourceAnalysisBenchmark::SourceAnalysisBenchmark(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

QList<double> SourceAnalysisBenchmark::parseSizes(const QString &text)
{
    QList<double> sizes;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        bool numeric = false;
        const double size = part.trimmed().toDouble(&numeric);
        if (!numeric || size <= 0 || size > 2000)
            return {};
        sizes << size;
    }
    return sizes;
}

bool SourceAnalysisBenchmark::run(const QList<double> &sizes, const QString &workDirectory)
{
    QTemporaryDir temporary;
    if (workDirectory.isEmpty() && !temporary.isValid()) {
        m_err << "annalist-cli: cannot create a temporary folder: " << temporary.errorString() << "\n";
        return false;
    }
    const QDir workspace(workDirectory.isEmpty() ? temporary.path() : workDirectory);
    if (!workspace.mkpath(QStringLiteral("."))) {
        m_err << "annalist-cli: cannot create the folder " << workspace.path() << "\n";
        return false;
    }
    m_out << "One generated text source per size, imported into a new project and analysed "
             "(gazetteer, names, time expressions).\n\n";
    m_out << "| " << cell(QStringLiteral("Source"), 10) << " | " << cell(QStringLiteral("Import s"), 9) << " | "
          << cell(QStringLiteral("Analysis s"), 10) << " | " << cell(QStringLiteral("Analysis s/MB"), 13) << " | "
          << cell(QStringLiteral("Mentions"), 9) << " | " << cell(QStringLiteral("Timexes"), 8) << " | "
          << cell(QStringLiteral("Peak RSS MB"), 11) << " |\n";
    m_out << "|------------|-----------|------------|---------------|-----------|----------|-------------|\n";
    m_out.flush();
    double fastest = 0;
    double slowest = 0;
    for (const double megabytes : sizes) {
        const qint64 bytes = qint64(megabytes * 1e6);
        const QByteArray utf8 = TimeTaggerBenchmark::generateText(bytes).toUtf8();
        const QString textPath = workspace.filePath(QStringLiteral("source-%1MB.txt").arg(megabytes));
        const QString projectPath = workspace.filePath(QStringLiteral("source-%1MB.annalist").arg(megabytes));
        QFile::remove(projectPath);
        {
            QFile file(textPath);
            if (!file.open(QIODevice::WriteOnly) || file.write(utf8) != utf8.size()) {
                m_err << "annalist-cli: cannot write " << textPath << "\n";
                return false;
            }
        }
        auto project = Project::create(projectPath);
        if (!project) {
            m_err << "annalist-cli: " << project.error().message << "\n";
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        SourceImporter::Options options;
        options.maxFileBytes = std::max<qint64>(options.maxFileBytes, utf8.size() + 1);
        SourceImporter importer(**project, options);
        const ImportReport report = importer.importPaths({ textPath });
        const double importSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (report.importedIds().size() != 1) {
            m_err << "annalist-cli: the generated source of " << megabytes << " MB was not imported"
                  << (report.outcomes.isEmpty() ? QString() : QStringLiteral(": ") + report.outcomes.first().message)
                  << "\n";
            return false;
        }
        timer.restart();
        ProjectAnalyzer analyzer(**project);
        const auto summary = analyzer.analyze(report.importedIds());
        const double analysisSeconds = double(timer.nsecsElapsed()) / 1e9;
        if (!summary) {
            m_err << "annalist-cli: " << summary.error().message << "\n";
            return false;
        }
        const double actualMegabytes = double(utf8.size()) / 1e6;
        const double perMegabyte = analysisSeconds / actualMegabytes;
        fastest = fastest == 0 ? perMegabyte : std::min(fastest, perMegabyte);
        slowest = std::max(slowest, perMegabyte);
        m_out << "| " << cell(QString::number(actualMegabytes, 'g', 4) + QStringLiteral(" MB"), 10) << " | "
              << cell(QString::number(importSeconds, 'f', 2), 9) << " | "
              << cell(QString::number(analysisSeconds, 'f', 2), 10) << " | "
              << cell(QString::number(perMegabyte, 'f', 3), 13) << " | "
              << cell(QString::number(summary->mentionsProposed), 9) << " | "
              << cell(QString::number(summary->timexesProposed), 8) << " | "
              << cell(QString::number(double(peakResidentBytes()) / (1024 * 1024), 'f', 0), 11) << " |\n";
        m_out.flush();
        project->reset();
        if (workDirectory.isEmpty()) {
            QFile::remove(textPath);
            QFile::remove(projectPath);
        }
    }
    if (fastest > 0)
        m_out << "\nSlowest / fastest seconds per MB: " << QString::number(slowest / fastest, 'f', 2) << "\n";
    return true;
}

} // namespace annalist
