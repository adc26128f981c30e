// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "chronology/ChronologyEntry.h"
#include "jobs/WorkerThread.h"
#include "model/Entity.h"
#include "network/NetworkBuilder.h"
#include "network/NetworkLayout.h"
#include "ui/theming/ReaderTheme.h"

#include <QHash>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QSlider;
class QSpinBox;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace annalist {

class ChronologyFilterBar;
class NetworkView;
class Project;
class ProjectSignals;

// The link chart with what it is narrowed by: the chronology's filter bar, which links
// to draw, a time slider ("as it stood on"), the layout (network or hierarchy), the
// neighbourhood of a node, the shortest connection between two, hiding and folding
// nodes, export; and the passages behind the chosen link, each opening in the reader.
class NetworkPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkPanel)

public:
    explicit NetworkPanel(QWidget *parent = nullptr);
    ~NetworkPanel() override;

    void setProject(Project *project);
    // Rebuilds the chart (after a pause) when events, evidence or entities change.
    void setProjectSignals(ProjectSignals *projectSignals);
    void setTheme(const ReaderTheme &theme);

    NetworkView *view() const { return m_view; }
    ChronologyFilterBar *filterBar() const { return m_filter; }
    QSlider *timeSlider() const { return m_asOf; }
    QCheckBox *timeSliderEnabled() const { return m_asOfEnabled; }
    QTreeWidget *passageList() const { return m_passages; }
    QCheckBox *coMentionsBox() const { return m_coMentions; }
    QCheckBox *eventNodesBox() const { return m_eventNodes; }
    // Whether a layout is running on the worker thread.
    bool isLayingOut() const { return m_worker.isRunning() || m_layoutPending; }
    // Waits for a running layout and takes its result in; for tests and screenshots.
    bool waitForLayout(int timeoutMs = 30000);

    // The chart again from the project (the chronology read anew).
    void reload();
    // The chart again from the chronology already read, with the panel's options.
    void rebuild();
    void showNeighbourhood();
    void showShortestConnection();
    void hideSelected();
    void mergeSelected();
    void showEverything();
    // Lays out again: the nodes that were not moved by hand (or all, when asked).
    void relayout(bool handMovedToo = false);
    void showPassagesOfLink(int link);
    void showPassagesOfNode(int node);
    // Writes the chart as it is shown; an error message, empty on success.
    QString exportTo(const QString &path, const QString &format);

signals:
    // A passage was chosen: open it in the reader.
    void passageRequested(qint64 sourceId, int start, int length);

private:
    NetworkOptions options() const;
    QString chartName() const;
    NetworkLayout::Engine engine() const;
    void updateTimeRange();
    void updateAsOfLabel();
    void startLayout(NetworkLayout::Scope scope);
    void layoutDone(quint64 generation, const Result<NetworkPlacements, QString> &result);
    void saveMoved(const QString &key, const QPointF &position);
    void exportChart();
    void setStatus(const QString &text);
    // The chart's colours from the theme and the project's types.
    void applyTheme();

    Project *m_project = nullptr;
    ProjectSignals *m_signals = nullptr;
    QList<ChronologyEntry> m_chronology;
    NetworkGraph m_graph;
    NetworkPlacements m_kept;
    QSet<QString> m_hidden;
    QHash<QString, QString> m_merged;
    QList<EntityType> m_types;
    ReaderTheme m_theme;

    ChronologyFilterBar *m_filter;
    QComboBox *m_layout;
    QCheckBox *m_eventNodes;
    QCheckBox *m_coMentions;
    QCheckBox *m_roles;
    QCheckBox *m_asOfEnabled;
    QSlider *m_asOf;
    QLabel *m_asOfLabel;
    QSpinBox *m_steps;
    NetworkView *m_view;
    QTreeWidget *m_passages;
    QLabel *m_status;
    QTimer *m_reloadDelay;
    QDate m_firstDay;

    WorkerThread m_worker;
    quint64 m_generation = 0;
    bool m_layoutPending = false;
    NetworkLayout::Scope m_pendingScope = NetworkLayout::Scope::NewNodes;
};

} // namespace annalist
