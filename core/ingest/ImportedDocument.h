// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/TimeValue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace annalist {

// What an importer makes of one file: readable text and whatever metadata it found.
// Fields the file does not state stay empty; `published` stays unknown unless the file
// itself states when it was published.
struct ImportedDocument
{
    QString title;
    QString outlet;
    QString author;
    QString url;
    QString language;
    TimeValue published;
    QString body;
    // Character offsets in body where each page starts (PDF only).
    QList<int> pageOffsets;
    QString mediaType;
    // Things the analyst should know, e.g. "not valid UTF-8; read as Windows-1252".
    QStringList warnings;
};

} // namespace annalist
