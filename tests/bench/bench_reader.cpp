// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Times the reader on a large source, apart from the correctness suite:
//   bench_reader [repetitions]
// Generates a 2 MB source with 20,000 mentions in a new project file, then measures
// under the offscreen platform what an analyst waits for: opening the source, one
// annotation, scrolling a page, and a few more. Prints medians against the targets;
// the exit code is 1 when a target is missed.

#include "analysis/PassageSimilarity.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "ui/reader/FindBar.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/ReaderView.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace annalist;

namespace {

constexpr int sourceBytes = 2 * 1024 * 1024;
constexpr int mentionCount = 20000;
constexpr int entityCount = 240;

struct Generated
{
    QString text;
    QList<Mention> mentions; // entityId holds an index into the entities until stored
};

const QStringList fillerWords
    = QStringLiteral(
          "the of and to in a that said for on was with is by as at from officials government minister police report "
          "told "
          "reporters talks agreement plan would could after before while during over under against about into their "
          "this "
          "which also not but more than last week year month new security trade border court company investigation "
          "statement spokesperson meeting deal cooperation cartels fentanyl migration visit capital partnership")
          .split(u' ');

QString entityName(int index)
{
    static const QStringList first
        = QStringLiteral(
              "Elena Tomas Amina Jonas Priya Kenji Sofia Omar Lucia Mikhail Grace Daniel Ines Kwame Hana Pavel")
              .split(u' ');
    static const QStringList last = QStringLiteral("Marquez Varga Okafor Lindqvist Raman Morita Brandt Haddad Ferreira "
                                                   "Petrenko Achebe Duarte Mensah Sato Novak")
                                        .split(u' ');
    return first.at(index % first.size()) + QLatin1Char(' ') + last.at((index / int(first.size())) % last.size());
}

// News-like paragraphs with an entity name every hundred characters or so, noting
// where each name went.
Generated generate()
{
    QRandomGenerator random(20241001);
    Generated result;
    result.text.reserve(sourceBytes + 1000);
    const int gap = sourceBytes / mentionCount;
    while (result.text.size() < sourceBytes) {
        const int sentences = 3 + int(random.bounded(5));
        for (int s = 0; s < sentences; ++s) {
            const int words = 12 + int(random.bounded(14));
            for (int w = 0; w < words; ++w) {
                QString word = fillerWords.at(int(random.bounded(qsizetype(fillerWords.size()))));
                if (w == 0)
                    word[0] = word.at(0).toUpper();
                result.text += word;
                result.text += QLatin1Char(' ');
                if (result.mentions.size() < mentionCount
                    && result.text.size() >= qsizetype(result.mentions.size() + 1) * gap - gap / 2) {
                    const int entity = int(random.bounded(entityCount));
                    Mention mention;
                    mention.entityId = entity;
                    mention.start = int(result.text.size());
                    result.text += entityName(entity);
                    mention.end = int(result.text.size());
                    const quint32 roll = random.bounded(100);
                    mention.status = roll < 60 ? Mention::Status::Confirmed
                        : roll < 95            ? Mention::Status::Candidate
                                               : Mention::Status::Rejected;
                    mention.origin = Mention::Origin::Gazetteer;
                    mention.quote = result.text.mid(mention.start, mention.end - mention.start);
                    result.mentions.append(mention);
                    result.text += QLatin1Char(' ');
                }
            }
            result.text.chop(1);
            result.text += QStringLiteral(". ");
        }
        result.text.chop(1);
        result.text += QLatin1Char('\n');
    }
    return result;
}

struct Figures
{
    double median = 0;
    double p90 = 0;
    double max = 0;
};

Figures summarise(QList<double> samples)
{
    std::sort(samples.begin(), samples.end());
    Figures figures;
    if (samples.isEmpty())
        return figures;
    figures.median = samples.at(samples.size() / 2);
    figures.p90 = samples.at(std::min(samples.size() - 1, qsizetype(samples.size() * 9 / 10)));
    figures.max = samples.last();
    return figures;
}

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    // Keep the zoom setting out of the user's configuration.
    QStandardPaths::setTestModeEnabled(true);
    const int repetitions = argc > 1 ? std::max(3, QString::fromLocal8Bit(argv[1]).toInt()) : 15;
    QTextStream out(stdout);

