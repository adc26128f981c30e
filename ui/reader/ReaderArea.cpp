// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ReaderArea.h"

#include "ReaderPane.h"
#include "ReaderView.h"

#include "storage/ProjectSignals.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QScrollBar>
#include <QSplitter>

#include <algorithm>

namespace annalist {

namespace {

// One colour per pane position (ColorBrewer "Dark2"): distinct from each other and
// from the entity colours, and visible on light and dark backgrounds.
QColor compareColor(int index)
{
    static const QColor colors[] = { QColor(0x1b, 0x9e, 0x77), QColor(0xd9, 0x5f, 0x02), QColor(0x75, 0x70, 0xb3) };
    return colors[std::clamp(index, 0, int(std::size(colors)) - 1)];
}

} // namespace

ReaderArea::ReaderArea(Project &project, QWidget *parent)
    : QWidget(parent)
    , m_project(project)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    setObjectName(QStringLiteral("readerArea"));
    m_splitter->setObjectName(QStringLiteral("readerSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(std::max(m_splitter->handleWidth(), 5));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    setCurrentPane(addPane(0));
}

ReaderArea::~ReaderArea() = default;

QList<ReaderPane *> ReaderArea::panes() const
{
    QList<ReaderPane *> result;
    for (int i = 0; i < m_splitter->count(); ++i) {
        if (auto *pane = qobject_cast<ReaderPane *>(m_splitter->widget(i)))
            result.append(pane);
    }
    return result;
}

ReaderPane *ReaderArea::addPane(int index)
{
    auto *pane = new ReaderPane(m_project, this);
    m_splitter->insertWidget(index, pane);
    pane->setContextActions(m_contextActions);
    if (m_current)
        pane->view()->setZoomSteps(m_current->view()->zoomSteps());

    connect(pane, &ReaderPane::activated, this, &ReaderArea::setCurrentPane);
    connect(pane, &ReaderPane::closeRequested, this, [this, pane] { closePane(pane); });
    ReaderView *view = pane->view();
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, [this, pane] {
        if (m_syncScrolling && !m_moving)
            syncFrom(pane);
    });
    // Page keys scroll with the scroll bar's signals blocked; the update request still tells.
    connect(view, &ReaderView::updateRequest, this, [this, pane](const QRect &, int dy) {
        if (dy != 0 && m_syncScrolling && !m_moving)
            syncFrom(pane);
    });
    connect(view, &ReaderView::cursorPositionChanged, this, [this, pane] { showPartner(pane); });
    connect(view, &ReaderView::zoomChanged, this, [this](int steps) {
        for (ReaderPane *other : panes())
            other->view()->setZoomSteps(steps);
    });
    emit paneAdded(pane);
    return pane;
}

ReaderPane *ReaderArea::openSource(qint64 sourceId, bool inNewPane)
{
    QList<ReaderPane *> list = panes();
    ReaderPane *target = m_current ? m_current.data() : list.value(0);
    ReaderPane *created = nullptr;
    // A new pane beside the current one, unless that one is empty or there are three.
    if (!target || (inNewPane && target->sourceId() != 0 && list.size() < maximumPanes)) {
        created = addPane(target ? int(list.indexOf(target)) + 1 : 0);
        target = created;
    }
    if (!target->showSource(sourceId)) {
        if (created) {
            created->hide();
            created->setParent(nullptr);
            created->deleteLater();
        }
        return nullptr;
    }
    // Focus follows the pane only when the analyst is already in the reader, so that
    // browsing the library with the keyboard is not interrupted.
    const QWidget *focus = QApplication::focusWidget();
    if (created && focus && isAncestorOf(focus))
        target->view()->setFocus(Qt::OtherFocusReason);
    setCurrentPane(target);
    if (created)
        equaliseSizes();
    updateComparison();
    return target;
}

void ReaderArea::closePane(ReaderPane *pane)
{
    QList<ReaderPane *> list = panes();
    const int index = int(list.indexOf(pane));
    if (index < 0)
        return;
    if (list.size() == 1) {
        pane->clear();
        updateComparison();
        return;
    }
    list.removeAt(index);
    // Out of the splitter at once; deleted later, as the request may come from inside it.
    pane->hide();
    pane->setParent(nullptr);
    pane->deleteLater();
    if (m_current == pane || !m_current) {
        m_current = nullptr;
        setCurrentPane(list.at(std::min(index, int(list.size()) - 1)));
    } else {
        setCurrentPane(m_current);
    }
    equaliseSizes();
    updateComparison();
}

void ReaderArea::swapPanes()
{
    const QList<ReaderPane *> list = panes();
    if (list.size() < 2)
        return;
    const int index = m_current ? int(list.indexOf(m_current)) : 0;
    const int other = index + 1 < list.size() ? index + 1 : index - 1;
    const QList<int> sizes = m_splitter->sizes();
    m_splitter->insertWidget(std::min(index, other), list.at(std::max(index, other)));
    m_splitter->setSizes(sizes);
    updateComparison();
}

void ReaderArea::setCurrentPane(ReaderPane *pane)
{
    const QList<ReaderPane *> list = panes();
    if (!pane || !list.contains(pane))
        return;
    const bool changed = pane != m_current;
    m_current = pane;
    // The accent only means something when there is a choice.
    for (ReaderPane *each : list)
        each->setCurrent(each == pane && list.size() > 1);
    if (changed)
        emit currentPaneChanged(pane);
}

void ReaderArea::equaliseSizes()
{
    const int count = m_splitter->count();
    if (count > 0)
        m_splitter->setSizes(QList<int>(count, std::max(1, m_splitter->width() / count)));
}

void ReaderArea::setSyncScrolling(bool enabled)
{
    m_syncScrolling = enabled;
    if (enabled && m_current)
        syncFrom(m_current);
}

void ReaderArea::syncFrom(ReaderPane *pane)
{
    const QScrollBar *bar = pane->view()->verticalScrollBar();
    const double ratio = bar->maximum() > 0 ? double(bar->value()) / bar->maximum() : 0.0;
    const bool wasMoving = std::exchange(m_moving, true);
    for (ReaderPane *other : panes()) {
        if (other == pane)
            continue;
        QScrollBar *otherBar = other->view()->verticalScrollBar();
        otherBar->setValue(qRound(ratio * otherBar->maximum()));
    }
    m_moving = wasMoving;
}

void ReaderArea::setCompareMode(bool enabled)
{
    if (enabled == m_compareMode)
        return;
    m_compareMode = enabled;
    updateComparison();
}

void ReaderArea::setCompareOptions(const PassageSimilarity::Options &options)
{
    m_similarity = PassageSimilarity(options);
    updateComparison();
}

const QList<PassageMatch> &ReaderArea::comparison(ReaderPane *a, ReaderPane *b) const
{
    static const QList<PassageMatch> none;
    for (const PairMatches &pair : m_comparisons) {
        if (pair.a == a && pair.b == b)
            return pair.matches;
    }
    return none;
}

void ReaderArea::updateComparison()
{
    m_comparisons.clear();
    const QList<ReaderPane *> list = panes();
    const bool comparing = m_compareMode && list.size() > 1;
    QList<QList<HighlightSpan>> marks(list.size());
    if (comparing) {
        for (int i = 0; i < list.size(); ++i) {
            for (int j = i + 1; j < list.size(); ++j) {
                if (list.at(i)->sourceId() == 0 || list.at(j)->sourceId() == 0)
                    continue;
                PairMatches pair { list.at(i), list.at(j),
                                   m_similarity.compare(list.at(i)->text(), list.at(j)->text()) };
                for (const PassageMatch &match : std::as_const(pair.matches)) {
                    // The mark in one pane takes the colour of the pane with its partner.
                    QColor inI = compareColor(j);
                    QColor inJ = compareColor(i);
                    const float strength = float(0.55 + 0.45 * match.score);
                    inI.setAlphaF(strength);
                    inJ.setAlphaF(strength);
                    marks[i].append({ match.aStart, match.aEnd, inI, HighlightSpan::Margin, j });
                    marks[j].append({ match.bStart, match.bEnd, inJ, HighlightSpan::Margin, i });
                }
                m_comparisons.append(std::move(pair));
            }
        }
    }
    int marked = 0;
    for (int i = 0; i < list.size(); ++i) {
        QList<HighlightSpan> &spans = marks[i];
        // Several sentences may match the same one: mark it once per partner pane.
        std::sort(spans.begin(), spans.end(), [](const HighlightSpan &x, const HighlightSpan &y) {
            return std::tie(x.start, x.end, x.id) < std::tie(y.start, y.end, y.id);
        });
        spans.erase(std::unique(spans.begin(), spans.end(),
                                [](const HighlightSpan &x, const HighlightSpan &y) {
                                    return x.start == y.start && x.end == y.end && x.id == y.id;
                                }),
                    spans.end());
        marked += int(spans.size());
        list.at(i)->setComparedPassages(spans);
        list.at(i)->setCompareColor(comparing ? compareColor(i) : QColor());
    }
    emit comparisonChanged(marked);
}

void ReaderArea::showPartner(ReaderPane *pane)
{
    if (!m_compareMode || pane != m_current || m_moving)
        return;
    const int position = pane->view()->textCursor().position();
    for (const PairMatches &pair : std::as_const(m_comparisons)) {
        const bool isA = pair.a == pane;
        if (!isA && pair.b != pane)
            continue;
        ReaderPane *other = isA ? pair.b.data() : pair.a.data();
        if (!other)
            continue;
        // The best partner of the sentence under the cursor.
        const PassageMatch *best = nullptr;
        for (const PassageMatch &match : pair.matches) {
            const int start = isA ? match.aStart : match.bStart;
            const int end = isA ? match.aEnd : match.bEnd;
            if (position >= start && position <= end && (!best || match.score > best->score))
                best = &match;
        }
        if (!best)
            continue;
        const int start = isA ? best->bStart : best->aStart;
        const int end = isA ? best->bEnd : best->aEnd;
        const bool wasMoving = std::exchange(m_moving, true);
        other->view()->scrollToPosition(start);
        other->view()->flashRange(start, end);
        m_moving = wasMoving;
    }
}

QList<qint64> ReaderArea::openSourceIds() const
{
    QList<qint64> ids;
    for (const ReaderPane *pane : panes()) {
        if (pane->sourceId() != 0)
            ids.append(pane->sourceId());
    }
    return ids;
}

void ReaderArea::restoreSources(const QList<qint64> &sourceIds)
{
    QList<ReaderPane *> list = panes();
    for (int i = 1; i < list.size(); ++i)
        closePane(list.at(i));
    setCurrentPane(list.value(0));
    if (!list.isEmpty())
        list.first()->clear();
    bool first = true;
    for (const qint64 id : sourceIds.mid(0, maximumPanes)) {
        if (openSource(id, !first))
            first = false;
    }
    if (!panes().isEmpty())
        setCurrentPane(panes().first());
}

void ReaderArea::followProjectSignals(const ProjectSignals *projectSignals)
{
    if (!projectSignals)
        return;
    connect(projectSignals, &ProjectSignals::mentionsChanged, this, &ReaderArea::reloadMentions);
    connect(projectSignals, &ProjectSignals::entitiesChanged, this, &ReaderArea::reloadEntities);
    connect(projectSignals, &ProjectSignals::sourcesChanged, this, &ReaderArea::reloadHeaders);
}

void ReaderArea::reloadHeaders()
{
    for (ReaderPane *pane : panes())
        pane->reloadHeader();
}

void ReaderArea::reloadMentions(qint64 sourceId)
{
    for (ReaderPane *pane : panes()) {
        if (pane->sourceId() == sourceId)
            pane->reloadMentions();
    }
}

void ReaderArea::reloadEntities()
{
    for (ReaderPane *pane : panes())
        pane->reloadEntities();
}

void ReaderArea::setTypeVisible(const QString &typeName, bool visible)
{
    for (ReaderPane *pane : panes())
        pane->setTypeVisible(typeName, visible);
}

void ReaderArea::setContextActions(const QList<QAction *> &actions)
{
    m_contextActions = actions;
    for (ReaderPane *pane : panes())
        pane->setContextActions(actions);
}

} // namespace annalist
