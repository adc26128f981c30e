// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimelineView.h"

#include "ui/theming/ReaderTheme.h"

#include "TimelineEventItem.h"

#include "chronology/TimeAxisTicks.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimeZone>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

namespace annalist {

namespace {

constexpr double axisHeight = 40;
constexpr double laneHeaderHeight = 20;
constexpr double laneGap = 8;
constexpr double rowGap = 4;
constexpr double sidePadding = 80;
constexpr double minimumTickSpacing = 48;
constexpr int maximumRowsPerLane = 12;
constexpr double msPerDay = 86400000.0;

const QList<QColor> &laneColors()
{
    static const QList<QColor> colors
        = { QColor(0x3b, 0x7d, 0xd8), QColor(0x2e, 0x9e, 0x6b), QColor(0xd0, 0x7b, 0x1d), QColor(0x8e, 0x5b, 0xc8),
            QColor(0x1f, 0x9a, 0xab), QColor(0xc2, 0x4d, 0x7a), QColor(0x6f, 0x8a, 0x2d), QColor(0x7a, 0x6a, 0x58) };
    return colors;
}

QString noLaneName(TimelineView::Lanes lanes)
{
    return lanes == TimelineView::Lanes::ByTheme ? TimelineView::tr("No theme") : TimelineView::tr("No participants");
}

// The lanes an entry is drawn in.
QStringList lanesOf(const ChronologyEntry &entry, TimelineView::Lanes lanes)
{
    if (lanes == TimelineView::Lanes::ByTheme)
        return { entry.event.lane.trimmed() };
    QStringList names;
    for (QString name : entry.participantNames) {
        // "Marco Rubio (host)": the lane is the person, not the role.
        if (const qsizetype paren = name.indexOf(QStringLiteral(" (")); paren > 0)
            name.truncate(paren);
        if (!names.contains(name))
            names << name;
    }
    return names.isEmpty() ? QStringList { QString() } : names;
}

} // namespace

TimelineView::TimelineView(QWidget *parent)
    : QGraphicsView(parent)
    , m_scene(new QGraphicsScene(this))
{
    // Items move at every zoom; an index would be rebuilt each time for nothing.
    m_scene->setItemIndexMethod(QGraphicsScene::NoIndex);
    setScene(m_scene);
    setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setDragMode(QGraphicsView::ScrollHandDrag);
    // The axis and lane names are drawn over the scene in view coordinates.
    setViewportUpdateMode(QGraphicsView::FullViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setRenderHint(QPainter::Antialiasing);
    // The axis and lane names stay in place while the scene scrolls under them.
    setCacheMode(QGraphicsView::CacheNone);
    setMinimumHeight(120);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &TimelineView::selectionChangedInScene);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, &TimelineView::syncItems);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &TimelineView::syncItems);
}

TimelineView::~TimelineView()
{
    qDeleteAll(m_spareItems);
}

double TimelineView::dayOf(const QDateTime &moment) const
{
    return double(moment.toMSecsSinceEpoch()) / msPerDay;
}

// Scene x counts from a fixed day (1 Jan 1970), so that adding an earlier event does
// not move the others.
double TimelineView::xOf(const QDateTime &moment) const
{
    return dayOf(moment) * m_pixelsPerDay;
}

QDateTime TimelineView::timeAt(double sceneX) const
{
    const double day = sceneX / m_pixelsPerDay;
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(day * msPerDay)), QTimeZone::utc());
}

void TimelineView::setEntries(const QList<ChronologyEntry> &entries)
{
    const qint64 selected = selectedEventId();
    m_entries = entries;
    rebuild();
    if (!m_fitted && !m_placed.isEmpty()) {
        m_fitted = true;
        fitAll();
    }
    if (selected)
        selectEvent(selected);
}

void TimelineView::setLanes(Lanes lanes)
{
    if (lanes == m_lanes)
        return;
    const qint64 selected = selectedEventId();
    m_lanes = lanes;
    rebuild();
    if (selected)
        selectEvent(selected);
}

void TimelineView::setShowReports(bool show)
{
    if (show == m_showReports)
        return;
    m_showReports = show;
    layout();
}

