// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "WarningDialog.h"

#include <QMessageBox>
#include <QStatusBar>

namespace annalist {

void showWarning(QWidget *parent, QStatusBar *statusBar, const QString &title, const QString &message,
                 const QString &details)
{
    if (qEnvironmentVariableIsSet("ANNALIST_NO_DIALOGS")) {
        if (statusBar)
            statusBar->showMessage(message);
        qWarning("%s: %s %s", qPrintable(title), qPrintable(message), qPrintable(details));
        return;
    }
    QMessageBox box(QMessageBox::Warning, title, message, QMessageBox::Ok, parent);
    if (!details.isEmpty())
        box.setDetailedText(details);
    box.exec();
}

} // namespace annalist
