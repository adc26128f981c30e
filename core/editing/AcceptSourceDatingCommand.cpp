// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AcceptSourceDatingCommand.h"

#include "common/TextShortener.h"
#include "storage/ProjectSignals.h"

#include "analysis/TimexTagger.h"
#include "model/TimeValueText.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "storage/TimexRepository.h"

#include <QCoreApplication>
#include <QHash>

namespace annalist {

AcceptSourceDatingCommand::AcceptSourceDatingCommand(Project &project, ProjectSignals &projectSignals, qint64 sourceId,
                                                     const TimeValue &published, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::AcceptSourceDatingCommand", "Set the source's date to %1")
                         .arg(TimeValueText::describe(published)),
                     parent)
    , m_sourceId(sourceId)
    , m_published(published)
{ }

Status AcceptSourceDatingCommand::apply()
{
    const Result<SourceSummary> source = project().sources().summary(m_sourceId);
    if (!source)
        return source.error();
    const Result<QString> body = project().sources().body(m_sourceId);
    if (!body)
        return body.error();
    const Result<QList<Timex>> timexes = project().timexes().listForSource(m_sourceId);
    if (!timexes)
        return timexes.error();
    if (Status changed = project().sources().setPublished(m_sourceId, m_published); !changed)
        return changed;

    // Spans do not depend on the anchor, only values do: the tagger finds the same
    // expressions again and says what they mean now.
    QHash<QPair<int, int>, TimexMatch> matches;
    const TimexTagger tagger;
    const QList<TimexMatch> found = tagger.tag(*body, m_published);
    for (const TimexMatch &match : found)
        matches.insert({ match.start, match.end }, match);

    QList<Resolution> changes;
    for (const Timex &timex : *timexes) {
        const auto match = matches.constFind({ timex.start, timex.end });
        if (match == matches.cend() || match->type != timex.type)
            continue;
        if (match->value == timex.value && match->resolved == timex.resolved)
            continue;
        if (Status changed = project().timexes().setResolution(timex.id, match->value, match->resolved); !changed)
            return changed;
        changes.append({ timex.id, timex.value, timex.resolved });
    }

    m_previousPublished = source->published;
    m_changes = std::move(changes);
    setText(QCoreApplication::translate("annalist::AcceptSourceDatingCommand", "Set the date of \u201c%1\u201d to %2")
                .arg(TextShortener::shorten(source->title, 40), TimeValueText::describe(m_published)));
    return ok();
}

Status AcceptSourceDatingCommand::revert()
{
    if (Status changed = project().sources().setPublished(m_sourceId, m_previousPublished); !changed)
        return changed;
    for (const Resolution &change : std::as_const(m_changes)) {
        if (Status changed = project().timexes().setResolution(change.timexId, change.oldValue, change.oldResolved);
            !changed)
            return changed;
    }
    return ok();
}

void AcceptSourceDatingCommand::announce()
{
    emit projectSignals().sourcesChanged();
    emit projectSignals().timexesChanged(m_sourceId);
}

} // namespace annalist
