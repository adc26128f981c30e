// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QGraphicsItem>
#include <QList>
#include <QString>

namespace annalist {

// One event on the timeline, drawn in view pixels: a diamond for a time known to the
// day or better at the current zoom, else a bar whose ends fade where the time is
// uncertain (open bounds fade out over a short stretch, approximate times beyond their
// bounds). When reports are shown, a second row marks when each source reported the
// event, joined to it by a thin line: marks to the right show late reporting, marks to
// the left reporting that came before the event.
class TimelineEventItem final : public QGraphicsItem
{
public:
    struct Extent
    {
        double start = 0; // x of the earliest bound, in scene pixels
        double end = 0; // x of the latest bound
        bool openStart = false; // "before …": no earliest bound
        bool openEnd = false; // "after …": no latest bound
        bool approximate = false;
        QList<double> reports; // x of each report
    };

    static constexpr double rowHeight = 22;
    static constexpr double reportRowHeight = 14;
    static constexpr double fadeLength = 36;
    static constexpr double pointSize = 10;

    TimelineEventItem(qint64 eventId, const QString &title, const QColor &color, QGraphicsItem *parent = nullptr);

    // Makes a spare item show another event.
    void reuse(qint64 eventId, const QString &title, const QColor &color, double labelWidth);
    qint64 eventId() const { return m_eventId; }
    // The width of a title's label as drawn, the conflict mark included.
    static double labelWidthOf(const QString &title, bool conflict);
    // Left and right edge of everything drawn for an extent, in scene x.
    static double leftEdgeOf(const Extent &extent, bool showReports);
    static double rightEdgeOf(const Extent &extent, double labelWidth, bool showReports);
    QString title() const { return m_title; }
    // Places the item for the current zoom: shape in scene x, row top in scene y.
    void setExtent(const Extent &extent, double top, bool showReports);
    const Extent &extent() const { return m_extent; }
    // Left and right edge of everything drawn, label included, in scene x.
    double leftEdge() const;
    double rightEdge() const;
    void setFlags(bool conflict, const QColor &highlight);
    bool isPoint() const;

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    static bool isPoint(const Extent &extent);
    static double markerRightOf(const Extent &extent);
    double labelWidth() const;

    qint64 m_eventId;
    QString m_title;
    QColor m_color;
    QColor m_highlight;
    bool m_conflict = false;
    bool m_showReports = false;
    Extent m_extent;
    mutable double m_labelWidth = -1;
    mutable QString m_elided;
};

} // namespace annalist
