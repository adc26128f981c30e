// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectAnalyzer.h"

#include "common/WorkerThread.h"

#include <QList>
#include <QObject>

namespace annalist {

class Project;

// Runs a ProjectAnalyzer on a thread of its own through a second connection to the
// project, with progress and Cancel; sources finished before a cancel keep their
// proposals.
class BackgroundAnalysis final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundAnalysis)

public:
    explicit BackgroundAnalysis(const Project &project, QObject *parent = nullptr);
    // Cancels a running analysis and waits for it.
    ~BackgroundAnalysis() override;

    // Returns false if an analysis is already running.
    bool start(const QList<qint64> &sourceIds, bool force);
    // Whether the analysis learns from the analyst's decisions (ProjectAnalyzer::setLearning).
    void setLearning(bool on) { m_learning = on; }
    void cancel();
    bool isRunning() const;
    bool wait();

signals:
    void progressed(int done, int total);
    // error is empty on success.
    void finished(const annalist::AnalysisSummary &summary, const QString &error);

private:
    const Project &m_project;
    WorkerThread m_worker;
    bool m_learning = true;
};

} // namespace annalist