QStringList TimelineView::laneNames() const
{
    QStringList names;
    for (const Lane &lane : m_laneList)
        names << lane.name;
    return names;
}

void TimelineView::rebuild()
{
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clear(); // deletes the items in use; the spare ones are kept
    }
    m_placed.clear();
    m_placedByEvent.clear();
    m_laneList.clear();
    m_unplaced = 0;

    QHash<QString, int> laneIndex;
    bool first = true;
    for (int index = 0; index < m_entries.size(); ++index) {
        const ChronologyEntry &entry = m_entries.at(index);
        const TimeValue &time = entry.event.time;
        if (!time.isKnown()) {
            ++m_unplaced;
            continue;
        }
        const double start = dayOf(time.earliest().isValid() ? time.earliest() : time.latest());
        const double end = dayOf(time.latest().isValid() ? time.latest() : time.earliest());
        if (first || start < m_firstDay)
            m_firstDay = start;
        if (first || end > m_lastDay)
            m_lastDay = end;
        first = false;
        const double labelWidth = TimelineEventItem::labelWidthOf(entry.event.title, entry.hasConflict());
        QList<double> reportDays;
        for (const EvidenceItem &evidence : entry.evidence) {
            const TimeValue &reported = evidence.reportedAt;
            if (reported.earliest().isValid() && reported.latest().isValid())
                reportDays << (dayOf(reported.earliest()) + dayOf(reported.latest())) / 2;
            else if (reported.isKnown())
                reportDays << dayOf(reported.earliest().isValid() ? reported.earliest() : reported.latest());
        }
        for (const QString &laneName : lanesOf(entry, m_lanes)) {
            auto found = laneIndex.constFind(laneName);
            if (found == laneIndex.constEnd()) {
                found = laneIndex.insert(laneName, int(m_laneList.size()));
                m_laneList << Lane { laneName.isEmpty() ? noLaneName(m_lanes) : laneName };
            }
            m_placedByEvent[entry.event.id] << int(m_placed.size());
            Placed placed;
            placed.entry = index;
            placed.lane = *found;
            placed.labelWidth = labelWidth;
            placed.startDay = start;
            placed.endDay = end;
            placed.openStart = !time.earliest().isValid();
            placed.openEnd = !time.latest().isValid();
            placed.approximate = time.qualifier() != TimeValue::Qualifier::Exact;
            placed.reportDays = reportDays;
            m_placed << placed;
        }
    }
    // Lanes in alphabetical order, the one for events without a lane last.
    QList<int> order(m_laneList.size());
    std::iota(order.begin(), order.end(), 0);
    const QString none = noLaneName(m_lanes);
    std::stable_sort(order.begin(), order.end(), [this, &none](int a, int b) {
        const QString &left = m_laneList.at(a).name;
        const QString &right = m_laneList.at(b).name;
        if ((left == none) != (right == none))
            return right == none;
        return left.localeAwareCompare(right) < 0;
    });
    QList<int> position(order.size());
    QList<Lane> sorted;
    for (int index = 0; index < order.size(); ++index) {
        position[order.at(index)] = index;
        sorted << m_laneList.at(order.at(index));
    }
    m_laneList = sorted;
    for (Placed &placed : m_placed) {
        placed.lane = position.at(placed.lane);
        placed.color = laneColors().at(placed.lane % laneColors().size());
    }
    layout();
}

