// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "GazetteerBenchmark.h"

#include "PeakMemory.h"
#include "SyntheticCorpus.h"
#include "analysis/Gazetteer.h"
#include "analysis/NameRecognizer.h"
#include "analysis/TimexTagger.h"
#include "bench/AnalyzerBenchmark.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

namespace annalist {

namespace {

QString row(const QString &measure, const QString &value)
{
    return QStringLiteral("| %1 | %2 |\n").arg(measure, -40).arg(value, 22);
}

QString rate(double megabytes, double milliseconds)
{
    return QString::number(milliseconds > 0 ? megabytes * 1000.0 / milliseconds : 0, 'f', 1) + QStringLiteral(" MB/s");
}

// One sentence with real names in it, as agency copy has in most paragraphs.
QString namedSentence(QRandomGenerator &random, const QStringList &titles, const QStringList &places)
{
    const QString &title = titles.at(random.bounded(int(titles.size())));
    const QString &place = places.at(random.bounded(int(places.size())));
    const QString &other = places.at(random.bounded(int(places.size())));
    switch (random.bounded(3)) {
    case 0:
        return title + QStringLiteral(" Ortega arrived in ") + place + QStringLiteral(" from ") + other
            + QStringLiteral(" on Tuesday, officials said. ");
    case 1:
        return QStringLiteral("Talks between ") + place + QStringLiteral(" and ") + other
            + QStringLiteral(" resumed after the ") + title + QStringLiteral(" spoke to reporters. ");
    default:
        return QStringLiteral("The ") + title + QStringLiteral(" of ") + place
            + QStringLiteral(" said the U.S. would respond. ");
    }
}

} // namespace

GazetteerBenchmark::GazetteerBenchmark(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

bool GazetteerBenchmark::run(int megabytes, const QString &workDirectory)
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

    QElapsedTimer timer;
    timer.start();
    Gazetteer gazetteer;
    gazetteer.addBundledLists();
    gazetteer.build();
    const double buildMilliseconds = double(timer.nsecsElapsed()) / 1e6;

    // Articles of the synthetic corpus, each paragraph with a sentence of real names.
    const qint64 targetBytes = qint64(megabytes) * 1000 * 1000;
    const QString corpusDirectory = workspace.filePath(QStringLiteral("corpus"));
    QDir(corpusDirectory).removeRecursively();
    m_out << "Generating " << megabytes << " MB of text in " << workspace.path() << " …\n";
    m_out.flush();
    SyntheticCorpus corpus;
    if (corpus.write(corpusDirectory, std::max(1, int(targetBytes / 6000))) < 0) {
        m_err << "annalist-cli: cannot write the corpus to " << corpusDirectory << "\n";
        return false;
    }
    const QStringList titles = Gazetteer::titles();
    QStringList places;
    for (const QString &name : gazetteer.names()) {
        if (!name.isEmpty() && name.at(0).isUpper() && !titles.contains(name))
            places << name;
    }
    QRandomGenerator random(20241001);
    int articleCount = 0;
    QFile textFile(workspace.filePath(QStringLiteral("text.txt")));
    if (!textFile.open(QIODevice::WriteOnly)) {
        m_err << "annalist-cli: cannot write " << textFile.fileName() << "\n";
        return false;
    }
    qint64 bytes = 0;
    const QStringList files = QDir(corpusDirectory).entryList({ QStringLiteral("*.txt") }, QDir::Files, QDir::Name);
    for (int round = 0; bytes < targetBytes; ++round) {
        for (const QString &name : files) {
            if (bytes >= targetBytes)
                break;
            QFile file(QDir(corpusDirectory).filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            QString article;
            for (const QString &paragraph :
                 QString::fromUtf8(file.readAll()).split(QStringLiteral("\n\n"), Qt::SkipEmptyParts)) {
                // After the paragraph's own text, so that grep -c, which stops reading
                // a line at its first match, still reads every line to its end.
                article += paragraph.trimmed();
                if (round > 0)
                    article += QStringLiteral(" (%1)").arg(round);
                article += u' ' + namedSentence(random, titles, places) + u'\n';
            }
            const QByteArray utf8 = article.toUtf8();
            textFile.write(utf8);
            bytes += utf8.size();
            ++articleCount;
        }
    }
    textFile.close();
    QDir(corpusDirectory).removeRecursively();

    QFile namesFile(workspace.filePath(QStringLiteral("names.txt")));
    if (!namesFile.open(QIODevice::WriteOnly)) {
        m_err << "annalist-cli: cannot write " << namesFile.fileName() << "\n";
        return false;
    }
    namesFile.write(gazetteer.names().join(u'\n').toUtf8() + '\n');
    namesFile.close();
    const double textMegabytes = double(bytes) / 1e6;

    // The text is read back one paragraph (one line) at a time, so that the memory
    // measured is the analysis's, not the corpus's; only the stage itself is timed.
    const auto timeStage = [&textFile](const auto &stage) {
        double milliseconds = 0;
        QFile file(textFile.fileName());
        if (!file.open(QIODevice::ReadOnly))
            return milliseconds;
        QElapsedTimer clock;
        while (!file.atEnd()) {
            const QString paragraph = QString::fromUtf8(file.readLine());
            clock.start();
            stage(paragraph);
            milliseconds += double(clock.nsecsElapsed()) / 1e6;
        }
        return milliseconds;
    };

    // The gazetteer, best of three rounds, one core.
    double scanMilliseconds = 0;
    qint64 matches = 0;
    for (int round = 0; round < 3; ++round) {
        qint64 found = 0;
        const double elapsed = timeStage([&](const QString &paragraph) { found += gazetteer.find(paragraph).size(); });
        if (round == 0 || elapsed < scanMilliseconds)
            scanMilliseconds = elapsed;
        matches = found;
    }
    // The other stages of the analysis over the same text, one round each.
    const NameRecognizer names;
    qint64 nameCount = 0;
    const double namesMilliseconds
        = timeStage([&](const QString &paragraph) { nameCount += names.recognize(paragraph).size(); });
    const TimexTagger tagger;
    const TimeValue anchor = TimeValue::day(QDate(2025, 3, 1));
    qint64 timexCount = 0;
    const double timeMilliseconds
        = timeStage([&](const QString &paragraph) { timexCount += tagger.tag(paragraph, anchor).size(); });

    // Reading the file and decoding it as well, as an importer would.
    timer.restart();
    qsizetype wholeFileMatches = 0;
    {
        QFile file(textFile.fileName());
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd())
                wholeFileMatches += gazetteer.find(QString::fromUtf8(file.readLine())).size();
        }
    }
    const double wholeFileMilliseconds = double(timer.nsecsElapsed()) / 1e6;
    const qint64 peak = peakResidentBytes();

