// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QList>

class QDockWidget;
class QMainWindow;
class QWidget;

namespace annalist {

// The window's docks, by what they hold.
struct WindowDocks
{
    QDockWidget *library = nullptr;
    QDockWidget *entities = nullptr;
    QDockWidget *mentions = nullptr;
    QDockWidget *search = nullptr;
    QDockWidget *event = nullptr;
    QDockWidget *chronology = nullptr;
    QDockWidget *timeline = nullptr;
    QDockWidget *conflicts = nullptr;

    // In the order of the View menu.
    QList<QDockWidget *> all() const;
};

// Where the window's docks go around the reader, and their sizes on the first start.
class DockLayout
{
    Q_DECLARE_TR_FUNCTIONS(DockLayout)

public:
    // Puts the contents into docks of the window: the library on the left, entities
    // and the event editor on the right, mentions, search, the chronology, conflicts
    // and the timeline under the reader. chronologyDocks are the event editor,
    // chronology, timeline and conflicts docks, made by the chronology workspace.
    static WindowDocks arrange(QMainWindow &window, QWidget *library, QWidget *entities, QWidget *mentions,
                               QWidget *search, const QList<QDockWidget *> &chronologyDocks);
    // Restores the window's size and layout as last saved, or sets the first start's.
    static void restore(QMainWindow &window, const WindowDocks &docks);
    static void save(const QMainWindow &window);
    // Gives the reader back most of the window's height when the docks under it took
    // it (a layout saved on a smaller screen, a placeholder replaced by the reader).
    static void keepReaderReadable(QMainWindow &window, const WindowDocks &docks);
    // The least height of the reader, and its share of the window's height the docks
    // under it are shrunk to leave it.
    static constexpr int readerMinimumHeight = 240;
    static constexpr double readerShare = 0.55;
    // Narrower windows tab the timeline under the reader rather than setting it beside.
    static constexpr int wideWindow = 1600;
    // The sizes of a first start, when no layout was saved: the reader gets most of
    // the window.
    static void applyFirstStartSizes(QMainWindow &window, const WindowDocks &docks);
};

} // namespace annalist
