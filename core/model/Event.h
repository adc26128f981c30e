// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimeValue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace annalist {

struct EventParticipant
{
    qint64 entityId = 0;
    QString role;

    friend bool operator==(const EventParticipant &, const EventParticipant &) = default;
};

struct Event
{
    qint64 id = 0;
    QString title;
    QString kind;
    TimeValue time;
    qint64 placeEntityId = 0;
    QList<EventParticipant> participants;
    QString description;
    QString assessment;
    // 1 (confirmed) … 6 (cannot be judged), as on the admiralty scale; 0 when not set.
    int credibility = 0;
    QString lane;
    QStringList tags;
    // Who last changed its fields and when (milliseconds since the epoch); recorded by
    // the database, ignored when an event is written.
    QString changedBy;
    qint64 changedAt = 0;
};

} // namespace annalist
