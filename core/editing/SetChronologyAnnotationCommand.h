// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/ChronologyAnnotation.h"

#include <QColor>
#include <QString>

#include <optional>

namespace annalist {

// Sets the analyst's comment and/or highlight on an event's chronology entry; what is
// not given stays as it is. The event's annotation (its oldest, if it has several) is
// changed, or made when there is none; one left with neither comment nor highlight
// is removed. Undo restores exactly what was there, the annotation's id included.
class SetChronologyAnnotationCommand final : public ProjectCommand
{
public:
    // What the analyst's window showed of the entry (empty and invalid: nothing).
    struct Shown
    {
        QString comment;
        QColor highlight;
    };

    // An invalid QColor as highlight removes the highlight; an empty comment, the comment.
    // `shown`: what the analyst's window showed, which the first apply expects to find in
    // what it changes, the comment, the highlight or both (ProjectCommand::checkAsShown);
    // none: not looked at.
    SetChronologyAnnotationCommand(Project &project, ProjectSignals &projectSignals, qint64 eventId,
                                   std::optional<QString> comment, std::optional<QColor> highlight,
                                   std::optional<Shown> shown = std::nullopt, QUndoCommand *parent = nullptr);

    qint64 eventId() const { return m_eventId; }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;
    QList<RowAttribution::Rows> rowsWritten() const override;

private:
    static bool isEmpty(const ChronologyAnnotation &annotation);
    // What another analyst left, in words, when the stored annotation differs from what
    // was shown in a part this command changes; empty when it does not.
    QString changedSinceShown(const std::optional<ChronologyAnnotation> &stored, const QString &title) const;

    qint64 m_eventId = 0;
    std::optional<QString> m_comment;
    std::optional<QColor> m_highlight;
    std::optional<Shown> m_shown; // reset once applied
    // The annotation before the change, if there was one, and the one made by the first
    // redo, kept so that later redos restore it under the same id.
    std::optional<ChronologyAnnotation> m_before;
    ChronologyAnnotation m_made;
    bool m_created = false;
};

} // namespace annalist
