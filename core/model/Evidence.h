// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimeValue.h"

#include <QString>

namespace annalist {

// A passage of a source quoted for or against an event.
struct Evidence
{
    enum class Stance { Supports, Contradicts, Mentions };

    qint64 id = 0;
    qint64 eventId = 0;
    qint64 sourceId = 0;
    int start = 0;
    int end = 0;
    QString quote;
    Stance stance = Stance::Supports;
    // When the source reported the event, if that differs from its publication time.
    TimeValue reported;
    QString note;
    // Who last decided on the passage (added it, its stance or note) and when
    // (milliseconds since the epoch, UTC); stamped by the database.
    QString changedBy;
    qint64 changedAt = 0;
};

} // namespace annalist
