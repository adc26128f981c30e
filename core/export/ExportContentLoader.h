// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ExportContent.h"

#include "common/Result.h"

namespace annalist {

class Project;
struct ChronologyFilter;

// Reads what an export needs from a project: the chronology (ChronologyLoader) through
// the filter, the sources it quotes with their metadata, file hashes and, for undated
// ones, the window their titles date them to, and the names of the entities.
class ExportContentLoader final
{
public:
    explicit ExportContentLoader(Project &project);

    Result<ExportContent> load(const ChronologyFilter &filter);

private:
    Project &m_project;
};

} // namespace annalist
