// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Makes the sample project as a first start does, prints every entity the analysis
// proposed with its type and mention count, and saves screenshots of the window with
// two sources open and of the entity dock, and says why some proposals were made:
// sample_screenshot OUTPUT_DIR.

#include "EntityDock.h"
#include "InterfaceTranslations.h"
#include "MainWindow.h"
#include "ReaderArea.h"
#include "ReaderPane.h"
#include "SampleProject.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"

#include <QApplication>
#include <QDir>
#include <QHash>
#include <QSettings>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace annalist;

namespace {
void waitForPaint(int milliseconds)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true);
    InterfaceTranslations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
    qputenv("ANNALIST_NO_DIALOGS", "1");
    if (argc < 2) {
        std::fprintf(stderr, "usage: sample_screenshot OUTPUT_DIR\n");
        return 1;
    }
    const QDir output(QString::fromLocal8Bit(argv[1]));
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
    Project &project = *window.project();

    // Every entity with its type and how often it is proposed or confirmed.
    const auto types = project.entities().types();
    const auto entities = project.entities().list();
    const auto counts = project.mentions().countByEntity();
    if (!types || !entities || !counts)
        return 2;
    QHash<qint64, QString> typeNames;
    for (const EntityType &type : *types)
        typeNames.insert(type.id, type.name);
    for (const Entity &entity : *entities) {
        std::printf("%-14s %3d  %s\n", qPrintable(typeNames.value(entity.typeId)), counts->value(entity.id).mentions,
                    qPrintable(entity.canonicalName));
    }

    const auto sources = project.sources().list();
    if (!sources || sources->size() < 2)
        return 2;
    window.readerArea()->openSource(sources->at(0).id);
    ReaderPane *second = window.readerArea()->openSource(sources->at(1).id, true);
    waitForPaint(600);
    window.grab().save(output.filePath(QStringLiteral("sample-window.png")));
    window.entityDock()->grab().save(output.filePath(QStringLiteral("sample-entities.png")));
    second->grab().save(output.filePath(QStringLiteral("sample-reader.png")));

    // Why the first proposals of the second source were made, as their cards say.
    const auto mentions = project.mentions().listForSource(sources->at(1).id);
    if (mentions) {
        int shown = 0;
        for (const Mention &mention : *mentions) {
            if (mention.status == Mention::Status::Candidate && shown++ < 8)
                std::printf("%-28s %s\n", qPrintable(mention.quote), qPrintable(mention.reason));
        }
    }
    window.close();
    return 0;
}
