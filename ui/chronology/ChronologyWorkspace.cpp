// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ChronologyWorkspace.h"

#include "ChronologyPanel.h"
#include "ConflictsPanel.h"
#include "EventEditor.h"
#include "SourceDatingDialog.h"
#include "ui/export/ExportDialog.h"
#include "ui/reader/ReaderArea.h"
#include "ui/reader/ReaderPane.h"
#include "ui/settings/Settings.h"
#include "ui/theming/ColorThemes.h"
#include "ui/timeline/TimelinePanel.h"
#include "ui/timeline/TimelineView.h"
#include "ui/widgets/ChronologyFilterBar.h"

#include "chronology/ChronologyLoader.h"
#include "chronology/EventDraftBuilder.h"
#include "chronology/RoleTable.h"
#include "editing/CreateEventCommand.h"
#include "editing/ImportChronologyCommand.h"
#include "editing/ImportRolesCommand.h"
#include "editing/RemoveEventCommand.h"
#include "itemmodels/ChronologyModel.h"
#include "storage/EvidenceRepository.h"
#include "storage/Project.h"
#include "storage/ProjectSignals.h"
#include "storage/SourceRepository.h"

#include <QAction>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace annalist {

ChronologyWorkspace::ChronologyWorkspace(QMainWindow &window, ProjectSignals &projectSignals, QUndoStack &undoStack)
    : QObject(&window)
    , m_window(window)
    , m_signals(projectSignals)
    , m_undoStack(undoStack)
    , m_model(new ChronologyModel(this))
    , m_editor(new EventEditor(&window))
    , m_chronology(new ChronologyPanel(m_model, &window))
    , m_timeline(new TimelinePanel(&window))
    , m_conflicts(new ConflictsPanel(&window))
{
    const auto addDock = [this](QWidget *content, const QString &title, const QString &name) {
        auto *dock = new QDockWidget(title, &m_window);
        dock->setObjectName(name);
        dock->setWidget(content);
        m_docks << dock;
    };
    // The form scrolls rather than being cut where the dock is narrower or shorter
    // than it (a laptop's screen).
    m_editor->setMinimumWidth(300);
    auto *editorScroll = new QScrollArea;
    editorScroll->setWidget(m_editor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    addDock(editorScroll, tr("Event"), QStringLiteral("eventDock"));
    addDock(m_chronology, tr("Chronology"), QStringLiteral("chronologyDock"));
    addDock(m_timeline, tr("Timeline"), QStringLiteral("timelineDock"));
    addDock(m_conflicts, tr("Conflicts"), QStringLiteral("conflictsDock"));

    m_editor->setSelectionProvider([this]() -> std::optional<PassageSelection> {
        ReaderArea *area = m_readerArea;
        ReaderPane *pane = area ? area->currentPane() : nullptr;
        if (!pane || !pane->sourceId())
            return std::nullopt;
        const auto [start, end] = pane->selection();
        return PassageSelection { pane->sourceId(), start, end };
    });
    createActions();

    // Views reread the chronology once per burst of edits.
    auto *reload = new QTimer(this);
    reload->setSingleShot(true);
    reload->setInterval(0);
    connect(reload, &QTimer::timeout, this, &ChronologyWorkspace::reloadAll);
    const auto later = [reload] {
        reload->start();
    };
    connect(&m_signals, &ProjectSignals::eventsChanged, this, later);
    connect(&m_signals, &ProjectSignals::eventRemoved, this, later);
    connect(&m_signals, &ProjectSignals::evidenceChanged, this, later);
    connect(&m_signals, &ProjectSignals::annotationsChanged, this, later);
    connect(&m_signals, &ProjectSignals::entitiesChanged, this, later);
    connect(&m_signals, &ProjectSignals::sourcesChanged, this, later);
    connect(&m_signals, &ProjectSignals::mentionsChanged, this, later);
    connect(&m_signals, &ProjectSignals::timexesChanged, this, later);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ChronologyWorkspace::refreshViews);
    connect(m_chronology, &ChronologyPanel::eventSelected, this, &ChronologyWorkspace::selectEvent);
    connect(m_chronology, &ChronologyPanel::eventActivated, this, [this](qint64 id) {
        selectEvent(id);
        openEvidence(id);
        m_docks.at(0)->raise();
    });
    connect(m_chronology, &ChronologyPanel::compareRequested, this, &ChronologyWorkspace::compareConflict);
    connect(m_chronology, &ChronologyPanel::deleteRequested, this, &ChronologyWorkspace::deleteEvent);
    connect(m_timeline->view(), &TimelineView::eventSelected, this, &ChronologyWorkspace::selectEvent);
    connect(m_timeline->view(), &TimelineView::eventClicked, this, &ChronologyWorkspace::openEvidence);
    connect(m_conflicts, &ConflictsPanel::eventSelected, this, &ChronologyWorkspace::selectEvent);
    connect(m_conflicts, &ConflictsPanel::compareRequested, this, [this](qint64 eventId, qint64 first, qint64 second) {
        selectEvent(eventId);
        if (!m_project)
            return;
        QList<Evidence> passages;
        for (const qint64 id : { first, second }) {
            if (!id)
                continue;
            const Result<Evidence> evidence = m_project->evidence().find(id);
            if (!evidence) {
                emit errorRaised(tr("Cannot read the passage"), evidence.error().message);
                return;
            }
            passages << *evidence;
        }
        openPassages(passages);
    });
    connect(m_editor, &EventEditor::passageRequested, this,
            [this](qint64 sourceId, int start, int length) { emit openSourceRequested(sourceId, start, length); });
    updateActions();
}

