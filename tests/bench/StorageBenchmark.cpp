// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "StorageBenchmark.h"

#include "PeakMemory.h"
#include "SyntheticCorpus.h"
#include "ingest/SourceImporter.h"
#include "storage/FullTextSearch.h"
#include "storage/Project.h"
#include "storage/SqlDialect.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

namespace annalist {

namespace {

double percentile(QList<double> values, double fraction)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = static_cast<qsizetype>(fraction * double(values.size() - 1) + 0.5);
    return values.at(std::clamp<qsizetype>(index, 0, values.size() - 1));
}

QString row(const QString &measure, const QString &value)
{
    return QStringLiteral("| %1 | %2 |\n").arg(measure, -36).arg(value, 22);
}

QString seconds(double milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'f', 2) + QStringLiteral(" s");
}

QString millis(double milliseconds)
{
    return QString::number(milliseconds, 'f', 2) + QStringLiteral(" ms");
}

} // namespace

StorageBenchmark::StorageBenchmark(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

bool StorageBenchmark::run(int articles, int queries, const QString &workDirectory, Backends backends,
                           const QString &serverUri)
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
    for (const QString &leftover : { QStringLiteral("reference.db"), QStringLiteral("bench.annalist") }) {
        if (workspace.exists(leftover) && !workspace.remove(leftover)) {
            m_err << "annalist-cli: cannot remove " << workspace.filePath(leftover) << " from an earlier run\n";
            return false;
        }
    }
    const QString corpusDirectory = workspace.filePath(QStringLiteral("corpus"));
    QDir(corpusDirectory).removeRecursively();
    SyntheticCorpus corpus;
    m_out << "Generating " << articles << " articles in " << corpusDirectory << " …\n";
    m_out.flush();
    const qint64 corpusBytes = corpus.write(corpusDirectory, articles);
    if (corpusBytes < 0) {
        m_err << "annalist-cli: cannot write the corpus to " << corpusDirectory << "\n";
        return false;
    }
    const double megabytes = double(corpusBytes) / (1024.0 * 1024.0);

    // Reference: the sqlite3 shell reads the same files into a bare FTS5 table.
    double referenceMs = -1;
    const QString shell = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        m_err << "annalist-cli: the sqlite3 shell is not installed (Debian package sqlite3); no reference run\n";
    } else {
        QProcess sqlite;
        sqlite.setWorkingDirectory(workspace.path());
        QElapsedTimer timer;
        timer.start();
        sqlite.start(shell, { QStringLiteral("reference.db") });
        sqlite.write(
            "PRAGMA journal_mode=WAL;\n"
            "CREATE VIRTUAL TABLE reference USING fts5(body, tokenize='unicode61 remove_diacritics 2');\n"
            "INSERT INTO reference(body) SELECT CAST(data AS TEXT) FROM fsdir('corpus') WHERE name LIKE '%.txt';\n"
            "SELECT count(*) FROM reference;\n");
        sqlite.closeWriteChannel();
        sqlite.waitForFinished(-1);
        referenceMs = double(timer.nsecsElapsed()) / 1e6;
        const QByteArray counted = sqlite.readAllStandardOutput().trimmed().split('\n').last();
        if (sqlite.exitCode() != 0 || counted.toInt() != articles) {
            m_err << "annalist-cli: the sqlite3 reference run failed: "
                  << QString::fromLocal8Bit(sqlite.readAllStandardError()) << "\n";
            referenceMs = -1;
        }
    }

    const QString projectPath = workspace.filePath(QStringLiteral("bench.annalist"));
    QList<Figures> runs;
    if (backends != Backends::PostgreSql) {
        const std::optional<Figures> figures = measure(projectPath, corpus, corpusDirectory, articles, queries);
        if (!figures)
            return false;
        runs.append(*figures);
        runs.last().name = QStringLiteral("SQLite");
        runs.last().storedBytes = QFileInfo(projectPath).size();
    }
    if (backends != Backends::Sqlite) {
        if (serverUri.isEmpty()) {
            m_err << "annalist-cli: bench storage --backend postgresql needs --server URI (an empty database)\n";
            return false;
        }
        const std::optional<Figures> figures = measure(serverUri, corpus, corpusDirectory, articles, queries);
        if (!figures)
            return false;
        runs.append(*figures);
        runs.last().name = QStringLiteral("PostgreSQL");
    }

    m_out << "\nStorage benchmark: " << articles << " articles, " << QString::number(megabytes, 'f', 1)
          << " MB of text\n\n";
    const auto line = [this, &runs](const QString &measure, const std::function<QString(const Figures &)> &value) {
        QString text = QStringLiteral("| %1 |").arg(measure, -36);
        for (const Figures &figures : std::as_const(runs))
            text += QStringLiteral(" %1 |").arg(value(figures), 22);
        m_out << text << "\n";
    };
    QString header = QStringLiteral("| %1 |").arg(QStringLiteral("Measure"), -36);
    QString rule = QStringLiteral("|%1|").arg(QString(38, u'-'));
    for (const Figures &figures : std::as_const(runs)) {
        header += QStringLiteral(" %1 |").arg(runs.size() > 1 ? figures.name : QStringLiteral("Value"), 22);
        rule += QString(24, u'-') + u'|';
    }
    m_out << header << "\n" << rule << "\n";
    line(QStringLiteral("Annalist import + index"), [](const Figures &f) -> QString { return seconds(f.importMs); });
    line(QStringLiteral("Annalist import throughput"), [articles](const Figures &f) -> QString {
        return QStringLiteral("%1 articles/s").arg(QString::number(articles / (f.importMs / 1000.0), 'f', 0));
    });
    line(QStringLiteral("Annalist import throughput (MB/s)"), [megabytes](const Figures &f) -> QString {
        return QStringLiteral("%1 MB/s").arg(QString::number(megabytes / (f.importMs / 1000.0), 'f', 1));
    });
    if (referenceMs > 0)
        line(QStringLiteral("Ratio Annalist / sqlite3 shell bulk load"), [referenceMs](const Figures &f) -> QString {
            return QString::number(f.importMs / referenceMs, 'f', 2) + QStringLiteral("x");
        });
    line(QStringLiteral("Search latency p50 (%1 queries)").arg(queries),
         [](const Figures &f) -> QString { return millis(percentile(f.searchTimes, 0.50)); });
    line(QStringLiteral("Search latency p95"),
         [](const Figures &f) -> QString { return millis(percentile(f.searchTimes, 0.95)); });
    line(QStringLiteral("Search hits returned (total)"),
         [](const Figures &f) -> QString { return QString::number(f.hitsSeen); });
    line(QStringLiteral("Search \"%1\" (in ~every article)").arg(corpus.commonWord()),
         [](const Figures &f) -> QString { return millis(f.commonWordMs); });
    line(QStringLiteral("Project open time (median of 3)"),
         [](const Figures &f) -> QString { return millis(f.openMs); });
    line(QStringLiteral("Project size"), [](const Figures &f) -> QString {
        return QString::number(double(f.storedBytes) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB");
    });
    if (referenceMs > 0 && runs.size() == 1)
        m_out << row(QStringLiteral("sqlite3 shell bulk load into FTS5"), seconds(referenceMs));
    if (runs.size() == 2) {
        m_out << "\nPostgreSQL / SQLite: import " << QString::number(runs[1].importMs / runs[0].importMs, 'f', 2)
              << "x, search p95 "
              << QString::number(percentile(runs[1].searchTimes, 0.95) / percentile(runs[0].searchTimes, 0.95), 'f', 2)
              << "x, open " << QString::number(runs[1].openMs / runs[0].openMs, 'f', 2) << "x\n";
    }
    m_out << row(QStringLiteral("Peak RSS"),
                 QString::number(double(peakResidentBytes()) / (1024.0 * 1024.0), 'f', 1) + QStringLiteral(" MB"));
    m_out.flush();
    return true;
}

