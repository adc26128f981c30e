// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "NetworkBuilder.h"

#include "chronology/ChronologyEntry.h"
#include "chronology/ChronologyLoader.h"
#include "chronology/ConflictDetector.h"
#include "model/Mention.h"
#include "storage/Project.h"
#include "storage/SqliteStatement.h"
#include "storage/TimeValueColumns.h"

#include <QHash>
#include <QSet>
#include <QTextBoundaryFinder>

#include <algorithm>
#include <tuple>

namespace annalist {

namespace {

// A node as one number: an entity by its id, an event by its id negated.
using Key = qint64;

Key entityKey(qint64 id)
{
    return id;
}

Key eventKey(qint64 id)
{
    return -id;
}

struct LinkId
{
    int kind = 0;
    Key from = 0;
    Key to = 0;
    friend bool operator==(const LinkId &, const LinkId &) = default;
};

size_t qHash(const LinkId &id, size_t seed = 0)
{
    return qHashMulti(seed, id.kind, id.from, id.to);
}

struct EntityFacts
{
    QString name;
    QString typeName;
    int sources = 0;
};

struct RoleFacts
{
    qint64 entityId = 0;
    QString title;
    QString organisation;
    TimeValue from;
    TimeValue to;
};

// The smallest span holding both; an open bound stays open.
TimeValue spanOf(const TimeValue &a, const TimeValue &b)
{
    if (!a.isKnown())
        return b;
    if (!b.isKnown())
        return a;
    const QDateTime earliest
        = a.earliest().isValid() && b.earliest().isValid() ? std::min(a.earliest(), b.earliest()) : QDateTime();
    const QDateTime latest
        = a.latest().isValid() && b.latest().isValid() ? std::max(a.latest(), b.latest()) : QDateTime();
    return TimeValue::between(earliest, latest, std::min(a.granularity(), b.granularity()));
}

bool beganBy(const TimeValue &time, const QDateTime &moment)
{
    return time.earliest().isValid() && time.earliest() <= moment;
}

// Criteria a role cannot meet (it has no source, lane, credibility, words or
// conflicts): when one is set, roles stay out.
bool excludesRoles(const ChronologyFilter &filter)
{
    ChronologyFilter rest = filter;
    rest.entityId = 0;
    rest.from = {};
    rest.to = {};
    return !rest.isEmpty();
}

// The same for a sentence naming two entities, which has a source.
bool excludesCoMentions(const ChronologyFilter &filter)
{
    ChronologyFilter rest = filter;
    rest.entityId = 0;
    rest.sourceId = 0;
    rest.from = {};
    rest.to = {};
    return !rest.isEmpty();
}

bool overlapsRange(const TimeValue &from, const TimeValue &to, const ChronologyFilter &filter)
{
    // The span runs from `from`'s earliest to `to`'s latest; open ends reach as far as time goes.
    if (filter.from.isValid() && to.latest().isValid() && to.latest() < filter.from)
        return false;
    if (filter.to.isValid() && from.earliest().isValid() && from.earliest() > filter.to)
        return false;
    return true;
}

class NetworkAssembly final
{
public:
    NetworkAssembly(Project &project, const NetworkOptions &options)
        : m_row(project.database())
        , m_options(options)
    { }

    Result<NetworkGraph> run(const QList<ChronologyEntry> &chronology)
    {
        if (Status done = readEntities(); !done)
            return done.error();
        for (const ChronologyEntry &entry : chronology) {
            if (accepts(entry))
                addEvent(entry);
        }
        if (m_options.roles) {
            if (Status done = addRoles(); !done)
                return done.error();
        }
        if (m_options.coMentions) {
            if (Status done = addCoMentions(); !done)
                return done.error();
        }
        return assemble();
    }

private:
    struct PendingLink
    {
        NetworkLink link;
        Key from;
        Key to;
    };

    bool accepts(const ChronologyEntry &entry) const
    {
        if (!m_options.filter.accepts(entry))
            return false;
        return !m_options.asOf.isValid() || beganBy(entry.event.time, m_options.asOf);
    }

