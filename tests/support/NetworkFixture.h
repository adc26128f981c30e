// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// A small case for the link chart, in a real project file: three people, a place and an
// organisation; two sources, one contradicting a meeting the other reports; a role held
// at the organisation (named by its alias); an undated event. Header only.

#include "ProjectFixture.h"

#include "model/Evidence.h"
#include "network/NetworkGraph.h"
#include "storage/EvidenceRepository.h"

#include <QTimeZone>

namespace annalist::test {

class NetworkFixture : public ProjectFixture
{
public:
    qint64 ana = 0, bo = 0, cy = 0, lima = 0, acme = 0;
    qint64 herald = 0, wire = 0;
    qint64 meeting = 0, talk = 0, visit = 0;

    static QDateTime at(int year, int month, int day)
    {
        return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc());
    }

    bool fill()
    {
        if (!create())
            return false;
        EntityRole director;
        director.title = QStringLiteral("Director");
        director.organisation = QStringLiteral("acme corp");
        director.from = TimeValue::day(QDate(2023, 1, 1));
        director.to = TimeValue::day(QDate(2024, 12, 31));
        ana = addEntity(QStringLiteral("Ana Ruiz"), QStringLiteral("Person"), {}, { director });
        bo = addEntity(QStringLiteral("Bo Lind"));
        cy = addEntity(QStringLiteral("Cy Moss"));
        lima = addEntity(QStringLiteral("Lima"), QStringLiteral("Place"));
        acme = addEntity(QStringLiteral("Acme"), QStringLiteral("Organisation"), { QStringLiteral("Acme Corp") });

        herald = addSource(QStringLiteral("Herald"),
                           QStringLiteral("Ana Ruiz met Bo Lind in Lima. Ana Ruiz joined Acme last year."));
        wire = addSource(QStringLiteral("Wire"),
                         QStringLiteral("Bo Lind denied meeting Ana Ruiz. Cy Moss and Bo Lind spoke in May."));
        if (!project().sources().setPublished(herald, TimeValue::day(QDate(2024, 3, 1)))
            || !project().sources().setPublished(wire, TimeValue::day(QDate(2024, 6, 1)))
            || !project().sources().setReliability(herald, ReliabilityGrade::B))
            return false;

        addMentionOf(ana, herald, QStringLiteral("Ana Ruiz"));
        addMentionOf(bo, herald, QStringLiteral("Bo Lind"));
        addMentionOf(lima, herald, QStringLiteral("Lima"));
        addMention(ana, herald, 30, 38);
        addMentionOf(acme, herald, QStringLiteral("Acme"));
        addMentionOf(bo, wire, QStringLiteral("Bo Lind"));
        addMentionOf(ana, wire, QStringLiteral("Ana Ruiz"));
        addMentionOf(cy, wire, QStringLiteral("Cy Moss"));
        addMention(bo, wire, 45, 52);

        meeting = addFullEvent(QStringLiteral("Ana meets Bo"), TimeValue::day(QDate(2024, 2, 20)),
                               { { ana, QStringLiteral("host") }, { bo, QStringLiteral("guest") } }, lima, 2,
                               QStringLiteral("Diplomacy"));
        talk = addFullEvent(QStringLiteral("Cy and Bo speak"), TimeValue::day(QDate(2024, 5, 15)),
                            { { cy, {} }, { bo, {} } }, 0, 5, QStringLiteral("Trade"));
        visit = addFullEvent(QStringLiteral("Ana visits Lima"), TimeValue(), { { ana, {} } }, lima, 0, {});

        return addPassage(meeting, herald, QStringLiteral("Ana Ruiz met Bo Lind in Lima."), Evidence::Stance::Supports)
            && addPassage(meeting, wire, QStringLiteral("Bo Lind denied meeting Ana Ruiz."),
                          Evidence::Stance::Contradicts)
            && addPassage(talk, wire, QStringLiteral("Cy Moss and Bo Lind spoke in May."), Evidence::Stance::Supports)
            && addPassage(visit, herald, QStringLiteral("Ana Ruiz met Bo Lind in Lima."), Evidence::Stance::Mentions);
    }

    qint64 addFullEvent(const QString &title, const TimeValue &time, const QList<EventParticipant> &participants,
                        qint64 place, int credibility, const QString &lane)
    {
        Event event;
        event.title = title;
        event.time = time;
        event.participants = participants;
        event.placeEntityId = place;
        event.credibility = credibility;
        event.lane = lane;
        const Result<qint64> id = project().events().add(event);
        return id ? *id : 0;
    }

    bool addPassage(qint64 event, qint64 source, const QString &quote, Evidence::Stance stance)
    {
        const Result<QString> body = project().sources().body(source);
        Evidence evidence;
        evidence.eventId = event;
        evidence.sourceId = source;
        evidence.start = body ? static_cast<int>(body->indexOf(quote)) : -1;
        evidence.end = evidence.start + static_cast<int>(quote.size());
        evidence.quote = quote;
        evidence.stance = stance;
        return evidence.start >= 0 && project().evidence().add(evidence);
    }

    // "kind:First+Second" with the names in alphabetical order, "!" when contradicted,
    // "?" when uncertain: a link as the tests compare it.
    static QString describe(const NetworkGraph &graph, const NetworkLink &link)
    {
        QStringList names { graph.nodes.at(link.from).label, graph.nodes.at(link.to).label };
        names.sort();
        return linkKindName(link.kind) + u':' + names.join(u'+') + (link.contradicted ? QStringLiteral("!") : QString())
            + (link.uncertain ? QStringLiteral("?") : QString());
    }

    static QStringList describe(const NetworkGraph &graph)
    {
        QStringList links;
        for (const NetworkLink &link : graph.links)
            links << describe(graph, link);
        links.sort();
        return links;
    }
};

} // namespace annalist::test
