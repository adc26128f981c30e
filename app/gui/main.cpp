// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "InterfaceTranslations.h"
#include "MainWindow.h"
#include "SampleProject.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Annalist"));
    QApplication::setOrganizationName(QStringLiteral("Annalist"));
    QApplication::setApplicationVersion(QStringLiteral(ANNALIST_VERSION));
    // The launcher's name, so that the desktop groups the windows under its icon.
    QApplication::setDesktopFileName(QStringLiteral(ANNALIST_APP_ID));
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48, 64, 128, 256 })
        icon.addFile(QStringLiteral(":/icons/%1.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    // The interface in the user's language where a translation exists (English otherwise).
    annalist::InterfaceTranslations::install();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Workbench for news analysts"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("project"), QApplication::translate("main", "Project file to open"));
    parser.process(application);

    annalist::MainWindow window;
    window.show();

    // Open what was asked for, else the last project, else the bundled sample.
    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        const QString last = QSettings().value(QStringLiteral("projects/last")).toString();
        if (!last.isEmpty() && QFileInfo::exists(last)) {
            path = last;
        } else {
            path = annalist::SampleProject::defaultPath();
            if (const annalist::Status made = annalist::SampleProject::ensureExists(path); !made) {
                QMessageBox::warning(&window, QApplication::translate("main", "Cannot create the sample project"),
                                     made.error().message);
                path.clear();
            }
        }
    }
    if (!path.isEmpty())
        window.openProject(path);
    return application.exec();
}
