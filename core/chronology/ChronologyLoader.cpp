// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyLoader.h"

#include "ChronologyOrder.h"
#include "ConflictDetector.h"

#include "model/Mention.h"
#include "model/TagOrder.h"
#include "storage/Project.h"
#include "storage/ReadSnapshot.h"
#include "storage/SqliteStatement.h"
#include "storage/TimeValueColumns.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <numeric>

namespace annalist {

namespace {

// The smallest span that holds both times: what a passage giving several times claims.
TimeValue unionOf(const TimeValue &a, const TimeValue &b)
{
    if (!a.isKnown())
        return b;
    if (!b.isKnown())
        return a;
    TimeValue joined = a;
    const QDateTime earliest
        = a.earliest().isValid() && b.earliest().isValid() ? std::min(a.earliest(), b.earliest()) : QDateTime();
    const QDateTime latest
        = a.latest().isValid() && b.latest().isValid() ? std::max(a.latest(), b.latest()) : QDateTime();
    joined.setBounds(earliest, latest);
    if (a.granularity() == TimeValue::Granularity::Unknown || b.granularity() == TimeValue::Granularity::Unknown)
        joined.setGranularity(std::max(a.granularity(), b.granularity()));
    else
        joined.setGranularity(std::min(a.granularity(), b.granularity()));
    joined.setQualifier(std::max(a.qualifier(), b.qualifier()));
    if (!b.expression().isEmpty() && b.expression() != a.expression())
        joined.setExpression(a.expression().isEmpty() ? b.expression()
                                                      : a.expression() + QStringLiteral("; ") + b.expression());
    return joined;
}

QColor colorFrom(const QString &text)
{
    return text.isEmpty() ? QColor() : QColor::fromString(text);
}

struct EntityFacts
{
    enum class Kind { Other, Person, Place };
    QString name;
    Kind kind = Kind::Other;
};

struct SourceFacts
{
    QString title;
    QString outlet;
    ReliabilityGrade grade = ReliabilityGrade::Unrated;
    TimeValue published;
};

// Something a source says at a span: a confirmed mention, or a resolved time.
struct NameAt
{
    int start = 0;
    int end = 0;
    qint64 entityId = 0;
};

struct TimeAt
{
    int start = 0;
    int end = 0;
    TimeValue time;
};

// One QString for every repetition of a text: kinds, lanes, tags and roles repeat over
// thousands of events, and a chronology that holds each once is quicker to build and
// to free.
class SharedTexts final
{
public:
    QString operator()(QByteArrayView utf8)
    {
        if (utf8.isEmpty())
            return {};
        if (const auto it = m_texts.constFind(QByteArray::fromRawData(utf8.data(), utf8.size())); it != m_texts.cend())
            return *it;
        const QString text = QString::fromUtf8(utf8);
        m_texts.insert(utf8.toByteArray(), text);
        return text;
    }

private:
    QHash<QByteArray, QString> m_texts;
};

// The people or places a passage names, shared by every passage that names the same.
struct ClaimList
{
    QList<qint64> ids;
    QStringList names;
};

template<typename Span> bool byPosition(const Span &a, const Span &b)
{
    return a.start != b.start ? a.start < b.start : a.end < b.end;
}

// The spans of `spans` (sorted by position) that lie inside [start, end).
template<typename Span, typename Visit> void forEachInside(const QList<Span> &spans, int start, int end, Visit visit)
{
    auto it = std::lower_bound(spans.cbegin(), spans.cend(), start,
                               [](const Span &span, int offset) { return span.start < offset; });
    for (; it != spans.cend() && it->start < end; ++it) {
        if (it->end <= end)
            visit(*it);
    }
}

// One load of the chronology, of every event or of one: each read in its own step,
// a handful of set-based statements in all. The statements go straight to SQLite
// (SqliteStatement) and leave ordering to C++, which is several times faster than
// QSqlQuery and ORDER BY for the hundreds of thousands of values a chronology holds.
class ChronologyReading final
{
public:
    ChronologyReading(const QSqlDatabase &database, qint64 eventId)
        : m_row(database)
        , m_eventId(eventId)
    { }

