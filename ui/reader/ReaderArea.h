// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "analysis/PassageSimilarity.h"

#include <QList>
#include <QPointer>
#include <QWidget>

// Signals carry ReaderPane pointers: moc must see the whole class to register them.
Q_MOC_INCLUDE("ui/reader/ReaderPane.h")

class QAction;
class QSplitter;

namespace annalist {

class Project;
class ProjectSignals;
class ReaderPane;

// One to three reader panes side by side. Scrolling can keep them together, and
// compare mode marks in each pane the sentences another pane has too; with the
// cursor in such a sentence the other panes show its partner.
class ReaderArea final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderArea)

public:
    static constexpr int maximumPanes = 3;

    ReaderArea(Project &project, QWidget *parent = nullptr);
    ~ReaderArea() override;

    // Shows the source in the current pane, or in a new pane beside it while there
    // are fewer than three; null when the source cannot be read.
    ReaderPane *openSource(qint64 sourceId, bool inNewPane = false);
    // Closing the last pane only empties it.
    void closePane(ReaderPane *pane);
    // Swaps the current pane with its right-hand neighbour (the last one with its left).
    void swapPanes();
    ReaderPane *currentPane() const { return m_current; }
    void setCurrentPane(ReaderPane *pane);
    // Left to right.
    QList<ReaderPane *> panes() const;
    QSplitter *splitter() const { return m_splitter; }

    // Scrolls the other panes to the same relative position as the one scrolled.
    void setSyncScrolling(bool enabled);
    bool syncScrolling() const { return m_syncScrolling; }
    void setCompareMode(bool enabled);
    bool compareMode() const { return m_compareMode; }
    // Matches between the first two panes of the last comparison (a against b).
    const QList<PassageMatch> &comparison(ReaderPane *a, ReaderPane *b) const;
    PassageSimilarity::Options compareOptions() const { return m_similarity.options(); }
    void setCompareOptions(const PassageSimilarity::Options &options);

    // The sources shown, left to right, for restoring the layout with restoreSources().
    QList<qint64> openSourceIds() const;
    void restoreSources(const QList<qint64> &sourceIds);

    // Keeps the panes up to date with every edit the signals announce.
    void followProjectSignals(const ProjectSignals *projectSignals);

    // Every pane showing the source reads its mentions again.
    void reloadMentions(qint64 sourceId);
    void reloadEntities();
    // Every pane reads its source's title, date and grade again.
    void reloadHeaders();
    void setTypeVisible(const QString &typeName, bool visible);
    // Shown in the context menu of every pane, present and future; not owned.
    void setContextActions(const QList<QAction *> &actions);

signals:
    void currentPaneChanged(ReaderPane *pane);
    // A new pane, for connecting its signals.
    void paneAdded(ReaderPane *pane);
    // How many sentences were marked across the panes by the last comparison.
    void comparisonChanged(int markedPassages);

private:
    struct PairMatches
    {
        QPointer<ReaderPane> a;
        QPointer<ReaderPane> b;
        QList<PassageMatch> matches;
    };

    ReaderPane *addPane(int index);
    void equaliseSizes();
    void syncFrom(ReaderPane *pane);
    void updateComparison();
    void showPartner(ReaderPane *pane);

    Project &m_project;
    QSplitter *m_splitter;
    QPointer<ReaderPane> m_current;
    QList<QAction *> m_contextActions;
    PassageSimilarity m_similarity;
    QList<PairMatches> m_comparisons;
    bool m_syncScrolling = false;
    bool m_compareMode = false;
    // Set while this area moves panes itself, so that syncing does not echo.
    bool m_moving = false;
};

} // namespace annalist
