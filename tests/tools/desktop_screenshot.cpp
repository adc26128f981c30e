// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Opens the sample project, puts the focus in the chronology and presses F1, then saves
// the window and the manual it opened: desktop_screenshot OUTPUT_DIR. Run with
// QT_SCALE_FACTOR=2 to see the window as a high-DPI screen shows it.

#include "ChronologyPanel.h"
#include "ChronologyWorkspace.h"
#include "InterfaceTranslations.h"
#include "MainWindow.h"
#include "ManualWindow.h"
#include "SampleProject.h"
#include "models/SourceListModel.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QIcon>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace annalist;

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true);
    InterfaceTranslations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    qputenv("ANNALIST_NO_DIALOGS", "1");
    if (argc < 2) {
        std::fprintf(stderr, "usage: desktop_screenshot OUTPUT_DIR\n");
        return 1;
    }
    const QDir output(QString::fromLocal8Bit(argv[1]));
    const QString suffix = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
        ? QStringLiteral("-scale") + qEnvironmentVariable("QT_SCALE_FACTOR")
        : QString();
    QTemporaryDir workspace;
    const QString path = workspace.filePath(QStringLiteral("Sample - Port of Sorrel.annalist"));
    if (const Status made = SampleProject::ensureExists(path); !made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
        return 2;
    }
    QSettings().clear();
    MainWindow window;
    window.resize(1366, 768);
    window.show();
    if (!window.openProject(path))
        return 2;
    window.openSource(window.sourceModel()->index(0, 0).data(SourceListModel::SourceIdRole).toLongLong());
    ChronologyWorkspace *chronology = window.chronologyWorkspace();
    QDockWidget *chronologyDock = chronology->docks().at(1);
    chronologyDock->show();
    chronologyDock->raise();
    QTest::qWait(300);
    auto *view = chronologyDock->findChild<QTableView *>(QStringLiteral("chronologyView"));
    if (!view)
        return 3;
    window.activateWindow();
    view->setFocus(Qt::OtherFocusReason);
    view->selectRow(2);
    QTest::qWait(100);
    QTest::keyClick(view, Qt::Key_F1);
    auto *manual = window.findChild<ManualWindow *>();
    if (!manual)
        return 4;
    manual->resize(980, 700);
    manual->search(QStringLiteral("uncertain"));
    manual->showPage(QStringLiteral("chronology-and-timeline"));
    QTest::qWait(500);
    const QString windowFile = output.filePath(QStringLiteral("window%1.png").arg(suffix));
    const QString manualFile = output.filePath(QStringLiteral("manual-f1%1.png").arg(suffix));
    if (!window.grab().save(windowFile) || !manual->grab().save(manualFile))
        return 5;
    std::printf("%s\n%s\n", qPrintable(windowFile), qPrintable(manualFile));
    return 0;
}
