// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "TimelineEventItem.h"

#include "chronology/ChronologyEntry.h"

#include <QGraphicsView>
#include <QHash>
#include <QList>

class QGraphicsScene;

namespace annalist {

struct ReaderTheme;

// The chronology on a time axis, in lanes by theme or by participant. Zooms with the
// wheel (around the cursor) and the keys + and -, from centuries down to hours, with
// axis labels that adapt; F fits everything; the arrow keys and scroll bars pan.
// Clicking an event selects it. Optionally a second row under each event shows when
// each source reported it.
class TimelineView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    enum class Lanes { ByTheme, ByParticipant };

    static constexpr double minimumPixelsPerDay = 0.0005;
    static constexpr double maximumPixelsPerDay = 24 * 240;

    explicit TimelineView(QWidget *parent = nullptr);
    ~TimelineView() override;

    // Shows these entries (in chronological order); keeps the zoom and the selection
    // where it can. The first call fits everything.
    void setEntries(const QList<ChronologyEntry> &entries);
    void setLanes(Lanes lanes);
    Lanes lanes() const { return m_lanes; }
    void setShowReports(bool show);
    bool showReports() const { return m_showReports; }

    double pixelsPerDay() const { return m_pixelsPerDay; }
    // Zooms by the factor keeping the time under the viewport x where it is.
    void zoomBy(double factor, int viewportX);
    void zoomBy(double factor);
    void fitAll();
    // Page and text colours from the reader's theme, with bands, grid and axis made
    // between them; the built-in theme leaves the widget its inherited palette.
    void setTheme(const ReaderTheme &theme);

    // Selects the event's items and scrolls one into view; false when not shown.
    bool selectEvent(qint64 eventId);
    qint64 selectedEventId() const;
    // Where the event is drawn at the current zoom (one extent per lane it is in), in
    // scene x; empty when it has no known time or is filtered out.
    QList<TimelineEventItem::Extent> extentsOf(qint64 eventId) const;
    // The items on the scene now: only events in or near the view have one.
    QList<TimelineEventItem *> liveItems() const;
    // Events drawn, counting each lane an event is in.
    int placedCount() const { return int(m_placed.size()); }
    // Scene x of a moment at the current zoom.
    double xOf(const QDateTime &moment) const;
    // The moment at a scene x.
    QDateTime timeAt(double sceneX) const;
    QStringList laneNames() const;
    int unplacedCount() const { return m_unplaced; }

signals:
    void eventSelected(qint64 eventId);
    void eventClicked(qint64 eventId);
    void zoomChanged(double pixelsPerDay);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void drawBackground(QPainter *painter, const QRectF &rect) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    // One event in one lane: where it goes at the current zoom, and its item while it
    // is in or near the view.
    struct Placed
    {
        int entry = 0;
        int lane = 0;
        QColor color;
        double labelWidth = 0;
        // Days since 1970 of the bounds (the known one twice when a bound is open) and
        // of the reports: worked out once, so that a zoom is arithmetic only.
        double startDay = 0;
        double endDay = 0;
        bool openStart = false;
        bool openEnd = false;
        bool approximate = false;
        QList<double> reportDays;
        TimelineEventItem::Extent extent;
        double top = 0;
        double left = 0;
        double right = 0;
        TimelineEventItem *item = nullptr;
    };
    struct Lane
    {
        QString name;
        double top = 0;
        double height = 0;
    };

    void rebuild();
    void layout();
    // Gives the events in or near the view an item and takes it from the others, so
    // that zooming and scrolling cost the same for ten events or ten thousand.
    void syncItems();
    void showOnItem(Placed &placed);
    double dayOf(const QDateTime &moment) const;
    void selectionChangedInScene();

    QGraphicsScene *m_scene;
    QList<TimelineEventItem *> m_spareItems;
    QList<ChronologyEntry> m_entries;
    QList<Placed> m_placed;
    QHash<qint64, QList<int>> m_placedByEvent;
    QList<Lane> m_laneList;
    Lanes m_lanes = Lanes::ByTheme;
    bool m_showReports = false;
    bool m_fitted = false;
    double m_pixelsPerDay = 1;
    double m_firstDay = 0;
    double m_lastDay = 0;
    int m_unplaced = 0;
    qint64 m_lastSelected = 0;
};

} // namespace annalist
