// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Opens the sample project in the window and saves screenshots of its chronology,
// timeline and export dialog for docs/: chronology_screenshot OUTPUT_DIR.

#include "ScreenshotSupport.h"
#include "itemmodels/ChronologyModel.h"
#include "sample/SampleProject.h"
#include "ui/chronology/ChronologyPanel.h"
#include "ui/chronology/ChronologyWorkspace.h"
#include "ui/export/ExportDialog.h"
#include "ui/shell/InterfaceTranslations.h"
#include "ui/shell/MainWindow.h"
#include "ui/theming/ColorThemes.h"
#include "ui/theming/SyntaxHighlighting.h"
#include "ui/timeline/TimelinePanel.h"
#include "ui/timeline/TimelineView.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
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
    InterfaceTranslations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    qputenv("ANNALIST_NO_DIALOGS", "1");
    if (argc < 2) {
        std::fprintf(stderr, "usage: chronology_screenshot OUTPUT_DIR\n");
        return 1;
    }
    const QDir output(QString::fromLocal8Bit(argv[1]));
    QTemporaryDir workspace;
    const QString path = workspace.filePath(QStringLiteral("Sample - Port of Sorrel.annalist"));
    if (const Status made = SampleProject::ensureExists(path); !made) {
        std::fprintf(stderr, "%s\n", qPrintable(made.error().message));
        return 2;
    }

    // The layout a new user sees.
    QSettings().clear();
    MainWindow window;
    window.resize(1680, 1020);
    window.show();
    if (!window.openProject(path))
        return 2;
    ChronologyWorkspace *chronology = window.chronologyWorkspace();
    for (QDockWidget *dock : chronology->docks())
        dock->show();
    chronology->docks().at(1)->raise(); // chronology table
    chronology->docks().at(0)->raise(); // event editor
    waitForPaint(300);
    ChronologyModel *model = chronology->model();
    // The disputed hearing: its evidence side by side, its conflict in the editor.
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->entryAt(row)->event.title.startsWith(QStringLiteral("Farrow"))) {
            chronology->selectEvent(model->entryAt(row)->event.id);
            chronology->openEvidence(model->entryAt(row)->event.id);
        }
    }
    // Room for the chronology: the docks under the reader get more height, the table
    // more width than the timeline.
    window.resizeDocks({ chronology->docks().at(1) }, { window.height() * 42 / 100 }, Qt::Vertical);
    window.resizeDocks({ window.findChild<QDockWidget *>(QStringLiteral("libraryDock")) },
                       { window.width() * 17 / 100 }, Qt::Horizontal);
    window.resizeDocks({ chronology->docks().at(1), chronology->docks().at(2) },
                       { window.width() * 40 / 100, window.width() * 22 / 100 }, Qt::Horizontal);
    waitForPaint(300);
    chronology->timelinePanel()->view()->fitAll();
    waitForPaint(600);
    window.grab().save(output.filePath(QStringLiteral("chronology.png")));

    // The timeline alone, larger, by participant and with the report marks.
    TimelinePanel *timeline = chronology->timelinePanel();
    QDockWidget *timelineDock = chronology->docks().at(2);
    timelineDock->setFloating(true);
    timelineDock->resize(1400, 620);
    timeline->showReportsAction()->setChecked(true);
    waitForPaint(300);
    timeline->view()->fitAll();
    waitForPaint(600);
    timelineDock->grab().save(output.filePath(QStringLiteral("timeline.png")));
    timelineDock->setFloating(false);

    // The export dialog with the report's first pages in its preview.
    ColorThemes themes(SyntaxHighlighting::create());
    ExportDialog exportDialog(*window.project(), themes, &window);
    exportDialog.formatChooser()->setCurrentIndex(
        exportDialog.formatChooser()->findData(static_cast<int>(ExportFormat::Pdf)));
    exportDialog.titleEdit()->setText(QStringLiteral("The Port of Sorrel concession"));
    exportDialog.analystEdit()->setText(QStringLiteral("R. Amsel, desk analyst"));
    exportDialog.handlingEdit()->setText(QStringLiteral("RESTRICTED — not for onward release"));
    exportDialog.resize(1280, 820);
    exportDialog.show();
    exportDialog.refreshPreview();
    waitForPaint(800);
    exportDialog.grab().save(output.filePath(QStringLiteral("export-dialog.png")));
    exportDialog.close();
    window.close();
    return 0;
}
