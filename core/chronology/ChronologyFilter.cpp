#include "ChronologyFilter.h"

#include "ChronologyEntry.h"

#include <algorithm>
#include <limits>

namespace annalist {

namespace {

qint64 lowerBound(const QDateTime &bound)
{
    return bound.isValid() ? bound.toMSecsSinceEpoch() : std::numeric_limits<qint64>::min();
}

qint64 upperBound(const QDateTime &bound)
{
    return bound.isValid() ? bound.toMSecsSinceEpoch() : std::numeric_limits<qint64>::max();
}

bool involves(const Event &event, qint64 entityId)
{
    return event.placeEntityId == entityId
        || std::any_of(event.participants.cbegin(), event.participants.cend(),
                       [entityId](const EventParticipant &participant) { return participant.entityId == entityId; });
}

bool cites(const ChronologyEntry &entry, qint64 sourceId)
{
    return std::any_of(entry.evidence.cbegin(), entry.evidence.cend(),
                       [sourceId](const EvidenceItem &item) { return item.evidence.sourceId == sourceId; });
}

bool containsAll(const QString &haystack, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(), [&haystack](const QString &word) { return haystack.contains(word); });
}

} // namespace

bool ChronologyFilter::isEmpty() const
{
    return entityId == 0 && sourceId == 0 && lane.isEmpty() && !from.isValid() && !to.isValid() && credibilityAtLeast == 0
        && foldedWords().isEmpty() && !conflictsOnly;
}

bool ChronologyFilter::acceptsAllButText(const ChronologyEntry &entry) const
{
    const Event &event = entry.event;
    if (entityId != 0 && !involves(event, entityId))
        return false;
    if (sourceId != 0 && !cites(entry, sourceId))
        return false;
    if (!lane.isEmpty() && event.lane != lane)
        return false;
    if (from.isValid() && upperBound(event.time.latest()) < from.toMSecsSinceEpoch())
        return false;
    if (to.isValid() && lowerBound(event.time.earliest()) > to.toMSecsSinceEpoch())
        return false;
    if (credibilityAtLeast != 0 && (event.credibility < 1 || event.credibility > credibilityAtLeast))
        return false;
    if (conflictsOnly && !entry.hasConflict())
        return false;
    return true;
}

QStringList ChronologyFilter::foldedWords() const
{
    return text.simplified().toCaseFolded().split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

bool ChronologyFilter::accepts(const ChronologyEntry &entry) const
{
    if (!acceptsAllButText(entry))
        return false;
    const QStringList words = foldedWords();
    return words.isEmpty() || containsAll(searchableText(entry), words);
}

bool ChronologyFilter::accepts(const ChronologyEntry &entry, const QString &searchableText) const
{
    return acceptsAllButText(entry) && containsAll(searchableText, foldedWords());
}

QString ChronologyFilter::searchableText(const ChronologyEntry &entry)
{
    QStringList fields = {entry.event.title, entry.event.description, entry.event.assessment, entry.placeName, entry.comment};
    fields += entry.participantNames;
    fields += entry.event.tags;
    for (const EvidenceItem &item : entry.evidence)
        fields += item.evidence.quote;
    return fields.join(QLatin1Char('\n')).toCaseFolded();
}

} // namespace annalist
