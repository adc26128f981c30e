// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "AnnotationController.h"

#include "analysis/EntityResolver.h"
#include "editing/AddMentionCommand.h"
#include "editing/CreateEntityWithMentionCommand.h"
#include "editing/MarkAllOccurrencesCommand.h"
#include "editing/RemoveMentionCommand.h"
#include "editing/SetEntityTypeCommand.h"
#include "editing/SetMentionEntityCommand.h"
#include "editing/SetMentionStatusCommand.h"
#include "editing/SetTimexStatusCommand.h"
#include "itemmodels/EntityTypeModel.h"
#include "itemmodels/SourceListModel.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "ui/entities/EntityDock.h"
#include "ui/reader/ReaderArea.h"
#include "ui/reader/ReaderPane.h"

#include <QAction>
#include <QInputDialog>
#include <QMenu>
#include <QPixmap>
#include <QUndoStack>

namespace annalist {

namespace {

constexpr int noteTimeout = 6000;

struct AnnotationKey
{
    const char *typeName;
    const char *label;
    const char *key;
};

// The keys are handled by the reader itself; the menu shows them.
constexpr AnnotationKey annotationKeys[] = {
    { "Person", QT_TRANSLATE_NOOP("annalist::AnnotationController", "Mark as &Person"), "P" },
    { "Organisation", QT_TRANSLATE_NOOP("annalist::AnnotationController", "Mark as &Organisation"), "O" },
    { "Place", QT_TRANSLATE_NOOP("annalist::AnnotationController", "Mark as P&lace"), "L" },
    { "Title", QT_TRANSLATE_NOOP("annalist::AnnotationController", "Mark as &Title or Role"), "T" },
    { "Other", QT_TRANSLATE_NOOP("annalist::AnnotationController", "Mark as Oth&er"), "E" },
};

// How a reader pane shows the mention, the current one first (where the analyst acts);
// null when no pane shows it. Valid until the panes read their mentions again.
const MentionHighlighter::Entry *shownMention(const ReaderArea *readerArea, qint64 mentionId)
{
    if (!readerArea)
        return nullptr;
    if (const ReaderPane *current = readerArea->currentPane()) {
        if (const MentionHighlighter::Entry *entry = current->mentions().entry(mentionId))
            return entry;
    }
    for (const ReaderPane *pane : readerArea->panes()) {
        if (const MentionHighlighter::Entry *entry = pane->mentions().entry(mentionId))
            return entry;
    }
    return nullptr;
}

} // namespace

AnnotationController::AnnotationController(ProjectSignals &signalHub, QUndoStack &undoStack, EntityTypeModel &types,
                                           SourceListModel &sources, EntityDock &entityDock, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_signals(signalHub)
    , m_undoStack(undoStack)
    , m_types(types)
    , m_sources(sources)
    , m_entityDock(entityDock)
    , m_dialogParent(dialogParent)
{ }

void AnnotationController::setProject(Project *project, ReaderArea *readerArea)
{
    m_project = project;
    m_readerArea = readerArea;
}

void AnnotationController::fillMenu(QMenu *annotate, QAction *analyzeAction, QAction *analyzeOnImportAction)
{
    for (const AnnotationKey &key : annotationKeys) {
        QAction *action = annotate->addAction(tr(key.label));
        action->setShortcut(QKeySequence(QString::fromLatin1(key.key)));
        action->setShortcutContext(Qt::WidgetShortcut);
        const QString typeName = QString::fromLatin1(key.typeName);
        connect(action, &QAction::triggered, this, [this, typeName] { annotateSelection(typeName); });
        m_actions << action;
    }
    annotate->addSeparator();
    QAction *accept = annotate->addAction(tr("&Accept Candidate"));
    accept->setShortcut(QKeySequence(Qt::Key_Return));
    accept->setShortcutContext(Qt::WidgetShortcut);
    connect(accept, &QAction::triggered, this, [this] { acceptMention(mentionUnderCursor()); });
    QAction *reject = annotate->addAction(tr("&Reject Candidate"));
    reject->setShortcut(QKeySequence(Qt::Key_Delete));
    reject->setShortcutContext(Qt::WidgetShortcut);
    connect(reject, &QAction::triggered, this, [this] { rejectMention(mentionUnderCursor()); });
    QAction *remove = annotate->addAction(tr("Re&move Mention"), this, [this] { removeMention(mentionUnderCursor()); });
    m_changeTypeMenu = annotate->addMenu(tr("Change Entity &Type"));
    QAction *link
        = annotate->addAction(tr("&Link to Another Entity…"), this, &AnnotationController::linkMentionToOtherEntity);
    QAction *acceptAll = annotate->addAction(tr("Accept All Candidates of This &Entity"), this,
                                             &AnnotationController::acceptAllOfEntity);
    annotate->addSeparator();
    annotate->addAction(analyzeAction);
    annotate->addAction(analyzeOnImportAction);
    annotate->addSeparator();
    QAction *markHere
        = annotate->addAction(tr("Mark All Occurrences in This &Source"), this, [this] { markAllOccurrences(false); });
    QAction *markEverywhere
        = annotate->addAction(tr("Mark All Occurrences in All S&ources"), this, [this] { markAllOccurrences(true); });
    m_actions << accept << reject << remove << link << acceptAll << analyzeAction << markHere << markEverywhere;
}

void AnnotationController::rebuildTypeMenu()
{
    if (!m_changeTypeMenu)
        return;
    m_changeTypeMenu->clear();
    for (int row = 0; row < m_types.rowCount(); ++row) {
        const EntityType type = m_types.typeAt(row);
        QPixmap swatch(12, 12);
        swatch.fill(type.color);
        m_changeTypeMenu->addAction(QIcon(swatch), type.name, this,
                                    [this, name = type.name] { changeTypeOfMentionEntity(name); });
    }
}

void AnnotationController::wirePane(ReaderPane *pane)
{
    // A key pressed in a pane acts on that pane, whichever was current before.
    connect(pane, &ReaderPane::annotateRequested, this, [this, pane](const QString &typeName) {
        if (m_readerArea)
            m_readerArea->setCurrentPane(pane);
        annotateSelection(typeName);
    });
    connect(pane, &ReaderPane::acceptRequested, this, &AnnotationController::acceptMention);
    connect(pane, &ReaderPane::rejectRequested, this, &AnnotationController::rejectMention);
    connect(pane, &ReaderPane::removeRequested, this, &AnnotationController::removeMention);
    connect(pane, &ReaderPane::acceptTimeRequested, this,
            [this, pane](qint64 timexId) { setTimeStatus(*pane, timexId, Mention::Status::Confirmed); });
    connect(pane, &ReaderPane::rejectTimeRequested, this,
            [this, pane](qint64 timexId) { setTimeStatus(*pane, timexId, Mention::Status::Rejected); });
    pane->setContextActions(m_actions);
}

bool AnnotationController::annotateSelection(const QString &typeName)
{
    ReaderPane *pane = m_readerArea ? m_readerArea->currentPane() : nullptr;
    if (!m_project || !pane || pane->sourceId() == 0)
        return false;
    const auto [start, end] = pane->selection();
    if (end <= start) {
        emit message(tr("Select the words to mark first, then press P, O, L, T or E."), noteTimeout);
        return false;
    }
    const auto body = m_project->sources().body(pane->sourceId());
    if (!body) {
        emit errorRaised(tr("Cannot read the source"), body.error().message);
        return false;
    }
    const QString text = body->mid(start, end - start).simplified();
    const auto found = EntityResolver::resolve(m_project->entities(), text, typeName);
    if (!found) {
        emit errorRaised(tr("Cannot read the entities"), found.error().message);
        return false;
    }
    QList<Entity> candidates;
    for (const Entity &entity : *found) {
        const int row = m_types.rowOfType(entity.typeId);
        if (row >= 0 && m_types.typeAt(row).name.compare(typeName, Qt::CaseInsensitive) == 0)
            candidates << entity;
    }
    qint64 entityId = 0;
    if (candidates.size() == 1) {
        entityId = candidates.first().id;
    } else if (candidates.size() > 1) {
        const std::optional<qint64> chosen = chooseEntity(text, candidates);
        if (!chosen)
            return false;
        entityId = *chosen;
    }
    if (entityId != 0)
        m_undoStack.push(new AddMentionCommand(*m_project, m_signals, pane->sourceId(), start, end, entityId));
    else
        m_undoStack.push(
            new CreateEntityWithMentionCommand(*m_project, m_signals, pane->sourceId(), start, end, text, typeName));
    return true;
}

std::optional<qint64> AnnotationController::chooseEntity(const QString &text, const QList<Entity> &candidates)
{
    QStringList choices;
    for (const Entity &entity : candidates) {
        choices << (entity.aliases.isEmpty()
                        ? entity.canonicalName
                        : tr("%1 (also: %2)").arg(entity.canonicalName, entity.aliases.join(QStringLiteral(", "))));
    }
    choices << tr("A new entity named \"%1\"").arg(text);
    // Scripted runs cannot answer a dialog: they take the first match.
    if (qEnvironmentVariableIsSet("ANNALIST_NO_DIALOGS"))
        return candidates.first().id;
    bool accepted = false;
    const QString chosen
        = QInputDialog::getItem(m_dialogParent, tr("Which Entity?"), tr("\"%1\" could be several entities:").arg(text),
                                choices, 0, false, &accepted);
    if (!accepted)
        return std::nullopt;
    const qsizetype index = choices.indexOf(chosen);
    return index >= 0 && index < candidates.size() ? candidates.at(index).id : 0;
}

qint64 AnnotationController::mentionUnderCursor() const
{
    ReaderPane *pane = m_readerArea ? m_readerArea->currentPane() : nullptr;
    return pane ? pane->mentionAtCursor() : 0;
}

QHash<qint64, Mention::Status> AnnotationController::shownStatus(qint64 mentionId) const
{
    if (const MentionHighlighter::Entry *entry = shownMention(m_readerArea, mentionId))
        return { { mentionId, entry->status } };
    return {};
}

// Against the status the analyst saw: a mention another analyst decided meanwhile is
// not overwritten (SetMentionStatusCommand).
void AnnotationController::acceptMention(qint64 mentionId)
{
    if (m_project && mentionId != 0)
        m_undoStack.push(new SetMentionStatusCommand(*m_project, m_signals, { mentionId }, Mention::Status::Confirmed,
                                                     shownStatus(mentionId)));
}

void AnnotationController::rejectMention(qint64 mentionId)
{
    if (m_project && mentionId != 0)
        m_undoStack.push(new SetMentionStatusCommand(*m_project, m_signals, { mentionId }, Mention::Status::Rejected,
                                                     shownStatus(mentionId)));
}

void AnnotationController::removeMention(qint64 mentionId)
{
    if (m_project && mentionId != 0)
        m_undoStack.push(new RemoveMentionCommand(*m_project, m_signals, mentionId));
}

void AnnotationController::setTimeStatus(const ReaderPane &pane, qint64 timexId, Mention::Status status)
{
    if (m_project && timexId != 0)
        m_undoStack.push(new SetTimexStatusCommand(*m_project, m_signals, timexId, status, pane.timeQuote(timexId)));
}

// The entity the pane shows the mention as, against the type it is drawn in: an entity
// another analyst retyped meanwhile is not overwritten (SetEntityTypeCommand).
void AnnotationController::changeTypeOfMentionEntity(const QString &typeName)
{
    const qint64 mentionId = mentionUnderCursor();
    if (!m_project || mentionId == 0) {
        emit message(tr("Put the cursor on a mention first."), noteTimeout);
        return;
    }
    const auto mention = m_project->mentions().find(mentionId);
    if (!mention) {
        emit errorRaised(tr("Cannot read the mention"), mention.error().message);
        return;
    }
    qint64 entityId = mention->entityId;
    std::optional<qint64> shownType;
    if (const MentionHighlighter::Entry *shown = shownMention(m_readerArea, mentionId)) {
        entityId = shown->entityId;
        if (shown->typeId != 0)
            shownType = shown->typeId;
    }
    const auto type = m_project->entities().findType(typeName);
    if (!type) {
        emit errorRaised(tr("Cannot read the entity type"), type.error().message);
        return;
    }
    m_undoStack.push(new SetEntityTypeCommand(*m_project, m_signals, entityId, type->id, shownType));
}

void AnnotationController::linkMentionToOtherEntity()
{
    const qint64 mentionId = mentionUnderCursor();
    if (!m_project || mentionId == 0) {
        emit message(tr("Put the cursor on a mention first."), noteTimeout);
        return;
    }
    const auto mention = m_project->mentions().find(mentionId);
    if (!mention) {
        emit errorRaised(tr("Cannot read the mention"), mention.error().message);
        return;
    }
    // The entity the pane showed when the analyst chose to relink, not after the dialog:
    // a mention another analyst relinked meanwhile is not overwritten (SetMentionEntityCommand).
    std::optional<qint64> shownEntity;
    if (const MentionHighlighter::Entry *shown = shownMention(m_readerArea, mentionId))
        shownEntity = shown->entityId;
    const auto entities = m_project->entities().list();
    if (!entities) {
        emit errorRaised(tr("Cannot read the entities"), entities.error().message);
        return;
    }
    QStringList names;
    QList<qint64> ids;
    for (const Entity &entity : *entities) {
        if (entity.id == shownEntity.value_or(mention->entityId))
            continue;
        names << entity.canonicalName;
        ids << entity.id;
    }
    if (names.isEmpty()) {
        emit message(tr("There is no other entity to link the mention to."), noteTimeout);
        return;
    }
    bool accepted = false;
    const QString chosen = QInputDialog::getItem(
        m_dialogParent, tr("Link to Entity"), tr("\"%1\" refers to:").arg(mention->quote), names, 0, false, &accepted);
    if (accepted)
        m_undoStack.push(new SetMentionEntityCommand(*m_project, m_signals, mentionId, ids.value(names.indexOf(chosen)),
                                                     shownEntity));
}

qint64 AnnotationController::entityInFocus()
{
    const qint64 mentionId = mentionUnderCursor();
    qint64 entityId = 0;
    if (m_project && mentionId != 0) {
        const auto mention = m_project->mentions().find(mentionId);
        if (!mention) {
            emit errorRaised(tr("Cannot read the mention"), mention.error().message);
            return 0;
        }
        entityId = mention->entityId;
    }
    if (entityId == 0)
        entityId = m_entityDock.selectedEntityId();
    if (!m_project || entityId == 0)
        emit message(tr("Put the cursor on a mention, or select an entity, first."), noteTimeout);
    return m_project ? entityId : 0;
}

void AnnotationController::markAllOccurrences(bool inAllSources)
{
    ReaderPane *pane = m_readerArea ? m_readerArea->currentPane() : nullptr;
    if (!pane) {
        emit message(tr("Put the cursor on a mention, or select an entity, first."), noteTimeout);
        return;
    }
    const qint64 entityId = entityInFocus();
    if (entityId == 0)
        return;
    QList<qint64> sources;
    if (inAllSources) {
        for (int row = 0; row < m_sources.rowCount(); ++row)
            sources << m_sources.sourceIdAt(row);
    } else {
        sources << pane->sourceId();
    }
    auto *command = new MarkAllOccurrencesCommand(*m_project, m_signals, entityId, sources);
    m_undoStack.push(command);
    emit message(tr("Occurrences marked as candidates: %1.").arg(command->addedCount()), noteTimeout);
}

void AnnotationController::acceptAllOfEntity()
{
    const qint64 entityId = entityInFocus();
    if (entityId == 0)
        return;
    const auto mentions = m_project->mentions().listForEntity(entityId);
    if (!mentions) {
        emit errorRaised(tr("Cannot read the mentions"), mentions.error().message);
        return;
    }
    QList<qint64> candidates;
    QHash<qint64, Mention::Status> read;
    for (const Mention &mention : *mentions) {
        if (mention.status == Mention::Status::Candidate) {
            candidates << mention.id;
            read.insert(mention.id, mention.status);
        }
    }
    if (!candidates.isEmpty())
        m_undoStack.push(
            new SetMentionStatusCommand(*m_project, m_signals, candidates, Mention::Status::Confirmed, read));
    emit message(tr("Candidates accepted: %1.").arg(candidates.size()), noteTimeout);
}

} // namespace annalist