void TimelineView::layout()
{
    const double rowHeight
        = TimelineEventItem::rowHeight + (m_showReports ? TimelineEventItem::reportRowHeight : 0) + rowGap;
    QList<QList<double>> rowEnds(m_laneList.size());
    QList<int> rowOf(m_placed.size());
    double left = std::numeric_limits<double>::max();
    double right = std::numeric_limits<double>::lowest();

    for (int index = 0; index < m_placed.size(); ++index) {
        Placed &placed = m_placed[index];
        TimelineEventItem::Extent shape;
        shape.openStart = placed.openStart;
        shape.openEnd = placed.openEnd;
        shape.start = placed.startDay * m_pixelsPerDay;
        shape.end = placed.endDay * m_pixelsPerDay;
        shape.approximate = placed.approximate;
        if (m_showReports) {
            for (const double day : placed.reportDays)
                shape.reports << day * m_pixelsPerDay;
        }
        placed.extent = shape;
        placed.left = TimelineEventItem::leftEdgeOf(shape, m_showReports);
        placed.right = TimelineEventItem::rightEdgeOf(shape, placed.labelWidth, m_showReports);
        // The first row of the lane where the item fits after what is already there.
        QList<double> &ends = rowEnds[placed.lane];
        const double itemLeft = placed.left;
        // A lane grows to maximumRowsPerLane rows, then items overlap in the row that
        // ends first (zooming in separates them).
        int row = 0;
        while (row < ends.size() && ends.at(row) + 8 > itemLeft)
            ++row;
        if (row == ends.size()) {
            if (ends.size() < maximumRowsPerLane)
                ends << 0.0;
            else
                row = int(std::min_element(ends.begin(), ends.end()) - ends.begin());
        }
        ends[row] = placed.right;
        rowOf[index] = row;
        left = std::min(left, itemLeft);
        right = std::max(right, placed.right);
    }

    double top = axisHeight + 4;
    for (int lane = 0; lane < m_laneList.size(); ++lane) {
        m_laneList[lane].top = top;
        m_laneList[lane].height
            = laneHeaderHeight + std::max<qsizetype>(1, rowEnds.at(lane).size()) * rowHeight + laneGap;
        top += m_laneList.at(lane).height;
    }
    for (int index = 0; index < m_placed.size(); ++index) {
        Placed &placed = m_placed[index];
        placed.top = m_laneList.at(placed.lane).top + laneHeaderHeight + rowOf.at(index) * rowHeight;
        if (placed.item)
            placed.item->setExtent(placed.extent, placed.top, m_showReports);
    }
    if (m_placed.isEmpty()) {
        left = 0;
        right = 0;
    }
    const double sceneLeft = left - sidePadding;
    const double width = std::max(right + sidePadding - sceneLeft, double(viewport()->width()));
    m_scene->setSceneRect(
        QRectF(sceneLeft, 0, width, std::max(top + (m_showReports ? axisHeight : 0), double(viewport()->height()))));
    syncItems();
    viewport()->update();
}

void TimelineView::showOnItem(Placed &placed)
{
    const ChronologyEntry &entry = m_entries.at(placed.entry);
    TimelineEventItem *item = nullptr;
    if (!m_spareItems.isEmpty()) {
        item = m_spareItems.takeLast();
        item->reuse(entry.event.id, entry.event.title, placed.color, placed.labelWidth);
    } else {
        item = new TimelineEventItem(entry.event.id, entry.event.title, placed.color);
    }
    item->setFlags(entry.hasConflict(), entry.highlight);
    item->setExtent(placed.extent, placed.top, m_showReports);
    item->setSelected(false);
    m_scene->addItem(item);
    item->setSelected(entry.event.id == m_lastSelected);
    placed.item = item;
}

void TimelineView::syncItems()
{
    // The view and as much again on each side, so that short scrolls find items ready.
    const QRectF shown = mapToScene(viewport()->rect()).boundingRect();
    const QRectF near = shown.adjusted(-shown.width(), -shown.height() / 2, shown.width(), shown.height() / 2);
    const double height = TimelineEventItem::rowHeight + (m_showReports ? TimelineEventItem::reportRowHeight : 0);
    const QSignalBlocker blocker(m_scene);
    for (Placed &placed : m_placed) {
        const bool wanted = placed.right >= near.left() && placed.left <= near.right()
            && placed.top + height >= near.top() && placed.top <= near.bottom();
        if (wanted && !placed.item) {
            showOnItem(placed);
        } else if (!wanted && placed.item) {
            m_scene->removeItem(placed.item);
            m_spareItems << placed.item;
            placed.item = nullptr;
        }
    }
}

