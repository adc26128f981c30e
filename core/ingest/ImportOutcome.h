// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QStringList>

namespace annalist {

// What became of one file (or pasted text) in an import.
struct ImportOutcome
{
    enum class Kind { Imported, Duplicate, Failed, Skipped };

    QString path;
    Kind kind = Kind::Failed;
    qint64 sourceId = 0; // the new source, or the existing one for a duplicate
    QString title;
    QString message; // why it failed or was skipped
    QStringList warnings;
};

struct ImportReport
{
    QList<ImportOutcome> outcomes;
    bool cancelled = false;
    // Set when the project itself could not be written; the import stopped there.
    QString storageError;

    int count(ImportOutcome::Kind kind) const;
    // The ids of the sources this import added, in order.
    QList<qint64> importedIds() const;
};

} // namespace annalist
