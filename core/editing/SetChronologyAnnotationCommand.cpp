// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "SetChronologyAnnotationCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/ChronologyAnnotationRepository.h"
#include "storage/EventRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>

namespace annalist {

namespace {

QString commandText(bool comment, bool highlight, bool removesHighlight, const QString &title)
{
    if (comment && highlight)
        return QCoreApplication::translate("annalist::SetChronologyAnnotationCommand", "Annotate \u201c%1\u201d")
            .arg(title);
    if (comment)
        return QCoreApplication::translate("annalist::SetChronologyAnnotationCommand", "Comment on \u201c%1\u201d")
            .arg(title);
    if (removesHighlight) {
        return QCoreApplication::translate("annalist::SetChronologyAnnotationCommand",
                                           "Remove the highlight of \u201c%1\u201d")
            .arg(title);
    }
    return QCoreApplication::translate("annalist::SetChronologyAnnotationCommand", "Highlight \u201c%1\u201d")
        .arg(title);
}

// Colours as the analyst picks them: the same red is the same, however it was stored.
bool sameColour(const QColor &a, const QColor &b)
{
    return a.isValid() == b.isValid() && (!a.isValid() || a.name(QColor::HexRgb) == b.name(QColor::HexRgb));
}

} // namespace

SetChronologyAnnotationCommand::SetChronologyAnnotationCommand(Project &project, ProjectSignals &projectSignals,
                                                               qint64 eventId, std::optional<QString> comment,
                                                               std::optional<QColor> highlight,
                                                               std::optional<Shown> shown, QUndoCommand *parent)
    : ProjectCommand(project, projectSignals,
                     QCoreApplication::translate("annalist::SetChronologyAnnotationCommand", "Annotate event"), parent)
    , m_eventId(eventId)
    , m_comment(std::move(comment))
    , m_highlight(std::move(highlight))
    , m_shown(std::move(shown))
{
    if (m_comment)
        m_comment = m_comment->trimmed();
}

bool SetChronologyAnnotationCommand::isEmpty(const ChronologyAnnotation &annotation)
{
    return annotation.comment.isEmpty() && !annotation.highlight.isValid();
}

QString SetChronologyAnnotationCommand::changedSinceShown(const std::optional<ChronologyAnnotation> &stored,
                                                          const QString &title) const
{
    if (!m_shown)
        return {};
    const QString comment = stored ? stored->comment : QString();
    const QColor highlight = stored ? stored->highlight : QColor();
    if (m_comment && comment != m_shown->comment) {
        if (comment.isEmpty())
            return QCoreApplication::translate("annalist::SetChronologyAnnotationCommand",
                                               "\u201c%1\u201d now has no comment")
                .arg(title);
        return QCoreApplication::translate("annalist::SetChronologyAnnotationCommand",
                                           "\u201c%1\u201d now has the comment \u201c%2\u201d")
            .arg(title, comment.simplified());
    }
    if (m_highlight && !sameColour(highlight, m_shown->highlight)) {
        if (!highlight.isValid())
            return QCoreApplication::translate("annalist::SetChronologyAnnotationCommand",
                                               "\u201c%1\u201d is now not highlighted")
                .arg(title);
        return QCoreApplication::translate("annalist::SetChronologyAnnotationCommand",
                                           "\u201c%1\u201d is now highlighted in %2")
            .arg(title, highlight.name(QColor::HexRgb));
    }
    return {};
}

Status SetChronologyAnnotationCommand::apply()
{
    const Result<Event> event = project().events().find(m_eventId);
    if (!event)
        return event.error();
    const Result<QList<ChronologyAnnotation>> annotations = project().annotations().listForEvent(m_eventId);
    if (!annotations)
        return annotations.error();

    std::optional<ChronologyAnnotation> before;
    if (!annotations->isEmpty())
        before = annotations->first();
    if (const QString now = changedSinceShown(before, event->title.simplified()); !now.isEmpty()) {
        const Status asShown = checkAsShown(
            { QStringLiteral("chronology_annotations"), QStringLiteral("event_id"), { m_eventId } }, false, now);
        if (!asShown)
            return asShown;
    }
    ChronologyAnnotation after = before.value_or(ChronologyAnnotation {});
    after.eventId = m_eventId;
    if (m_comment)
        after.comment = *m_comment;
    if (m_highlight)
        after.highlight = *m_highlight;

    ChronologyAnnotation made = m_made;
    bool created = false;
    if (before) {
        ChronologyAnnotationRepository &repository = project().annotations();
        if (isEmpty(after)) {
            if (Status removed = repository.remove(before->id); !removed)
                return removed;
        } else {
            if (Status changed = repository.setComment(before->id, after.comment); !changed)
                return changed;
            if (Status changed = repository.setHighlight(before->id, after.highlight); !changed)
                return changed;
        }
    } else if (!isEmpty(after)) {
        if (made.id > 0) {
            if (Status restored = project().annotations().restore(made); !restored)
                return restored;
        } else {
            const Result<qint64> id = project().annotations().add(after);
            if (!id)
                return id.error();
            Result<ChronologyAnnotation> stored = project().annotations().find(*id);
            if (!stored)
                return stored.error();
            made = std::move(*stored);
        }
        created = true;
    }

    m_shown.reset(); // a redo is checked against its undo (ProjectCommand)
    m_before = std::move(before);
    m_made = std::move(made);
    m_created = created;
    setText(commandText(m_comment.has_value(), m_highlight.has_value(), m_highlight && !m_highlight->isValid(),
                        event->title.simplified()));
    return ok();
}

Status SetChronologyAnnotationCommand::revert()
{
    ChronologyAnnotationRepository &repository = project().annotations();
    if (!m_before)
        return m_created ? repository.remove(m_made.id) : ok();
    const Result<ChronologyAnnotation> current = repository.find(m_before->id);
    if (!current) {
        if (current.error().code != StorageError::Code::NotFound)
            return current.error();
        return repository.restore(*m_before);
    }
    if (Status changed = repository.setComment(m_before->id, m_before->comment); !changed)
        return changed;
    return repository.setHighlight(m_before->id, m_before->highlight);
}

void SetChronologyAnnotationCommand::announce()
{
    emit projectSignals().annotationsChanged(m_eventId);
}

QList<RowAttribution::Rows> SetChronologyAnnotationCommand::rowsWritten() const
{
    return { { QStringLiteral("chronology_annotations"), QStringLiteral("event_id"), { m_eventId } } };
}

} // namespace annalist