ChronologyWorkspace::~ChronologyWorkspace() = default;

void ChronologyWorkspace::createActions()
{
    m_menu = new QMenu(tr("&Chronology"), &m_window);
    m_newEvent = m_menu->addAction(tr("New &Event from Selection"), this, [this] { createEventFromSelection(); });
    m_newEvent->setShortcut(Qt::CTRL | Qt::Key_E);
    m_newEvent->setToolTip(tr("Make an event of the selected passage: title, participants, place and time are taken "
                              "from its sentence, and the passage becomes its first evidence"));
    m_deleteEvent = m_menu->addAction(tr("&Delete Event"), this, [this] { deleteEvent(m_selected); });
    m_menu->addSeparator();
    QAction *supports = m_menu->addAction(tr("Add Selection as &Supporting Evidence"), this,
                                          [this] { m_editor->addSelectionAsEvidence(Evidence::Stance::Supports); });
    supports->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    QAction *contradicts = m_menu->addAction(tr("Add Selection as &Contradicting Evidence"), this, [this] {
        m_editor->addSelectionAsEvidence(Evidence::Stance::Contradicts);
    });
    contradicts->setShortcut(Qt::CTRL | Qt::ALT | Qt::Key_E);
    m_menu->addAction(tr("Add Selection as &Mentioning Evidence"), this,
                      [this] { m_editor->addSelectionAsEvidence(Evidence::Stance::Mentions); });
    m_menu->addSeparator();
    m_dateSources = m_menu->addAction(tr("Date Sources from &Titles…"), this, [this] { dateSources({}); });
    m_importRoles = m_menu->addAction(tr("Import &Roles Table…"), this, [this] {
        const QString path = QFileDialog::getOpenFileName(&m_window, tr("Import Roles Table"), QString(),
                                                          tr("Roles tables (*.csv);;All files (*)"));
        if (!path.isEmpty())
            importRoles(path);
    });
    m_importRoles->setToolTip(tr("Load who held which title when from a CSV file with the columns entity, entity type, "
                                 "title, organisation, from, to"));
    m_menu->addSeparator();
    QAction *fit = m_menu->addAction(tr("&Fit Timeline"), m_timeline->view(), &TimelineView::fitAll);
    fit->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_T);

    m_export = new QAction(tr("&Export Chronology…"), this);
    m_export->setShortcut(QKeySequence::Print);
    m_export->setToolTip(tr("Write the chronology as a PDF report, a table, a calendar, a timeline or annotations"));
    connect(m_export, &QAction::triggered, this, &ChronologyWorkspace::showExportDialog);
    m_importChronology = new QAction(tr("Import C&hronology…"), this);
    m_importChronology->setToolTip(
        tr("Bring in events kept as CSV (the columns of the CSV export) or TimelineJS3 JSON, "
           "with their quotes found in the project's sources"));
    connect(m_importChronology, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(&m_window, tr("Import Chronology"),
                                                          Settings::value(SettingKeys::chronologyImportFolder()),
                                                          tr("Chronologies (*.csv *.json);;All files (*)"));
        if (path.isEmpty())
            return;
        Settings::setValue(SettingKeys::chronologyImportFolder(), QFileInfo(path).absolutePath());
        importChronology(path);
    });
}

void ChronologyWorkspace::setColorThemes(const ColorThemes *themes)
{
    if (m_themes)
        disconnect(m_themes, nullptr, this, nullptr);
    m_themes = themes;
    if (!m_themes)
        return;
    m_timeline->view()->setTheme(m_themes->current());
    connect(m_themes, &ColorThemes::changed, this,
            [this](const ReaderTheme &theme) { m_timeline->view()->setTheme(theme); });
}

