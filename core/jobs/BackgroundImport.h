// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ingest/ImportOutcome.h"
#include "ingest/SourceImporter.h"

#include "WorkerThread.h"

#include <QObject>
#include <QStringList>

namespace annalist {

class Project;

// Runs a SourceImporter on a thread of its own, through a second connection to the
// project, so that the window stays responsive during a long import. Signals arrive
// in the thread that owns this object; cancelling keeps every finished batch.
class BackgroundImport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BackgroundImport)

public:
    explicit BackgroundImport(const Project &project, QObject *parent = nullptr);
    // Cancels a running import and waits for it.
    ~BackgroundImport() override;

    // Returns false if an import is already running.
    bool start(const QStringList &paths, const SourceImporter::Options &options = {});
    void cancel();
    bool isRunning() const;
    // Whether new sources are analysed after the import (on by default).
    void setAnalyzeImported(bool analyze) { m_analyze = analyze; }
    // Waits until the running import is finished, at most timeoutMs (-1: forever).
    bool wait(int timeoutMs = -1);

signals:
    void progressed(int done, int total);
    void batchImported(const QList<annalist::ImportOutcome> &batch);
    void finished(const annalist::ImportReport &report);

private:
    const Project &m_project;
    WorkerThread m_worker;
    bool m_analyze = true;
};

} // namespace annalist
