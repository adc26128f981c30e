// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/Mention.h"

#include <QList>

namespace annalist {

// Finds (with OccurrenceFinder) every occurrence of an entity's canonical name and aliases in the given
// sources (ignoring case, whole words only) and adds each as a candidate mention
// (origin Manual), leaving out spans that overlap any existing mention. Where names
// overlap each other ("Marco Rubio", "Rubio"), the longer occurrence wins. Undo removes
// exactly the mentions added; redo adds them back under the same ids.
class MarkAllOccurrencesCommand final : public ProjectCommand
{
public:
    MarkAllOccurrencesCommand(Project &project, ProjectSignals &projectSignals, qint64 entityId,
                              const QList<qint64> &sourceIds, QUndoCommand *parent = nullptr);

    qint64 entityId() const { return m_entityId; }
    // How many mentions the first redo added (0 before it).
    int addedCount() const { return static_cast<int>(m_added.size()); }
    QList<qint64> addedMentionIds() const;

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    qint64 m_entityId = 0;
    QList<qint64> m_sourceIds;
    bool m_searched = false;
    QList<Mention> m_added;
};

} // namespace annalist
