// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

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

// Folds case one UTF-16 unit at a time, ASCII without a table lookup: the text of a
// whole chronology is folded at the first text filter, and QString::toCaseFolded takes
// several times as long. Words and text are folded alike, so they still match.
QChar *appendFolded(QChar *out, QStringView text)
{
    for (QChar c : text) {
        const char16_t unit = c.unicode();
        if (unit < 0x80)
            *out++ = QChar(unit >= u'A' && unit <= u'Z' ? char16_t(unit + (u'a' - u'A')) : unit);
        else
            *out++ = c.toCaseFolded();
    }
    return out;
}

QString folded(QStringView text)
{
    QString result(text.size(), Qt::Uninitialized);
    appendFolded(result.data(), text);
    return result;
}

bool containsAll(const QString &haystack, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [&haystack](const QString &word) { return haystack.contains(word); });
}

} // namespace

bool ChronologyFilter::isEmpty() const
{
    return entityId == 0 && sourceId == 0 && lane.isEmpty() && !from.isValid() && !to.isValid()
        && credibilityAtLeast == 0 && foldedWords().isEmpty() && !conflictsOnly;
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
    return folded(text.simplified()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
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
    // One allocation for all the fields, one per line.
    const Event &event = entry.event;
    const QStringView single[] = { event.title, event.description, event.assessment, entry.placeName, entry.comment };
    qsizetype size = 0;
    for (QStringView field : single)
        size += field.size() + 1;
    for (const QStringList *list : { &entry.participantNames, &event.tags }) {
        for (const QString &field : *list)
            size += field.size() + 1;
    }
    for (const EvidenceItem &item : entry.evidence)
        size += item.evidence.quote.size() + 1;

    QString text(size, Qt::Uninitialized);
    QChar *out = text.data();
    const auto append = [&out](QStringView field) {
        out = appendFolded(out, field);
        *out++ = QLatin1Char('\n');
    };
    for (QStringView field : single)
        append(field);
    for (const QStringList *list : { &entry.participantNames, &event.tags }) {
        for (const QString &field : *list)
            append(field);
    }
    for (const EvidenceItem &item : entry.evidence)
        append(item.evidence.quote);
    return text;
}

} // namespace annalist