void TimelineView::zoomBy(double factor, int viewportX)
{
    const double sceneX = mapToScene(QPoint(viewportX, 0)).x();
    const QDateTime anchor = timeAt(sceneX);
    const double centerY = mapToScene(viewport()->rect().center()).y();
    const double zoomed = std::clamp(m_pixelsPerDay * factor, minimumPixelsPerDay, maximumPixelsPerDay);
    if (zoomed == m_pixelsPerDay)
        return;
    m_pixelsPerDay = zoomed;
    layout();
    const double newX = xOf(anchor);
    centerOn(newX + (viewport()->width() / 2.0 - viewportX), centerY);
    emit zoomChanged(m_pixelsPerDay);
}

void TimelineView::zoomBy(double factor)
{
    zoomBy(factor, viewport()->width() / 2);
}

void TimelineView::setTheme(const ReaderTheme &theme)
{
    if (theme.isBuiltIn()) {
        setPalette(QPalette());
        viewport()->setPalette(QPalette());
        viewport()->update();
        return;
    }
    const auto between = [&theme](double towardText) {
        const double keep = 1.0 - towardText;
        return QColor::fromRgbF(float(theme.background.redF() * keep + theme.text.redF() * towardText),
                                float(theme.background.greenF() * keep + theme.text.greenF() * towardText),
                                float(theme.background.blueF() * keep + theme.text.blueF() * towardText));
    };
    QPalette colors = palette();
    for (const QPalette::ColorGroup group : { QPalette::Active, QPalette::Inactive, QPalette::Disabled }) {
        colors.setColor(group, QPalette::Base, theme.background);
        colors.setColor(group, QPalette::AlternateBase, between(0.05));
        colors.setColor(group, QPalette::Window, between(0.09));
        colors.setColor(group, QPalette::Button, between(0.09));
        colors.setColor(group, QPalette::WindowText, theme.text);
        colors.setColor(group, QPalette::Text, theme.text);
        colors.setColor(group, QPalette::ButtonText, theme.text);
        colors.setColor(group, QPalette::Mid, between(0.3));
        colors.setColor(group, QPalette::PlaceholderText, between(0.55));
        colors.setColor(group, QPalette::Highlight, theme.selection);
        colors.setColor(group, QPalette::HighlightedText, theme.selectedText);
    }
    setPalette(colors);
    viewport()->setPalette(colors);
    viewport()->update();
}

void TimelineView::fitAll()
{
    if (m_placed.isEmpty())
        return;
    // Room for the labels of the last events to the right.
    const double labels = std::min(200.0, viewport()->width() * 0.25);
    const double usable = std::max(100.0, viewport()->width() - sidePadding - labels);
    const double span = std::max(m_lastDay - m_firstDay, 14.0);
    m_pixelsPerDay = std::clamp(usable / span, minimumPixelsPerDay, maximumPixelsPerDay);
    layout();
    horizontalScrollBar()->setValue(horizontalScrollBar()->minimum());
    const double left = xOf(QDateTime::fromMSecsSinceEpoch(qint64(m_firstDay * msPerDay), QTimeZone::utc()));
    horizontalScrollBar()->setValue(int(left - sidePadding / 2 - m_scene->sceneRect().left()));
    emit zoomChanged(m_pixelsPerDay);
}

bool TimelineView::selectEvent(qint64 eventId)
{
    const QList<int> indexes = m_placedByEvent.value(eventId);
    m_lastSelected = indexes.isEmpty() ? 0 : eventId;
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clearSelection();
        for (const int index : indexes) {
            if (m_placed.at(index).item)
                m_placed.at(index).item->setSelected(true);
        }
    }
    viewport()->update();
    if (indexes.isEmpty())
        return false;
    // The start of the event and some of its span, in the middle of the view unless
    // they are in view already.
    const Placed &placed = m_placed.at(indexes.first());
    const QRectF shown(placed.left, placed.top, std::min(placed.right - placed.left, 400.0),
                       TimelineEventItem::rowHeight);
    const QRectF visible = mapToScene(viewport()->rect()).boundingRect().adjusted(40, 20, -40, -20);
    if (!visible.contains(shown.topLeft()) || !visible.contains(shown.bottomLeft()))
        centerOn(QPointF(shown.left() + std::min(shown.width(), visible.width() / 2) / 2, shown.center().y()));
    return true;
}

