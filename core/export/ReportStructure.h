// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QString>

namespace annalist {

struct ChronologyEntry;
struct EvidenceItem;
struct ExportContent;

// What every report format arranges alike: the chronology's groups (years), an
// entry's passages grouped by stance, and for the formats without pages (HTML,
// Markdown, ODT) the index of the entities each entry names (place, participants and
// the names its passages give) with the entries' numbers.
class ReportStructure final
{
public:
    struct Group
    {
        QString title; // "2024" (an open start: the year it ends), "Undated"
        int firstEntry = 0;
    };
    // By year, in the order of the chronology: times open at the start come first,
    // undated ones last.
    static QList<Group> groups(const QList<ChronologyEntry> &entries);

    struct IndexLine
    {
        qint64 id = 0;
        QString name;
        QString typeName;
        QList<int> entries; // 1-based entry numbers, ascending
    };
    // Alphabetical, ignoring case.
    static QList<IndexLine> index(const ExportContent &content);
    // The ids of the entities an entry names, each once.
    static QList<qint64> namedBy(const ChronologyEntry &entry);

    // A source named once in the text with the marks of all its passages.
    struct Citation
    {
        QString name;
        QList<const EvidenceItem *> items;
    };
    struct StanceGroup
    {
        QString lead; // "Supported by", "mentioned by", "contradicted by"
        QList<Citation> citations;
    };
    // Supports, mentions, contradicts; empty groups left out; within a group, the
    // passages of one source together.
    static QList<StanceGroup> byStance(const ChronologyEntry &entry);
    // The name a passage is cited by in the text: the outlet, else the source's title,
    // shortened to some fifty characters.
    static QString citedName(const EvidenceItem &item);
};

} // namespace annalist
