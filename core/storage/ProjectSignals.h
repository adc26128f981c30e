// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QString>

namespace annalist {

// What project edits announce, so that every view of the project can refresh itself.
// Commands emit these after each successful redo and undo; nothing else is implied.
class ProjectSignals final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProjectSignals)

public:
    explicit ProjectSignals(QObject *parent = nullptr);
    ~ProjectSignals() override;

signals:
    // Mentions in this source were added, removed or changed (status, entity). The
    // per-entity mention counts change with them.
    void mentionsChanged(qint64 sourceId);
    // Entities were added, removed, merged or changed (name, type, aliases, roles).
    // Highlight colours and labels of mentions may change with them.
    void entitiesChanged();
    // Source metadata (such as the reliability grade or the publication time) changed.
    void sourcesChanged();
    // The time expressions of this source changed (status, value, resolved time).
    void timexesChanged(qint64 sourceId);
    // An event was added or restored, or its fields, participants or tags changed;
    // 0 when several events or unknown ones did.
    void eventsChanged(qint64 eventId);
    // The event is gone, with its evidence and annotations; views that show or select
    // it let it go.
    void eventRemoved(qint64 eventId);
    // Evidence of this event was added, removed or changed (stance, note), also when
    // it came or went with the event itself.
    void evidenceChanged(qint64 eventId);
    // The chronology annotations (comment, highlight) of this event changed.
    void annotationsChanged(qint64 eventId);
    // An edit could not be written; the project is as it was before the edit.
    void errorOccurred(const QString &message);
};

} // namespace annalist