qint64 TimelineView::selectedEventId() const
{
    return m_lastSelected;
}

QList<TimelineEventItem::Extent> TimelineView::extentsOf(qint64 eventId) const
{
    QList<TimelineEventItem::Extent> extents;
    for (const int index : m_placedByEvent.value(eventId))
        extents << m_placed.at(index).extent;
    return extents;
}

QList<TimelineEventItem *> TimelineView::liveItems() const
{
    QList<TimelineEventItem *> items;
    for (const Placed &placed : m_placed) {
        if (placed.item)
            items << placed.item;
    }
    return items;
}

void TimelineView::selectionChangedInScene()
{
    const QList<QGraphicsItem *> items = m_scene->selectedItems();
    const qint64 selected = items.isEmpty() ? 0 : static_cast<TimelineEventItem *>(items.first())->eventId();
    if (selected == m_lastSelected)
        return;
    m_lastSelected = selected;
    // An event in several lanes is selected in all of them.
    if (selected) {
        const QSignalBlocker blocker(m_scene);
        for (const int index : m_placedByEvent.value(selected)) {
            if (m_placed.at(index).item)
                m_placed.at(index).item->setSelected(true);
        }
    }
    emit eventSelected(selected);
}

void TimelineView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ShiftModifier) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double steps = event->angleDelta().y() / 120.0;
    if (steps == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.25, steps), int(event->position().x()));
    event->accept();
}

void TimelineView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        return;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5);
        return;
    case Qt::Key_F:
    case Qt::Key_0:
        fitAll();
        return;
    case Qt::Key_Left:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - viewport()->width() / 8);
        return;
    case Qt::Key_Right:
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() + viewport()->width() / 8);
        return;
    default:
        break;
    }
    QGraphicsView::keyPressEvent(event);
}

void TimelineView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    if (auto *item = dynamic_cast<TimelineEventItem *>(itemAt(event->position().toPoint())))
        emit eventClicked(item->eventId());
}

void TimelineView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    layout();
}

void TimelineView::drawBackground(QPainter *painter, const QRectF &rect)
{
    const QPalette colors = palette();
    painter->fillRect(rect, colors.color(QPalette::Base));
    // Alternate lanes get a faint band so that rows are easy to follow.
    QColor band = colors.color(QPalette::AlternateBase);
    for (int lane = 0; lane < m_laneList.size(); ++lane) {
        if (lane % 2 == 1)
            painter->fillRect(QRectF(rect.left(), m_laneList.at(lane).top, rect.width(), m_laneList.at(lane).height),
                              band);
    }
    if (m_placed.isEmpty())
        return;
    // Vertical grid lines at the axis ticks.
    const double left = rect.left();
    const double right = rect.right();
    const TimeAxisTicks::Unit unit = TimeAxisTicks::unitFor(m_pixelsPerDay, minimumTickSpacing);
    QColor grid = colors.color(QPalette::Mid);
    grid.setAlpha(60);
    painter->setPen(QPen(grid, 0));
    for (const AxisTick &tick : TimeAxisTicks::ticks(timeAt(left), timeAt(right), unit)) {
        const double x = xOf(tick.time);
        painter->drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()));
    }
}

