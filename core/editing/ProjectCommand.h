// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "common/Result.h"
#include "storage/RowAttribution.h"

#include <QString>
#include <QUndoCommand>

#include <optional>

namespace annalist {

class Project;
class ProjectSignals;

// Base of every edit of a project. redo() and undo() each write to the project file
// at once, inside one transaction: a step that fails leaves the project as it was,
// reports the error through ProjectSignals::errorOccurred and makes the command
// obsolete, so that a QUndoStack drops it (after a failed undo the change stays in the
// project and the stack forgets it). Successful steps call announce() so that views
// refresh.
//
// Subclasses implement apply() and revert() (the writes) and announce() (the signals).
// Writes inside apply() and revert() must go through the project's repositories on
// its connection; they share the surrounding transaction.
class ProjectCommand : public QUndoCommand
{
public:
    ProjectCommand(Project &project, ProjectSignals &projectSignals, const QString &text,
                   QUndoCommand *parent = nullptr);
    ~ProjectCommand() override;
    ProjectCommand(const ProjectCommand &) = delete;
    ProjectCommand &operator=(const ProjectCommand &) = delete;

    void redo() final;
    void undo() final;

    // True once a redo or undo has failed; the command does nothing after that.
    bool hasFailed() const { return m_failed; }
    // Why the last redo or undo failed; empty when none did.
    QString errorMessage() const { return m_errorMessage; }

protected:
    Project &project() const { return m_project; }
    ProjectSignals &projectSignals() const { return m_signals; }

    // The change itself. On error, return it: the transaction is rolled back, so any
    // partial writes vanish; member state the subclass changed should be changed only
    // once everything succeeded (or be harmless, since the command is then obsolete).
    virtual Status apply() = 0;
    virtual Status revert() = 0;
    // Emits the ProjectSignals that the last successful apply() or revert() calls for.
    virtual void announce() = 0;

    // The rows apply() wrote, by table (known once it ran). An undo, or a redo after it,
    // first looks whether another analyst changed one of them since, and is refused rather
    // than overwrite their decision. Empty (the default): not looked at.
    virtual QList<RowAttribution::Rows> rowsWritten() const;

    // For the first apply of an edit made against what the analyst's window showed:
    // `asShown` is false when the stored value is no longer the one shown. When another
    // analyst left it so, the edit is refused with their name, the time and `now` (what
    // they left, in words); a change of one's own, from another window, is one's own to
    // overwrite.
    Status checkAsShown(const RowAttribution::Rows &row, bool asShown, const QString &now) const;
    // Emits errorOccurred with the command's text and the error, and marks the
    // command failed and obsolete.
    void reportError(const StorageError &error);

private:
    enum class Step { Apply, Revert };
    void run(Step step);
    Status checkNoLaterChangeByOthers(Step step) const;

    Project &m_project;
    ProjectSignals &m_signals;
    bool m_failed = false;
    // The step that last succeeded, if any.
    std::optional<Step> m_done;
    QString m_errorMessage;
};

} // namespace annalist
