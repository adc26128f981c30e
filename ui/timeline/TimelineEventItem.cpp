// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimelineEventItem.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QLinearGradient>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <algorithm>

namespace annalist {

namespace {
constexpr double labelGap = 6;
constexpr double maximumLabelWidth = 260;
constexpr double conflictMarkWidth = 14;
} // namespace

TimelineEventItem::TimelineEventItem(qint64 eventId, const QString &title, const QColor &color, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_eventId(eventId)
    , m_title(title)
    , m_color(color)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(false);
    setToolTip(title);
}

void TimelineEventItem::setExtent(const Extent &extent, double top, bool showReports)
{
    prepareGeometryChange();
    m_extent = extent;
    m_showReports = showReports;
    setPos(0, top);
}

void TimelineEventItem::setFlags(bool conflict, const QColor &highlight)
{
    if (conflict != m_conflict) {
        prepareGeometryChange();
        m_labelWidth = -1;
    }
    m_conflict = conflict;
    m_highlight = highlight;
    update();
}

void TimelineEventItem::reuse(qint64 eventId, const QString &title, const QColor &color, double labelWidth)
{
    m_eventId = eventId;
    m_title = title;
    m_color = color;
    m_labelWidth = labelWidth;
    m_elided.clear();
    setToolTip(title);
    update();
}

double TimelineEventItem::labelWidthOf(const QString &title, bool conflict)
{
    const QFontMetricsF metrics(QApplication::font());
    return std::min(maximumLabelWidth, metrics.horizontalAdvance(title) + 2) + (conflict ? conflictMarkWidth : 0);
}

bool TimelineEventItem::isPoint(const Extent &extent)
{
    return !extent.openStart && !extent.openEnd && extent.end - extent.start < pointSize;
}

bool TimelineEventItem::isPoint() const
{
    return isPoint(m_extent);
}

double TimelineEventItem::markerRightOf(const Extent &extent)
{
    if (isPoint(extent))
        return (extent.start + extent.end) / 2 + pointSize / 2;
    return extent.openEnd ? extent.end + fadeLength : extent.end;
}

double TimelineEventItem::leftEdgeOf(const Extent &extent, bool showReports)
{
    double left = isPoint(extent) ? (extent.start + extent.end) / 2 - pointSize / 2 : extent.start;
    if (extent.openStart)
        left -= fadeLength;
    if (showReports && !extent.reports.isEmpty())
        left = std::min(left, *std::min_element(extent.reports.begin(), extent.reports.end()) - 5);
    return left;
}

double TimelineEventItem::rightEdgeOf(const Extent &extent, double labelWidth, bool showReports)
{
    double right = markerRightOf(extent) + labelGap + labelWidth;
    if (showReports && !extent.reports.isEmpty())
        right = std::max(right, *std::max_element(extent.reports.begin(), extent.reports.end()) + 5);
    return right;
}

double TimelineEventItem::labelWidth() const
{
    if (m_labelWidth < 0)
        m_labelWidth = labelWidthOf(m_title, m_conflict);
    return m_labelWidth;
}

double TimelineEventItem::leftEdge() const
{
    return leftEdgeOf(m_extent, m_showReports);
}

double TimelineEventItem::rightEdge() const
{
    return rightEdgeOf(m_extent, labelWidth(), m_showReports);
}

QRectF TimelineEventItem::boundingRect() const
{
    const double height = rowHeight + (m_showReports ? reportRowHeight : 0);
    return QRectF(leftEdge() - 3, 0, rightEdge() - leftEdge() + 6, height);
}

void TimelineEventItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    // The view's colours, which follow the reader's theme.
    const QPalette palette = widget ? widget->palette() : QApplication::palette();
    const bool selected = option->state & QStyle::State_Selected;
    const double middle = rowHeight / 2;
    painter->setRenderHint(QPainter::Antialiasing);

    const QColor fill = m_highlight.isValid() ? m_highlight : m_color;
    const QColor edge = selected ? palette.color(QPalette::Highlight) : fill.darker(140);
    if (isPoint()) {
        const double x = (m_extent.start + m_extent.end) / 2;
        const double half = pointSize / 2;
        const QPointF diamond[]
            = { { x, middle - half }, { x + half, middle }, { x, middle + half }, { x - half, middle } };
        painter->setPen(QPen(edge, selected ? 2.5 : 1));
        painter->setBrush(fill);
        painter->drawPolygon(diamond, 4);
    } else {
        // The bar: solid where the event may be, fading where its bounds are uncertain.
        const double left = m_extent.openStart ? m_extent.start - fadeLength : m_extent.start;
        const double right = m_extent.openEnd ? m_extent.end + fadeLength : m_extent.end;
        const double width = std::max(1.0, right - left);
        QLinearGradient gradient(left, 0, right, 0);
        QColor solid = fill;
        solid.setAlphaF(0.85);
        QColor faint = fill;
        faint.setAlphaF(m_extent.approximate ? 0.0 : 0.35);
        QColor clear = fill;
        clear.setAlphaF(0.0);
        const double fade = std::min(0.3, fadeLength / width);
        gradient.setColorAt(0, m_extent.openStart ? clear : faint);
        gradient.setColorAt(fade, solid);
        gradient.setColorAt(1 - fade, solid);
        gradient.setColorAt(1, m_extent.openEnd ? clear : faint);
        painter->setPen(selected ? QPen(edge, 2) : Qt::NoPen);
        painter->setBrush(gradient);
        painter->drawRoundedRect(QRectF(left, middle - 5, width, 10), 3, 3);
    }

    double textLeft = markerRightOf(m_extent) + labelGap;
    if (m_conflict) {
        painter->setPen(QPen(QColor(0xc6, 0x28, 0x28), 1.5));
        painter->setBrush(Qt::NoBrush);
        const QPointF triangle[]
            = { { textLeft + 5, middle - 6 }, { textLeft + 11, middle + 5 }, { textLeft - 1, middle + 5 } };
        painter->drawPolygon(triangle, 3);
        painter->drawLine(QPointF(textLeft + 5, middle - 2), QPointF(textLeft + 5, middle + 1.5));
        textLeft += conflictMarkWidth;
    }
    QFont font = QApplication::font();
    font.setBold(selected);
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::Text));
    if (m_elided.isEmpty())
        m_elided = QFontMetricsF(QApplication::font()).elidedText(m_title, Qt::ElideRight, maximumLabelWidth);
    painter->drawText(QRectF(textLeft, 0, maximumLabelWidth + 20, rowHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      m_elided);

    if (m_showReports && !m_extent.reports.isEmpty()) {
        const double eventX = isPoint() ? (m_extent.start + m_extent.end) / 2 : (m_extent.start + m_extent.end) / 2;
        const double reportY = rowHeight + reportRowHeight / 2 - 1;
        QPen link(palette.color(QPalette::PlaceholderText), 1, Qt::DotLine);
        painter->setBrush(palette.color(QPalette::PlaceholderText));
        for (const double x : m_extent.reports) {
            painter->setPen(link);
            painter->drawLine(QPointF(eventX, middle + 5), QPointF(x, reportY - 3));
            painter->setPen(Qt::NoPen);
            const QPointF mark[] = { { x, reportY - 4 }, { x + 4, reportY + 3 }, { x - 4, reportY + 3 } };
            painter->drawPolygon(mark, 3);
        }
    }
}

} // namespace annalist
