// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "ProjectCommand.h"

#include "model/TimeValue.h"

#include <QList>
#include <QString>

namespace annalist {

// Accepts a publication time for a source (often a window inferred from the titles it
// uses, see SourceDating) and resolves the source's time expressions again against it:
// against a window, "next week" becomes the weeks after its earliest and latest days,
// Uncertain, with the window recorded as anchor. Expressions whose span the time
// tagger no longer finds keep their values. Undo restores the old publication time
// and the old values.
class AcceptSourceDatingCommand final : public ProjectCommand
{
public:
    AcceptSourceDatingCommand(Project &project, ProjectSignals &projectSignals, qint64 sourceId,
                              const TimeValue &published, QUndoCommand *parent = nullptr);

    qint64 sourceId() const { return m_sourceId; }
    // How many time expressions the last redo resolved differently.
    int timexesChanged() const { return int(m_changes.size()); }

protected:
    Status apply() override;
    Status revert() override;
    void announce() override;

private:
    struct Resolution
    {
        qint64 timexId = 0;
        QString oldValue;
        TimeValue oldResolved;
    };

    qint64 m_sourceId = 0;
    TimeValue m_published;
    TimeValue m_previousPublished;
    QList<Resolution> m_changes;
};

} // namespace annalist
