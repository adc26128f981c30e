// SPDX-FileCopyrightText: 2026 The Annalist authors
// SPDX-License-Identifier: GPL-3.0-or-later

// Builds a project from the seed articles with the people, places, organisations and
// titles in them marked, opens two articles side by side and saves screenshots of the
// window in a light and a dark palette: workspace_screenshot OUTPUT_DIR [SEEDS_DIR].

#include "ScreenshotSupport.h"
#include "analysis/MentionContext.h"
#include "analysis/OccurrenceFinder.h"
#include "ingest/SourceImporter.h"
#include "storage/EntityRepository.h"
#include "storage/MentionRepository.h"
#include "storage/Project.h"
#include "storage/SourceRepository.h"
#include "ui/entities/EntityDock.h"
#include "ui/entities/MentionsDock.h"
#include "ui/reader/ReaderArea.h"
#include "ui/reader/ReaderPane.h"
#include "ui/reader/SearchDock.h"
#include "ui/shell/MainWindow.h"

#include <QApplication>
#include <QDir>
#include <QPalette>
#include <QStandardPaths>
#include <QStyleFactory>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>

using namespace annalist;
using namespace annalist::screenshots;

namespace {

struct Marked
{
    const char *name;
    const char *type;
    QStringList aliases;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    QStandardPaths::setTestModeEnabled(true);
    qputenv("ANNALIST_NO_DIALOGS", "1");
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2) {
        std::fprintf(stderr, "usage: workspace_screenshot OUTPUT_DIR [SEEDS_DIR]\n");
        return 1;
    }
    const QDir output(arguments.at(1));
    const QString seeds = arguments.value(2, QStringLiteral(ANNALIST_SEEDS_DIR));

    QTemporaryDir workspace;
    const QString path = workspace.filePath(QStringLiteral("Seed articles.annalist"));
    {
        auto project = Project::create(path);
        if (!project) {
            std::fprintf(stderr, "%s\n", qPrintable(project.error().message));
            return 2;
        }
        SourceImporter importer(**project);
        importer.importPaths({ seeds });

        const QList<Marked> marked = {
            { "Marco Rubio", "Person", { QStringLiteral("Rubio") } },
            { "Claudia Sheinbaum", "Person", { QStringLiteral("Sheinbaum") } },
            { "Ted Cruz", "Person", {} },
            { "Juan Ramon de la Fuente", "Person", {} },
            { "Mexico City", "Place", {} },
            { "Washington", "Place", {} },
            { "Ecuador", "Place", {} },
            { "Mexico", "Place", {} },
            { "Security Cabinet", "Organisation", {} },
            { "Senate", "Organisation", {} },
            { "Secretary of State", "Title", {} },
            { "President-elect", "Title", {} },
            { "Senator", "Title", {} },
        };
        const auto sources = (*project)->sources().list();
        QHash<qint64, QList<OccurrenceFinder::Span>> taken;
        for (const Marked &item : marked) {
            Entity entity;
            entity.canonicalName = QString::fromUtf8(item.name);
            entity.aliases = item.aliases;
            entity.typeId = (*project)->entities().findType(QString::fromUtf8(item.type))->id;
            const qint64 entityId = *(*project)->entities().add(entity);
            QList<Mention> mentions;
            int seen = 0;
            for (const SourceSummary &summary : *sources) {
                const QString body = *(*project)->sources().body(summary.id);
                const auto spans = OccurrenceFinder::find(body, QStringList { entity.canonicalName } + entity.aliases,
                                                          taken.value(summary.id));
                for (const auto &span : spans) {
                    Mention mention;
                    mention.entityId = entityId;
                    mention.sourceId = summary.id;
                    mention.start = span.first;
                    mention.end = span.second;
                    // Most are confirmed; some are left as candidates, as after automatic analysis.
                    mention.status = (++seen % 4 == 0) ? Mention::Status::Candidate : Mention::Status::Confirmed;
                    MentionContext::fill(mention, body);
                    mentions << mention;
                    taken[summary.id] << span;
                }
            }
            if (const auto added = (*project)->mentions().addAll(mentions); !added) {
                std::fprintf(stderr, "%s\n", qPrintable(added.error().message));
                return 2;
            }
        }
    }

    MainWindow window;
    window.resize(1680, 1020);
    window.show();
    window.openProject(path);
    const auto sources = window.project()->sources().list();
    window.openSource(sources->at(0).id);
    window.openSource(sources->at(4).id, true);
    const qint64 rubio = window.project()->entities().findByName(QStringLiteral("Marco Rubio"))->first().id;
    window.entityDock()->selectEntity(rubio);
    waitForPaint(600);
    window.grab().save(output.filePath(QStringLiteral("workspace.png")));

    QApplication::setPalette(darkPalette());
    waitForPaint(600);
    window.grab().save(output.filePath(QStringLiteral("workspace-dark.png")));
    window.close();
    return 0;
}
