// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "DockLayout.h"

#include "ui/settings/Settings.h"

#include <QDockWidget>
#include <QMainWindow>
#include <QScreen>
#include <QSettings>
#include <QTimer>

#include <algorithm>

namespace annalist {

QList<QDockWidget *> WindowDocks::all() const
{
    return { library, entities, mentions, search, event, chronology, timeline, conflicts };
}

WindowDocks DockLayout::arrange(QMainWindow &window, QWidget *library, QWidget *entities, QWidget *mentions,
                                QWidget *search, const QList<QDockWidget *> &chronologyDocks)
{
    const auto addDock
        = [&window](QWidget *content, const QString &title, const QString &name, Qt::DockWidgetArea area) {
              auto *dock = new QDockWidget(title, &window);
              dock->setObjectName(name);
              dock->setWidget(content);
              window.addDockWidget(area, dock);
              return dock;
          };
    WindowDocks docks;
    docks.library = addDock(library, tr("Library"), QStringLiteral("libraryDock"), Qt::LeftDockWidgetArea);
    docks.entities = addDock(entities, tr("Entities"), QStringLiteral("entityDock"), Qt::RightDockWidgetArea);
    docks.mentions = addDock(mentions, tr("Mentions"), QStringLiteral("mentionsDock"), Qt::BottomDockWidgetArea);
    docks.search = addDock(search, tr("Search"), QStringLiteral("searchDock"), Qt::BottomDockWidgetArea);
    window.tabifyDockWidget(docks.mentions, docks.search);
    // The chronology: the event editor beside the entities, table and timeline under
    // the reader, conflicts with the table.
    docks.event = chronologyDocks.at(0);
    docks.chronology = chronologyDocks.at(1);
    docks.timeline = chronologyDocks.at(2);
    docks.conflicts = chronologyDocks.at(3);
    window.addDockWidget(Qt::RightDockWidgetArea, docks.event);
    window.tabifyDockWidget(docks.entities, docks.event);
    window.addDockWidget(Qt::BottomDockWidgetArea, docks.chronology);
    window.tabifyDockWidget(docks.search, docks.chronology);
    window.addDockWidget(Qt::BottomDockWidgetArea, docks.conflicts);
    window.tabifyDockWidget(docks.chronology, docks.conflicts);
    window.addDockWidget(Qt::BottomDockWidgetArea, docks.timeline, Qt::Horizontal);
    docks.mentions->raise();
    docks.entities->raise();
    // Side docks run the full height; mentions and search sit under the reader only.
    window.setCorner(Qt::BottomLeftCorner, Qt::LeftDockWidgetArea);
    window.setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    return docks;
}

void DockLayout::restore(QMainWindow &window, const WindowDocks &docks)
{
    QSettings settings;
    if (!window.restoreGeometry(Settings::value(settings, SettingKeys::windowGeometry()))) {
        const QSize available = window.screen() ? window.screen()->availableGeometry().size() : QSize(1600, 1000);
        window.resize(std::max(1100, available.width() * 9 / 10), std::max(700, available.height() * 9 / 10));
    }
    if (!window.restoreState(Settings::value(settings, SettingKeys::windowState())))
        // Two turns of the event loop: in the first the window lays out the size it was
        // given and the reader that replaced the placeholder; sized before, the docks
        // would be shared out against the layout as it was (the reader at its least).
        QTimer::singleShot(0, &window, [&window, docks] {
            QTimer::singleShot(0, &window, [&window, docks] { applyFirstStartSizes(window, docks); });
        });
    else
        QTimer::singleShot(0, &window, [&window, docks] { keepReaderReadable(window, docks); });
}

void DockLayout::keepReaderReadable(QMainWindow &window, const WindowDocks &docks)
{
    QWidget *reader = window.centralWidget();
    if (!reader)
        return;
    const int wanted = std::max(readerMinimumHeight, static_cast<int>(window.height() * readerShare));
    const int missing = wanted - reader->height();
    if (missing <= 0)
        return;
    // Each row of docks under the reader gives up its part of what is missing.
    QList<QDockWidget *> under;
    QList<int> heights;
    for (QDockWidget *dock : docks.all()) {
        if (window.dockWidgetArea(dock) != Qt::BottomDockWidgetArea || dock->isHidden() || dock->isFloating())
            continue;
        under << dock;
        heights << std::max(dock->minimumSizeHint().height(), dock->height() - missing);
    }
    if (!under.isEmpty())
        window.resizeDocks(under, heights, Qt::Vertical);
}

void DockLayout::save(const QMainWindow &window)
{
    QSettings settings;
    Settings::setValue(settings, SettingKeys::windowGeometry(), window.saveGeometry());
    Settings::setValue(settings, SettingKeys::windowState(), window.saveState());
}

void DockLayout::applyFirstStartSizes(QMainWindow &window, const WindowDocks &docks)
{
    const int width = window.width();
    // On a laptop (1366 wide) the side docks take less, and the timeline joins the tabs
    // under the reader instead of halving their width. It joins them first: beside them
    // it would keep the side docks narrow, the docks under the reader needing both widths.
    const bool narrow = width < wideWindow;
    if (narrow) {
        window.tabifyDockWidget(docks.conflicts, docks.timeline);
        docks.mentions->raise();
    }
    window.resizeDocks({ docks.library, docks.entities },
                       { width * (narrow ? 26 : 24) / 100, width * (narrow ? 27 : 24) / 100 }, Qt::Horizontal);
    window.resizeDocks({ docks.mentions }, { window.height() * 32 / 100 }, Qt::Vertical);
    if (!narrow) {
        // Under the reader: the tabs (mentions, search, chronology) beside the timeline,
        // the chronology's table the wider, for its titles.
        const int underReader = window.centralWidget() ? window.centralWidget()->width() : width * 52 / 100;
        window.resizeDocks({ docks.mentions, docks.timeline }, { underReader * 3 / 5, underReader * 2 / 5 },
                           Qt::Horizontal);
    }
    keepReaderReadable(window, docks);
}

} // namespace annalist