void ChronologyWorkspace::showExportDialog()
{
    if (!m_project || !m_themes)
        return;
    ExportDialog dialog(*m_project, *m_themes, &m_window);
    dialog.setFilterFrom(*m_chronology->filterBar());
    dialog.exec();
}

bool ChronologyWorkspace::importChronology(const QString &path)
{
    if (!m_project)
        return false;
    const auto read = ChronologyImporter::readFile(path);
    if (!read) {
        emit errorRaised(tr("Cannot import the chronology"), read.error().message);
        return false;
    }
    const QString fileName = QFileInfo(path).fileName();
    auto *command = new ImportChronologyCommand(*m_project, m_signals, *read, fileName);
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    m_undoStack.push(command);
    QGuiApplication::restoreOverrideCursor();
    if (m_undoStack.count() == 0 || m_undoStack.command(m_undoStack.index() - 1) != command)
        return false; // failed: ProjectSignals reported why, and the project is unchanged
    const ChronologyImportReport report = command->report();
    const QString summary = tr("%1: %n event(s) imported (passages: %2, new entities: %3).", nullptr, report.events)
                                .arg(fileName)
                                .arg(report.passages)
                                .arg(report.entitiesCreated);
    m_window.statusBar()->showMessage(summary, 10000);
    if (!report.problems.isEmpty()) {
        emit errorRaised(tr("Some passages were not imported"),
                         summary + QLatin1Char(' ')
                             + tr("%n passage(s) or row(s) could not be placed; see the details.", nullptr,
                                  int(report.problems.size())),
                         report.problems.join(QLatin1Char('\n')));
    }
    return true;
}

void ChronologyWorkspace::setProject(Project *project, ReaderArea *readerArea)
{
    m_project = project;
    m_readerArea = project ? readerArea : nullptr;
    m_selected = 0;
    m_editor->setProject(project, &m_signals, &m_undoStack);
    m_chronology->setProject(project, &m_signals, &m_undoStack);
    reloadAll();
    updateActions();
}

void ChronologyWorkspace::reloadAll()
{
    if (!m_project) {
        m_model->setEntries({});
        m_conflicts->setEntries({});
        return;
    }
    const Result<QList<ChronologyEntry>> entries = ChronologyLoader(*m_project).load();
    if (!entries) {
        m_window.statusBar()->showMessage(tr("Cannot read the chronology: %1").arg(entries.error().message), 8000);
        return;
    }
    bool selectedExists = false;
    for (const ChronologyEntry &entry : *entries)
        selectedExists = selectedExists || entry.event.id == m_selected;
    if (!selectedExists)
        m_selected = 0;
    m_conflicts->setEntries(*entries);
    m_model->setEntries(*entries);
    m_chronology->refreshChoices();
    m_editor->showEvent(m_selected);
    updateActions();
}

void ChronologyWorkspace::refreshViews()
{
    m_timeline->view()->setEntries(m_model->visibleEntries());
    if (m_selected) {
        const bool syncing = m_syncing;
        m_syncing = true;
        m_chronology->selectEvent(m_selected);
        m_timeline->view()->selectEvent(m_selected);
        m_syncing = syncing;
    }
}

void ChronologyWorkspace::selectEvent(qint64 eventId)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_selected = eventId;
    m_chronology->selectEvent(eventId);
    m_timeline->view()->selectEvent(eventId);
    if (m_editor->eventId() != eventId)
        m_editor->showEvent(eventId);
    // The Event dock shares its place with the entities: it comes to the front.
    if (eventId != 0 && m_docks.at(0)->visibleRegion().isEmpty())
        m_docks.at(0)->raise();
    m_syncing = false;
    updateActions();
}

qint64 ChronologyWorkspace::createEventFromSelection()
{
    ReaderArea *area = m_readerArea;
    ReaderPane *pane = area ? area->currentPane() : nullptr;
    if (!m_project || !pane || !pane->sourceId()) {
        m_window.statusBar()->showMessage(tr("Open a source and select a passage to make an event of it."), 6000);
        return 0;
    }
    // With nothing selected, the sentence at the cursor is the passage.
    const auto [start, end] = pane->selection();
    const Result<EventDraft> draft = EventDraftBuilder(*m_project).propose(pane->sourceId(), start, end);
    if (!draft) {
        m_window.statusBar()->showMessage(tr("Cannot make an event: %1").arg(draft.error().message), 8000);
        return 0;
    }
    auto *command = new CreateEventCommand(*m_project, m_signals, draft->event, { draft->evidence });
    m_undoStack.push(command);
    const qint64 id = m_undoStack.command(m_undoStack.index() - 1) == command ? command->eventId() : 0;
    if (!id)
        return 0;
    reloadAll();
    selectEvent(id);
    m_docks.at(0)->show();
    m_docks.at(0)->raise();
    m_editor->titleEdit()->setFocus();
    m_editor->titleEdit()->selectAll();
    return id;
}

