// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Evidence.h"
#include "model/Source.h"
#include "model/TimeValue.h"

#include <QHash>
#include <QList>
#include <QString>

namespace annalist {

// An entity or, on demand, an event of the link chart.
struct NetworkNode
{
    enum class Kind { Entity, Event };

    Kind kind = Kind::Entity;
    // The entity's or the event's id.
    qint64 id = 0;
    QString label;
    // The entity's type name ("Person", "Organisation" …); "Event" for an event.
    QString typeName;
    // Sources that mention the entity (confirmed or candidate) or that are quoted for the event.
    int sources = 0;

    // "e12" for entity 12, "v7" for event 7: the name positions are kept under.
    QString key() const { return keyOf(kind, id); }
    static QString keyOf(Kind kind, qint64 id)
    {
        return (kind == Kind::Entity ? QStringLiteral("e") : QStringLiteral("v")) + QString::number(id);
    }
};

// One passage behind a link.
struct LinkPassage
{
    qint64 eventId = 0;
    qint64 evidenceId = 0;
    qint64 sourceId = 0;
    QString sourceTitle;
    QString quote;
    Evidence::Stance stance = Evidence::Stance::Supports;
    ReliabilityGrade grade = ReliabilityGrade::Unrated;
    int start = 0;
    int end = 0;
};

// What connects two nodes, with everything behind it.
struct NetworkLink
{
    enum class Kind {
        Event, // two participants of one event
        Place, // a participant and the event's place
        Role, // a person and the organisation of a title held
        CoMention, // named in one sentence
        Participation, // an entity and an event node (events shown as nodes)
    };

    Kind kind = Kind::Event;
    // Indexes into NetworkGraph::nodes; from < to for undirected kinds.
    int from = -1;
    int to = -1;
    // Participant roles, the held titles, or the event titles, each once.
    QStringList labels;
    QList<qint64> eventIds;
    QList<LinkPassage> passages;
    QList<qint64> sourceIds;
    // From the earliest to the latest time of what stands behind it; unknown when none is dated.
    TimeValue span;
    // A passage contradicts it or its events have conflicting passages.
    bool contradicted = false;
    // Only weak evidence: the events are judged improbable or worse (credibility 4..6),
    // or no passage supports it.
    bool uncertain = false;

    // Sources behind it, at least 1: what the width of its line shows.
    int strength() const;
};

struct NetworkGraph
{
    QList<NetworkNode> nodes;
    QList<NetworkLink> links;

    // The node's index, -1 when absent.
    int indexOf(NetworkNode::Kind kind, qint64 id) const;
    int indexOf(const QString &key) const;
    // The links touching node `index`.
    QList<int> linksOf(int index) const;
    // Rebuilds the key index after nodes changed.
    void index();

private:
    QHash<QString, int> m_byKey;
};

QString linkKindName(NetworkLink::Kind kind);

} // namespace annalist
