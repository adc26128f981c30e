// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "ContextHelp.h"

#include "ManualWindow.h"

#include <QAction>
#include <QApplication>
#include <QHash>
#include <QKeyEvent>
#include <QWidget>

namespace annalist {

namespace {

// Object names of the docks and views, and class names of the dialogs, with the page
// of the manual about them.
const QHash<QString, QString> &pagesByName()
{
    static const QHash<QString, QString> pages = {
        { QStringLiteral("libraryDock"), QStringLiteral("reading-and-marking") },
        { QStringLiteral("readerArea"), QStringLiteral("reading-and-marking") },
        { QStringLiteral("searchDock"), QStringLiteral("reading-and-marking") },
        { QStringLiteral("entityDock"), QStringLiteral("entities-and-roles") },
        { QStringLiteral("mentionsDock"), QStringLiteral("entities-and-roles") },
        { QStringLiteral("eventDock"), QStringLiteral("events-and-evidence") },
        { QStringLiteral("conflictsDock"), QStringLiteral("events-and-evidence") },
        { QStringLiteral("chronologyDock"), QStringLiteral("chronology-and-timeline") },
        { QStringLiteral("timelineDock"), QStringLiteral("chronology-and-timeline") },
        { QStringLiteral("annalist::SourceDatingDialog"), QStringLiteral("dating-sources") },
        { QStringLiteral("annalist::ExportDialog"), QStringLiteral("reports-and-formats") },
        { QStringLiteral("annalist::SettingsDialog"), QStringLiteral("reading-and-marking") },
    };
    return pages;
}

} // namespace

ContextHelp::ContextHelp(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_action(new QAction(tr("&Manual"), this))
{
    m_action->setShortcut(QKeySequence::HelpContents);
    m_action->setStatusTip(tr("Open the manual at the page about the part of the window that has the focus"));
    connect(m_action, &QAction::triggered, this, [this] { showManualFor(QApplication::focusWidget()); });
    qApp->installEventFilter(this);
}

ContextHelp::~ContextHelp()
{
    qApp->removeEventFilter(this);
}

QString ContextHelp::pageFor(const QWidget *widget)
{
    for (const QWidget *w = widget; w; w = w->parentWidget()) {
        const auto byObject = pagesByName().constFind(w->objectName());
        if (byObject != pagesByName().constEnd())
            return *byObject;
        const auto byClass = pagesByName().constFind(QString::fromLatin1(w->metaObject()->className()));
        if (byClass != pagesByName().constEnd())
            return *byClass;
    }
    return QStringLiteral("getting-started");
}

ManualWindow *ContextHelp::showManualFor(QWidget *focus)
{
    // Over a modal dialog the manual must be the dialog's own window to take input.
    QWidget *modal = QApplication::activeModalWidget();
    ManualWindow *manual = nullptr;
    if (modal) {
        manual = new ManualWindow(modal);
        manual->setAttribute(Qt::WA_DeleteOnClose);
    } else {
        if (!m_manual)
            m_manual = new ManualWindow(m_window);
        manual = m_manual;
    }
    manual->showPage(pageFor(focus));
    manual->show();
    manual->raise();
    manual->activateWindow();
    return manual;
}

bool ContextHelp::eventFilter(QObject *watched, QEvent *event)
{
    // The menu's shortcut covers the main window; F1 in a modal dialog arrives here.
    QWidget *modal = QApplication::activeModalWidget();
    if (event->type() == QEvent::KeyPress && modal) {
        QWidget *focus = QApplication::focusWidget();
        auto *key = static_cast<QKeyEvent *>(event);
        // Each widget the key passes on its way up sees it: take it once, at the focus.
        if (key->matches(QKeySequence::HelpContents) && watched == (focus ? focus : modal)
            && !qobject_cast<ManualWindow *>(focus ? focus->window() : nullptr)) {
            showManualFor(focus);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace annalist
