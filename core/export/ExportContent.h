// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chronology/ChronologyEntry.h"
#include "model/Source.h"
#include "model/TimeValue.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace annalist {

class ReportLinkChart;

// A source the exported entries quote, with what the source appendix lists of it.
struct CitedSource
{
    qint64 id = 0;
    QString title;
    QString outlet;
    QString author;
    QString url;
    QString language;
    QString originalName;
    QString mediaType;
    TimeValue published;
    // When the publication time is unknown: the window the titles it gives people date
    // it to (SourceDating), and why; unknown when nothing dates it.
    TimeValue inferredWindow;
    QStringList inferredBecause;
    ReliabilityGrade grade = ReliabilityGrade::Unrated;
    QByteArray sha256;
    QDateTime importedAt;
    // How many of the exported passages quote it.
    int citations = 0;
};

// A person, organisation, place or other entity the exported entries name.
struct ExportEntity
{
    qint64 id = 0;
    QString name;
    QString typeName;
};

// What an export writes: the entries the filter lets through, in chronology order,
// the sources they quote (in order of first citation) and the names they use.
// Loaded once (ExportContentLoader) and handed to any writer.
struct ExportContent
{
    QString projectName;
    QList<ChronologyEntry> entries;
    // Events in the project, before the filter.
    int totalEvents = 0;
    QList<CitedSource> sources;
    QHash<qint64, ExportEntity> entities;
    // The link chart figure, when the report asks for it.
    std::shared_ptr<const ReportLinkChart> linkChart;

    int citationCount() const;
    const CitedSource *source(qint64 id) const;
    // The entity's name, or empty when it is unknown.
    QString entityName(qint64 id) const;
    QString entityType(qint64 id) const;
};

} // namespace annalist