    Result<QList<ChronologyEntry>> run()
    {
        using Step = Status (ChronologyReading::*)();
        for (Step step :
             { &ChronologyReading::readEvents, &ChronologyReading::readEntities, &ChronologyReading::readParticipants,
               &ChronologyReading::readTags, &ChronologyReading::readSources, &ChronologyReading::readEvidence,
               &ChronologyReading::readNames, &ChronologyReading::readTimes, &ChronologyReading::readAnnotations }) {
            if (Status done = (this->*step)(); !done)
                return done.error();
            if (m_entries.isEmpty())
                return m_entries;
        }
        for (ChronologyEntry &entry : m_entries) {
            entry.independentSources = ConflictDetector::independentSources(entry.evidence);
            entry.conflicts = ConflictDetector::find(entry);
        }
        return std::move(m_entries);
    }

private:
    // The condition on the event: `all` when every event is read, else `one`, which
    // names the event :event.
    QString where(const QString &all, const QString &one) const { return m_eventId == 0 ? all : one; }

    bool prepare(const QString &sql, const QList<qint64> &values = {})
    {
        if (!m_row.prepare(sql))
            return false;
        int position = 0;
        for (qint64 value : values)
            m_row.bind(++position, value);
        m_row.bind(":event", m_eventId);
        return !m_row.failed();
    }

    Status finished(const QString &doing) const
    {
        if (m_row.failed())
            return m_row.error(doing);
        return ok();
    }

    Status readEvents()
    {
        const QString doing = QStringLiteral("read the events of the chronology");
        if (m_eventId == 0) {
            if (!prepare(QStringLiteral("SELECT count(*) FROM events")) || !m_row.next())
                return m_row.error(doing);
            m_entries.reserve(m_row.integer(0));
        }
        if (!prepare(
                QStringLiteral("SELECT id, title, kind, place_entity_id, description, assessment, credibility, lane, ")
                + TimeValueColumns::names(u"time") + QStringLiteral(", changed_by, changed_at FROM events WHERE ")
                + where(QStringLiteral("1 = 1"), QStringLiteral("id = :event"))))
            return m_row.error(doing);
        while (m_row.next()) {
            ChronologyEntry entry;
            Event &event = entry.event;
            event.id = m_row.integer(0);
            event.title = m_row.text(1);
            event.kind = m_shared(m_row.utf8(2));
            event.placeEntityId = m_row.integer(3);
            event.description = m_row.text(4);
            event.assessment = m_row.text(5);
            event.credibility = static_cast<int>(m_row.integer(6));
            event.lane = m_shared(m_row.utf8(7));
            event.time = m_row.time(8);
            event.changedBy = m_row.text(8 + TimeValueColumns::count);
            event.changedAt = m_row.integer(9 + TimeValueColumns::count);
            m_entryOf.insert(event.id, m_entries.size());
            m_entries.append(std::move(entry));
        }
        return finished(doing);
    }

    // The names of the entities the events refer to, and which are people and places.
    Status readEntities()
    {
        const QString doing = QStringLiteral("read the names of the chronology");
        if (!prepare(QStringLiteral("SELECT e.id, e.canonical_name,"
                                    " CASE WHEN t.built_in = 0 THEN 0 WHEN t.name = 'Person' COLLATE NOCASE THEN 1"
                                    "  WHEN t.name = 'Place' COLLATE NOCASE THEN 2 ELSE 0 END"
                                    " FROM entities e JOIN entity_types t ON t.id = e.type_id WHERE ")
                     + where(QStringLiteral("1 = 1"),
                             QStringLiteral("e.id IN (SELECT place_entity_id FROM events WHERE id = :event"
                                            " UNION SELECT entity_id FROM event_participants WHERE event_id = :event"
                                            " UNION SELECT entity_id FROM mentions WHERE source_id IN"
                                            "  (SELECT source_id FROM evidence WHERE event_id = :event))"))))
            return m_row.error(doing);
        while (m_row.next())
            m_entities.insert(m_row.integer(0),
                              EntityFacts { m_row.text(1), static_cast<EntityFacts::Kind>(m_row.integer(2)) });
        if (Status done = finished(doing); !done)
            return done;
        for (ChronologyEntry &entry : m_entries) {
            if (entry.event.placeEntityId != 0)
                entry.placeName = m_entities.value(entry.event.placeEntityId).name;
        }
        return ok();
    }

