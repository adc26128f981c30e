// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SyntheticChronology.h"

#include "model/ChronologyAnnotation.h"
#include "model/Entity.h"
#include "model/Event.h"
#include "model/Evidence.h"
#include "model/Mention.h"
#include "model/Source.h"
#include "model/Timex.h"
#include "storage/ChronologyAnnotationRepository.h"
#include "storage/EntityRepository.h"
#include "storage/EventRepository.h"
#include "storage/EvidenceRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/TimexRepository.h"
#include "storage/WriteTransaction.h"

#include <QCryptographicHash>
#include <QLocale>
#include <QRandomGenerator>
#include <QTimeZone>

#include <array>

namespace annalist {

namespace {

constexpr int passagesPerSource = 30;
constexpr std::array firstNames = { u"Marco",  u"Claudia", u"Antony", u"Elena", u"Jorge", u"Amara", u"Tomas", u"Lucia",
                                    u"Rafael", u"Ines",    u"Daniel", u"Sofia", u"Hugo",  u"Marta", u"Pablo" };
constexpr std::array lastNames = { u"Rubio",   u"Sheinbaum", u"Blinken",   u"Ortega", u"Castillo", u"Varga", u"Moreno",
                                   u"Santos",  u"Ibarra",    u"Lindqvist", u"Okafor", u"Duarte",   u"Reyes", u"Navarro",
                                   u"Peralta", u"Quiroga",   u"Salinas",   u"Toledo", u"Urrutia",  u"Zamora" };
constexpr std::array topics = { u"port concession", u"security cabinet", u"fentanyl controls", u"border crossings",
                                u"steel tariffs",   u"water treaty",     u"rail corridor",     u"customs audit" };
constexpr std::array lanes = { u"Diplomacy", u"Port", u"Security", u"Trade", u"Politics" };
constexpr int places = 100;
constexpr std::array outlets
    = { u"The Herald", u"Wire Service", u"Harbour Gazette", u"Kestrian Courier", u"Evening Post",
        u"",           u"Daily Ledger", u"Coastal Times" };

QString personName(int index)
{
    return QString::fromUtf16(firstNames[index % firstNames.size()]) + u' '
        + QString::fromUtf16(lastNames[(index / firstNames.size()) % lastNames.size()]);
}

QString placeName(int index)
{
    return QStringLiteral("Puerto %1").arg(index + 1);
}

// An event's time: mostly days, some months, years and spans, a few unknown.
TimeValue eventTime(QRandomGenerator &random)
{
    const QDate day = QDate(2015, 1, 1).addDays(random.bounded(3650));
    const int kind = random.bounded(100);
    if (kind < 60)
        return TimeValue::day(day);
    if (kind < 80)
        return TimeValue::month(day.year(), day.month());
    if (kind < 90)
        return TimeValue::year(day.year(), TimeValue::Qualifier::Approximate);
    if (kind < 98) {
        return TimeValue::between(
            QDateTime(day, QTime(0, 0), QTimeZone::utc()),
            QDateTime(day.addDays(1 + random.bounded(90)), QTime(23, 59, 59, 999), QTimeZone::utc()));
    }
    return TimeValue::unknown();
}

// How a passage states a time, and the time it means.
std::pair<QString, TimeValue> statedTime(const TimeValue &time)
{
    const QLocale c = QLocale::c();
    const QDate day = time.earliest().date();
    switch (time.granularity()) {
    case TimeValue::Granularity::Month:
        return { QStringLiteral("in ") + c.toString(day, QStringLiteral("MMMM yyyy")), time };
    case TimeValue::Granularity::Year:
        return { QStringLiteral("around ") + QString::number(day.year()), time };
    default:
        return { QStringLiteral("on ") + c.toString(day, QStringLiteral("d MMMM yyyy")), TimeValue::day(day) };
    }
}

struct Passage
{
    qint64 event = 0;
    Evidence::Stance stance = Evidence::Stance::Supports;
    QString text;
    int start = 0;
    QList<std::pair<int, int>> personSpans; // offsets in text
    QList<qint64> people;
    std::pair<int, int> placeSpan;
    qint64 place = 0;
    std::pair<int, int> timeSpan;
    TimeValue time;
};

} // namespace

SyntheticChronology::SyntheticChronology(quint32 seed)
    : m_seed(seed)
{ }

QString SyntheticChronology::frequentPerson()
{
    return personName(0);
}

QString SyntheticChronology::frequentWord()
{
    return QStringLiteral("concession");
}

Result<SyntheticChronology::Counts> SyntheticChronology::fill(Project &project, int eventCount, int evidenceCount)
{
    QRandomGenerator random(m_seed);
    WriteTransaction transaction(project.database());
    if (!transaction.isOpen())
        return transaction.error();
    Counts counts;

    const auto personType = project.entities().findType(QStringLiteral("Person"));
    const auto placeType = project.entities().findType(QStringLiteral("Place"));
    if (!personType)
        return personType.error();
    if (!placeType)
        return placeType.error();
    const int personCount = static_cast<int>(firstNames.size() * lastNames.size());
    QList<qint64> people;
    QList<qint64> placeIds;
    for (int i = 0; i < personCount + places; ++i) {
        Entity entity;
        entity.typeId = i < personCount ? personType->id : placeType->id;
        entity.canonicalName = i < personCount ? personName(i) : placeName(i - personCount);
        const auto id = project.entities().add(entity);
        if (!id)
            return id.error();
        (i < personCount ? people : placeIds).append(*id);
        ++counts.entities;
    }

    struct EventFacts
    {
        qint64 id = 0;
        TimeValue time;
        int topic = 0;
        QList<int> people;
        int place = 0;
    };
    QList<EventFacts> events;
    for (int i = 0; i < eventCount; ++i) {
        EventFacts facts;
        facts.time = eventTime(random);
        facts.topic = random.bounded(int(topics.size()));
        // The first person takes part in about one event in ten.
        facts.people = { random.bounded(10) == 0 ? 0 : random.bounded(personCount), random.bounded(personCount) };
        facts.place = random.bounded(places);
        Event event;
        event.title = QStringLiteral("Talks on the %1 (%2)").arg(QString::fromUtf16(topics[facts.topic])).arg(i + 1);
        event.kind = QStringLiteral("meeting");
        event.time = facts.time;
        event.placeEntityId = placeIds.at(facts.place);
        event.participants
            = { { people.at(facts.people.at(0)), QStringLiteral("host") }, { people.at(facts.people.at(1)), {} } };
        event.description
            = QStringLiteral("Delegations met to discuss the %1.").arg(QString::fromUtf16(topics[facts.topic]));
        event.credibility = random.bounded(7);
        event.lane = QString::fromUtf16(lanes[random.bounded(int(lanes.size()))]);
        event.tags = { QString::fromUtf16(topics[facts.topic]).section(u' ', -1) };
        const auto id = project.events().add(event);
        if (!id)
            return id.error();
        facts.id = *id;
        events.append(facts);
        ++counts.events;
        if (i % 10 == 0) {
            ChronologyAnnotation annotation;
            annotation.eventId = *id;
            annotation.comment = QStringLiteral("Check against the port authority's minutes");
            annotation.highlight = i % 20 == 0 ? QColor(255, 240, 160) : QColor();
            if (const auto added = project.annotations().add(annotation); !added)
                return added.error();
        }
    }
    // Passages in sources of about thirty each; passage n is about event n modulo the
    // events, so every event has about evidence / events of them.
    int written = 0;
    while (written < evidenceCount && !events.isEmpty()) {
        const int inThisSource = std::min(passagesPerSource, evidenceCount - written);
        QString body = QStringLiteral("Synthetic report %1\n\n").arg(counts.sources + 1);
        QList<Passage> passages;
        for (int p = 0; p < inThisSource; ++p) {
            const EventFacts &facts = events.at((written + p) % events.size());
            Passage passage;
            passage.event = facts.id;
            const int roll = random.bounded(100);
            passage.stance = roll < 4 ? Evidence::Stance::Contradicts
                : roll < 10           ? Evidence::Stance::Mentions
                                      : Evidence::Stance::Supports;
            // One passage in twelve dates the event a year off: a conflict to find.
            TimeValue time = facts.time;
            if (time.isKnown() && random.bounded(12) == 0)
                time = TimeValue::day(time.earliest().date().addYears(1));
            const QString a = personName(facts.people.at(0));
            const QString b = personName(facts.people.at(1));
            const QString place = placeName(facts.place);
            passage.text = QStringLiteral("Officials said that ");
            QString timeText;
            if (time.isKnown()) {
                std::tie(timeText, passage.time) = statedTime(time);
                passage.timeSpan = { static_cast<int>(passage.text.size()),
                                     static_cast<int>(passage.text.size() + timeText.size()) };
                passage.text += timeText + u' ';
            }
            passage.personSpans << std::pair(static_cast<int>(passage.text.size()),
                                             static_cast<int>(passage.text.size() + a.size()));
            passage.text += a + QStringLiteral(" met ");
            passage.personSpans << std::pair(static_cast<int>(passage.text.size()),
                                             static_cast<int>(passage.text.size() + b.size()));
            passage.text += b + QStringLiteral(" in ");
            passage.placeSpan
                = { static_cast<int>(passage.text.size()), static_cast<int>(passage.text.size() + place.size()) };
            passage.text += place + QStringLiteral(" to discuss the ") + QString::fromUtf16(topics[facts.topic]) + u'.';
            passage.people = { people.at(facts.people.at(0)), people.at(facts.people.at(1)) };
            passage.place = placeIds.at(facts.place);
            passage.start = static_cast<int>(body.size());
            body += passage.text + QStringLiteral(" The talks went on into the evening.\n");
            passages.append(passage);
        }

        Source source;
        source.title = QStringLiteral("Synthetic report %1").arg(counts.sources + 1);
        source.outlet = QString::fromUtf16(outlets[counts.sources % outlets.size()]);
        source.published = TimeValue::day(QDate(2016, 1, 1).addDays(random.bounded(3650)));
        source.reliability = static_cast<ReliabilityGrade>(1 + random.bounded(6));
        source.body = body;
        source.mediaType = QStringLiteral("text/plain");
        source.originalBytes = body.toUtf8();
        source.sha256 = QCryptographicHash::hash(source.originalBytes, QCryptographicHash::Sha256);
        const auto sourceId = project.sources().add(source);
        if (!sourceId)
            return sourceId.error();
        ++counts.sources;

        QList<Mention> mentions;
        QList<Timex> timexes;
        for (const Passage &passage : std::as_const(passages)) {
            const auto mention = [&](qint64 entity, std::pair<int, int> span) {
                Mention m;
                m.entityId = entity;
                m.sourceId = *sourceId;
                m.start = passage.start + span.first;
                m.end = passage.start + span.second;
                m.status = Mention::Status::Confirmed;
                m.quote = body.mid(m.start, m.end - m.start);
                mentions.append(m);
            };
            mention(passage.people.at(0), passage.personSpans.at(0));
            mention(passage.people.at(1), passage.personSpans.at(1));
            mention(passage.place, passage.placeSpan);
            if (passage.time.isKnown()) {
                Timex timex;
                timex.sourceId = *sourceId;
                timex.start = passage.start + passage.timeSpan.first;
                timex.end = passage.start + passage.timeSpan.second;
                timex.value = passage.time.toTimex3();
                timex.resolved = passage.time;
                timexes.append(timex);
            }
            Evidence evidence;
            evidence.eventId = passage.event;
            evidence.sourceId = *sourceId;
            evidence.start = passage.start;
            evidence.end = passage.start + static_cast<int>(passage.text.size());
            evidence.quote = passage.text;
            evidence.stance = passage.stance;
            if (const auto added = project.evidence().add(evidence); !added)
                return added.error();
            ++counts.evidence;
        }
        if (const auto added = project.mentions().addAll(mentions); !added)
            return added.error();
        if (const auto added = project.timexes().addAll(timexes); !added)
            return added.error();
        counts.mentions += static_cast<int>(mentions.size());
        counts.timexes += static_cast<int>(timexes.size());
        written += inThisSource;
    }

    if (Status committed = transaction.commit(); !committed)
        return committed.error();
    return counts;
}

} // namespace annalist
