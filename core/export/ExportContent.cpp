// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ExportContent.h"

namespace annalist {

int ExportContent::citationCount() const
{
    int count = 0;
    for (const ChronologyEntry &entry : entries)
        count += static_cast<int>(entry.evidence.size());
    return count;
}

const CitedSource *ExportContent::source(qint64 id) const
{
    for (const CitedSource &cited : sources) {
        if (cited.id == id)
            return &cited;
    }
    return nullptr;
}

QString ExportContent::entityName(qint64 id) const
{
    const auto it = entities.constFind(id);
    return it == entities.cend() ? QString() : it->name;
}

QString ExportContent::entityType(qint64 id) const
{
    const auto it = entities.constFind(id);
    return it == entities.cend() ? QString() : it->typeName;
}

} // namespace annalist
