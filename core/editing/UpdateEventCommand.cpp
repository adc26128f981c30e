// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "UpdateEventCommand.h"

#include "storage/ProjectSignals.h"

#include "storage/EventRepository.h"
#include "storage/Project.h"

#include <QCoreApplication>
#include <QDateTime>

#include <bit>

namespace annalist {

namespace {

enum Field : unsigned {
    Title = 1u << 0,
    Kind = 1u << 1,
    Time = 1u << 2,
    Place = 1u << 3,
    Participants = 1u << 4,
    Description = 1u << 5,
    Assessment = 1u << 6,
    Credibility = 1u << 7,
    Lane = 1u << 8,
    Tags = 1u << 9,
};

// Empty and null text are the same to the project file.
bool sameText(const QString &a, const QString &b)
{
    return a.isEmpty() ? b.isEmpty() : a == b;
}

unsigned changedFields(const Event &before, const Event &after)
{
    unsigned fields = 0;
    if (!sameText(before.title, after.title))
        fields |= Title;
    if (!sameText(before.kind, after.kind))
        fields |= Kind;
    if (!(before.time == after.time))
        fields |= Time;
    if (before.placeEntityId != after.placeEntityId)
        fields |= Place;
    if (before.participants != after.participants)
        fields |= Participants;
    if (!sameText(before.description, after.description))
        fields |= Description;
    if (!sameText(before.assessment, after.assessment))
        fields |= Assessment;
    if (before.credibility != after.credibility)
        fields |= Credibility;
    if (!sameText(before.lane, after.lane))
        fields |= Lane;
    QStringList beforeTags = before.tags;
    QStringList afterTags = after.tags;
    beforeTags.sort();
    afterTags.sort();
    if (beforeTags != afterTags)
        fields |= Tags;
    return fields;
}

QString textFor(unsigned fields, const QString &title)
{
    const char *what = nullptr;
    switch (fields) {
    case Title:
        return QCoreApplication::translate("annalist::UpdateEventCommand", "Rename event \u201c%1\u201d").arg(title);
    case Kind:
        what = QT_TRANSLATE_NOOP("annalist::UpdateEventCommand", "Change the kind of \u201c%1\u201d");
        break;
    case Time:
        what = QT_TRANSLATE_NOOP("annalist::UpdateEventCommand", "Change the time of \u201c%1\u201d");
        break;
    case Place:
        what = QT_TRANSLATE_NOOP("annalist::UpdateEventCommand", "Change the place of \u201c%1\u201d");
        break;
    case Participants:
        what = QT_TRANSLATE_NOOP("annalist::UpdateEventCommand", "Change the participants of \u201c%1\u201d");
        break;
    case Description:
        what = QT_TRANSLATE_NOOP("annalist::UpdateEventCommand", "Change the description of \u201c%1\u201d");
        break;
    case Assessment:
        what = QT_TRANSLATE_NOOP("annalist::UpdateEventCommand", "Change the assessment of \u201c%1\u201d");
        break;
    case Credibility:
        what = QT_TRANSLATE_NOOP("annalist::UpdateEventCommand", "Change the credibility of \u201c%1\u201d");
        break;
    case Lane:
        what = QT_TRANSLATE_NOOP("annalist::UpdateEventCommand", "Change the lane of \u201c%1\u201d");
        break;
    case Tags:
        what = QT_TRANSLATE_NOOP("annalist::UpdateEventCommand", "Change the tags of \u201c%1\u201d");
        break;
    default:
        what = QT_TRANSLATE_NOOP("annalist::UpdateEventCommand", "Edit event \u201c%1\u201d");
        break;
    }
    return QCoreApplication::translate("annalist::UpdateEventCommand", what).arg(title);
}

} // namespace

UpdateEventCommand::UpdateEventCommand(Project &project, ProjectSignals &projectSignals, const Event &event,
                                       QUndoCommand *parent)
    : ProjectCommand(project, projectSignals, textFor(0, event.title.simplified()), parent)
    , m_new(event)
{ }

Status UpdateEventCommand::checkUnchanged(const Event &current, qint64 expectedAt) const
{
    // One's own later edits (another window, an earlier step of this stack) are one's own to
    // undo; only another analyst's are kept from being overwritten.
    if (expectedAt == 0 || current.changedAt == expectedAt || current.changedBy == project().userName())
        return ok();
    const QString who = current.changedBy.isEmpty()
        ? QCoreApplication::translate("annalist::UpdateEventCommand", "someone else")
        : current.changedBy;
    const QString when = QDateTime::fromMSecsSinceEpoch(current.changedAt).toString(QStringLiteral("HH:mm:ss"));
    return StorageError { StorageError::Code::Conflict,
                          QCoreApplication::translate("annalist::UpdateEventCommand",
                                                      "%1 changed the event at %2, after you read it; it is now "
                                                      "\u201c%3\u201d (%4). Nothing of theirs was overwritten: "
                                                      "look at their version, then edit again.")
                              .arg(who, when, current.title,
                                   current.time.toEdtf().isEmpty()
                                       ? QCoreApplication::translate("annalist::UpdateEventCommand", "no time")
                                       : current.time.toEdtf()) };
}

Status UpdateEventCommand::readStamp(qint64 *stamp) const
{
    const Result<Event> stored = project().events().find(m_new.id);
    if (!stored)
        return stored.error();
    *stamp = stored->changedAt;
    return ok();
}

Status UpdateEventCommand::apply()
{
    const Result<Event> current = project().events().find(m_new.id);
    if (!current)
        return current.error();
    // The first time against what the analyst saw; a redo against what its undo left.
    if (Status unchanged = checkUnchanged(*current, m_applied ? m_stampAfterRevert : m_new.changedAt); !unchanged)
        return unchanged;
    if (Status updated = project().events().update(m_new); !updated)
        return updated;
    // An edit that changes nothing (an editor closed without a change) is no step.
    if (!m_applied && changedFields(*current, m_new) == 0)
        setObsolete(true);
    m_old = *current;
    m_applied = true;
    describe();
    return readStamp(&m_stampAfterApply);
}

Status UpdateEventCommand::revert()
{
    const Result<Event> current = project().events().find(m_new.id);
    if (!current)
        return current.error();
    if (Status unchanged = checkUnchanged(*current, m_stampAfterApply); !unchanged)
        return unchanged;
    if (Status updated = project().events().update(m_old); !updated)
        return updated;
    return readStamp(&m_stampAfterRevert);
}

void UpdateEventCommand::announce()
{
    emit projectSignals().eventsChanged(m_new.id);
}

void UpdateEventCommand::describe()
{
    const QString title = (m_new.title.isEmpty() ? m_old.title : m_new.title).simplified();
    setText(textFor(changedFields(m_old, m_new), title));
}

} // namespace annalist
