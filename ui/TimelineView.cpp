#include "TimelineView.h"

#include "TimelineEventItem.h"

#include "chronology/TimeAxisTicks.h"

#include <QGraphicsScene>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimeZone>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace annalist {

namespace {

constexpr double axisHeight = 40;
constexpr double laneHeaderHeight = 20;
constexpr double laneGap = 8;
constexpr double rowGap = 4;
constexpr double sidePadding = 80;
constexpr double minimumTickSpacing = 64;
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
    setViewportUpdateMode(QGraphicsView::MinimalViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setRenderHint(QPainter::Antialiasing);
    // The axis and lane names stay in place while the scene scrolls under them.
    setCacheMode(QGraphicsView::CacheNone);
    setMinimumHeight(120);
    connect(m_scene, &QGraphicsScene::selectionChanged, this, &TimelineView::selectionChangedInScene);
}

TimelineView::~TimelineView() = default;

double TimelineView::dayOf(const QDateTime &moment) const
{
    return double(moment.toMSecsSinceEpoch()) / msPerDay;
}

double TimelineView::xOf(const QDateTime &moment) const
{
    return (dayOf(moment) - m_firstDay) * m_pixelsPerDay + sidePadding;
}

QDateTime TimelineView::timeAt(double sceneX) const
{
    const double day = (sceneX - sidePadding) / m_pixelsPerDay + m_firstDay;
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
    const QSignalBlocker blocker(m_scene);
    m_scene->clear();
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
        for (const QString &laneName : lanesOf(entry, m_lanes)) {
            auto found = laneIndex.constFind(laneName);
            if (found == laneIndex.constEnd()) {
                found = laneIndex.insert(laneName, int(m_laneList.size()));
                m_laneList << Lane { laneName.isEmpty() ? noLaneName(m_lanes) : laneName };
            }
            const QColor color = laneColors().at(*found % laneColors().size());
            auto *item = new TimelineEventItem(entry.event.id, entry.event.title, color);
            item->setFlags(entry.hasConflict(), entry.highlight);
            m_scene->addItem(item);
            m_placedByEvent[entry.event.id] << int(m_placed.size());
            m_placed << Placed { item, index, *found };
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
    for (Placed &placed : m_placed)
        placed.lane = position.at(placed.lane);
    layout();
}

void TimelineView::layout()
{
    const double rowHeight
        = TimelineEventItem::rowHeight + (m_showReports ? TimelineEventItem::reportRowHeight : 0) + rowGap;
    QList<QList<double>> rowEnds(m_laneList.size());
    QList<int> rowOf(m_placed.size());
    double left = sidePadding;
    double right = sidePadding;

    for (int index = 0; index < m_placed.size(); ++index) {
        const Placed &placed = m_placed.at(index);
        const ChronologyEntry &entry = m_entries.at(placed.entry);
        const TimeValue &time = entry.event.time;
        TimelineEventItem::Extent shape;
        shape.openStart = !time.earliest().isValid();
        shape.openEnd = !time.latest().isValid();
        shape.start = xOf(shape.openStart ? time.latest() : time.earliest());
        shape.end = xOf(shape.openEnd ? time.earliest() : time.latest());
        shape.approximate = time.qualifier() != TimeValue::Qualifier::Exact;
        if (m_showReports) {
            for (const EvidenceItem &evidence : entry.evidence) {
                const TimeValue &reported = evidence.reportedAt;
                if (!reported.isKnown())
                    continue;
                const QDateTime at = reported.earliest().isValid() && reported.latest().isValid()
                    ? reported.earliest().addMSecs(reported.earliest().msecsTo(reported.latest()) / 2)
                    : (reported.earliest().isValid() ? reported.earliest() : reported.latest());
                shape.reports << xOf(at);
            }
        }
        placed.item->setExtent(shape, 0, m_showReports);
        // The first row of the lane where the item fits after what is already there.
        QList<double> &ends = rowEnds[placed.lane];
        const double itemLeft = placed.item->leftEdge();
        int row = 0;
        while (row < ends.size() && ends.at(row) + 8 > itemLeft)
            ++row;
        if (row == ends.size())
            ends << 0.0;
        ends[row] = placed.item->rightEdge();
        rowOf[index] = row;
        left = std::min(left, itemLeft);
        right = std::max(right, placed.item->rightEdge());
    }

    double top = axisHeight + 4;
    for (int lane = 0; lane < m_laneList.size(); ++lane) {
        m_laneList[lane].top = top;
        m_laneList[lane].height
            = laneHeaderHeight + std::max<qsizetype>(1, rowEnds.at(lane).size()) * rowHeight + laneGap;
        top += m_laneList.at(lane).height;
    }
    for (int index = 0; index < m_placed.size(); ++index) {
        const Placed &placed = m_placed.at(index);
        placed.item->setPos(0, m_laneList.at(placed.lane).top + laneHeaderHeight + rowOf.at(index) * rowHeight);
    }
    const double width = std::max(right + sidePadding, double(viewport()->width()));
    m_scene->setSceneRect(QRectF(std::min(0.0, left - sidePadding), 0, width - std::min(0.0, left - sidePadding),
                                 std::max(top + (m_showReports ? axisHeight : 0), double(viewport()->height()))));
    viewport()->update();
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

void TimelineView::fitAll()
{
    if (m_placed.isEmpty())
        return;
    // Room for the labels of the last events to the right.
    const double usable = std::max(100.0, viewport()->width() - 2 * sidePadding - 200);
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
    {
        const QSignalBlocker blocker(m_scene);
        m_scene->clearSelection();
        for (const int index : indexes)
            m_placed.at(index).item->setSelected(true);
    }
    m_lastSelected = indexes.isEmpty() ? 0 : eventId;
    viewport()->update();
    if (indexes.isEmpty())
        return false;
    ensureVisible(m_placed.at(indexes.first()).item, 60, 30);
    return true;
}

qint64 TimelineView::selectedEventId() const
{
    const QList<QGraphicsItem *> selected = m_scene->selectedItems();
    return selected.isEmpty() ? 0 : static_cast<TimelineEventItem *>(selected.first())->eventId();
}

QList<TimelineEventItem *> TimelineView::itemsOf(qint64 eventId) const
{
    QList<TimelineEventItem *> items;
    for (const int index : m_placedByEvent.value(eventId))
        items << m_placed.at(index).item;
    return items;
}

void TimelineView::selectionChangedInScene()
{
    const qint64 selected = selectedEventId();
    if (selected == m_lastSelected)
        return;
    m_lastSelected = selected;
    // An event in several lanes is selected in all of them.
    if (selected) {
        const QSignalBlocker blocker(m_scene);
        for (const int index : m_placedByEvent.value(selected))
            m_placed.at(index).item->setSelected(true);
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
        for (const AxisTick &tick : ticks) {
            const double x = xOf(tick.time) - sceneLeft;
            painter->setPen(colors.color(QPalette::Mid));
            painter->drawLine(QPointF(x, top + axisHeight - 8), QPointF(x, top + axisHeight));
            painter->setPen(colors.color(QPalette::WindowText));
            painter->drawText(QRectF(x + 3, top + axisHeight - 22, 120, 16), Qt::AlignLeft | Qt::AlignVCenter,
                              tick.label);
            if (!tick.contextLabel.isEmpty()) {
                painter->setFont(bold);
                painter->drawText(QRectF(x + 3, top + 2, 200, 16), Qt::AlignLeft | Qt::AlignVCenter, tick.contextLabel);
                painter->setFont(font());
            }
        }
        if (!caption.isEmpty()) {
            painter->setPen(colors.color(QPalette::PlaceholderText));
            painter->drawText(QRectF(0, top + 2, area.width() - 8, 16), Qt::AlignRight | Qt::AlignVCenter, caption);
        }
    };
    drawAxis(0, m_showReports ? tr("Event time") : QString());
    if (m_showReports)
        drawAxis(area.height() - axisHeight, tr("▲ reported by a source"));

    if (m_placed.isEmpty()) {
        painter->setPen(colors.color(QPalette::PlaceholderText));
        painter->drawText(area.adjusted(0, int(axisHeight), 0, 0), Qt::AlignCenter,
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
