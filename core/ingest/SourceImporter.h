// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "DocumentImporter.h"
#include "ImportOutcome.h"

#include <QStringList>

#include <functional>

namespace annalist {

class Project;
struct Source;

// Imports files, folders and pasted text into a project: reads each file, picks the
// importer by content, skips content already in the project, and writes the sources
// in batches so that a large import is fast and a killed one keeps every batch it
// finished. Both the GUI and annalist-cli import through this class.
class SourceImporter final
{
public:
    struct Options
    {
        qint64 maxFileBytes = qint64(50) * 1024 * 1024;
        // A batch is committed when it holds this many sources or is this old.
        int batchSize = 500;
        int batchMilliseconds = 250;
    };

    // Called with the outcomes of each committed batch, and the number of files done of
    // the total; returning false cancels the rest of the import.
    using Progress = std::function<bool(const QList<ImportOutcome> &batch, int done, int total)>;

    explicit SourceImporter(Project &project);
    SourceImporter(Project &project, Options options);

    ImportReport importPaths(const QStringList &paths, const Progress &progress = {});
    ImportOutcome importText(const QString &text, const QString &title = {});

    // Files named directly are taken whatever their name; folders are searched
    // recursively for importable files (hidden ones left out), in name order.
    static QStringList collectFiles(const QStringList &paths, QList<ImportOutcome> *problems);

    // Reads and converts one file without touching the project.
    Result<Source, ImportError> readFile(const QString &path) const;
    static Result<Source, ImportError> sourceFrom(const QByteArray &bytes, const QString &fileName);

private:
    Project &m_project;
    Options m_options;
};

} // namespace annalist