    Status readParticipants()
    {
        const QString doing = QStringLiteral("read the participants of the chronology's events");
        struct Row
        {
            qsizetype entry = 0;
            int position = 0;
            EventParticipant participant;
        };
        QList<Row> rows;
        if (!prepare(QStringLiteral("SELECT event_id, entity_id, role, position FROM event_participants WHERE ")
                     + where(QStringLiteral("1 = 1"), QStringLiteral("event_id = :event"))))
            return m_row.error(doing);
        while (m_row.next()) {
            if (const auto it = m_entryOf.constFind(m_row.integer(0)); it != m_entryOf.cend())
                rows.append(
                    Row { *it, static_cast<int>(m_row.integer(3)), { m_row.integer(1), m_shared(m_row.utf8(2)) } });
        }
        if (Status done = finished(doing); !done)
            return done;
        std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) {
            return a.entry != b.entry ? a.entry < b.entry : a.position < b.position;
        });
        QHash<std::pair<qint64, QString>, QString> namesWithRole;
        for (const Row &row : std::as_const(rows)) {
            ChronologyEntry &entry = m_entries[row.entry];
            const EventParticipant &participant = row.participant;
            const QString name = m_entities.value(participant.entityId).name;
            entry.event.participants.append(participant);
            if (participant.role.isEmpty()) {
                entry.participantNames.append(name);
                continue;
            }
            QString &withRole = namesWithRole[{ participant.entityId, participant.role }];
            if (withRole.isNull())
                withRole = QStringLiteral("%1 (%2)").arg(name, participant.role);
            entry.participantNames.append(withRole);
        }
        return ok();
    }

    Status readTags()
    {
        const QString doing = QStringLiteral("read the tags of the chronology's events");
        if (!prepare(QStringLiteral("SELECT event_id, tag FROM event_tags WHERE ")
                     + where(QStringLiteral("1 = 1"), QStringLiteral("event_id = :event"))))
            return m_row.error(doing);
        while (m_row.next()) {
            if (const auto it = m_entryOf.constFind(m_row.integer(0)); it != m_entryOf.cend())
                m_entries[*it].event.tags.append(m_shared(m_row.utf8(1)));
        }
        if (Status done = finished(doing); !done)
            return done;
        // As EventRepository gives them: alphabetical, ignoring case.
        for (ChronologyEntry &entry : m_entries)
            sortTags(entry.event.tags);
        return ok();
    }

    // The sources' facts once per source rather than once per passage.
    Status readSources()
    {
        const QString doing = QStringLiteral("read the sources of the chronology");
        if (!prepare(QStringLiteral("SELECT id, title, outlet, reliability, ") + TimeValueColumns::names(u"published")
                     + QStringLiteral(" FROM sources WHERE id IN (SELECT source_id FROM evidence WHERE ")
                     + where(QStringLiteral("1 = 1"), QStringLiteral("event_id = :event")) + u')'))
            return m_row.error(doing);
        while (m_row.next()) {
            m_sources.insert(
                m_row.integer(0),
                SourceFacts { m_row.text(1), m_row.text(2), reliabilityGradeFromLetter(m_row.text(3)), m_row.time(4) });
        }
        return finished(doing);
    }

