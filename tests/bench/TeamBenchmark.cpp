// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TeamBenchmark.h"

#include "model/Note.h"
#include "storage/ChangeNotifications.h"
#include "storage/NoteRepository.h"
#include "storage/Project.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QList>
#include <QMutex>
#include <QTextStream>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <memory>

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

struct Shared
{
    QMutex mutex;
    QElapsedTimer clock;
    QList<double> writeMs;
    QList<qint64> unheardCommitsNs; // commits no notice has been heard for yet
    QStringList errors;
    std::atomic<int> writes { 0 };
};

} // namespace

TeamBenchmark::TeamBenchmark(QTextStream &out, QTextStream &err)
    : m_out(out)
    , m_err(err)
{ }

bool TeamBenchmark::run(const QString &serverUri, int analysts, int seconds, int intervalMs)
{
    auto listener = Project::open(serverUri);
    if (!listener) {
        auto created = Project::create(serverUri);
        if (!created) {
            m_err << "annalist-cli: " << listener.error().message << "\n";
            return false;
        }
        listener = std::move(created);
    }
    if (!(*listener)->isOnServer()) {
        m_err << "annalist-cli: bench team needs a project on a PostgreSQL server (--server URI)\n";
        return false;
    }
    Shared shared;
    shared.clock.start();
    QList<double> noticeMs;
    ChangeNotifications notifications((*listener)->database());
    QObject::connect(&notifications, &ChangeNotifications::changed, [&shared, &noticeMs](const QString &table) {
        if (table != QLatin1StringView("notes"))
            return;
        const qint64 now = shared.clock.nsecsElapsed();
        QMutexLocker locker(&shared.mutex);
        for (qint64 committed : std::as_const(shared.unheardCommitsNs))
            noticeMs.append(double(now - committed) / 1e6);
        shared.unheardCommitsNs.clear();
    });

    m_out << "Team benchmark: " << analysts << " analysts, an annotation every " << intervalMs << " ms each, for "
          << seconds << " s on " << (*listener)->path() << "\n";
    m_out.flush();
    const QDeadlineTimer deadline { std::chrono::seconds(seconds) };
    QList<QThread *> threads;
    for (int analyst = 0; analyst < analysts; ++analyst) {
        threads.append(QThread::create([&shared, &serverUri, analyst, intervalMs, deadline] {
            auto project = Project::open(serverUri);
            if (!project) {
                QMutexLocker locker(&shared.mutex);
                shared.errors.append(project.error().message);
                return;
            }
            // Analysts do not all start on the same tick.
            QThread::msleep(static_cast<unsigned long>(intervalMs * analyst / std::max(1, 5)));
            int number = 0;
            while (!deadline.hasExpired()) {
                Note note;
                note.subject = Note::Subject::Project;
                note.body = QStringLiteral("Analyst %1, annotation %2").arg(analyst).arg(++number);
                const qint64 started = shared.clock.nsecsElapsed();
                const Result<qint64> added = (*project)->notes().add(note);
                const qint64 finished = shared.clock.nsecsElapsed();
                {
                    QMutexLocker locker(&shared.mutex);
                    if (added) {
                        shared.writeMs.append(double(finished - started) / 1e6);
                        shared.unheardCommitsNs.append(finished);
                    } else {
                        shared.errors.append(added.error().message);
                    }
                }
                ++shared.writes;
                const qint64 elapsedMs = (shared.clock.nsecsElapsed() - started) / 1000000;
                if (elapsedMs < intervalMs)
                    QThread::msleep(static_cast<unsigned long>(intervalMs - elapsedMs));
            }
        }));
        threads.last()->start();
    }
    QEventLoop loop;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&threads, &loop] {
        if (std::all_of(threads.cbegin(), threads.cend(), [](QThread *thread) { return thread->isFinished(); }))
            loop.quit();
    });
    poll.start(50);
    loop.exec();
    // The last notices arrive after the last commits.
    QTimer::singleShot(1000, &loop, &QEventLoop::quit);
    loop.exec();
    qDeleteAll(threads);

    const auto ms = [](double value) -> QString {
        return QString::number(value, 'f', 2) + QStringLiteral(" ms");
    };
    m_out << "\n| Measure | Value |\n|---|---|\n";
    m_out << "| Annotations written | " << shared.writeMs.size() << " |\n";
    m_out << "| Errors | " << shared.errors.size() << " |\n";
    m_out << "| Write latency p50 | " << ms(percentile(shared.writeMs, 0.5)) << " |\n";
    m_out << "| Write latency p95 | " << ms(percentile(shared.writeMs, 0.95)) << " |\n";
    m_out << "| Time until another connection is notified, p50 | " << ms(percentile(noticeMs, 0.5)) << " |\n";
    m_out << "| Time until another connection is notified, p95 | " << ms(percentile(noticeMs, 0.95)) << " |\n";
    m_out << "| Commits never announced | " << shared.unheardCommitsNs.size() << " |\n";
    for (const QString &error : std::as_const(shared.errors).mid(0, 5))
        m_err << "annalist-cli: " << error << "\n";
    m_out.flush();
    return shared.errors.isEmpty();
}

} // namespace annalist