    bool reportedBy(const EvidenceItem &item) const
    {
        return !m_options.asOf.isValid() || !item.reportedAt.earliest().isValid()
            || item.reportedAt.earliest() <= m_options.asOf;
    }

    Status readEntities()
    {
        const QString doing = QStringLiteral("read the entities of the link chart");
        if (!m_row.prepare(QStringLiteral("SELECT e.id, e.canonical_name, t.name FROM entities e"
                                          " JOIN entity_types t ON t.id = e.type_id")))
            return m_row.error(doing);
        while (m_row.next())
            m_entities.insert(m_row.integer(0), EntityFacts { m_row.text(1), m_row.text(2), 0 });
        if (m_row.failed())
            return m_row.error(doing);
        if (!m_row.prepare(QStringLiteral("SELECT entity_id, count(DISTINCT source_id) FROM mentions"
                                          " WHERE status <> %1 GROUP BY entity_id")
                               .arg(static_cast<int>(Mention::Status::Rejected))))
            return m_row.error(doing);
        while (m_row.next()) {
            if (const auto it = m_entities.find(m_row.integer(0)); it != m_entities.end())
                it->sources = static_cast<int>(m_row.integer(1));
        }
        if (m_row.failed())
            return m_row.error(doing);
        return ok();
    }

    PendingLink &linkBetween(NetworkLink::Kind kind, Key a, Key b)
    {
        if (b < a && kind != NetworkLink::Kind::Participation)
            std::swap(a, b);
        const LinkId id { static_cast<int>(kind), a, b };
        auto it = m_linkIndex.constFind(id);
        if (it == m_linkIndex.cend()) {
            PendingLink pending;
            pending.link.kind = kind;
            pending.from = a;
            pending.to = b;
            m_links.append(pending);
            it = m_linkIndex.insert(id, m_links.size() - 1);
        }
        return m_links[*it];
    }

    static void addLabel(NetworkLink &link, const QString &label)
    {
        if (!label.isEmpty() && !link.labels.contains(label))
            link.labels.append(label);
    }

    void addEventEvidence(NetworkLink &link, const ChronologyEntry &entry, const QList<LinkPassage> &passages,
                          const QList<qint64> &sources, bool contradicted, bool uncertain)
    {
        if (!link.eventIds.contains(entry.event.id)) {
            link.eventIds.append(entry.event.id);
            link.passages.append(passages);
            for (qint64 source : sources) {
                if (!link.sourceIds.contains(source))
                    link.sourceIds.append(source);
            }
            link.span = link.eventIds.size() == 1 ? entry.event.time : spanOf(link.span, entry.event.time);
            link.contradicted = link.contradicted || contradicted;
            // Uncertain only while everything behind it is.
            link.uncertain = link.eventIds.size() == 1 ? uncertain : link.uncertain && uncertain;
        }
    }

