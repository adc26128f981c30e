// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chronology/ChronologyEntry.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QUndoStack;

namespace annalist {

class Project;
class ProjectSignals;

// A passage chosen in a reader pane, to be quoted as evidence.
struct PassageSelection
{
    qint64 sourceId = 0;
    int start = 0;
    int end = 0;
};

// Edits one event: title, kind, time (typed as analysts write it, with its reading in
// plain words shown as you type), place, participants with roles, description,
// assessment, credibility, lane and tags; and its evidence, to which the selection of
// any open reader pane can be added as supporting, contradicting or mentioning it.
// Each field is written when the analyst leaves it, through the undo stack.
class EventEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventEditor)

public:
    explicit EventEditor(QWidget *parent = nullptr);
    ~EventEditor() override;

    void setProject(Project *project, ProjectSignals *projectSignals, QUndoStack *undoStack);
    // Where "add selection as evidence" takes its passage from.
    void setSelectionProvider(std::function<std::optional<PassageSelection>()> provider);

    // Shows the event (0 for none) and reads it again from the project.
    void showEvent(qint64 eventId);
    qint64 eventId() const { return m_eventId; }
    // Reads the shown event again (after an edit elsewhere or an undo).
    void reload();

    // Writes what the form holds now, as one undoable edit; false when nothing changed
    // or the time cannot be read.
    bool commit();
    // Quotes the current selection as evidence with that stance; false without one.
    bool addSelectionAsEvidence(Evidence::Stance stance);

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *timeEdit() const { return m_time; }
    QLabel *timeReading() const { return m_timeReading; }
    QComboBox *placeChooser() const { return m_place; }
    QListWidget *participantList() const { return m_participants; }
    QTableWidget *evidenceTable() const { return m_evidence; }

signals:
    // The analyst clicked an evidence row: show that passage.
    void passageRequested(qint64 sourceId, int start, int length);
    // The analyst asked to see two passages side by side (from a conflict).
    void comparisonRequested(qint64 firstEvidenceId, qint64 secondEvidenceId);

private:
    void buildForm();
    void loadEntities();
    void fillForm();
    void clearForm();
    void updateTimeReading();
    std::optional<Event> eventFromForm() const;
    void addParticipant();
    void setRoleOfParticipant();
    void removeParticipant();
    void setStanceOfEvidence(Evidence::Stance stance);
    void removeEvidence();
    void evidenceClicked(int row);
    void updateEnabled();
    bool eventFilter(QObject *watched, QEvent *event) override;

    Project *m_project = nullptr;
    // When the shown event was last changed, as read with it: an edit is written only over that.
    qint64 m_seenChangedAt = 0;
    qint64 m_seenEventId = 0;
    ProjectSignals *m_signals = nullptr;
    QUndoStack *m_undoStack = nullptr;
    std::function<std::optional<PassageSelection>()> m_selection;
    qint64 m_eventId = 0;
    std::optional<ChronologyEntry> m_entry;
    QHash<qint64, QString> m_entityNames;
    bool m_filling = false;

    QLabel *m_heading;
    QWidget *m_form;
    QLineEdit *m_title;
    QComboBox *m_kind;
    QLineEdit *m_time;
    QLabel *m_timeReading;
    QComboBox *m_place;
    QListWidget *m_participants;
    QPushButton *m_addParticipant;
    QPushButton *m_participantRole;
    QPushButton *m_removeParticipant;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_assessment;
    QComboBox *m_credibility;
    QComboBox *m_lane;
    QLineEdit *m_tags;
    QTableWidget *m_evidence;
    QLabel *m_corroboration;
    QPushButton *m_addSupports;
    QPushButton *m_addContradicts;
    QPushButton *m_addMentions;
    QPushButton *m_stance;
    QPushButton *m_removeEvidence;
};

} // namespace annalist
