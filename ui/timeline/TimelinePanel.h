// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QWidget>

class QAction;
class QComboBox;

namespace annalist {

class TimelineView;

// The timeline with its tool bar: lanes by theme or participant, zoom in and out, fit
// all, and whether to show when sources reported each event. Choices are remembered.
class TimelinePanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelinePanel)

public:
    explicit TimelinePanel(QWidget *parent = nullptr);
    ~TimelinePanel() override;

    TimelineView *view() const { return m_view; }
    QComboBox *laneChooser() const { return m_lanes; }
    QAction *showReportsAction() const { return m_showReports; }

private:
    TimelineView *m_view;
    QComboBox *m_lanes;
    QAction *m_showReports;
};

} // namespace annalist
