// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ExportError.h"
#include "ExportOptions.h"

#include "common/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace annalist {

class Project;

// The project's annotations in brat standoff format, as files for one folder: per
// source NAME.txt (its text, UTF-8) and NAME.ann with a text-bound annotation
// ("T3<TAB>Person 120 131<TAB>Marco Rubio") for every confirmed mention and an
// annotator's note naming the entity it stands for ("#3<TAB>AnnotatorNotes T3<TAB>
// Marco Rubio"), and an annotation.conf declaring the types, so that brat opens the
// folder as it is. Offsets count code points, as brat does. BratImporter reads it back.
class BratExporter final
{
public:
    explicit BratExporter(Project &project);

    // Every source, or with a filter the sources the entries it lets through quote.
    Result<QList<std::pair<QString, QByteArray>>, ExportError> files(const ChronologyFilter &filter = {},
                                                                     const ExportProgress &progress = {});

    // The .ann text for one source's text and mentions (type name and entity name per span).
    struct Span
    {
        int start = 0; // UTF-16 offsets into the text
        int end = 0;
        QString typeName;
        QString entityName;
    };
    static QString annotations(const QString &text, QList<Span> spans);

private:
    Project &m_project;
};

} // namespace annalist
