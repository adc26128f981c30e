// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "storage/EventSnapshot.h"

#include "import/ChronologyImporter.h"
#include "model/Entity.h"

#include <QList>

namespace annalist {

// Brings a chronology read from a file (ChronologyImporter::readFile) into the project
// as one step: its events with their passages and annotations, and the entities they
// name that were not there. Undo removes exactly those; redo puts them back under the
// same ids. Entity types the file introduced stay, unused, after an undo.
class ImportChronologyCommand final : public ProjectCommand
{
public:
    ImportChronologyCommand(Project &project, ProjectSignals &projectSignals, const ImportedChronology &chronology,
                            const QString &fileName, QUndoCommand *parent = nullptr);

    // What the first redo did (problems by row included).
    ChronologyImportReport report() const { return m_report; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    Status record();

    ImportedChronology m_chronology;
    QString m_fileName;
    ChronologyImportReport m_report;
    bool m_applied = false;
    // As the first redo wrote them, for writing them again under their ids.
    QList<Entity> m_entities;
    QList<EventSnapshot> m_events;
};

} // namespace annalist
