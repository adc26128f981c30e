// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Saves the screenshots of docs/ that show what KDE Syntax-Highlighting brings: the
// Original tab of an HTML source, and the reader in a dark colour theme. Run it where the
// build has the library (scripts/test-debian13 --screenshots does):
// highlighting_screenshot OUTPUT_DIR [DARK_THEME]

#include "ScreenshotSupport.h"
#include "sample/SampleProject.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "ui/export/ExportDialog.h"
#include "ui/reader/OriginalView.h"
#include "ui/reader/ReaderArea.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/ReaderView.h"
#include "ui/reader/SourceTabs.h"
#include "ui/shell/InterfaceTranslations.h"
#include "ui/shell/MainWindow.h"
#include "ui/theming/ColorThemes.h"
#include "ui/theming/SyntaxHighlighting.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QPalette>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace annalist;
using namespace annalist::screenshots;

namespace {

QPalette breezeDarkPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Window, QColor(0x2a, 0x2e, 0x32));
    palette.setColor(QPalette::WindowText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Base, QColor(0x1b, 0x1e, 0x20));
    palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Text, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Button, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::ButtonText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::Highlight, QColor(0x3d, 0xae, 0xe9));
    palette.setColor(QPalette::HighlightedText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::ToolTipBase, QColor(0x31, 0x36, 0x3b));
    palette.setColor(QPalette::ToolTipText, QColor(0xfc, 0xfc, 0xfc));
    palette.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    palette.setColor(QPalette::Mid, QColor(0x4d, 0x53, 0x5a));
    return palette;
}

// Confirms most of the analysis's proposals, as an analyst would have, so that the
// entity colours show as tints rather than dotted lines.
bool confirmProposals(Project &project)
{
    const auto sources = project.sources().list();
    if (!sources)
        return false;
    int seen = 0;
    for (const SourceSummary &source : *sources) {
        const auto mentions = project.mentions().listForSource(source.id);
        if (!mentions)
            return false;
        for (const Mention &mention : *mentions) {
            if (mention.status == Mention::Status::Candidate && ++seen % 5 != 0
                && !project.mentions().setStatus(mention.id, Mention::Status::Confirmed))
                return false;
        }
    }
    return true;
}

qint64 sourceNamed(Project &project, const QString &fileName)
{
    const auto sources = project.sources().list();
    for (const SourceSummary &summary : sources ? *sources : QList<SourceSummary>()) {
        const auto source = project.sources().find(summary.id);
        if (source && source->originalName == fileName)
            return summary.id;
    }
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true);
    InterfaceTranslations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QSettings().clear();
    qputenv("ANNALIST_NO_DIALOGS", "1");
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: highlighting_screenshot OUTPUT_DIR [DARK_THEME]\n");
        return 1;
    }
    const QDir output(arguments.at(1));
    const QString darkTheme = arguments.value(2, QStringLiteral("Breeze Dark"));
    if (!SyntaxHighlighting::create()->isAvailable())
        std::fprintf(stderr, "warning: this build has no KDE Syntax-Highlighting; the pictures show plain text\n");

    QTemporaryDir workspace;
    const QString path = workspace.filePath(QStringLiteral("Sample - Port of Sorrel.annalist"));
    if (const Status created = SampleProject::ensureExists(path); !created) {
        std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
        return 2;
    }
    qint64 html = 0;
    qint64 markdown = 0;
    {
        auto project = Project::open(path);
        if (!project || !confirmProposals(**project)) {
            std::fprintf(stderr, "cannot prepare the sample project\n");
            return 2;
        }
        html = sourceNamed(**project, QStringLiteral("03-audit-finds-payments.html"));
        markdown = sourceNamed(**project, QStringLiteral("01-concession-awarded.md"));
    }
    if (html == 0 || markdown == 0) {
        std::fprintf(stderr, "the sample project lacks its HTML or Markdown brief\n");
        return 2;
    }

    MainWindow window;
    window.resize(1680, 1020);
    window.show();
    window.openProject(path);
    ColorThemes *themes = window.findChild<ColorThemes *>();
    if (!themes) {
        std::fprintf(stderr, "the window has no colour themes\n");
        return 2;
    }

    // The Original tab of the web page, beside its text.
    ReaderPane *text = window.openSource(html);
    ReaderPane *original = window.openSource(html, true);
    if (!text || !original) {
        std::fprintf(stderr, "cannot open the HTML brief\n");
        return 2;
    }
    original->tabs()->showOriginal(true);
    waitForPaint(600);
    std::printf("Original tab: %s syntax, theme %s\n", qPrintable(original->tabs()->originalView()->syntaxName()),
                qPrintable(themes->current().name));
    window.grab().save(output.filePath(QStringLiteral("original-tab.png")));

    // A dark theme, chosen in the settings, on a dark desktop.
    QApplication::setPalette(breezeDarkPalette());
    themes->setChoice(darkTheme);
    // Through the window, so that the library selects the source shown.
    window.readerArea()->setCurrentPane(original);
    window.openSource(markdown);
    window.readerArea()->setCurrentPane(text);
    window.openSource(markdown);
    text->view()->setFocus();
    waitForPaint(600);
    std::printf("Dark theme: %s\n", qPrintable(themes->current().name));
    window.grab().save(output.filePath(QStringLiteral("theme-dark.png")));

    // The export dialog's preview of the TimelineJS3 file, in the same theme.
    ExportDialog exportDialog(*window.project(), *themes, &window);
    exportDialog.formatChooser()->setCurrentIndex(
        exportDialog.formatChooser()->findData(static_cast<int>(ExportFormat::Json)));
    exportDialog.resize(1280, 800);
    exportDialog.show();
    exportDialog.refreshPreview();
    waitForPaint(600);
    std::printf("Export preview: %s syntax\n", qPrintable(exportDialog.previewSyntax()));
    exportDialog.grab().save(output.filePath(QStringLiteral("export-preview-json.png")));
    exportDialog.close();
    window.close();
    return 0;
}
