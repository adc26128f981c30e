// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Mention.h"

#include <optional>

namespace annalist {

// Marks the span [start, end) of a source as a mention of an existing entity. The
// quote and some context either side come from the source's body. A span holds one
// mention per entity: marking over a mention of that entity, or over a candidate or
// rejected mention of another, takes that mention over (confirms or retypes it)
// instead of adding a second one.
class AddMentionCommand final : public ProjectCommand
{
public:
    AddMentionCommand(Project &project, ProjectSignals &projectSignals, qint64 sourceId, int start, int end,
                      qint64 entityId, Mention::Status status = Mention::Status::Confirmed,
                      QUndoCommand *parent = nullptr);

    // The new mention's id once redone (kept across undo and redo); 0 before.
    qint64 mentionId() const { return m_mention.id; }
    qint64 sourceId() const { return m_mention.sourceId; }
    // The undo text of marking a quote as an entity, or of confirming a proposal so.
    enum class Wording { Mark, Confirm };
    static QString describe(const QString &quote, const QString &entityName, Wording wording = Wording::Mark);

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;
    QList<RowAttribution::Rows> rowsWritten() const override;

private:
    // The mention of the same span this command takes over, if any; 0 if none.
    const Mention *sameSpan(const QList<Mention> &existing) const;

    Mention m_mention;
    // What the mention taken over was before.
    std::optional<Mention> m_takenOver;
};

} // namespace annalist