    Status readEvidence()
    {
        const QString doing = QStringLiteral("read the evidence of the chronology");
        // Room for each entry's passages first: growing the lists one passage at a time
        // moves every passage once or twice more.
        if (!prepare(QStringLiteral("SELECT event_id, count(*) FROM evidence WHERE ")
                     + where(QStringLiteral("1 = 1"), QStringLiteral("event_id = :event"))
                     + QStringLiteral(" GROUP BY event_id")))
            return m_row.error(doing);
        while (m_row.next()) {
            if (const auto it = m_entryOf.constFind(m_row.integer(0)); it != m_entryOf.cend())
                m_entries[*it].evidence.reserve(m_row.integer(1));
        }
        if (Status done = finished(doing); !done)
            return done;

        if (!prepare(QStringLiteral("SELECT id, event_id, source_id, start_offset, end_offset, quote, stance, note, ")
                     + TimeValueColumns::names(u"reported")
                     + QStringLiteral(", changed_by, changed_at FROM evidence WHERE ")
                     + where(QStringLiteral("1 = 1"), QStringLiteral("event_id = :event"))))
            return m_row.error(doing);
        while (m_row.next()) {
            const auto it = m_entryOf.constFind(m_row.integer(1));
            if (it == m_entryOf.cend())
                continue;
            EvidenceItem &item = m_entries[*it].evidence.emplaceBack();
            Evidence &evidence = item.evidence;
            evidence.id = m_row.integer(0);
            evidence.eventId = m_row.integer(1);
            evidence.sourceId = m_row.integer(2);
            evidence.start = static_cast<int>(m_row.integer(3));
            evidence.end = static_cast<int>(m_row.integer(4));
            evidence.quote = m_row.text(5);
            evidence.stance = static_cast<Evidence::Stance>(m_row.integer(6));
            evidence.note = m_row.text(7);
            evidence.reported = m_row.time(8);
            evidence.changedBy = m_row.text(8 + TimeValueColumns::count);
            evidence.changedAt = m_row.integer(9 + TimeValueColumns::count);
            if (const auto source = m_sources.constFind(evidence.sourceId); source != m_sources.cend()) {
                item.sourceTitle = source->title;
                item.outlet = source->outlet;
                item.grade = source->grade;
                item.sourcePublished = source->published;
            }
            item.reportedAt = evidence.reported.isKnown() ? evidence.reported : item.sourcePublished;
        }
        if (Status done = finished(doing); !done)
            return done;
        // As EvidenceRepository lists them: by source, then in text order.
        for (ChronologyEntry &entry : m_entries) {
            if (entry.evidence.size() < 2)
                continue;
            std::sort(entry.evidence.begin(), entry.evidence.end(), [](const EvidenceItem &a, const EvidenceItem &b) {
                const Evidence &x = a.evidence;
                const Evidence &y = b.evidence;
                return std::tie(x.sourceId, x.start, x.end, x.id) < std::tie(y.sourceId, y.start, y.end, y.id);
            });
        }
        return ok();
    }

    // The people and places each passage names: mentions inside its span that the
    // analyst has not rejected (a proposal is what the passage says until then). For
    // the whole chronology the mentions are read in one sweep of the table, those of
    // sources no passage quotes skipped here, and matched to the passages here: cheaper
    // than SQLite looking up every passage's span in the index and the rows it points to.
    Status readNames()
    {
        const QString doing = QStringLiteral("read the places and people the evidence names");
        QHash<qint64, QList<NameAt>> names;
        if (!prepare(
                QStringLiteral(
                    "SELECT source_id, start_offset, end_offset, entity_id FROM mentions WHERE status <> ? AND ")
                    + where(QStringLiteral("1 = 1"),
                            QStringLiteral("source_id IN (SELECT source_id FROM evidence WHERE event_id = :event)")),
                { static_cast<qint64>(Mention::Status::Rejected) }))
            return m_row.error(doing);
        while (m_row.next()) {
            const qint64 entityId = m_row.integer(3);
            const auto entity = m_entities.constFind(entityId);
            if (entity == m_entities.cend() || entity->kind == EntityFacts::Kind::Other)
                continue;
            const qint64 sourceId = m_row.integer(0);
            if (!m_sources.contains(sourceId))
                continue;
            names[sourceId].append(
                NameAt { static_cast<int>(m_row.integer(1)), static_cast<int>(m_row.integer(2)), entityId });
        }
        if (Status done = finished(doing); !done)
            return done;
        for (QList<NameAt> &spans : names)
            std::sort(spans.begin(), spans.end(), &byPosition<NameAt>);

        for (ChronologyEntry &entry : m_entries) {
            for (EvidenceItem &item : entry.evidence) {
                const auto spans = names.constFind(item.evidence.sourceId);
                if (spans == names.cend())
                    continue;
                QVarLengthArray<qint64, 8> places;
                QVarLengthArray<qint64, 8> people;
                forEachInside(*spans, item.evidence.start, item.evidence.end, [&](const NameAt &name) {
                    auto &ids = m_entities.constFind(name.entityId)->kind == EntityFacts::Kind::Place ? places : people;
                    if (!ids.contains(name.entityId))
                        ids.append(name.entityId);
                });
                if (!places.isEmpty()) {
                    const ClaimList &claims = claimList(places);
                    item.claimedPlaces = claims.ids;
                    item.claimedPlaceNames = claims.names;
                }
                if (!people.isEmpty()) {
                    const ClaimList &claims = claimList(people);
                    item.claimedPeople = claims.ids;
                    item.claimedPeopleNames = claims.names;
                }
            }
        }
        return ok();
    }