    QTemporaryDir directory;
    auto created = Project::create(directory.filePath(QStringLiteral("bench.annalist")));
    if (!created) {
        out << "cannot create the project: " << created.error().message << Qt::endl;
        return 2;
    }
    Project &project = **created;

    QElapsedTimer setup;
    setup.start();
    Generated generated = generate();
    const QList<EntityType> types = *project.entities().types();
    QList<qint64> entityIds;
    for (int i = 0; i < entityCount; ++i) {
        Entity entity;
        entity.typeId = types.at(i % types.size()).id;
        entity.canonicalName = entityName(i);
        entity.aliases = { entityName(i).section(u' ', 1) };
        entityIds.append(*project.entities().add(entity));
    }
    Source source;
    source.title = QStringLiteral("Synthetic two-megabyte report");
    source.outlet = QStringLiteral("Benchmark Wire");
    source.body = generated.text;
    source.originalBytes = generated.text.toUtf8();
    source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
    source.mediaType = QStringLiteral("text/plain");
    const Result<qint64> sourceId = project.sources().add(source);
    if (!sourceId) {
        out << "cannot store the source: " << sourceId.error().message << Qt::endl;
        return 2;
    }
    for (Mention &mention : generated.mentions) {
        mention.entityId = entityIds.at(int(mention.entityId));
        mention.sourceId = *sourceId;
    }
    if (const auto added = project.mentions().addAll(generated.mentions); !added) {
        out << "cannot store the mentions: " << added.error().message << Qt::endl;
        return 2;
    }
    out << QStringLiteral("Reader benchmark: %1 MB source, %2 mentions, %3 entities; set up in %4 ms; %5 repetitions\n")
               .arg(double(generated.text.size() * 2) / (1024 * 1024) / 2, 0, 'f', 1)
               .arg(generated.mentions.size())
               .arg(entityCount)
               .arg(setup.elapsed())
               .arg(repetitions);
    out.flush();

    const QSize paneSize(1000, 800);
    QList<double> open;
    QList<double> annotate;
    QList<double> scroll;
    QList<double> select;
    QList<double> find;
    QRandomGenerator random(7);

    // Open and paint the first screen, each time in a new pane.
    for (int i = 0; i < repetitions; ++i) {
        ReaderPane pane(project);
        pane.resize(paneSize);
        pane.show();
        QApplication::processEvents();
        QElapsedTimer timer;
        timer.start();
        pane.showSource(*sourceId);
        pane.repaint();
        open.append(milliseconds(timer));
    }

    ReaderPane pane(project);
    pane.resize(paneSize);
    pane.show();
    QApplication::processEvents();
    pane.showSource(*sourceId);
    pane.repaint();
    ReaderView *view = pane.view();

