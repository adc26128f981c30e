// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/ExportError.h"
#include "export/ExportOptions.h"

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace annalist {

class Project;

struct BratImportReport
{
    int documents = 0;
    int sourcesCreated = 0;
    int mentionsAdded = 0;
    int mentionsConfirmed = 0; // candidates the file confirms
    int mentionsAlreadyThere = 0;
    int entitiesCreated = 0;
    // Documents that could not be read, as "NAME.ann:LINE: reason".
    QStringList problems;
};

// Reads a folder of brat standoff documents (NAME.txt with NAME.ann) into a project as
// confirmed mentions: each document's text is found among the project's sources (the
// same text), or becomes a new source; each text-bound annotation becomes a mention of
// the entity its annotator's note names (or of its own text), of the annotation's type,
// found by name or alias or made. Offsets are read as code points, as brat writes them.
// What is already there is left as it is, so a folder exported by BratExporter and
// read back changes nothing, and read into another project and exported again gives
// the same files. One transaction.
class BratImporter final
{
public:
    explicit BratImporter(Project &project);

    Result<BratImportReport, ExportError> importFolder(const QString &folder, const ExportProgress &progress = {});

private:
    Project &m_project;
};

} // namespace annalist