    const ClaimList &claimList(const QVarLengthArray<qint64, 8> &ids)
    {
        const QByteArray key = QByteArray::fromRawData(reinterpret_cast<const char *>(ids.constData()),
                                                       ids.size() * qsizetype(sizeof(qint64)));
        if (const auto it = m_claimLists.constFind(key); it != m_claimLists.cend())
            return *it;
        ClaimList claims;
        claims.ids = QList<qint64>(ids.cbegin(), ids.cend());
        for (qint64 id : ids)
            claims.names.append(m_entities.value(id).name);
        return *m_claimLists.insert(QByteArray(key.constData(), key.size()), claims);
    }

    // The time each passage gives: the union of the resolved, not rejected time
    // expressions inside its span; read as the mentions are.
    Status readTimes()
    {
        const QString doing = QStringLiteral("read the times the evidence gives");
        QHash<qint64, QList<TimeAt>> times;
        if (!prepare(
                QStringLiteral("SELECT source_id, start_offset, end_offset, ") + TimeValueColumns::names(u"resolved")
                    + QStringLiteral(" FROM timexes WHERE status <> ?"
                                     " AND (resolved_earliest IS NOT NULL OR resolved_latest IS NOT NULL) AND ")
                    + where(QStringLiteral("1 = 1"),
                            QStringLiteral("source_id IN (SELECT source_id FROM evidence WHERE event_id = :event)")),
                { static_cast<qint64>(Mention::Status::Rejected) }))
            return m_row.error(doing);
        while (m_row.next()) {
            const qint64 sourceId = m_row.integer(0);
            if (m_sources.contains(sourceId))
                times[sourceId].append(
                    TimeAt { static_cast<int>(m_row.integer(1)), static_cast<int>(m_row.integer(2)), m_row.time(3) });
        }
        if (Status done = finished(doing); !done)
            return done;
        for (QList<TimeAt> &spans : times)
            std::sort(spans.begin(), spans.end(), &byPosition<TimeAt>);

        for (ChronologyEntry &entry : m_entries) {
            for (EvidenceItem &item : entry.evidence) {
                const auto spans = times.constFind(item.evidence.sourceId);
                if (spans == times.cend())
                    continue;
                forEachInside(*spans, item.evidence.start, item.evidence.end,
                              [&item](const TimeAt &time) { item.claimedTime = unionOf(item.claimedTime, time.time); });
            }
        }
        return ok();
    }

    // The latest annotation of each event is the one shown.
    Status readAnnotations()
    {
        const QString doing = QStringLiteral("read the chronology's annotations");
        if (!prepare(QStringLiteral("SELECT event_id, id, comment, highlight FROM chronology_annotations WHERE ")
                     + where(QStringLiteral("1 = 1"), QStringLiteral("event_id = :event"))
                     + QStringLiteral(" ORDER BY event_id, created_at, id")))
            return m_row.error(doing);
        while (m_row.next()) {
            if (const auto it = m_entryOf.constFind(m_row.integer(0)); it != m_entryOf.cend()) {
                ChronologyEntry &entry = m_entries[*it];
                entry.annotationId = m_row.integer(1);
                entry.comment = m_row.text(2);
                entry.highlight = colorFrom(m_row.text(3));
            }
        }
        return finished(doing);
    }

    SqliteStatement m_row;
    qint64 m_eventId;
    QList<ChronologyEntry> m_entries;
    QHash<qint64, qsizetype> m_entryOf;
    QHash<qint64, EntityFacts> m_entities;
    QHash<qint64, SourceFacts> m_sources;
    QHash<QByteArray, ClaimList> m_claimLists;
    SharedTexts m_shared;
};

} // namespace

ChronologyLoader::ChronologyLoader(Project &project)
    : m_project(project)
{ }

Result<QList<ChronologyEntry>> ChronologyLoader::load()
{
    Result<QList<ChronologyEntry>> entries = read(0);
    if (entries)
        ChronologyOrder::sort(*entries);
    return entries;
}

Result<ChronologyEntry> ChronologyLoader::loadOne(qint64 eventId)
{
    Result<QList<ChronologyEntry>> entries = read(eventId);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return StorageError { StorageError::Code::NotFound,
                              QStringLiteral("there is no event %1 in the project").arg(eventId) };
    return entries->takeFirst();
}

Result<QList<ChronologyEntry>> ChronologyLoader::read(qint64 eventId)
{
    // A dozen reads, one state of the project: a background analysis may be writing.
    const ReadSnapshot snapshot(m_project.database());
    return ChronologyReading(m_project.database(), eventId).run();
}

} // namespace annalist
