// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Times the timeline with a large chronology, apart from the correctness suite:
//   bench_timeline [events]
// Builds 10,000 events (three passages each, with report times) spread over ten years
// in lanes, shows them in a real TimelineView under the offscreen platform, then
// measures what an analyst waits for: one zoom step (layout and repaint of the
// viewport), one pan step (scroll and repaint), switching lanes, and loading the
// entries. Prints medians and 95th percentiles against the 16 ms frame target; the
// exit code is 1 when a frame target is missed.

#include "ui/timeline/TimelineView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QPixmap>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <cstdlib>
#include <functional>

using namespace annalist;

namespace {

struct Figures
{
    double median = 0;
    double p95 = 0;
};

Figures measure(int repetitions, const std::function<void()> &step)
{
    QList<double> samples;
    for (int run = 0; run < repetitions; ++run) {
        QElapsedTimer timer;
        timer.start();
        step();
        samples << timer.nsecsElapsed() / 1e6;
    }
    std::sort(samples.begin(), samples.end());
    return { samples.at(samples.size() / 2),
             samples.at(std::min<qsizetype>(samples.size() - 1, samples.size() * 95 / 100)) };
}

QList<ChronologyEntry> generate(int count)
{
    QRandomGenerator random(20261123);
    const QStringList lanes = { QStringLiteral("Diplomacy"), QStringLiteral("Security"),  QStringLiteral("Trade"),
                                QStringLiteral("Migration"), QStringLiteral("Courts"),    QStringLiteral("Elections"),
                                QStringLiteral("Finance"),   QStringLiteral("Energy"),    QStringLiteral("Media"),
                                QStringLiteral("Health"),    QStringLiteral("Transport"), QString() };
    const QStringList people
        = { QStringLiteral("Elena Marquez"),   QStringLiteral("Tomas Varga"), QStringLiteral("Amina Okafor"),
            QStringLiteral("Jonas Lindqvist"), QStringLiteral("Priya Raman"), QStringLiteral("Kenji Morita"),
            QStringLiteral("Sofia Brandt"),    QStringLiteral("Omar Haddad") };
    const QDateTime start(QDate(2015, 1, 1), QTime(0, 0), QTimeZone::utc());
    QList<ChronologyEntry> entries;
    entries.reserve(count);
    for (int index = 0; index < count; ++index) {
        ChronologyEntry entry;
        entry.event.id = index + 1;
        entry.event.title = QStringLiteral("Event %1: %2 meets %3")
                                .arg(index + 1)
                                .arg(people.at(index % people.size()), people.at((index * 7 + 3) % people.size()));
        entry.event.lane = lanes.at(random.bounded(int(lanes.size())));
        const QDateTime day = start.addDays(random.bounded(3650));
        switch (random.bounded(5)) {
        case 0:
            entry.event.time = TimeValue::month(day.date().year(), day.date().month());
            break;
        case 1:
            entry.event.time = TimeValue::between(day, day.addDays(random.bounded(10, 120)));
            entry.event.time.setQualifier(TimeValue::Qualifier::Approximate);
            break;
        case 2:
            entry.event.time = TimeValue::between(QDateTime(), day);
            break;
        default:
            entry.event.time = TimeValue::day(day.date());
            break;
        }
        entry.participantNames = { people.at(index % people.size()), people.at((index * 7 + 3) % people.size()) };
        for (int passage = 0; passage < 3; ++passage) {
            EvidenceItem item;
            item.evidence.id = index * 3 + passage + 1;
            item.evidence.eventId = entry.event.id;
            item.reportedAt = TimeValue::day(day.date().addDays(random.bounded(-5, 40)));
            entry.evidence << item;
        }
        entries << entry;
    }
    return entries;
}

// Renders the view as the screen would get it.
void paint(TimelineView &view)
{
    const QPixmap frame = view.viewport()->grab();
    if (frame.isNull())
        std::abort();
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 10000;
    QTextStream out(stdout);

    const QList<ChronologyEntry> entries = generate(count);
    TimelineView view;
    view.resize(1400, 600);
    view.show();
    view.setShowReports(true);

    QElapsedTimer load;
    load.start();
    view.setEntries(entries);
    paint(view);
    const double loadMs = load.nsecsElapsed() / 1e6;

    // Zoom in from the decade view to days and back out, as a wheel would.
    bool zoomingIn = true;
    const Figures zoom = measure(120, [&] {
        if (view.pixelsPerDay() > 200)
            zoomingIn = false;
        else if (view.pixelsPerDay() < 0.3)
            zoomingIn = true;
        view.zoomBy(zoomingIn ? 1.25 : 0.8, 700);
        paint(view);
    });
    // Pan across at a zoom where a screen shows about a year.
    view.fitAll();
    view.zoomBy(8);
    int direction = 1;
    const Figures pan = measure(200, [&] {
        QScrollBar *bar = view.horizontalScrollBar();
        if (bar->value() + 120 > bar->maximum())
            direction = -1;
        else if (bar->value() - 120 < bar->minimum())
            direction = 1;
        bar->setValue(bar->value() + direction * 120);
        paint(view);
    });
    bool byParticipant = false;
    const Figures lanes = measure(10, [&] {
        byParticipant = !byParticipant;
        view.setLanes(byParticipant ? TimelineView::Lanes::ByParticipant : TimelineView::Lanes::ByTheme);
        paint(view);
    });

    out << QStringLiteral("Timeline with %1 events (%2 report marks), 1400x600 viewport, offscreen\n")
               .arg(count)
               .arg(count * 3);
    out << QStringLiteral("%1 %2 %3 %4\n")
               .arg(QStringLiteral("step"), -34)
               .arg(QStringLiteral("median"), 10)
               .arg(QStringLiteral("p95"), 10)
               .arg(QStringLiteral("target"), 10);
    const auto row = [&out](const QString &name, const Figures &figures, const QString &target) {
        out << QStringLiteral("%1 %2 %3 %4\n")
                   .arg(name, -34)
                   .arg(QStringLiteral("%1 ms").arg(figures.median, 0, 'f', 2), 10)
                   .arg(QStringLiteral("%1 ms").arg(figures.p95, 0, 'f', 2), 10)
                   .arg(target, 10);
    };
    row(QStringLiteral("zoom step (layout + repaint)"), zoom, QStringLiteral("< 16 ms"));
    row(QStringLiteral("pan step (scroll + repaint)"), pan, QStringLiteral("< 16 ms"));
    row(QStringLiteral("switch lanes (rebuild + repaint)"), lanes, QString());
    row(QStringLiteral("load entries + first paint"), { loadMs, loadMs }, QString());
    out.flush();
    return zoom.median < 16 && pan.median < 16 ? 0 : 1;
}
