// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "export/ParticipantNotation.h"

#include "model/Evidence.h"
#include "model/TimeValue.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace annalist {

// A passage read from a chronology file, still to be found in its source.
struct ImportedPassage
{
    int row = 0; // where the file gives it (CSV line, or event number in JSON)
    QString source; // the source's title, or its id as "12" or "#12"; empty for any
    QString quote;
    Evidence::Stance stance = Evidence::Stance::Supports;
    TimeValue reported;
    QString note;
};

// An event read from a chronology file (ChronologyCsvReader, TimelineJsonReader), with
// names rather than ids: ChronologyImporter finds or makes the entities and sources.
struct ImportedEvent
{
    int row = 0;
    QString title;
    QString kind;
    TimeValue time;
    QString lane;
    QStringList tags;
    ParticipantNotation::Name place; // name empty for none; type Place unless given
    QList<ParticipantNotation::Name> participants; // type Person unless given
    int credibility = 0;
    QString description;
    QString assessment;
    QString comment;
    QColor highlight;
    QList<ImportedPassage> passages;
};

// What a reader made of a file: the events, or the first error that stops it, by row.
struct ImportedChronology
{
    QList<ImportedEvent> events;
    // Rows the reader could read only in part ("line 7: credibility '9' is not 1–6").
    QStringList warnings;
};

} // namespace annalist
