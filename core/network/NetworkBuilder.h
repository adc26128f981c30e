// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "NetworkGraph.h"

#include "chronology/ChronologyFilter.h"
#include "common/Result.h"

#include <QDateTime>

namespace annalist {

class Project;
struct ChronologyEntry;
struct Entity;

// What the link chart shows.
struct NetworkOptions
{
    // The chronology's filter: only the events it lets through make links. Role links
    // follow its entity and time range; criteria only events have (source, lane,
    // credibility, words, conflicts) leave roles out.
    ChronologyFilter filter;
    // Events as nodes of their own, linked to their participants and place, instead of
    // links between the participants.
    bool eventNodes = false;
    // Entities named in one sentence of a source (confirmed mentions), a weaker link.
    bool coMentions = false;
    bool roles = true;
    // The network as it stood at this moment: only events that had certainly begun by
    // then (undated ones left out), roles that had begun, sources published by then.
    // Invalid: everything.
    QDateTime asOf;
    // Entities linked to nothing shown too.
    bool isolatedEntities = false;
};

// Makes the link chart of a project: entities as nodes; links from events (participant
// and participant, participant and place with the participant's role), from roles (a
// person and the organisation of a title held, when the organisation is an entity of
// the project by name or alias) and, when asked, from co-mentions in one sentence.
// Each link carries its events, passages, sources, stance and time span.
class NetworkBuilder final
{
public:
    explicit NetworkBuilder(Project &project);

    Result<NetworkGraph> build(const NetworkOptions &options);
    // From a chronology already loaded (ChronologyLoader::load), for views that hold one.
    Result<NetworkGraph> build(const QList<ChronologyEntry> &chronology, const NetworkOptions &options);

private:
    Project &m_project;
};

} // namespace annalist