    // One annotation: the write, the reload, the repaint.
    QList<qint64> added;
    for (int i = 0; i < repetitions; ++i) {
        const auto [first, last] = view->visibleRange();
        const int start = first + int(random.bounded(std::max(1, last - first - 10)));
        Mention mention;
        mention.entityId = entityIds.at(i % entityIds.size());
        mention.sourceId = *sourceId;
        mention.start = start;
        mention.end = start + 6;
        mention.status = Mention::Status::Confirmed;
        mention.quote = generated.text.mid(start, 6);
        QElapsedTimer timer;
        timer.start();
        const Result<qint64> id = project.mentions().add(mention);
        pane.reloadMentions();
        view->viewport()->repaint();
        annotate.append(milliseconds(timer));
        if (id)
            added.append(*id);
    }
    // The full read that follows a pause in editing.
    QList<double> fullReload;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        pane.reloadAllMentions();
        view->viewport()->repaint();
        fullReload.append(milliseconds(timer));
    }
    for (const qint64 id : std::as_const(added))
        (void)project.mentions().remove(id);
    pane.reloadAllMentions();

    // Scrolling a page down, through text never shown before.
    QScrollBar *bar = view->verticalScrollBar();
    for (int i = 0; i < std::max(repetitions, 40); ++i) {
        QElapsedTimer timer;
        timer.start();
        bar->triggerAction(QAbstractSlider::SliderPageStepAdd);
        view->viewport()->repaint();
        scroll.append(milliseconds(timer));
    }

    // Selecting a word with the keyboard.
    for (int i = 0; i < repetitions; ++i) {
        QTextCursor cursor = view->textCursor();
        cursor.setPosition(view->visibleRange().first + 40 + i);
        view->setTextCursor(cursor);
        QElapsedTimer timer;
        timer.start();
        cursor.movePosition(QTextCursor::EndOfWord, QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
        view->viewport()->repaint();
        select.append(milliseconds(timer));
    }

    // Finding every hit of a common word.
    pane.findBar()->open();
    for (int i = 0; i < std::min(repetitions, 7); ++i) {
        QElapsedTimer timer;
        timer.start();
        pane.findBar()->setQuery(i % 2 ? QStringLiteral("security") : QStringLiteral("minister"));
        view->viewport()->repaint();
        find.append(milliseconds(timer));
    }
    const int hits = pane.findBar()->hitCount();
    pane.findBar()->dismiss();

    // Compare mode on two 20 KB articles.
    QList<double> compare;
    const QString articleA = generated.text.mid(0, 20 * 1024);
    const QString articleB = generated.text.mid(40 * 1024, 18 * 1024) + generated.text.mid(5 * 1024, 2 * 1024);
    const PassageSimilarity similarity;
    qsizetype shared = 0;
    for (int i = 0; i < repetitions; ++i) {
        QElapsedTimer timer;
        timer.start();
        shared = similarity.compare(articleA, articleB).size();
        compare.append(milliseconds(timer));
    }

    struct Row
    {
        QString step;
        Figures figures;
        double target;
    };
    const QList<Row> rows = {
        { QStringLiteral("open source and paint first screen"), summarise(open), 150 },
        { QStringLiteral("annotate: add + reloadMentions + repaint"), summarise(annotate), 20 },
        { QStringLiteral("full re-read of all mentions (after a pause)"), summarise(fullReload), 50 },
        { QStringLiteral("scroll one page and repaint"), summarise(scroll), 16 },
        { QStringLiteral("select a word and repaint"), summarise(select), 16 },
        { QStringLiteral("find a common word (%1 hits) and repaint").arg(hits), summarise(find), 100 },
        { QStringLiteral("compare two 20 KB articles (%1 matches)").arg(shared), summarise(compare), 10 },
    };

    bool allMet = true;
    out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
               .arg(QStringLiteral("step"), -46)
               .arg(QStringLiteral("median"), 9)
               .arg(QStringLiteral("p90"), 9)
               .arg(QStringLiteral("max"), 9)
               .arg(QStringLiteral("target"), 10)
               .arg(QString());
    for (const Row &row : rows) {
        const bool met = row.figures.median < row.target;
        allMet = allMet && met;
        out << QStringLiteral("%1 %2 %3 %4 %5  %6\n")
                   .arg(row.step, -46)
                   .arg(QStringLiteral("%1 ms").arg(row.figures.median, 0, 'f', 2), 9)
                   .arg(QStringLiteral("%1 ms").arg(row.figures.p90, 0, 'f', 2), 9)
                   .arg(QStringLiteral("%1 ms").arg(row.figures.max, 0, 'f', 2), 9)
                   .arg(QStringLiteral("< %1 ms").arg(row.target), 10)
                   .arg(met ? QStringLiteral("ok") : QStringLiteral("MISSED"));
    }
    out.flush();
    return allMet ? 0 : 1;
}