    // grep, same text and names, best of three runs.
    const QString grep = QStandardPaths::findExecutable(QStringLiteral("grep"));
    double grepMilliseconds = 0;
    QString grepLines;
    if (!grep.isEmpty()) {
        for (int round = 0; round < 3; ++round) {
            QProcess process;
            timer.restart();
            process.start(grep,
                          { QStringLiteral("-c"), QStringLiteral("-F"), QStringLiteral("-f"), namesFile.fileName(),
                            textFile.fileName() });
            if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit)
                break;
            const double elapsed = double(timer.nsecsElapsed()) / 1e6;
            if (round == 0 || elapsed < grepMilliseconds)
                grepMilliseconds = elapsed;
            grepLines = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        }
    }

    m_out << "\n"
          << row(QStringLiteral("Measure"), QStringLiteral("Value"))
          << QStringLiteral("|%1|%2|\n").arg(QString(42, u'-'), QString(24, u'-'))
          << row(QStringLiteral("Names (patterns)"), QString::number(gazetteer.matcher().patternCount()))
          << row(QStringLiteral("Automaton states"), QString::number(gazetteer.matcher().stateCount()))
          << row(QStringLiteral("Automaton size"),
                 QString::number(double(gazetteer.matcher().memoryBytes()) / 1e6, 'f', 1) + QStringLiteral(" MB"))
          << row(QStringLiteral("Load and build"), QString::number(buildMilliseconds, 'f', 0) + QStringLiteral(" ms"))
          << row(QStringLiteral("Text (UTF-8)"),
                 QString::number(textMegabytes, 'f', 1) + QStringLiteral(" MB, ") + QString::number(articleCount)
                     + QStringLiteral(" articles"))
          << row(QStringLiteral("Matches"), QString::number(matches))
          << row(QStringLiteral("Gazetteer, per core"), rate(textMegabytes, scanMilliseconds))
          << row(QStringLiteral("Gazetteer with reading and decoding"), rate(textMegabytes, wholeFileMilliseconds))
          << row(QStringLiteral("Matches when read and decoded"), QString::number(wholeFileMatches))
          << row(QStringLiteral("Names, per core (%1 found)").arg(nameCount), rate(textMegabytes, namesMilliseconds))
          << row(QStringLiteral("Time expressions, per core (%1 found)").arg(timexCount),
                 rate(textMegabytes, timeMilliseconds))
          << row(QStringLiteral("Gazetteer + names + time, per core"),
                 rate(textMegabytes, scanMilliseconds + namesMilliseconds + timeMilliseconds))
          << row(QStringLiteral("Peak memory (RSS)"),
                 QString::number(double(peak) / 1e6, 'f', 0) + QStringLiteral(" MB"));
    if (grepMilliseconds > 0) {
        m_out << row(QStringLiteral("grep -c -F -f NAMES (matching lines)"), grepLines)
              << row(QStringLiteral("grep -c -F -f NAMES"), rate(textMegabytes, grepMilliseconds))
              << row(QStringLiteral("Gazetteer time / grep time"),
                     QString::number(scanMilliseconds / grepMilliseconds, 'f', 2) + u'x');
    } else {
        m_out << row(QStringLiteral("grep"), QStringLiteral("not run"));
    }
    m_out.flush();
    // The same text as sources of a project, analysed as on import (at most 10 MB).
    return AnalyzerBenchmark(m_out, m_err).run(textFile.fileName(), std::min(textMegabytes, 10.0), workspace.path());
}

} // namespace annalist
