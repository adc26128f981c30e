// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ImportedChronology.h"
#include "export/ExportError.h"
#include "export/ExportOptions.h"

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

namespace annalist {

class Project;

// What an import of a chronology did.
struct ChronologyImportReport
{
    int events = 0;
    int passages = 0;
    int entitiesCreated = 0;
    // Passages that could not be anchored, and rows read only in part, by row:
    // "chronology.csv:12: “…” is not in “Audit finds payments”".
    QStringList problems;
    // What the import made, for taking it back: the events in file order, and the
    // entities that did not exist before.
    QList<qint64> eventIds;
    QList<qint64> createdEntityIds;
};

// Brings a chronology kept elsewhere into a project: a CSV table with the columns of
// the CSV export, or TimelineJS3 JSON. Events come in with their times, places,
// participants (found by name or alias, or made), annotations and passages; each quote
// is anchored to its exact passage in the source it names (by title or id; in any
// source when it names none), whatever the white space and quote marks of the copy.
// One transaction: a failure or a cancel adds nothing.
class ChronologyImporter final
{
public:
    explicit ChronologyImporter(Project &project);

    // Reads a chronology file without touching the project: CSV for .csv files, JSON
    // for .json; other names by their first character.
    static Result<ImportedChronology, ExportError> readFile(const QString &path);

    // readFile() and importChronology().
    Result<ChronologyImportReport, ExportError> importFile(const QString &path, const ExportProgress &progress = {});
    Result<ChronologyImportReport, ExportError> importChronology(const ImportedChronology &chronology,
                                                                 const QString &fileName,
                                                                 const ExportProgress &progress = {});

private:
    struct SourceText
    {
        qint64 id = 0;
        QString title;
    };
    Result<qint64> entityId(const ParticipantNotation::Name &name, const QString &usualType,
                            ChronologyImportReport &report);
    Result<QString> body(qint64 sourceId);
    // The source a passage names, and where its quote stands in it; an explanation
    // for the report when it cannot be found.
    Result<std::tuple<qint64, int, int>, QString> anchor(const ImportedPassage &passage);

    Project &m_project;
    QList<SourceText> m_sources;
    QHash<qint64, QString> m_bodies;
    QHash<QString, qint64> m_entities;
};

} // namespace annalist
