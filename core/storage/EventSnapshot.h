// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/ChronologyAnnotation.h"
#include "model/Event.h"
#include "model/Evidence.h"
#include "model/Note.h"

#include <QList>

namespace annalist {

class Project;

// An event as stored, with everything removed along with it: its evidence, chronology
// annotations and notes. Read before a removal, it writes all of them back under their
// old ids, so that later edits that refer to them still hold.
struct EventSnapshot
{
    Event event;
    QList<Evidence> evidence;
    QList<ChronologyAnnotation> annotations;
    QList<Note> notes;

    static Result<EventSnapshot> read(Project &project, qint64 eventId);
    Status restore(Project &project) const;
};

} // namespace annalist
