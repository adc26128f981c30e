// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "EventDraftBuilder.h"

#include "common/TextShortener.h"

#include "analysis/NameLexicon.h"
#include "analysis/PassageSimilarity.h"
#include "model/Entity.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/TimexRepository.h"

#include <QHash>

#include <algorithm>
#include <optional>

namespace annalist {

namespace {

StorageError badSpan(qint64 sourceId, int start, int end)
{
    return { StorageError::Code::Constraint,
             QStringLiteral("the span %1–%2 has no words of source %3").arg(start).arg(end).arg(sourceId) };
}

// The sentences [start, end) touches; a caret belongs to the sentence it is in or
// right after, else to the next one.
std::optional<PassageSimilarity::Span> sentencesAround(const QList<PassageSimilarity::Span> &sentences, int start,
                                                       int end)
{
    const bool caret = start == end;
    const auto first = std::find_if(sentences.cbegin(), sentences.cend(), [&](const PassageSimilarity::Span &s) {
        return caret ? s.end >= start : s.end > start;
    });
    if (first == sentences.cend() || (!caret && first->start >= end))
        return std::nullopt;
    PassageSimilarity::Span span = *first;
    for (auto it = first; it != sentences.cend() && it->start < end; ++it)
        span.end = it->end;
    return span;
}

// The word before `offset`, in lower case.
QString wordBefore(const QString &text, int offset)
{
    int end = offset;
    while (end > 0 && !text.at(end - 1).isLetterOrNumber())
        --end;
    int start = end;
    while (start > 0 && text.at(start - 1).isLetterOrNumber())
        --start;
    return text.mid(start, end - start).toLower();
}

} // namespace

EventDraftBuilder::EventDraftBuilder(Project &project)
    : m_project(project)
{ }

Result<EventDraft> EventDraftBuilder::propose(qint64 sourceId, int start, int end) const
{
    const Result<QString> body = m_project.sources().body(sourceId);
    if (!body)
        return body.error();
    const QString &text = *body;
    if (start > end)
        std::swap(start, end);
    if (start < 0 || end > text.size())
        return badSpan(sourceId, start, end);

    // The selection without the white space around it.
    int from = start;
    int to = end;
    while (from < to && text.at(from).isSpace())
        ++from;
    while (to > from && text.at(to - 1).isSpace())
        --to;
    if (from == to && start != end)
        return badSpan(sourceId, start, end);
    if (start == end)
        from = to = start;

    const std::optional<PassageSimilarity::Span> sentence
        = sentencesAround(PassageSimilarity::sentences(text), from, to);
    if (!sentence)
        return badSpan(sourceId, start, end);
    const auto inSentence = [&](int spanStart, int spanEnd) {
        return spanStart >= sentence->start && spanEnd <= sentence->end;
    };

    EventDraft draft;
    draft.event.title
        = TextShortener::shorten(text.mid(sentence->start, sentence->end - sentence->start), maxTitleLength);

    draft.evidence.sourceId = sourceId;
    draft.evidence.start = from < to ? from : sentence->start;
    draft.evidence.end = from < to ? to : sentence->end;
    draft.evidence.quote = text.mid(draft.evidence.start, draft.evidence.end - draft.evidence.start);
    draft.evidence.stance = Evidence::Stance::Supports;

    Result<QList<EntityType>> types = m_project.entities().types();
    if (!types)
        return types.error();
    QHash<qint64, QString> typeNames;
    for (const EntityType &type : std::as_const(*types))
        typeNames.insert(type.id, type.name);
    Result<QList<Mention>> mentions = m_project.mentions().listForSource(sourceId);
    if (!mentions)
        return mentions.error();
    std::sort(mentions->begin(), mentions->end(), [](const Mention &a, const Mention &b) {
        return a.start != b.start ? a.start < b.start : a.end < b.end;
    });

    QHash<qint64, QString> typeOfEntity;
    qint64 firstPlace = 0;
    qint64 placeAfterPreposition = 0;
    const NameLexicon &lexicon = NameLexicon::bundled();
    for (const Mention &mention : std::as_const(*mentions)) {
        if (mention.status == Mention::Status::Rejected || !inSentence(mention.start, mention.end))
            continue;
        auto type = typeOfEntity.constFind(mention.entityId);
        if (type == typeOfEntity.cend()) {
            const Result<Entity> entity = m_project.entities().find(mention.entityId);
            if (!entity)
                return entity.error();
            type = typeOfEntity.insert(mention.entityId, typeNames.value(entity->typeId));
        }
        if (*type == BuiltInEntityType::Person || *type == BuiltInEntityType::Organisation) {
            const bool known = std::any_of(draft.event.participants.cbegin(), draft.event.participants.cend(),
                                           [&](const EventParticipant &p) { return p.entityId == mention.entityId; });
            if (!known)
                draft.event.participants.append({ mention.entityId, QString() });
        } else if (*type == BuiltInEntityType::Place) {
            if (firstPlace == 0)
                firstPlace = mention.entityId;
            if (placeAfterPreposition == 0
                && lexicon.contains(NameLexicon::List::PlacePrepositions, wordBefore(text, mention.start)))
                placeAfterPreposition = mention.entityId;
        }
    }
    draft.event.placeEntityId = placeAfterPreposition != 0 ? placeAfterPreposition : firstPlace;

    const Result<QList<Timex>> timexes = m_project.timexes().listForSource(sourceId);
    if (!timexes)
        return timexes.error();
    for (const Timex &timex : *timexes) {
        if (timex.status == Mention::Status::Rejected || !inSentence(timex.start, timex.end))
            continue;
        if ((timex.type == Timex::Type::Date || timex.type == Timex::Type::Time) && timex.resolved.isKnown()) {
            draft.event.time = timex.resolved;
            break;
        }
    }
    return draft;
}

} // namespace annalist