void TimelineView::drawForeground(QPainter *painter, const QRectF &)
{
    painter->save();
    painter->resetTransform();
    const QPalette colors = palette();
    const QRect area = viewport()->rect();
    const double sceneLeft = mapToScene(QPoint(0, 0)).x();
    const double sceneTop = mapToScene(QPoint(0, 0)).y();

    // Lane names stay at the left edge of the view.
    QFont bold = font();
    bold.setBold(true);
    painter->setFont(bold);
    for (const Lane &lane : m_laneList) {
        const double y = lane.top - sceneTop;
        if (y + lane.height < axisHeight || y > area.height())
            continue;
        const QRectF label(8, y, area.width() - 16, laneHeaderHeight);
        painter->setPen(colors.color(QPalette::WindowText));
        painter->drawText(label, Qt::AlignLeft | Qt::AlignVCenter, lane.name);
    }

    // The time axis at the top.
    const auto drawAxis = [&](double top, const QString &caption) {
        painter->fillRect(QRectF(0, top, area.width(), axisHeight), colors.color(QPalette::Window));
        painter->setPen(colors.color(QPalette::Mid));
        painter->drawLine(QPointF(0, top + axisHeight - 0.5), QPointF(area.width(), top + axisHeight - 0.5));
        const TimeAxisTicks::Unit unit = TimeAxisTicks::unitFor(m_pixelsPerDay, minimumTickSpacing);
        const QList<AxisTick> ticks = TimeAxisTicks::ticks(timeAt(sceneLeft), timeAt(sceneLeft + area.width()), unit);
        painter->setFont(font());
        // The larger unit of the leftmost ticks stays in view even when its own tick
        // has scrolled off to the left.
        QString pinned;
        double firstLabelled = area.width();
        for (const AxisTick &tick : ticks) {
            const double x = xOf(tick.time) - sceneLeft;
            if (x < 0 && !tick.contextLabel.isEmpty())
                pinned = tick.contextLabel;
            if (x >= 0 && !tick.contextLabel.isEmpty()) {
                firstLabelled = x;
                break;
            }
        }
        if (!pinned.isEmpty() && firstLabelled > 60) {
            painter->setFont(bold);
            painter->setPen(colors.color(QPalette::WindowText));
            painter->drawText(QRectF(3, top + 2, std::min(200.0, firstLabelled - 6), 16),
                              Qt::AlignLeft | Qt::AlignVCenter, pinned);
            painter->setFont(font());
        }
        for (const AxisTick &tick : ticks) {
            const double x = xOf(tick.time) - sceneLeft;
            painter->setPen(colors.color(QPalette::Mid));
            painter->drawLine(QPointF(x, top + axisHeight - 8), QPointF(x, top + axisHeight));
            painter->setPen(colors.color(QPalette::WindowText));
            painter->drawText(QRectF(x + 3, top + axisHeight - 22, 120, 16), Qt::AlignLeft | Qt::AlignVCenter,
                              tick.label);
            // A larger unit whose tick is off to the left is the pinned one above.
            if (!tick.contextLabel.isEmpty() && x >= 0) {
                painter->setFont(bold);
                painter->drawText(QRectF(x + 3, top + 2, 200, 16), Qt::AlignLeft | Qt::AlignVCenter, tick.contextLabel);
                painter->setFont(font());
            }
        }
        if (!caption.isEmpty()) {
            // On a patch of its own, so that it never runs into a label.
            const QFontMetricsF metrics(font());
            const double width = metrics.horizontalAdvance(caption) + 16;
            const QRectF patch(area.width() - width, top + 1, width, 18);
            painter->fillRect(patch, colors.color(QPalette::Window));
            painter->setPen(colors.color(QPalette::PlaceholderText));
            painter->drawText(patch.adjusted(8, 0, -8, 0), Qt::AlignRight | Qt::AlignVCenter, caption);
        }
    };
    // Without events there is no time to show: no axis (it would start in 1970).
    if (!m_placed.isEmpty()) {
        drawAxis(0, m_showReports ? tr("Event time") : QString());
        if (m_showReports)
            drawAxis(area.height() - axisHeight, tr("▲ reported by a source"));
    }

    if (m_placed.isEmpty()) {
        painter->setPen(colors.color(QPalette::PlaceholderText));
        // Wrapped within the view, so that a narrow dock shows all of it.
        painter->drawText(area.adjusted(12, 8, -12, -8), Qt::AlignCenter | Qt::TextWordWrap,
                          m_entries.isEmpty() ? tr("No events yet. Select a passage and press Ctrl+E to make one.")
                                              : tr("None of these events has a known time."));
    } else if (m_unplaced > 0) {
        painter->setPen(colors.color(QPalette::PlaceholderText));
        painter->drawText(area.adjusted(8, 0, -8, -4 - int(m_showReports ? axisHeight : 0)),
                          Qt::AlignRight | Qt::AlignBottom,
                          tr("%n event(s) without a known time not shown", nullptr, m_unplaced));
    }
    painter->restore();
}

} // namespace annalist