    void addEvent(const ChronologyEntry &entry)
    {
        const Event &event = entry.event;
        QList<LinkPassage> passages;
        QList<qint64> sources;
        QList<EvidenceItem> reported;
        bool supported = false;
        for (const EvidenceItem &item : entry.evidence) {
            if (!reportedBy(item))
                continue;
            reported.append(item);
            const Evidence &evidence = item.evidence;
            passages.append(LinkPassage { event.id, evidence.id, evidence.sourceId, item.sourceTitle, evidence.quote,
                                          evidence.stance, item.grade, evidence.start, evidence.end });
            if (!sources.contains(evidence.sourceId))
                sources.append(evidence.sourceId);
            supported = supported || evidence.stance == Evidence::Stance::Supports;
        }
        // As it stood at a date, only the passages reported by then can disagree.
        bool contradicted = entry.hasConflict();
        if (reported.size() != entry.evidence.size()) {
            ChronologyEntry then = entry;
            then.evidence = reported;
            contradicted = !ConflictDetector::find(then).isEmpty();
        }
        const bool uncertain = !supported || event.credibility >= 4;

        QList<EventParticipant> participants;
        for (const EventParticipant &participant : event.participants) {
            if (!m_entities.contains(participant.entityId))
                continue;
            const bool seen = std::any_of(participants.cbegin(), participants.cend(), [&](const EventParticipant &p) {
                return p.entityId == participant.entityId;
            });
            if (!seen)
                participants.append(participant);
        }
        const bool hasPlace = event.placeEntityId != 0 && m_entities.contains(event.placeEntityId);

        if (m_options.eventNodes) {
            const Key node = eventKey(event.id);
            m_events.insert(event.id,
                            NetworkNode { NetworkNode::Kind::Event, event.id, event.title, QStringLiteral("Event"),
                                          static_cast<int>(sources.size()) });
            m_mentioned.insert(node);
            for (const EventParticipant &participant : participants) {
                NetworkLink &link
                    = linkBetween(NetworkLink::Kind::Participation, entityKey(participant.entityId), node).link;
                addLabel(link, participant.role);
                addEventEvidence(link, entry, passages, sources, contradicted, uncertain);
            }
            if (hasPlace) {
                NetworkLink &link
                    = linkBetween(NetworkLink::Kind::Participation, entityKey(event.placeEntityId), node).link;
                addLabel(link, QStringLiteral("place"));
                addEventEvidence(link, entry, passages, sources, contradicted, uncertain);
            }
            return;
        }

        for (int i = 0; i < participants.size(); ++i) {
            for (int j = i + 1; j < participants.size(); ++j) {
                NetworkLink &link = linkBetween(NetworkLink::Kind::Event, entityKey(participants.at(i).entityId),
                                                entityKey(participants.at(j).entityId))
                                        .link;
                addLabel(link, event.title);
                addEventEvidence(link, entry, passages, sources, contradicted, uncertain);
            }
            if (hasPlace && participants.at(i).entityId != event.placeEntityId) {
                NetworkLink &link = linkBetween(NetworkLink::Kind::Place, entityKey(participants.at(i).entityId),
                                                entityKey(event.placeEntityId))
                                        .link;
                addLabel(link, participants.at(i).role);
                addEventEvidence(link, entry, passages, sources, contradicted, uncertain);
            }
        }
        // An event with one entity alone still shows it.
        for (const EventParticipant &participant : participants)
            m_mentioned.insert(entityKey(participant.entityId));
        if (hasPlace)
            m_mentioned.insert(entityKey(event.placeEntityId));
    }

    bool entityPasses(qint64 a, qint64 b) const
    {
        const qint64 wanted = m_options.filter.entityId;
        return wanted == 0 || a == wanted || b == wanted;
    }

    Status addRoles()
    {
        if (excludesRoles(m_options.filter))
            return ok();
        const QString doing = QStringLiteral("read the roles of the link chart");
        // Organisations by every name they go by, case-folded.
        QHash<QString, qint64> organisations;
        QSet<qint64> organisationIds;
        for (auto it = m_entities.cbegin(); it != m_entities.cend(); ++it) {
            if (it->typeName.compare(QStringLiteral("Organisation"), Qt::CaseInsensitive) == 0) {
                organisations.insert(it->name.toCaseFolded(), it.key());
                organisationIds.insert(it.key());
            }
        }
        if (!m_row.prepare(QStringLiteral("SELECT a.entity_id, a.alias FROM entity_aliases a")))
            return m_row.error(doing);
        while (m_row.next()) {
            const qint64 id = m_row.integer(0);
            const QString alias = m_row.text(1).toCaseFolded();
            if (organisationIds.contains(id) && !organisations.contains(alias))
                organisations.insert(alias, id);
        }
        if (m_row.failed())
            return m_row.error(doing);

        if (!m_row.prepare(QStringLiteral("SELECT entity_id, title, organisation, ")
                           + TimeValueColumns::names(u"valid_from") + QStringLiteral(", ")
                           + TimeValueColumns::names(u"valid_to") + QStringLiteral(" FROM entity_roles ORDER BY id")))
            return m_row.error(doing);
        QList<RoleFacts> roles;
        while (m_row.next())
            roles.append(RoleFacts { m_row.integer(0), m_row.text(1), m_row.text(2), m_row.time(3), m_row.time(9) });
        if (m_row.failed())
            return m_row.error(doing);

        for (const RoleFacts &role : std::as_const(roles)) {
            const qint64 organisation = organisations.value(role.organisation.trimmed().toCaseFolded(), 0);
            if (organisation == 0 || organisation == role.entityId || !m_entities.contains(role.entityId))
                continue;
            if (!entityPasses(role.entityId, organisation) || !overlapsRange(role.from, role.to, m_options.filter))
                continue;
            if (m_options.asOf.isValid() && role.from.earliest().isValid() && role.from.earliest() > m_options.asOf)
                continue;
            NetworkLink &link
                = linkBetween(NetworkLink::Kind::Role, entityKey(role.entityId), entityKey(organisation)).link;
            addLabel(link, role.title);
            const TimeValue held = TimeValue::between(role.from.earliest(), role.to.latest(),
                                                      std::min(role.from.granularity(), role.to.granularity()));
            link.span = link.labels.size() == 1 && !link.span.isKnown() ? held : spanOf(link.span, held);
            link.uncertain = link.uncertain || role.from.qualifier() != TimeValue::Qualifier::Exact;
        }
        return ok();
    }

