// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// The window as a new analyst first sees it, on the sample project, at a screen size:
// window_screenshot OUTPUT.png WIDTH HEIGHT [event] [dark]. The language follows the
// locale (LANG=es_ES.UTF-8 for Spanish); "event" selects the chronology's first event.

#include "ScreenshotSupport.h"
#include "itemmodels/ChronologyModel.h"
#include "sample/SampleProject.h"
#include "ui/chronology/ChronologyWorkspace.h"
#include "ui/shell/InterfaceTranslations.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QDockWidget>
#include <QEventLoop>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace annalist;
using namespace annalist::screenshots;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true);
    InterfaceTranslations::install(QLocale());
    qputenv("ANNALIST_NO_DIALOGS", "1");
    if (argc < 4) {
        std::fprintf(stderr, "usage: window_screenshot OUTPUT.png WIDTH HEIGHT [event] [dark]\n");
        return 1;
    }
    const QStringList options = application.arguments().mid(4);
    if (options.contains(QStringLiteral("dark")))
        QApplication::setPalette(darkPalette());
    QTemporaryDir workspace;
    const QString path = workspace.filePath(QStringLiteral("Sample - Port of Sorrel.annalist"));
    if (const Status made = SampleProject::ensureExists(path); !made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
        return 2;
    }
    QSettings().clear();
    MainWindow window;
    window.resize(QString::fromLocal8Bit(argv[2]).toInt(), QString::fromLocal8Bit(argv[3]).toInt());
    window.show();
    if (!window.openProject(path))
        return 2;
    waitForPaint(300);
    if (options.contains(QStringLiteral("event"))) {
        ChronologyWorkspace *chronology = window.chronologyWorkspace();
        chronology->docks().at(1)->raise(); // the chronology
        chronology->docks().at(0)->raise(); // and the Event dock with the selected event
        const ChronologyModel *model = chronology->model();
        if (model->rowCount() > 2)
            chronology->selectEvent(model->entryAt(2)->event.id);
    }
    waitForPaint(600);
    if (!window.grab().save(QString::fromLocal8Bit(argv[1])))
        return 2;
    return 0;
}
