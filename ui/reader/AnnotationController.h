// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "model/Mention.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <optional>

class QAction;
class QMenu;
class QUndoStack;
class QWidget;

namespace annalist {

class EntityDock;
class EntityTypeModel;
class Project;
class ProjectSignals;
class ReaderArea;
class ReaderPane;
class SourceListModel;
struct Entity;

// What the analyst does to mentions in the reader, turned into editing commands on
// the undo stack: marking a selection as an entity, accepting, rejecting and removing
// mentions, linking a mention to another entity, retyping an entity, marking all
// occurrences. Owns the Annotate menu. Reports through message() and errorRaised().
class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    AnnotationController(ProjectSignals &signalHub, QUndoStack &undoStack, EntityTypeModel &types,
                         SourceListModel &sources, EntityDock &entityDock, QWidget *dialogParent);

    void setProject(Project *project, ReaderArea *readerArea);
    // The Annotate menu, filled once; its actions are enabled with a project.
    void fillMenu(QMenu *menu, QAction *analyzeAction, QAction *analyzeOnImportAction);
    QList<QAction *> actions() const { return m_actions; }
    // The entity types to change a mention's entity to, from the type model.
    void rebuildTypeMenu();

    // Wires a pane's annotation keys to this controller.
    void wirePane(ReaderPane *pane);

    // Marks the selection of the current pane as a mention of an entity of that type.
    bool annotateSelection(const QString &typeName);
    void acceptMention(qint64 mentionId);
    void rejectMention(qint64 mentionId);
    void removeMention(qint64 mentionId);
    // Accepts or rejects a time expression of a pane (its words name the undo step).
    void setTimeStatus(const ReaderPane &pane, qint64 timexId, Mention::Status status);
    void changeTypeOfMentionEntity(const QString &typeName);
    void linkMentionToOtherEntity();
    void markAllOccurrences(bool inAllSources);
    void acceptAllOfEntity();

signals:
    // A short note for the status bar.
    void message(const QString &text, int timeout);
    void errorRaised(const QString &title, const QString &message, const QString &details = {});

private:
    qint64 mentionUnderCursor() const;
    // The status a reader pane shows for the mention; empty when no pane shows it.
    QHash<qint64, Mention::Status> shownStatus(qint64 mentionId) const;
    // The entity of the mention under the cursor, else the one selected in the entity
    // dock; 0 (after saying why) when there is none.
    qint64 entityInFocus();
    // Which of several entities the words name: its id, 0 for a new entity, or
    // nothing when the analyst cancels.
    std::optional<qint64> chooseEntity(const QString &text, const QList<Entity> &candidates);

    ProjectSignals &m_signals;
    QUndoStack &m_undoStack;
    EntityTypeModel &m_types;
    SourceListModel &m_sources;
    EntityDock &m_entityDock;
    QWidget *m_dialogParent;
    Project *m_project = nullptr;
    ReaderArea *m_readerArea = nullptr;
    QMenu *m_changeTypeMenu = nullptr;
    QList<QAction *> m_actions;
};

} // namespace annalist