    Status addCoMentions()
    {
        const ChronologyFilter &filter = m_options.filter;
        if (excludesCoMentions(filter))
            return ok();
        const QString doing = QStringLiteral("read the sentences of the link chart");
        struct Named
        {
            qint64 source = 0;
            int start = 0;
            int end = 0;
            qint64 entity = 0;
        };
        QList<Named> mentions;
        if (!m_row.prepare(QStringLiteral("SELECT source_id, start_offset, end_offset, entity_id FROM mentions"
                                          " WHERE status = %1 AND source_id IN"
                                          " (SELECT source_id FROM mentions WHERE status = %1"
                                          "  GROUP BY source_id HAVING count(DISTINCT entity_id) > 1)")
                               .arg(static_cast<int>(Mention::Status::Confirmed))))
            return m_row.error(doing);
        while (m_row.next())
            mentions.append(Named { m_row.integer(0), static_cast<int>(m_row.integer(1)),
                                    static_cast<int>(m_row.integer(2)), m_row.integer(3) });
        if (m_row.failed())
            return m_row.error(doing);
        std::sort(mentions.begin(), mentions.end(), [](const Named &a, const Named &b) {
            return std::tie(a.source, a.start, a.end) < std::tie(b.source, b.start, b.end);
        });

        qsizetype first = 0;
        while (first < mentions.size()) {
            qsizetype last = first;
            const qint64 source = mentions.at(first).source;
            while (last < mentions.size() && mentions.at(last).source == source)
                ++last;
            if (filter.sourceId == 0 || filter.sourceId == source) {
                if (Status done = addSentences(source, mentions.mid(first, last - first)); !done)
                    return done;
            }
            first = last;
        }
        return ok();
    }

