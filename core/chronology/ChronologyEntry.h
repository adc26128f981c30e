// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Event.h"
#include "model/Evidence.h"
#include "model/Source.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

namespace annalist {

// One quoted passage of an entry, with what the chronology shows of its source and
// what the passage itself claims about the event (read from the mentions not rejected
// and time expressions inside the quote).
struct EvidenceItem
{
    Evidence evidence;
    QString sourceTitle;
    QString outlet;
    ReliabilityGrade grade = ReliabilityGrade::Unrated;
    // The source's publication time (or the window accepted for it).
    TimeValue sourcePublished;
    // When the source reported the event: evidence.reported when set, else
    // sourcePublished.
    TimeValue reportedAt;
    // The time the passage gives for the event: the union of the resolved time
    // expressions inside the quote; unknown when it gives none.
    TimeValue claimedTime;
    // Places and people the passage names (mentions inside the quote that the analyst
    // has not rejected), each once, in text order; the names are the entities'
    // canonical names, index by index.
    QList<qint64> claimedPlaces;
    QList<qint64> claimedPeople;
    QStringList claimedPlaceNames;
    QStringList claimedPeopleNames;
};

// Two passages about one event that cannot both be right.
struct Conflict
{
    enum class Kind { Time, Place, Participants, Contradiction };

    Kind kind = Kind::Time;
    qint64 firstEvidenceId = 0;
    qint64 secondEvidenceId = 0;
    // Plain words: "The Herald puts it in Sep 2024, Wire Service in 2025".
    QString description;
};

// An event as the chronology shows it: the event, the names it refers to, its evidence,
// and what follows from them.
struct ChronologyEntry
{
    Event event;
    QString placeName;
    // Participant names in the event's order, with their role where one is given
    // ("Marco Rubio (host)").
    QStringList participantNames;
    QList<EvidenceItem> evidence;
    // Independent sources that support the event: passages with stance Supports, the
    // same outlet counted once (a source without outlet counts by itself).
    int independentSources = 0;
    QList<Conflict> conflicts;
    // The analyst's comment and highlight on this entry (the latest annotation).
    qint64 annotationId = 0;
    QString comment;
    QColor highlight;
    // Its time overlaps a neighbour's in the ordered chronology, so the two have no
    // certain order.
    bool orderUncertain = false;

    bool hasConflict() const { return !conflicts.isEmpty(); }
};

} // namespace annalist
