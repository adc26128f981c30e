// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QWidget;

namespace annalist {

class ManualWindow;

// Help ▸ Manual and F1: opens the manual at the page about the dock or dialog that has
// the keyboard focus. F1 works in modal dialogs too (the manual then opens over the
// dialog), which a menu shortcut of the main window cannot do.
class ContextHelp final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ContextHelp)

public:
    // Watches the whole application's keys; the window is the manual's parent.
    explicit ContextHelp(QWidget *window);
    ~ContextHelp() override;

    // Help ▸ Manual, with the standard help key (F1).
    QAction *manualAction() const { return m_action; }
    // Opens the manual at the page about that widget (or the first page) and returns it.
    ManualWindow *showManualFor(QWidget *focus);
    // The manual's page about the widget: that of the nearest dock, dialog or view
    // around it that the manual describes, else "getting-started".
    static QString pageFor(const QWidget *widget);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    QAction *m_action;
    QPointer<ManualWindow> m_manual;
};

} // namespace annalist