std::optional<StorageBenchmark::Figures> StorageBenchmark::measure(const QString &location,
                                                                   const SyntheticCorpus &corpus,
                                                                   const QString &corpusDirectory, int articles,
                                                                   int queries)
{
    Figures figures;
    {
        QElapsedTimer timer;
        timer.start();
        auto project = Project::create(location);
        if (!project) {
            m_err << "annalist-cli: " << project.error().message << "\n";
            return std::nullopt;
        }
        SourceImporter importer(**project);
        const ImportReport report = importer.importPaths({ corpusDirectory });
        const int imported = report.count(ImportOutcome::Kind::Imported);
        figures.importMs = double(timer.nsecsElapsed()) / 1e6;
        if (!report.storageError.isEmpty() || imported != articles) {
            m_err << "annalist-cli: the import stopped after " << imported << " articles: " << report.storageError
                  << "\n";
            return std::nullopt;
        }
        figures.storedBytes = (*project)->dialect().storedBytes((*project)->database(), (*project)->path());
    }

    QList<double> openTimes;
    for (int round = 0; round < 3; ++round) {
        QElapsedTimer timer;
        timer.start();
        auto project = Project::open(location);
        openTimes << double(timer.nsecsElapsed()) / 1e6;
        if (!project) {
            m_err << "annalist-cli: " << project.error().message << "\n";
            return std::nullopt;
        }
        if (round > 0)
            continue;
        for (int i = 0; i < queries; ++i) {
            const QString query = corpus.sampleQuery(i);
            QElapsedTimer searchTimer;
            searchTimer.start();
            const auto hits = (*project)->search().search(query, 20);
            figures.searchTimes << double(searchTimer.nsecsElapsed()) / 1e6;
            if (!hits) {
                m_err << "annalist-cli: search failed: " << hits.error().message << "\n";
                return std::nullopt;
            }
            figures.hitsSeen += hits->size();
        }
        QList<double> commonTimes;
        for (int i = 0; i < 5; ++i) {
            QElapsedTimer searchTimer;
            searchTimer.start();
            const auto hits = (*project)->search().search(corpus.commonWord(), 20);
            commonTimes << double(searchTimer.nsecsElapsed()) / 1e6;
            if (!hits) {
                m_err << "annalist-cli: search failed: " << hits.error().message << "\n";
                return std::nullopt;
            }
        }
        figures.commonWordMs = percentile(commonTimes, 0.5);
    }
    figures.openMs = percentile(openTimes, 0.5);
    return figures;
}

} // namespace annalist
