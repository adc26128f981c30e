// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AnalyzerBenchmark.h"

#include "analysis/ProjectAnalyzer.h"
#include "model/Source.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTextStream>

namespace annalist {

namespace {

QString row(const QString &measure, const QString &value)
{
    return QStringLiteral("| %1 | %2 |\n").arg(measure, -40).arg(value, 22);
}

} // namespace

AnalyzerBenchmark::AnalyzerBenchmark(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

bool AnalyzerBenchmark::run(const QString &textFile, double megabytes, const QString &directory,
                            int paragraphsPerSource)
{
    const QString path = QDir(directory).filePath(QStringLiteral("analysis.annalist"));
    QFile::remove(path);
    auto project = Project::create(path);
    if (!project) {
        m_err << "annalist-cli: " << project.error().message << "\n";
        return false;
    }
    QFile file(textFile);
    if (!file.open(QIODevice::ReadOnly)) {
        m_err << "annalist-cli: cannot read " << textFile << "\n";
        return false;
    }
    const qint64 limit = qint64(megabytes * 1e6);
    qint64 bytes = 0;
    QList<qint64> ids;
    while (!file.atEnd() && bytes < limit) {
        QByteArray utf8;
        for (int line = 0; line < paragraphsPerSource && !file.atEnd(); ++line)
            utf8 += file.readLine();
        Source source;
        source.title = QStringLiteral("Article %1").arg(ids.size() + 1);
        source.body = QString::fromUtf8(utf8);
        source.mediaType = QStringLiteral("text/plain");
        source.originalBytes = utf8;
        source.sha256 = QCryptographicHash::hash(QByteArray(source.title.toUtf8() + utf8), QCryptographicHash::Sha256);
        source.importedAt = QDateTime::currentDateTimeUtc();
        const auto id = (*project)->sources().add(source);
        if (!id) {
            m_err << "annalist-cli: " << id.error().message << "\n";
            return false;
        }
        ids << *id;
        bytes += utf8.size();
    }

    QElapsedTimer timer;
    timer.start();
    ProjectAnalyzer analyzer(**project);
    const auto summary = analyzer.analyze(ids, true);
    const double analysisMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    if (!summary) {
        m_err << "annalist-cli: " << summary.error().message << "\n";
        return false;
    }

    // The analyst reviews 100 sources (here: confirms every proposal in them); the next
    // analysis of one more source learns from all those decisions first.
    const int reviewed = int(std::min<qsizetype>(100, ids.size() - 1));
    if (reviewed > 0) {
        QSqlQuery query((*project)->database());
        if (!query.exec(QStringLiteral("UPDATE mentions SET status = %1 WHERE source_id <= %2")
                            .arg(int(Mention::Status::Confirmed))
                            .arg(ids.at(reviewed - 1)))) {
            m_err << "annalist-cli: cannot confirm the proposals of the reviewed sources\n";
            return false;
        }
    }
    timer.restart();
    ProjectAnalyzer learner(**project);
    const auto learned = learner.analyze({ ids.last() }, true);
    const double learningMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    if (!learned) {
        m_err << "annalist-cli: " << learned.error().message << "\n";
        return false;
    }

    const double analysedMegabytes = double(bytes) / 1e6;
    m_out << row(QStringLiteral("ProjectAnalyzer: sources, mentions"),
                 QStringLiteral("%1, %2").arg(summary->sourcesAnalyzed).arg(summary->mentionsProposed))
          << row(QStringLiteral("ProjectAnalyzer (resolution, writes)"),
                 QString::number(analysisMilliseconds > 0 ? analysedMegabytes * 1000.0 / analysisMilliseconds : 0, 'f',
                                 1)
                     + QStringLiteral(" MB/s"))
          << row(QStringLiteral("Learning (%1 decisions) + 1 source").arg(learner.learnedFrom()),
                 QString::number(learningMilliseconds, 'f', 0) + QStringLiteral(" ms"));
    m_out.flush();
    return true;
}

} // namespace annalist
