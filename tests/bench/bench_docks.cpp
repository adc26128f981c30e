// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Times the window's docks on a large project, apart from the correctness suite:
//   bench_docks PROJECT [WORD]
// PROJECT is a project file or a team project's URI (the password as libpq finds it:
// PGPASSWORD or ~/.pgpass). Opens it in a real window under the offscreen platform and
// measures what an analyst waits for: the library and the entity list after opening,
// the mentions of the most mentioned entity, and every keystroke of typing a filter
// into the library and the entity list (the view repainted). Prints the figures against
// the targets (opening under 1 s, a keystroke under 100 ms); the exit code is 1 when a
// target is missed.

#include "itemmodels/EntityListModel.h"
#include "itemmodels/MentionListModel.h"
#include "itemmodels/SourceListModel.h"
#include "ui/entities/EntityDock.h"
#include "ui/entities/MentionsDock.h"
#include "ui/shell/LibraryPanel.h"
#include "ui/shell/MainWindow.h"

#include "PeakMemory.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace annalist;

namespace {

constexpr double openTargetMs = 1000;
constexpr double keystrokeTargetMs = 100;

double milliseconds(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Lets the window handle what is pending, painting included.
void settle()
{
    QApplication::processEvents();
    QApplication::processEvents();
}

// Runs `step` and settles; the time until the window is idle again.
double timed(const std::function<void()> &step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    settle();
    return milliseconds(timer);
}

// Types `word` into `edit` one letter at a time, then deletes it again letter by letter,
// as an analyst narrows and widens a list; the slowest keystroke and the median.
std::pair<double, double> typing(QLineEdit *edit, const QString &word)
{
    QList<double> times;
    for (int length = 1; length <= word.size(); ++length)
        times << timed([&] { edit->setText(word.left(length)); });
    for (int length = int(word.size()) - 1; length >= 0; --length)
        times << timed([&] { edit->setText(word.left(length)); });
    if (qEnvironmentVariableIsSet("BENCH_DOCKS_EACH")) {
        for (double time : std::as_const(times))
            QTextStream(stderr) << "keystroke " << time << " ms\n";
    }
    if (times.isEmpty())
        return { 0, 0 }; // nothing to type: an empty list
    std::sort(times.begin(), times.end());
    return { times.at(times.size() / 2), times.last() };
}

QLineEdit *filterOf(QWidget *dock)
{
    const QList<QLineEdit *> edits = dock->findChildren<QLineEdit *>();
    return edits.isEmpty() ? nullptr : edits.first();
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("ANNALIST_NO_DIALOGS", "1");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QTextStream out(stdout);
    QTextStream err(stderr);
    if (argc < 2) {
        err << "usage: bench_docks PROJECT [WORD]\n";
        return 2;
    }
    const QString location = QString::fromLocal8Bit(argv[1]);

    MainWindow window;
    window.resize(1366, 768);
    window.show();
    settle();

    QElapsedTimer opening;
    opening.start();
    if (!window.openProject(location)) {
        err << "bench_docks: could not open " << location << "\n";
        return 2;
    }
    settle();
    const double openMs = milliseconds(opening);
    const int sources = window.sourceModel()->rowCount();

    EntityListModel *entities = window.entityDock()->model();
    const double entityMs = timed([&] { window.entityDock()->refresh(); });
    int topRow = -1;
    int topCount = -1;
    for (int row = 0; row < entities->rowCount(); ++row) {
        const int count = entities->index(row, 0).data(EntityListModel::MentionCountRole).toInt();
        if (count > topCount) {
            topCount = count;
            topRow = row;
        }
    }
    double mentionsMs = 0;
    int mentionRows = 0;
    if (topRow >= 0) {
        const Entity top = entities->entityAt(topRow);
        mentionsMs = timed([&] { window.mentionsDock()->showEntity(top.id, top.canonicalName); });
        mentionRows = window.mentionsDock()->model()->rowCount();
    }

    // A word the analyst might look for: given, or the start of the first source's title.
    QString libraryWord = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QString();
    if (libraryWord.isEmpty() && sources > 0)
        libraryWord = window.sourceModel()->index(0, 0).data().toString().section(u' ', 0, 0);
    auto *library = window.findChild<LibraryPanel *>();
    if (!library || !filterOf(window.entityDock())) {
        err << "bench_docks: the window has no library or entity filter\n";
        return 2;
    }
    const auto [libraryMedian, libraryMax] = typing(library->filterEdit(), libraryWord.left(8));
    QString entityWord = topRow >= 0 ? entities->entityAt(topRow).canonicalName.section(u' ', 0, 0) : QString();
    const auto [entityMedian, entityMax] = typing(filterOf(window.entityDock()), entityWord.left(8));

    const auto line = [&](const QString &what, double ms, double target) {
        out << qSetFieldWidth(52) << Qt::left << what << qSetFieldWidth(0) << QString::number(ms, 'f', 1) << " ms"
            << (target > 0 ? (ms <= target ? QStringLiteral("   (target %1 ms: met)")
                                           : QStringLiteral("   (target %1 ms: MISSED)"))
                                 .arg(target)
                           : QString())
            << "\n";
        return target <= 0 || ms <= target;
    };
    out << "Docks on " << location << ": " << sources << " sources, " << entities->rowCount() << " entities\n\n";
    bool met = true;
    met &= line(QStringLiteral("Open the project, library filled"), openMs, openTargetMs);
    met &= line(QStringLiteral("Entity list read again (%1 entities)").arg(entities->rowCount()), entityMs,
                openTargetMs);
    met &= line(QStringLiteral("Mentions of the top entity (%1 rows)").arg(mentionRows), mentionsMs, openTargetMs);
    line(QStringLiteral("Library filter \"%1\", median keystroke").arg(libraryWord.left(8)), libraryMedian, 0);
    met &= line(QStringLiteral("Library filter, slowest keystroke"), libraryMax, keystrokeTargetMs);
    line(QStringLiteral("Entity filter \"%1\", median keystroke").arg(entityWord.left(8)), entityMedian, 0);
    met &= line(QStringLiteral("Entity filter, slowest keystroke"), entityMax, keystrokeTargetMs);
    out << qSetFieldWidth(52) << Qt::left << "Peak RSS" << qSetFieldWidth(0)
        << QString::number(double(peakResidentBytes()) / (1024.0 * 1024.0), 'f', 1) << " MB\n";
    return met ? 0 : 1;
}
