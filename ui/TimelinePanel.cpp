// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "TimelinePanel.h"

#include "TimelineView.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QSettings>
#include <QToolBar>
#include <QVBoxLayout>

namespace annalist {

TimelinePanel::TimelinePanel(QWidget *parent)
    : QWidget(parent)
    , m_view(new TimelineView(this))
    , m_lanes(new QComboBox(this))
{
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setAccessibleName(tr("Timeline"));
    m_view->setAccessibleDescription(tr("The events drawn in lanes over time; plus and minus zoom, F fits all events"));
    m_lanes->setAccessibleDescription(tr("Draws the events in one lane per theme or per participant"));
    setMinimumWidth(320);
    auto *tools = new QToolBar(this);
    tools->setIconSize(QSize(16, 16));
    tools->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *lanesLabel = new QLabel(tr("&Lanes:"), this);
    lanesLabel->setBuddy(m_lanes);
    m_lanes->addItem(tr("By theme"));
    m_lanes->addItem(tr("By participant"));
    tools->addWidget(lanesLabel);
    tools->addWidget(m_lanes);
    tools->addSeparator();

    QAction *zoomIn = tools->addAction(tr("Zoom in"), m_view, [this] { m_view->zoomBy(1.5); });
    zoomIn->setToolTip(tr("Zoom in (+ or the mouse wheel)"));
    QAction *zoomOut = tools->addAction(tr("Zoom out"), m_view, [this] { m_view->zoomBy(1 / 1.5); });
    zoomOut->setToolTip(tr("Zoom out (-)"));
    QAction *fit = tools->addAction(tr("Fit all"), m_view, &TimelineView::fitAll);
    fit->setToolTip(tr("Show every event (F)"));
    tools->addSeparator();
    m_showReports = tools->addAction(tr("When reported"));
    m_showReports->setCheckable(true);
    m_showReports->setToolTip(tr("Show when each source reported the event, to spot late or anticipatory reporting"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(tools);
    layout->addWidget(m_view, 1);

    QSettings settings;
    m_lanes->setCurrentIndex(settings.value(QStringLiteral("timeline/lanes"), 0).toInt() == 1 ? 1 : 0);
    m_view->setLanes(m_lanes->currentIndex() == 1 ? TimelineView::Lanes::ByParticipant : TimelineView::Lanes::ByTheme);
    m_showReports->setChecked(settings.value(QStringLiteral("timeline/showReports"), false).toBool());
    m_view->setShowReports(m_showReports->isChecked());

    connect(m_lanes, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_view->setLanes(index == 1 ? TimelineView::Lanes::ByParticipant : TimelineView::Lanes::ByTheme);
        QSettings().setValue(QStringLiteral("timeline/lanes"), index);
    });
    connect(m_showReports, &QAction::toggled, this, [this](bool on) {
        m_view->setShowReports(on);
        QSettings().setValue(QStringLiteral("timeline/showReports"), on);
    });
}

TimelinePanel::~TimelinePanel() = default;

} // namespace annalist
