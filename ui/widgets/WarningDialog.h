// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

class QStatusBar;
class QWidget;

namespace annalist {

// A warning in a message box with the details folded away; scripted runs
// (ANNALIST_NO_DIALOGS) have nobody to close it and get it in the status bar and the
// log instead.
void showWarning(QWidget *parent, QStatusBar *statusBar, const QString &title, const QString &message,
                 const QString &details = {});

} // namespace annalist
