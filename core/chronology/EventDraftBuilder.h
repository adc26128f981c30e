// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "model/Event.h"
#include "model/Evidence.h"

namespace annalist {

class Project;

// What a selection in a source proposes: an event to create and the passage that
// supports it, for the analyst to correct before CreateEventCommand stores them.
struct EventDraft
{
    Event event;
    Evidence evidence;
};

// Proposes an event from a passage an analyst selected: its title is the sentence the
// selection is in (or the sentences it spans), shortened at a word; its participants
// the people and organisations mentioned there (confirmed or candidate, each entity
// once, in text order); its place the first place named after a preposition such as
// "in" or "to", else the first place mentioned; its time the resolved value of the
// first date or time expression there that the source's publication time resolves.
// The evidence quotes the selection, or the sentence when nothing is selected, and
// supports the event. Nothing is written to the project.
class EventDraftBuilder final
{
public:
    static constexpr int maxTitleLength = 120;

    explicit EventDraftBuilder(Project &project);

    // [start, end) of the source's body; start == end is a caret. An unknown source
    // fails with Code::NotFound, a span outside the text or one without words with
    // Code::Constraint.
    Result<EventDraft> propose(qint64 sourceId, int start, int end) const;

private:
    Project &m_project;
};

} // namespace annalist