    template<typename Named> Status addSentences(qint64 source, const QList<Named> &mentions)
    {
        const QString doing = QStringLiteral("read a source of the link chart");
        if (!m_row.prepare(QStringLiteral("SELECT title, body, ") + TimeValueColumns::names(u"published")
                           + QStringLiteral(" FROM sources WHERE id = ?")))
            return m_row.error(doing);
        m_row.bind(1, source);
        if (!m_row.next())
            return m_row.failed() ? m_row.error(doing) : ok();
        const QString title = m_row.text(0);
        const QString body = m_row.text(1);
        const TimeValue published = m_row.time(2);
        if (m_options.asOf.isValid() && published.earliest().isValid() && published.earliest() > m_options.asOf)
            return ok();
        if (!overlapsRange(published, published, m_options.filter))
            return ok();

        QTextBoundaryFinder sentences(QTextBoundaryFinder::Sentence, body);
        qsizetype next = 0;
        int start = 0;
        while (next < mentions.size()) {
            sentences.setPosition(mentions.at(next).start);
            if (!sentences.isAtBoundary() || mentions.at(next).start == 0) {
                start = static_cast<int>(sentences.position() == 0 ? 0 : sentences.toPreviousBoundary());
                sentences.setPosition(mentions.at(next).start);
            } else {
                start = mentions.at(next).start;
            }
            const int end = static_cast<int>(sentences.toNextBoundary());
            const int sentenceEnd = end < 0 ? static_cast<int>(body.size()) : end;
            QList<qint64> named;
            while (next < mentions.size() && mentions.at(next).start < sentenceEnd) {
                if (!named.contains(mentions.at(next).entity) && m_entities.contains(mentions.at(next).entity))
                    named.append(mentions.at(next).entity);
                ++next;
            }
            for (int i = 0; i < named.size(); ++i) {
                for (int j = i + 1; j < named.size(); ++j) {
                    if (!entityPasses(named.at(i), named.at(j)))
                        continue;
                    NetworkLink &link
                        = linkBetween(NetworkLink::Kind::CoMention, entityKey(named.at(i)), entityKey(named.at(j)))
                              .link;
                    LinkPassage passage;
                    passage.sourceId = source;
                    passage.sourceTitle = title;
                    passage.quote = body.mid(start, sentenceEnd - start).trimmed();
                    passage.stance = Evidence::Stance::Mentions;
                    passage.start = start;
                    passage.end = sentenceEnd;
                    link.passages.append(passage);
                    if (!link.sourceIds.contains(source))
                        link.sourceIds.append(source);
                    link.span = link.passages.size() == 1 ? published : spanOf(link.span, published);
                }
            }
        }
        return ok();
    }

    NetworkNode entityNode(qint64 id) const
    {
        const EntityFacts facts = m_entities.value(id);
        return NetworkNode { NetworkNode::Kind::Entity, id, facts.name, facts.typeName, facts.sources };
    }

    Result<NetworkGraph> assemble()
    {
        QSet<Key> keys = m_mentioned;
        for (const PendingLink &pending : std::as_const(m_links)) {
            keys.insert(pending.from);
            keys.insert(pending.to);
        }
        if (m_options.isolatedEntities) {
            for (auto it = m_entities.cbegin(); it != m_entities.cend(); ++it) {
                if (m_options.filter.entityId == 0 || m_options.filter.entityId == it.key())
                    keys.insert(entityKey(it.key()));
            }
        }
        QList<Key> ordered(keys.cbegin(), keys.cend());
        std::sort(ordered.begin(), ordered.end());

        NetworkGraph graph;
        graph.nodes.reserve(ordered.size());
        QHash<Key, int> indexOf;
        for (const Key &key : std::as_const(ordered)) {
            indexOf.insert(key, static_cast<int>(graph.nodes.size()));
            graph.nodes.append(key > 0 ? entityNode(key) : m_events.value(-key));
        }
        graph.links.reserve(m_links.size());
        for (PendingLink &pending : m_links) {
            pending.link.from = indexOf.value(pending.from);
            pending.link.to = indexOf.value(pending.to);
            graph.links.append(std::move(pending.link));
        }
        std::sort(graph.links.begin(), graph.links.end(), [](const NetworkLink &a, const NetworkLink &b) {
            return std::tie(a.from, a.to, a.kind) < std::tie(b.from, b.to, b.kind);
        });
        graph.index();
        return graph;
    }

    SqliteStatement m_row;
    const NetworkOptions &m_options;
    QHash<qint64, EntityFacts> m_entities;
    QHash<qint64, NetworkNode> m_events;
    QSet<Key> m_mentioned;
    QList<PendingLink> m_links;
    QHash<LinkId, qsizetype> m_linkIndex;
};

} // namespace

NetworkBuilder::NetworkBuilder(Project &project)
    : m_project(project)
{ }

Result<NetworkGraph> NetworkBuilder::build(const NetworkOptions &options)
{
    ChronologyLoader loader(m_project);
    const Result<QList<ChronologyEntry>> chronology = loader.load();
    if (!chronology)
        return chronology.error();
    return build(*chronology, options);
}

Result<NetworkGraph> NetworkBuilder::build(const QList<ChronologyEntry> &chronology, const NetworkOptions &options)
{
    NetworkAssembly assembly(m_project, options);
    return assembly.run(chronology);
}

} // namespace annalist