void ChronologyWorkspace::deleteEvent(qint64 eventId)
{
    if (!m_project || !eventId)
        return;
    m_undoStack.push(new RemoveEventCommand(*m_project, m_signals, eventId));
}

void ChronologyWorkspace::compareConflict(qint64 eventId)
{
    const int row = m_model->rowOfEvent(eventId);
    if (row < 0 || !m_project)
        return;
    const ChronologyEntry *entry = m_model->entryAt(row);
    if (!entry || !entry->hasConflict())
        return;
    const Conflict &conflict = entry->conflicts.first();
    QList<Evidence> passages;
    for (const EvidenceItem &item : entry->evidence) {
        if (item.evidence.id == conflict.firstEvidenceId || item.evidence.id == conflict.secondEvidenceId)
            passages << item.evidence;
    }
    openPassages(passages);
}

void ChronologyWorkspace::openEvidence(qint64 eventId)
{
    const int row = m_model->rowOfEvent(eventId);
    if (row < 0)
        return;
    QList<Evidence> passages;
    QList<qint64> sources;
    for (const EvidenceItem &item : m_model->entryAt(row)->evidence) {
        if (sources.contains(item.evidence.sourceId))
            continue;
        sources << item.evidence.sourceId;
        passages << item.evidence;
        if (passages.size() == ReaderArea::maximumPanes)
            break;
    }
    openPassages(passages);
}

void ChronologyWorkspace::openPassages(const QList<Evidence> &passages)
{
    ReaderArea *area = m_readerArea;
    if (!area || passages.isEmpty())
        return;
    // One passage per pane from the left, making panes as needed.
    for (int index = 0; index < passages.size() && index < ReaderArea::maximumPanes; ++index) {
        const Evidence &passage = passages.at(index);
        const QList<ReaderPane *> panes = area->panes();
        ReaderPane *pane = nullptr;
        if (index < panes.size()) {
            pane = panes.at(index);
            if (pane->sourceId() != passage.sourceId && !pane->showSource(passage.sourceId))
                continue;
        } else {
            area->setCurrentPane(panes.last());
            pane = area->openSource(passage.sourceId, true);
        }
        if (pane)
            pane->revealRange(passage.start, passage.end - passage.start);
    }
}

void ChronologyWorkspace::importRoles(const QString &path)
{
    if (!m_project)
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        emit errorRaised(tr("Cannot import roles"), tr("%1 cannot be read: %2").arg(path, file.errorString()));
        return;
    }
    const auto rows = RoleTable::parse(QString::fromUtf8(file.readAll()), path);
    if (!rows) {
        emit errorRaised(tr("Cannot import roles"), rows.error());
        return;
    }
    // Through the undo stack: the roles and entities it adds can be taken back.
    auto *command = new ImportRolesCommand(*m_project, m_signals, *rows);
    m_undoStack.push(command);
    if (m_undoStack.count() == 0 || m_undoStack.command(m_undoStack.index() - 1) != command)
        return; // failed: ProjectSignals reported why, and the project is unchanged
    const RoleTable::ImportSummary summary = command->summary();
    m_window.statusBar()->showMessage(tr("Roles imported: %1 added, %2 already known, %3 new entities.")
                                          .arg(summary.rolesAdded)
                                          .arg(summary.rolesAlreadyThere)
                                          .arg(summary.entitiesCreated),
                                      8000);
}

void ChronologyWorkspace::dateSources(const QList<qint64> &sourceIds)
{
    if (!m_project)
        return;
    QList<qint64> ids = sourceIds;
    if (ids.isEmpty()) {
        const Result<QList<SourceSummary>> sources = m_project->sources().list();
        if (!sources) {
            emit errorRaised(tr("Cannot read the sources"), sources.error().message);
            return;
        }
        for (const SourceSummary &source : *sources)
            ids << source.id;
    }
    SourceDatingDialog dialog(*m_project, m_signals, m_undoStack, ids, &m_window);
    dialog.exec();
}

void ChronologyWorkspace::updateActions()
{
    const bool open = m_project != nullptr;
    for (QAction *action : m_menu->actions())
        action->setEnabled(open);
    m_export->setEnabled(open);
    m_importChronology->setEnabled(open);
    m_deleteEvent->setEnabled(open && m_selected != 0);
}

} // namespace annalist
